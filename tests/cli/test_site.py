"""`pledge site`: options, the refusal to publish a file with errors, and safe writing
(no link followed, a folder that is not a site left alone unless --force)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import MINIMAL
from tests.fixtures.site.cases import HERE, OLOFSTROM

Run = Callable[..., Any]
SITE = str(HERE)


def _identity_number() -> str:
    """A made-up personnummer with a valid check digit, built here so no file holds one."""
    digits = "1212121212"[:9]
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(digits))
    return f"{digits[:6]}-{digits[6:]}{(10 - total % 10) % 10}"


def test_builds_a_site_and_says_so(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "public"
    result = run("site", SITE, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Webbplatsen skrevs till {out}: 44 sidor, 3 löften.\n"
    assert (out / ".pledge-site").read_bytes() == b"pledge site\n"
    assert oct(os.stat(out).st_mode & 0o777) == "0o755"
    assert oct(os.stat(out / "index.html").st_mode & 0o777) == "0o644"


def test_a_personal_identity_number_blocks_the_site(run: Run, tmp_path: Path,
                                                    write_pledge: Callable[..., Path]) -> None:
    number = _identity_number()
    path = write_pledge(MINIMAL.replace("events: []", "events:\n  - {date: 2024-03-01, target: "
                                        f"polis-mopedinsatser, note: 'Kontakt med {number}'}}"))
    out = tmp_path / "public"
    result = run("site", str(path), str(OLOFSTROM), "-o", str(out))
    assert result.exit_code == 1
    assert "E316" in result.stderr and number not in result.stderr
    assert (f"pledge: {path} innehåller något som ser ut som ett personnummer; inget visas "
            "förrän det är borttaget (eller märkt som inget personnummer, se "
            "docs/diagnostics.md, E316)") in result.stderr.splitlines()
    assert not out.exists() and result.stdout == ""


def test_an_invalid_file_builds_nothing(run: Run, tmp_path: Path,
                                        write_pledge: Callable[..., Path]) -> None:
    path = write_pledge(MINIMAL.replace("owners: [polisen]", "owners: [polis]"))
    result = run("site", str(path), "-o", str(tmp_path / "public"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{path}:12:14: E302 ")
    assert not (tmp_path / "public").exists()


def test_output_is_required(run: Run) -> None:
    result = run("site", SITE)
    assert result.exit_code == 2
    assert result.stderr == "pledge: ange mappen att skriva till med -o/--output\n"


def test_a_bad_updated_date_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("site", SITE, "-o", str(tmp_path / "x"), "--updated", "2024-13-01")
    assert result.exit_code == 2
    assert result.stderr == "pledge: --updated: '2024-13-01' är inget datum (ÅÅÅÅ-MM-DD)\n"


def test_a_base_url_must_be_http(run: Run, tmp_path: Path) -> None:
    result = run("site", SITE, "-o", str(tmp_path / "x"), "--base-url", "example.org")
    assert result.exit_code == 2
    assert "--base-url 'example.org' ska börja med https://" in result.stderr


def test_updated_sets_the_day_judged_and_shown(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "public"
    result = run("site", str(OLOFSTROM), "-o", str(out), "--updated", "2024-12-31")
    # start, pledge, 3 tertials, 10 commitments, 2 effect goals
    assert result.stdout == f"Webbplatsen skrevs till {out}: 17 sidor, 1 löfte.\n"
    html = (out / "olofstroms-kommun-2024" / "index.html").read_text(encoding="utf-8")
    assert "Senast uppdaterad 31 december 2024" in html
    assert "Läget 31 december 2024:" in html


def test_never_writes_through_a_symlink_as_output(run: Run, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "public").symlink_to(elsewhere)
    result = run("site", SITE, "-o", str(tmp_path / "public"))
    assert result.exit_code == 2
    assert "är en symbolisk länk" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_refuses_a_folder_that_is_not_a_site(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "own.txt").write_text("mine", encoding="utf-8")
    result = run("site", SITE, "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (
        f"pledge: {out} är inte tom och är ingen webbplats som pledge site har skrivit (filen "
        ".pledge-site saknas); välj en tom mapp eller lägg till --force\n")
    assert sorted(p.name for p in out.iterdir()) == ["own.txt"]


def test_force_writes_into_the_folder_and_keeps_other_files(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "own.txt").write_text("mine", encoding="utf-8")
    assert run("site", SITE, "-o", str(out), "--force").exit_code == 0
    assert (out / "own.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "index.html").is_file() and (out / ".pledge-site").is_file()


def test_force_never_follows_a_link_inside(run: Run, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "docs", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "own.txt").write_text("mine", encoding="utf-8")
    (out / "olofstroms-kommun-2024").symlink_to(elsewhere)
    result = run("site", SITE, "-o", str(out), "--force")
    assert result.exit_code == 2
    assert "olofstroms-kommun-2024 är en symbolisk länk i målmappen" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_rebuild_replaces_the_site_and_ignores_planted_links(run: Run, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "public", tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert run("site", SITE, "-o", str(out)).exit_code == 0
    (out / "stale.html").write_text("old", encoding="utf-8")
    (out / "style.css").unlink()
    (out / "style.css").symlink_to(elsewhere / "style.css")
    assert run("site", SITE, "-o", str(out)).exit_code == 0
    assert not (out / "stale.html").exists()
    assert not (out / "style.css").is_symlink() and (out / "style.css").is_file()
    assert list(elsewhere.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
