"""`pledge status`: golden outputs, formats, filters, roll-ups and every usage error."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL, OLOFSTROM

SHIPPED = str(OLOFSTROM)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "status"
EVERY_KIND = str(FIXTURES / "every-kind.yaml")
Run = Callable[..., Any]


# One golden per thing it proves: the running year (every pace word), the finished year (the
# outcome leads, no pace word), the empty log of the shipped text, one other language.
# Widths are checked by their own tests below, not by a golden per width.
@pytest.mark.parametrize(("name", "file", "as_of", "lang"), [
    ("every-kind-running", EVERY_KIND, "2024-07-01", "sv"),
    ("every-kind-finished", EVERY_KIND, "2024-12-31", "sv"),
    ("every-kind-running-en", EVERY_KIND, "2024-07-01", "en"),
    ("olofstrom-empty-log", SHIPPED, "2024-07-01", "sv"),
])
def test_status_golden(run: Run, golden: Callable[[str, str], None], name: str, file: str,
                       as_of: str, lang: str) -> None:
    result = run("status", file, "--as-of", as_of, "--lang", lang)  # COLUMNS=100
    assert result.exit_code == 0, result.stderr
    golden(f"status/{name}.txt", result.stdout)


@pytest.mark.parametrize("width", [60, 80, 100, 120, 200])
def test_no_line_is_wider_than_the_terminal(run: Run, monkeypatch: pytest.MonkeyPatch,
                                            width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    for args in ([EVERY_KIND], [EVERY_KIND, "--by", "priority"], [EVERY_KIND, SHIPPED],
                 [EVERY_KIND, "--as-of", "2024-07-01"]):
        lines = run("status", *args, "--as-of", "2024-12-31").stdout.splitlines()
        assert max(len(line) for line in lines) <= width


def test_short_never_wraps_at_any_width(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = set()
    for width in (80, 100, 120, 200):  # at 60 the summary line takes two
        monkeypatch.setenv("COLUMNS", str(width))
        counts.add(len(run("status", SHIPPED, "--as-of", "2024-07-01", "--short"
                           ).stdout.splitlines()))
    assert counts == {32}  # one line per target at every width


def test_short_on_a_wide_terminal_shows_more_of_the_text_and_the_same_figures(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def rows(width: int) -> list[tuple[str, str]]:
        monkeypatch.setenv("COLUMNS", str(width))
        out = run("status", EVERY_KIND, "--as-of", "2024-07-01", "--format", "json").stdout
        table = run("status", EVERY_KIND, "--as-of", "2024-07-01", "--short").stdout
        return [(t["status_text"], t["id"]) for t in json.loads(out)["pledges"][0]["targets"]
                if t["status_text"] in table]

    assert rows(80) == rows(200)
    monkeypatch.setenv("COLUMNS", "80")
    narrow = run("status", EVERY_KIND, "--as-of", "2024-07-01", "--short").stdout
    monkeypatch.setenv("COLUMNS", "200")
    wide = run("status", EVERY_KIND, "--as-of", "2024-07-01", "--short").stdout
    assert "Minst 100 trafikkontroller under året." not in narrow
    assert "Minst 100 trafi…" in narrow
    assert "Minst 100 trafikkontroller under året." in wide
    assert "ca 41/100" in narrow and "ca 41/100" in wide


def test_english_uses_the_english_words_everywhere(run: Run) -> None:
    out = run("status", EVERY_KIND, "--as-of", "2024-07-01", "--lang", "en").stdout
    assert "16 commitments: ✔ fulfilled 1 · ✔ done 1 · ● on track 3" in out
    for swedish in ("i fas", "efter plan", "löften", "aktiviteter", "månader"):
        assert swedish not in out


def test_each_commitment_shows_its_id_and_its_whole_text(run: Run,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    for width in (60, 80, 120):
        monkeypatch.setenv("COLUMNS", str(width))
        out = run("status", SHIPPED, "--as-of", "2024-12-31").stdout
        commitments = out[:out.index("Indika")]  # the effect goals are another table
        assert "…" not in commitments  # nothing is cut: long words break at 60 columns
        if width >= 80:
            assert "polis-mopedinsatser" in out and "A-traktorer" in out
            assert "narkotikaförsäljning/-användning." in out


@pytest.mark.parametrize(("name", "args"), [
    ("every-kind-by-priority-sv-100.txt", ["--by", "priority"]),
    ("every-kind-sv.md", ["--format", "markdown"]),
    ("every-kind-en.json", ["--format", "json", "--lang", "en"]),
    ("every-kind.csv", ["--format", "csv-machine"]),
    ("every-kind-sv.csv", ["--format", "csv"]),
    ("every-kind-en.csv", ["--format", "csv", "--lang", "en"]),
])
def test_every_kind_other_views_golden(run: Run, golden: Callable[[str, str], None],
                                       monkeypatch: pytest.MonkeyPatch, name: str,
                                       args: list[str]) -> None:
    monkeypatch.chdir(FIXTURES)  # the file's name, as given, is in the JSON and the CSV
    result = run("status", "every-kind.yaml", "--as-of", "2024-07-01", *args)
    assert result.exit_code == 0, result.stderr
    golden(f"status/{name}", result.stdout)


def test_summary_line_and_symbols_read_without_colour(run: Run) -> None:
    out = run("status", EVERY_KIND, "--as-of", "2024-07-01").stdout.replace(" ▲\n", " ▲ ")
    assert ("16 löften: ✔ uppfyllt 1 · ✔ klart 1 · ● i fas 3 · ● pågår 1 · ● aktivt 1 · "
            "▲ efter plan 4 · ▲ inaktivt 1 · ✖ delvis missat 2 · ✖ ej klart 1 · – struket 1\n"
            ) in out
    assert "\x1b[" not in out
    for label in ("▲ efter plan", "● i fas", "✔ klart", "– struket", "✖ ej klart"):
        assert label in out


def test_json_is_stable_and_complete(run: Run) -> None:
    data = json.loads(run("status", EVERY_KIND, "--as-of", "2024-07-01", "--format",
                          "json").stdout)
    assert (data["format"], data["version"], data["language"]) == ("pledge-status", 2, "sv")
    pledge = data["pledges"][0]
    assert {k: v for k, v in pledge["summary"].items() if v} == {
        "total": 16, "met": 1, "done": 1, "on_track": 3, "in_progress": 1, "active": 1,
        "behind": 4, "inactive": 1, "partly_missed": 2, "not_done": 1, "dropped": 1}
    assert pledge["categories"] == {"met": 2, "on_track": 5, "not_started": 0, "behind": 5,
                                    "missed": 3, "ended": 1}
    first = pledge["targets"][0]
    assert {k: first[k] for k in ("id", "kind", "status", "done", "goal", "required")} == {
        "id": "trafikkontroller", "kind": "count", "status": "behind",
        "done": {"value": 41, "qualifier": "approx"}, "goal": 100, "required": 50}
    assert data["totals"] == pledge["summary"]


def test_as_of_before_every_event_equals_the_pledge_without_events(
        run: Run, write_pledge: Callable[..., Path]) -> None:
    text = Path(EVERY_KIND).read_text(encoding="utf-8")
    bare = write_pledge(text.split("\nevents:\n")[0] + "\nevents: []\n", "bare.yaml")
    with_events = run("status", EVERY_KIND, "--as-of", "2024-01-09", "--format", "json")
    without = run("status", str(bare), "--as-of", "2024-01-09", "--format", "json")

    def without_files(out: str) -> object:
        data = json.loads(out)
        return {**data, "pledges": [{**p, "file": None} for p in data["pledges"]]}

    assert without_files(with_events.stdout) == without_files(without.stdout)


@pytest.mark.parametrize(("args", "ids"), [
    (["--party", "kommunen"], ["trafiksakerhetsrad", "belysningsplan", "kameraplan",
                               "foreningssamverkan", "trygghetsvandringar", "sommarinsats",
                               "faltare-sommar",
                               "skolinformation", "cykelkampanj", "nattvandring"]),
    (["--priority", "trafik", "--status", "behind"], ["trafikkontroller", "skolinformation"]),
    (["--target", "kameraplan,mopedinsatser"], ["mopedinsatser", "kameraplan"]),
    (["--status", "ended"], ["cykelkampanj"]),
    (["--status", "in_progress", "--status", "done"], ["trafiksakerhetsrad", "kameraplan"]),
])
def test_filters(run: Run, args: list[str], ids: list[str]) -> None:
    data = json.loads(run("status", EVERY_KIND, "--as-of", "2024-07-01", "--format", "json",
                          *args).stdout)
    assert sorted(t["id"] for t in data["pledges"][0]["targets"]) == sorted(ids)


def test_filtered_summary_counts_only_what_is_shown(run: Run) -> None:
    out = run("status", EVERY_KIND, "--as-of", "2024-07-01", "--target", "kameraplan").stdout
    assert "1 löfte: ✔ klart 1\n" in out
    assert "Effektmål" not in out


def test_rollup_of_a_directory(run: Run, golden: Callable[[str, str], None],
                               tmp_path: Path) -> None:
    folder = tmp_path / "region"
    folder.mkdir()
    (folder / "a-exempelby.yaml").write_text(Path(EVERY_KIND).read_text("utf-8"), "utf-8")
    (folder / "b-olofstrom.yml").write_text(Path(SHIPPED).read_text("utf-8"), "utf-8")
    (folder / "notes.txt").write_text("not a pledge", "utf-8")
    for fmt, name in (("table", "rollup-sv.txt"), ("markdown", "rollup-sv.md"),
                      ("csv-machine", "rollup.csv"), ("csv", "rollup-sv.csv")):
        result = run("status", str(folder), "--as-of", "2024-07-01", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        golden(f"status/{name}", result.stdout.replace(str(folder), "region"))
    data = json.loads(run("status", str(folder), "--as-of", "2024-07-01", "--format",
                          "json").stdout)
    assert [p["municipality"] for p in data["pledges"]] == ["Exempelby kommun",
                                                            "Olofströms kommun"]
    assert data["totals"]["total"] == 26


def test_default_file_and_dash_f(run: Run, write_pledge: Callable[..., Path],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_pledge(MINIMAL)
    monkeypatch.chdir(path.parent)
    assert "Utfall: 1 löfte: ✖ ej uppfyllt 1" in run("status").stdout
    assert run("status", "-f", str(path), "--lang", "en").stdout.splitlines()[3] == (
        "Outcome: 1 commitment: ✖ not fulfilled 1")


def test_invalid_file_prints_located_problems(run: Run,
                                              write_pledge: Callable[..., Path]) -> None:
    path = write_pledge(MINIMAL.replace("owners: [polisen]", "owners: [polis]"))
    result = run("status", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"{path}:12:14: E302 targets[polis-mopedinsatser].owners[1]: "
                             "okänd part 'polis' – menade du 'polisen'?\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--as-of", "2024-13-01"], "pledge: --as-of: '2024-13-01' är inget datum (ÅÅÅÅ-MM-DD)\n"),
    (["--as-of", "2025-01-01"], "pledge: --as-of 2025-01-01 ligger efter dagens datum "
                                "2024-12-31\n"),
    (["--target", "polis-moped"], "pledge: --target: okänt id 'polis-moped' – menade du "
                                  "'polis-mopedinsatser'?\n"),
    (["--party", "x"], "pledge: --party: okänt id 'x' – kända: kommunen, polisen\n"),
    (["--status", "late"], "pledge: --status: okänd status 'late': välj uppfyllt, i fas, "
                           "efter plan, delvis missat, ej påbörjat, ej uppfyllt, klart, pågår, "
                           "ej klart, aktivt, inaktivt, genomfört, ej genomfört, förs vidare, "
                           "avslutat i förtid, struket, villkoret har inte uppstått, "
                           "avsikt ej genomförd, ej redovisat, missat, avslutat\n"),
    (["--status", "late", "--lang", "en"],
     "pledge: --status: unknown status 'late': choose met, on_track, behind, partly_missed, "
     "not_started, not_met, done, in_progress, not_done, active, inactive, carried_out, "
     "not_carried_out, carried_forward, closed_early, dropped, not_applicable, "
     "intention_not_met, not_reported, missed, ended\n"),
    (["--format", "html"], "pledge: okänt format 'html': välj tabell, markdown, json, "
                            "csv, csv-maskin\n"),
    (["--by", "owners"], "pledge: --by: okänd gruppering 'owners': välj ägare, prioritering\n"),
])
def test_usage_errors(run: Run, write_pledge: Callable[..., Path], args: list[str],
                      message: str) -> None:
    path = write_pledge(MINIMAL)
    result = run("status", str(path), *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def test_missing_file_and_empty_directory(run: Run, tmp_path: Path) -> None:
    missing = run("status", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 2
    assert "nope.yaml" in missing.stderr
    empty = run("status", str(tmp_path), "--lang", "en")
    assert (empty.exit_code, empty.stderr) == (
        2, f"pledge: the directory {tmp_path} has no .yaml files\n")


@pytest.mark.parametrize(("tty", "env", "expected"), [
    (True, {}, True), (True, {"NO_COLOR": "1"}, False), (True, {"TERM": "dumb"}, False),
    (False, {}, False),
])
def test_colour_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch,
                                                    tty: bool, env: dict[str, str],
                                                    expected: bool) -> None:
    from medborgarlofte.cli import status_options

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: tty, raising=False)
    assert status_options.use_color() is expected


def test_the_garbage_collector_is_paused_only_while_the_command_runs() -> None:
    import gc

    import typer

    from medborgarlofte.cli.app import _run

    seen: list[bool] = []
    probe = typer.Typer()

    @probe.command()
    def look() -> None:
        seen.append(gc.isenabled())

    @probe.command()
    def other() -> None:
        """A second command, so that Typer dispatches by name."""

    assert _run(probe, ["look"]) == 0
    assert seen == [False]
    assert gc.isenabled()


@pytest.mark.parametrize(("words", "codes"), [
    (["--status", "efter plan"], ["--status", "behind"]),
    (["--status", "Ej uppfyllt,i fas"], ["--status", "not_met,on_track"]),
    (["--status", "missat"], ["--status", "missed"]),
    (["--by", "prioritering"], ["--by", "priority"]),
    (["--by", "ägare", "--format", "md"], ["--by", "owner", "--format", "markdown"]),
    (["--format", "tabell"], ["--format", "table"]),
])
def test_swedish_words_where_codes_are_asked_for(
        run: Run, write_pledge: Callable[..., Path], words: list[str], codes: list[str]) -> None:
    path = write_pledge(MINIMAL)
    by_word, by_code = run("status", str(path), *words), run("status", str(path), *codes)
    assert (by_word.exit_code, by_word.stdout) == (0, by_code.stdout)


def test_group_by_is_the_name_and_by_still_works(run: Run,
                                                 write_pledge: Callable[..., Path]) -> None:
    path = write_pledge(MINIMAL)
    new, old = run("status", str(path), "--group-by", "priority"), run(
        "status", str(path), "--by", "priority")
    assert (new.exit_code, new.stdout) == (0, old.stdout)
