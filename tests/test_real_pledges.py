"""Real published pledges (tests/fixtures/real/, from the corpus) with a realistic logged year,
run through `pledge status --as-of` and `pledge report`: every figure below was counted by
hand from the fixture, and the count is written beside it.

Dates judged: mid-week, the last day of a month or week, the due date, after the period.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import OLOFSTROM

REAL = Path(__file__).resolve().parent / "fixtures" / "real"
Run = Callable[..., Any]


def targets(run: Run, name: str, as_of: str) -> dict[str, dict[str, Any]]:
    result = run("status", str(REAL / name), "--as-of", as_of, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return {t["id"]: t for t in json.loads(result.stdout)["pledges"][0]["targets"]}


def figures(target: dict[str, Any]) -> tuple[str, str]:
    return target["status"], target["progress_text"]


@pytest.fixture(autouse=True)
def _late_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLEDGE_TODAY", "2026-01-01")


# --- Kungsbacka 2019–2020: at least one traffic control a week over two years

KUNGSBACKA = "kungsbacka-2019.yaml"
WEEKLY = "polis-trafikkontroll-vecka"


@pytest.mark.parametrize(("as_of", "status", "text"), [
    # Wednesday of week 13: weeks 2-12 have ended (week 1 has 6 days of 2019: it needs
    # floor(1 * 6 / 7) = 0 and is not judged) = 11 weeks; controls in all but weeks 5 and 9
    # = 9 met. Week 13 is the 12th judged week of 103 (Monday 2019-01-07 to Sunday
    # 2020-12-27 = 721 days = 103 weeks) and has its control already.
    ("2019-03-27", "partly_missed",
     "9/11 veckor · missat: v. 5 2019, v. 9 2019 · vecka 12 av 103: 1/1"),
    # Sunday 31 March, the last day of week 13 and of the month: week 13 has ended too.
    ("2019-03-31", "partly_missed",
     "10/12 veckor · missat: v. 5 2019, v. 9 2019 · vecka 12 av 103: 1/1"),
    # The due date: 10 weeks in Q1 + week 51 of 2020 (the sum record ends 2020-12-20) = 11
    # of 103 met; 92 missed: the first three listed, +89.
    ("2020-12-31", "not_met", "11/103 veckor · missat: v. 5 2019, v. 9 2019, v. 14 2019, +89"),
    ("2021-03-01", "not_met", "11/103 veckor · missat: v. 5 2019, v. 9 2019, v. 14 2019, +89"),
])
def test_kungsbacka_weekly_rate(run: Run, as_of: str, status: str, text: str) -> None:
    assert figures(targets(run, KUNGSBACKA, as_of)[WEEKLY]) == (status, text)


def test_kungsbacka_sum_and_ongoing_work(run: Run) -> None:
    on_march_31 = targets(run, KUNGSBACKA, "2019-03-31")
    assert on_march_31[WEEKLY]["done"] == {"value": 10, "qualifier": "exact"}  # 10 controls
    # 89 days since 1 January, nothing logged: not started; the lecture is on 11 April.
    assert figures(on_march_31["trafikkunskap"]) == ("not_started", "0 aktiviteter")
    after = targets(run, KUNGSBACKA, "2021-03-01")
    assert after[WEEKLY]["done"]["value"] == 62  # 10 + 52: the published "62 kontroller"
    assert figures(after["trafikkunskap"]) == ("carried_out", "1 aktivitet")
    assert figures(after["kommun-belysning"]) == ("not_carried_out", "0 aktiviteter")


# --- Vingåker 2020: counts, a yearly rate, ongoing work; no traffic controls in April

VINGAKER = "vingaker-2020.yaml"


@pytest.mark.parametrize(("as_of", "expected"), [
    # 29 June: the June sum counts from its last day (30 June): 8 + 6 + 9 + 5 = 28;
    # required floor(100 * 181 / 366) = 49.
    ("2020-06-29", {"polis-trafikkontroller": ("behind", "28/100"),
                    "polis-epa-insatser": ("on_track", "1/2"),  # floor(2 * 181 / 366) = 0
                    "kommun-trygghetsvandring": ("on_track", "år 1 av 1: 0/1"),
                    "polis-skolkontakter": ("inactive", "1 aktivitet"),  # 12 Feb: 138 days
                    "kommun-din-hastighet": ("active", "ca 3 aktiviteter")}),  # ca 3, 20 May
    # 30 June, last day of the month: + 12 = 40; required floor(100 * 182 / 366) = 49.
    ("2020-06-30", {"polis-trafikkontroller": ("behind", "40/100")}),
    # 30 September: 40 + 4 + 11 + 10 = 65 < floor(100 * 274 / 366) = 74; 3 Sept: 2/2.
    ("2020-09-30", {"polis-trafikkontroller": ("behind", "65/100"),
                    "polis-epa-insatser": ("met", "2/2"),
                    "kommun-din-hastighet": ("inactive", "ca 3 aktiviteter")}),  # 133 days
    # The due date: 65 + 9 + 8 + ca 7 = ca 89 of 100; the walk of 6 October: year 1 of 1 met.
    ("2020-12-31", {"polis-trafikkontroller": ("not_met", "ca 89/100"),
                    "kommun-trygghetsvandring": ("met", "1/1 år"),
                    "polis-skolkontakter": ("carried_out", "3 aktiviteter"),
                    "kommun-hastighetskartlaggning": ("not_carried_out", "0 aktiviteter")}),
])
def test_vingaker(run: Run, as_of: str, expected: dict[str, tuple[str, str]]) -> None:
    found = targets(run, VINGAKER, as_of)
    assert {i: figures(found[i]) for i in expected} == expected


# --- Vadstena 2018, extended to 2019 by a decision of 2019-01-15

VADSTENA = "vadstena-2018.yaml"


def test_vadstena_as_of_ignores_the_later_extension(run: Run) -> None:
    result = run("status", str(REAL / VADSTENA), "--as-of", "2018-12-31")
    # On 31 December 2018 the period (as known) ended: no walk in 2018 is 0/1, not met.
    assert "Period 2018-01-01 – 2018-12-31 · perioden är slut · läget 2018-12-31" in result.stdout
    assert "Utfall: 2 löften: ✔ genomfört 1 · ✖ ej uppfyllt 1" in result.stdout
    assert "förlängd" not in result.stdout
    decided = run("status", str(REAL / VADSTENA), "--as-of", "2019-01-15")
    assert "Period 2018-01-01 – 2019-12-31 (förlängd) · läget 2019-01-15" in decided.stdout
    found = targets(run, VADSTENA, "2019-01-15")
    assert figures(found["trygghetsvandring"]) == ("on_track", "0/1")  # floor(380/730) = 0
    assert figures(found["grannsamverkan"]) == ("inactive", "2 aktiviteter")  # 105 days
    end = targets(run, VADSTENA, "2019-12-31")
    assert figures(end["trygghetsvandring"]) == ("met", "1/1")  # the walk of 24 April 2019
    assert figures(end["grannsamverkan"]) == ("carried_out", "3 aktiviteter")


# --- Kungälv June 2017 – May 2018: a 12-month period, five open days a week, milestones

KUNGALV = "kungalv-2017.yaml"


@pytest.mark.parametrize(("as_of", "expected"), [
    # 31 August (a Thursday): the first week (1-4 June, needs floor(5 * 4 / 7) = 2, has 2)
    # and weeks 23-34 have ended = 13; weeks 29 and 30 had 3 days: 11 met. Week 35 is the
    # 14th of 53 (the first part-week, 51 full weeks, the last part-week); its record ends
    # Friday 1 September, so it has 0 of 5 yet. Traffic controls 3 + 4 = 7 >= floor(20 * 92
    # / 365) = 5; drug operations 0 < floor(8 * 92 / 365) = 2.
    ("2017-08-31", {
        "polis-oppen-station": ("partly_missed",
                                "11/13 veckor · missat: v. 29 2017, v. 30 2017 · "
                                "vecka 14 av 53: 0/5"),
        "polis-trafikkontroller": ("on_track", "7/20"),
        "polis-narkotikainsatser": ("behind", "0/8"),
        "kommun-brev-moped": ("not_started", "0 aktiviteter"),
        "kommun-foraldramoten": ("inactive", "0 aktiviteter")}),  # 91 days, nothing logged
    # The due date: 53 weeks, 3 missed (29, 30, 52): 50 met; controls 3+4+2+3+2+1+2+3+2+1 =
    # 23 of 20; drug operations 5 of 8; the moped letter sent 5 September; the drug letter
    # only drafted; parent meetings at four schools in one record (count 4).
    ("2018-05-31", {
        "polis-oppen-station": ("not_met", "50/53 veckor · missat: v. 29 2017, v. 30 2017, "
                                           "v. 52 2017"),
        "polis-trafikkontroller": ("met", "23/20"),
        "polis-narkotikainsatser": ("not_met", "5/8"),
        "kommun-brev-moped": ("done", "1 aktivitet · klart 2017-09-05"),
        "kommun-brev-narkotika": ("not_done", "1 aktivitet"),
        "kommun-foraldramoten": ("carried_out", "4 aktiviteter")}),
    # 15 June 2018: the recorded outcome (carried forward) is decided; the figures stay.
    ("2018-06-15", {
        "polis-narkotikainsatser": ("carried_forward", "5/8 (ersatt av beslut)")}),
])
def test_kungalv(run: Run, as_of: str, expected: dict[str, tuple[str, str]]) -> None:
    found = targets(run, KUNGALV, as_of)
    assert {i: figures(found[i]) for i in expected} == expected


def test_kungalv_recorded_outcome_says_why_beside_the_figures(
        run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    out = run("status", str(REAL / KUNGALV), "--as-of", "2018-06-15").stdout
    assert "→ förs vidare" in out
    assert "beslut 2018-06-15 (beräknat: ej uppfyllt); motivering:" in out
    before = targets(run, KUNGALV, "2018-06-14")["polis-narkotikainsatser"]
    assert (before["status"], before["overridden"]) == ("not_met", False)


def test_kungalv_year_report_leads_with_the_outcome(run: Run) -> None:
    result = run("report", "-f", str(REAL / KUNGALV), "--from", "2017-06-01", "--to",
                 "2018-05-31", "--format", "md")
    assert result.exit_code == 0, result.stderr
    lede = result.stdout.split("\n\n")[2]
    assert lede.startswith("Löftesperioden slutade 31 maj 2018; rapporten visar utfallet.")
    assert ("Utfall 31 maj 2018: 6 löften: ✔ uppfyllt 1 · ✔ klart 1 · ✔ genomfört 1 · "
            "✖ ej uppfyllt 2 · ✖ ej klart 1.") in result.stdout
    # the station: 50 of 53 weeks, all three missed ones named; open days: 2 in the first
    # part-week, 48 full weeks * 5 = 240, 3 weeks * 3 = 9, 4 in the last: 2 + 240 + 9 + 4 = 255
    assert ("255 öppetdagar; 50 av 53 avslutade veckor uppfyllda (53 totalt); "
            "missat: v. 29 2017, v. 30 2017, v. 52 2017") in result.stdout
    for pace in ("i fas", "efter plan", "inaktivt", "Förväntat till", "I samma takt"):
        assert pace not in result.stdout


def test_a_report_of_a_running_period_does_not_claim_an_outcome(run: Run) -> None:
    result = run("report", "-f", str(REAL / KUNGALV), "--period", "2017-T2", "--format", "md")
    assert "Löftesperioden slutade" not in result.stdout
    assert "Läget 31 augusti 2017: 6 löften:" in result.stdout


# --- every fixture pledge: the summary counts exactly the rows, in JSON and in the report

ALL_PLEDGES = sorted(REAL.glob("*.yaml")) + [
    OLOFSTROM, Path(__file__).resolve().parent / "fixtures" / "status" / "every-kind.yaml",
    Path(__file__).resolve().parent / "fixtures" / "report" / "exempelby.yaml"]


def _days(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    start = re.search(r"start: (\d{4})-(\d\d)-(\d\d)", text)
    assert start
    year = int(start.group(1))
    return [f"{year}-04-30", f"{year}-08-31", f"{year}-12-31", f"{year + 1}-05-31"]


@pytest.mark.parametrize("path", ALL_PLEDGES, ids=lambda p: p.stem)
def test_summary_counts_equal_the_rows(run: Run, path: Path) -> None:
    for day in _days(path):
        data = json.loads(run("status", str(path), "--as-of", day, "--format", "json").stdout)
        pledge = data["pledges"][0]
        rows = Counter(t["status"] for t in pledge["targets"])
        assert {k: v for k, v in pledge["summary"].items() if v and k != "total"} == rows
        assert pledge["summary"]["total"] == len(pledge["targets"])
        categories = Counter(t["category"] for t in pledge["targets"])
        assert {k: v for k, v in pledge["categories"].items() if v} == categories
        for word, count in re.findall(r"[✔●○▲✖→■–] ([^·\d]+?) (\d+)", pledge["summary_text"]):
            shown = [t for t in pledge["targets"] if t["status_text"] == word]
            assert len(shown) == int(count), (day, word)


@pytest.mark.parametrize("path", ALL_PLEDGES, ids=lambda p: p.stem)
def test_report_summary_counts_equal_its_rows(run: Run, path: Path) -> None:
    start = re.search(r"start: (\d{4}-\d\d-\d\d)", path.read_text(encoding="utf-8"))
    assert start
    result = run("report", "-f", str(path), "--from", start.group(1), "--format", "md")
    assert result.exit_code == 0, result.stderr
    summary = re.search(r"^(?:Läget|Utfall) [^:]+: \d+ löften?: (.+)\.$", result.stdout,
                        re.MULTILINE)
    assert summary, result.stdout[:600]
    table = result.stdout.split("## Sammanfattning")[1].split("##")[0]
    labels = Counter(line.split(" | ")[2] for line in table.splitlines()
                     if line.startswith("| ") and not line.startswith(("| Löfte", "| ---")))
    told = {f"{symbol} {word}": int(n) for symbol, word, n in
            re.findall(r"([✔●○▲✖→■–]) ([^·\d]+?) (\d+)", summary.group(1))}
    assert told == dict(labels)


def test_kungalv_year_report_in_html_has_no_pace(run: Run, tmp_path: Path) -> None:
    out = tmp_path / "rapport.html"
    result = run("report", "-f", str(REAL / KUNGALV), "--from", "2017-06-01", "--to",
                 "2018-05-31", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert '<p class="lede">Löftesperioden slutade 31 maj 2018; rapporten visar utfallet.' in html
    assert "Stapeln visar hur mycket av målet som blev gjort." in html
    for pace in ("i fas", "efter plan", "inaktivt", "jämn takt", 'class="bar-pace" x1'):
        assert pace not in html
