"""`pledge renew`: next period's file beside the old one, which stays untouched."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.io.loader import load_pledge
from tests.conftest import MINIMAL, OLOFSTROM

Run = Callable[..., Any]
Golden = Callable[[str, str], None]


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    path = tmp_path / "pledge.yaml"
    shutil.copyfile(OLOFSTROM, path)
    return path


def test_shipped_pledge_renewed_golden(run: Run, golden: Golden, shipped: Path) -> None:
    before = shipped.read_bytes()
    result = run("renew", "--period", "2025", "-f", str(shipped))
    assert result.exit_code == 0, result.stderr
    new = shipped.with_name("pledge-2025.yaml")
    assert result.stdout == (
        f"Skrev {new}: Medborgarlöfte 2025, 2025-01-01–2025-12-31, 10 löften; "
        "5 att kontrollera (sök efter 'kontrollera:').\n")
    assert shipped.read_bytes() == before
    golden("init/olofstrom-2025-renewed.yaml", new.read_text(encoding="utf-8"))
    assert run("validate", str(new)).exit_code == 0


def test_renewed_targets_equal_the_old_ones(run: Run, shipped: Path) -> None:
    result = run("renew", "-f", str(shipped), "-o", str(shipped.with_name("ny.yaml")))
    assert result.exit_code == 0, result.stderr
    old = load_pledge(shipped, dt.date(2024, 12, 31)).pledge
    new = load_pledge(shipped.with_name("ny.yaml"), dt.date(2024, 12, 31)).pledge
    assert old is not None and new is not None
    assert new.targets == old.targets
    assert (new.pledge.title, new.pledge.period.start, new.pledge.end) == (
        "Medborgarlöfte 2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert new.event_list == []


def test_renewing_twice_moves_on_again(run: Run, shipped: Path) -> None:
    assert run("renew", "-f", str(shipped)).exit_code == 0
    result = run("renew", "-f", str(shipped.with_name("pledge-2025.yaml")))
    assert result.exit_code == 0, result.stderr
    third = shipped.with_name("pledge-2026.yaml")
    assert "title: Medborgarlöfte 2026\n" in third.read_text(encoding="utf-8")


def test_to_stdout_in_english(run: Run, shipped: Path) -> None:
    result = run("renew", "-f", str(shipped), "--period", "2025-2026", "-o", "-", "--lang", "en")
    assert result.exit_code == 0
    assert "  title: Medborgarlöfte 2025–2026\n" in result.stdout
    assert "  signatories:  # check: signatories of Medborgarlöfte 2025–2026\n" in result.stdout
    assert result.stderr.startswith("Wrote to standard output: Medborgarlöfte 2025–2026")


def test_a_flow_style_file_is_written_afresh(run: Run, write_pledge: Callable[..., Path]) -> None:
    path = write_pledge("""\
        schema_version: 1
        pledge: {title: Medborgarlöfte 2024, municipality: Sjöstads kommun,
          period: {start: 2024-01-01, end: 2024-12-31}, extensions: [{to: 2025-02-28}]}
        parties: {polisen: {name: Polisen, kind: polis}}
        targets:
          - {id: a, text: Genomföra 2 insatser., owners: [polisen], goal: {exactly: 2}}
        events:
          - {date: 2024-03-01, target: a}
        """)
    result = run("renew", "-f", str(path), "-o", str(path.with_name("ny.yaml")))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"pledge: obs: {path} kunde inte redigeras på plats; den nya "
                             "filen skrivs utan dess kommentarer\n")
    assert path.with_name("ny.yaml").read_text(encoding="utf-8") == textwrap.dedent(f"""\
        # Förnyat med `pledge renew` från {path.name} (Medborgarlöfte 2024): samma parter,
        # prioriteringar och löften, inga aktiviteter. Granska rader märkta "kontrollera:".

        schema_version: 1

        pledge:
          title: Medborgarlöfte 2025
          municipality: Sjöstads kommun
          period: {{start: 2025-03-01, end: 2025-12-31}}

        parties:
          polisen: {{name: Polisen, kind: polis}}

        targets:
          - id: a
            text: Genomföra 2 insatser.
            owners: [polisen]
            goal: {{exactly: 2}}

        events: []
        """)


@pytest.mark.parametrize("args, message", [
    (["--period", "2024"], "pledge: den nya perioden börjar 2024-01-01, men löftet gäller till "
                           "och med 2024-12-31; välj en period som börjar senare\n"),
    (["--period", "nästa"], "pledge: 'nästa' är ingen period: skriv ett år (2025), flera år "
                            "(2025-2026) eller datum (2025-03-01..2026-02-28)\n"),
])
def test_bad_periods(run: Run, shipped: Path, args: list[str], message: str) -> None:
    result = run("renew", "-f", str(shipped), *args)
    assert (result.exit_code, result.stderr) == (2, message)


def test_never_over_the_pledge_itself_nor_an_existing_file(run: Run, shipped: Path) -> None:
    result = run("renew", "-f", str(shipped), "-o", str(shipped), "--force")
    assert (result.exit_code, result.stderr) == (
        2, f"pledge: {shipped} är löftet som förnyas; välj en annan fil med -o\n")
    other = shipped.with_name("pledge-2025.yaml")
    other.write_text("finns\n", encoding="utf-8")
    result = run("renew", "-f", str(shipped))
    assert result.exit_code == 2
    assert "finns redan" in result.stderr
    assert other.read_text(encoding="utf-8") == "finns\n"
    assert run("renew", "-f", str(shipped), "--force").exit_code == 0
    assert "Medborgarlöfte 2025" in other.read_text(encoding="utf-8")


def test_an_invalid_pledge_is_not_renewed(run: Run, write_pledge: Callable[..., Path]) -> None:
    path = write_pledge(MINIMAL.replace("owners: [polisen]", "owners: [polis]"))
    result = run("renew", "-f", str(path))
    assert result.exit_code == 1
    assert "E302" in result.stderr
    assert not path.with_name("pledge-2025.yaml").exists()
