"""The meeting views: `pledge targets`, `pledge changes --since`, `pledge outcome`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL

Run = Callable[..., Any]
TWO = MINIMAL.replace("events: []\n", """\
  - id: kommun-rad
    text: Ett trafiksäkerhetsråd med polis, kommun och skola, som träffas varje tertial.
    owners: [kommunen, polisen]
    goal: {milestone: true}  # en gång
events:
  - date: 2024-03-12
    target: polis-mopedinsatser
  - date: 2024-05-02
    target: polis-mopedinsatser
    place: Torget
    note: "Kontroll: skolan"
""")


@pytest.fixture
def pledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pledge.yaml"
    path.write_text(TWO, encoding="utf-8")
    return path


def test_targets_lists_id_owners_goal_and_the_whole_text(run: Run, pledge: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    result = run("targets")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Löften · Medborgarlöfte 2024 · Exempelby kommun (2 st)\n"
        "Löfte                                    Ägare              Mål\n"
        "────────────────────────────────────────────────────────────────────────────────\n"
        "polis-mopedinsatser                      polisen            4 insatser\n"
        "4 st riktade insatser kopplat till\n"
        "A-traktorer och mopeder.\n"
        "kommun-rad                               kommunen, polisen  delmål (görs en\n"
        "Ett trafiksäkerhetsråd med polis,                           gång)\n"
        "kommun och skola, som träffas varje\n"
        "tertial.\n")


def test_targets_markdown_in_english(run: Run, pledge: Path) -> None:
    result = run("targets", "--format", "markdown", "--lang", "en")
    assert result.stdout == (
        "## Commitments · Medborgarlöfte 2024 · Exempelby kommun (2)\n\n"
        "| Id | Owners | Goal | Commitment |\n|---|---|---|---|\n"
        "| `polis-mopedinsatser` | polisen | 4 insatser | 4 st riktade insatser kopplat till "
        "A-traktorer och mopeder. |\n"
        "| `kommun-rad` | kommunen, polisen | milestone (done once) | Ett trafiksäkerhetsråd "
        "med polis, kommun och skola, som träffas varje tertial. |\n")


def test_changes_since_the_last_meeting(run: Run, pledge: Path) -> None:
    result = run("changes", "--since", "2024-04-30")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Ändringar 2024-04-30 – 2024-12-31 · Medborgarlöfte 2024 · Exempelby kommun\n\n"
        "Nya aktiviteter: 1\n"
        "  334cad  2024-05-02  polis-mopedinsatser  1  Torget – Kontroll: skolan\n\n"
        "Nya mätvärden: 0\n\n"
        "Ändrad status: 2\n"
        "  polis-mopedinsatser: ● i fas (1/4) → ✖ ej uppfyllt (2/4)\n"
        "  kommun-rad: ○ ej påbörjat (0 aktiviteter) → ✖ ej klart (0 aktiviteter)\n\n"
        "Oförändrad status: 0 löften\n")
    quiet = run("changes", "--since", "2024-04-30", "--to", "2024-08-31", "--lang", "en")
    assert quiet.stdout.endswith("Status changed: 0\n\nStatus unchanged: 2 commitments\n")


def test_changes_since_after_to_is_a_usage_error(run: Run, pledge: Path) -> None:
    result = run("changes", "--since", "2024-09-01", "--to", "2024-08-31", "--lang", "en")
    assert (result.exit_code, result.stderr) == (
        2, "pledge: --since 2024-09-01 is after 2024-08-31\n")


def test_outcome_is_inserted_into_the_target_and_undone(run: Run, pledge: Path) -> None:
    result = run("outcome", "kommun-rad", "--status", "carried_forward", "--reason",
                 "Rådet fortsätter: 2025", "--date", "2024-12-01")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "pledge.yaml: pledge outcome ändrar så här (från rad 18):\n"
    assert result.stdout == (
        "+    outcome:\n+      status: carried_forward\n"
        "+      reason: \"Rådet fortsätter: 2025\"\n+      date: 2024-12-01\n"
        "pledge.yaml: utfallet för kommun-rad antecknat: förs vidare\n")
    assert pledge.read_text(encoding="utf-8") == TWO.replace(
        "    goal: {milestone: true}  # en gång\n",
        "    goal: {milestone: true}  # en gång\n    outcome:\n      status: carried_forward\n"
        "      reason: \"Rådet fortsätter: 2025\"\n      date: 2024-12-01\n")
    again = run("outcome", "kommun-rad", "--status", "dropped", "--reason", "x")
    assert (again.exit_code, again.stderr) == (2, (
        "pledge: löftet kommun-rad har redan ett utfall; ange --replace för att ersätta det\n"))
    assert run("undo", "--yes").exit_code == 0
    assert pledge.read_text(encoding="utf-8") == TWO


def test_outcome_replace_changes_only_the_values(run: Run, pledge: Path) -> None:
    assert run("outcome", "kommun-rad", "--status", "dropped", "--reason", "Först",
               "--date", "2024-06-01").exit_code == 0
    result = run("outcome", "kommun-rad", "--status", "closed_early", "--reason", "Sedan",
                 "--date", "2024-06-01", "--replace", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("-      status: dropped\n-      reason: Först\n"
                             "+      status: closed_early\n+      reason: Sedan\n"
                             "       date: 2024-06-01\n"
                             "pledge.yaml: the outcome of kommun-rad is recorded: ended early\n")


def test_outcome_dry_run_and_bad_status(run: Run, pledge: Path) -> None:
    dry = run("outcome", "polis-moped", "--status", "met", "--reason", "Klart", "--dry-run")
    assert dry.exit_code == 0
    assert dry.stderr.startswith("pledge.yaml: provkörning, inget skrivet;")
    assert pledge.read_text(encoding="utf-8") == TWO
    bad = run("outcome", "polis-moped", "--status", "klar", "--reason", "x")
    assert (bad.exit_code, bad.stderr) == (2, (
        "pledge: okänt utfall 'klar': välj uppfyllt, ej uppfyllt, förs vidare, "
        "avslutat i förtid, struket\n"))


def test_targets_say_one_in_the_singular_as_status_does(run: Any) -> None:
    """'minst 1 föreläsning', not 'minst 1 föreläsningar' (an outside tester's finding)."""
    from tests.conftest import OLOFSTROM

    result = run("targets", "--format", "markdown", "-f", str(OLOFSTROM))
    assert result.exit_code == 0
    row = next(line for line in result.stdout.splitlines() if "kommun-foraldraforelasning" in line)
    assert "| minst 1 föreläsning |" in row
    assert "| 4 insatser |" in next(line for line in result.stdout.splitlines()
                                    if "`polis-mopedinsatser`" in line)
