"""Scoring the drafter on our own corpus of published pledge texts.

Each `tests/fixtures/fromtext/<name>.txt` is a pledge as it would be copied from its web page
(written from the tagged corpus of real pledges); `<name>.json` holds the expected answer: the
period, and per commitment the start of its text, owner, kind, number and rate. The test drafts
every text, prints the totals (run `pytest -s` to see them) and fails below the targets, which
are the figures reported in docs/commands-init.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.core.drafting.draft import Draft, slug
from medborgarlofte.core.drafting.fromtext import draft_from_text
from medborgarlofte.io.loader import load_pledge_bytes
from medborgarlofte.render.pledge_yaml import render_pledge_yaml

CORPUS = Path(__file__).resolve().parent / "fixtures" / "fromtext"
NAMES = sorted(p.stem for p in CORPUS.glob("*.txt"))
FALLBACK_YEAR = 2031  # no text is about it: a period taken from it is a fallback
TODAY = dt.date(2031, 12, 31)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"”“'’]", "", text)).strip().lower()


def _expected_owner(tag: str) -> set[str] | None:
    if tag == "unknown":
        return None
    if tag == "gemensam":
        return {"polis", "kommun"}
    names = tag.split(":", 1)[1].split("+") if ":" in tag else [tag]
    return {n if n in ("polis", "kommun") else slug(n) for n in names}


def _drafted_owner(owners: list[str], parties: dict[str, Any]) -> set[str]:
    kinds = {pid: p["kind"] for pid, p in parties.items()}
    return {kinds[o] if kinds[o] in ("polis", "kommun") else slug(parties[o]["name"])
            for o in owners}


def _same_owners(drafted: set[str], wanted: set[str]) -> bool:
    """The same parties; a name may be written shorter ("Räddningstjänsten [Grums]")."""
    return len(drafted) == len(wanted) and all(
        any(d == w or d.startswith(w + "-") or w.startswith(d + "-") for d in drafted)
        for w in wanted)


def _kind(goal: dict[str, Any] | None) -> str:
    if not goal:
        return "qualitative"
    if goal.get("milestone"):
        return "milestone"
    if goal.get("per"):
        return "rate"
    return "count_min" if "at_least" in goal else "count_exact"


@dataclass
class Score:
    """Totals over the corpus; `wrong_*` lists what was wrong without a mark."""

    expected: int = 0
    found: int = 0
    owners_expected: int = 0
    owners: int = 0
    kinds: int = 0
    numbers: int = 0
    rates: int = 0
    periods_expected: int = 0
    periods: int = 0
    extra: int = 0
    wrong_number_unmarked: list[str] = field(default_factory=list)
    wrong_owner_unmarked: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    marked: list[str] = field(default_factory=list)
    """Every kind, number or owner not right, marked or not (for tests/score_fromtext.py)."""

    def line(self) -> str:
        return (f"found {self.found}/{self.expected}, owners {self.owners}/"
                f"{self.owners_expected}, kinds {self.kinds}/{self.expected}, numbers "
                f"{self.numbers}/{self.expected}, rates {self.rates}/{self.expected}, periods "
                f"{self.periods}/{self.periods_expected}, not commitments {self.extra}")


def _marks(result: Draft) -> dict[tuple[str, int], set[str]]:
    marks: dict[tuple[str, int], set[str]] = {}
    for review in result.reviews:
        if len(review.path) >= 2 and isinstance(review.path[1], int):
            section, index = str(review.path[0]), review.path[1]
            key = review.key.rsplit(".", 1)[1]
            marks.setdefault((section, index), set()).add(
                "owner" if key.startswith("owner") else key)
    return marks


def score_text(name: str, score: Score, corpus: Path = CORPUS) -> Draft:
    text = (corpus / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((corpus / f"{name}.json").read_text(encoding="utf-8"))
    result = draft_from_text(text, fallback_year=FALLBACK_YEAR)
    data, marks = result.data, _marks(result)
    items = [("targets", i, _norm(t["text"])) for i, t in enumerate(data["targets"])]
    items += [("indicators", i, _norm(t["text"])) for i, t in enumerate(data["indicators"])]
    used: set[tuple[str, int]] = set()
    for item in expected["commitments"]:
        score.expected += 1
        outcome = item["kind"] == "outcome"
        score.owners_expected += not outcome
        want = _norm(item["text"])
        match = next(((s, i) for s, i, t in items if want in t and (s, i) not in used), None)
        if match is None:
            score.misses.append(f"{name}: {item['text']}")
            continue
        used.add(match)
        score.found += 1
        section, index = match
        mark = marks.get(match, set())
        if section == "indicators":
            score.kinds += outcome
            score.numbers += "n" not in item
            score.rates += "per" not in item
            continue
        target = data["targets"][index]
        goal = target.get("goal")
        score.kinds += _kind(goal) == item["kind"]
        if _kind(goal) != item["kind"]:
            score.marked.append(f"{name}: kind {_kind(goal)}, not {item['kind']}: "
                                f"{item['text']} {sorted(mark)}")
        number = goal.get("at_least") or goal.get("exactly") if goal else None
        if number == item.get("n"):
            score.numbers += 1
        elif "goal" not in mark:
            score.wrong_number_unmarked.append(f"{name}: {item['text']} -> {goal}")
        score.rates += (goal or {}).get("per") == item.get("per")
        if outcome:
            continue
        want_owner = _expected_owner(item["owner"])
        if want_owner is None:
            score.owners += "owner" in mark
        elif _same_owners(_drafted_owner(target["owners"], data["parties"]), want_owner):
            score.owners += 1
        else:
            score.marked.append(f"{name}: owner {target['owners']}, not {item['owner']}: "
                                f"{item['text']} {sorted(mark)}")
            if "owner" not in mark:
                score.wrong_owner_unmarked.append(f"{name}: {item['text']} -> {target['owners']}")
    score.extra += len(items) - len(used)
    period = data["pledge"]["period"]
    stated = expected["period"]
    if stated:
        score.periods_expected += 1
        score.periods += [period["start"].isoformat(), period["end"].isoformat()] == stated
    return result


def corpus_score(corpus: Path = CORPUS) -> Score:
    score = Score()
    for name in sorted(p.stem for p in corpus.glob("*.txt")):
        score_text(name, score, corpus)
    return score


def test_the_corpus_is_there() -> None:
    assert len(NAMES) >= 25


def test_the_drafter_reaches_its_targets_on_the_corpus() -> None:
    score = corpus_score()
    print("\nfromtext corpus:", score.line())
    for miss in score.misses:
        print("  missed:", miss)
    # the goals of issue 14 (on 17 unseen texts: found 103/108, owners 97/107, kinds 97/108,
    # numbers 103/108, periods 14/15, at most 3 drafted items that are not commitments), as
    # ratios, or stricter where the test was already stricter
    assert score.wrong_number_unmarked == []
    assert score.wrong_owner_unmarked == []
    assert score.found >= 103 / 108 * score.expected, score.misses
    assert score.owners >= 97 / 107 * score.owners_expected
    assert score.kinds >= 0.90 * score.expected
    assert score.numbers >= 103 / 108 * score.expected
    assert score.periods >= score.periods_expected - 1
    assert score.extra <= 3 / 108 * score.expected


@pytest.mark.parametrize("name", NAMES)
def test_every_corpus_draft_validates_and_strict_fails_on_its_marks(name: str) -> None:
    result = score_text(name, Score())
    text = render_pledge_yaml(result.data, lang="sv", reviews=result.reviews)
    loaded = load_pledge_bytes(text.encode("utf-8"), Path("draft.yaml"), TODAY)
    assert loaded.pledge is not None, text
    assert [p.code for p in loaded.problems if p.code != "W330"] == [], text
    assert result.reviews  # at least the sources to add
    assert any(p.code == "W330" for p in loaded.problems)  # so validate --strict fails


_BULLET_START = re.compile(r"^(\s*(?:[•·▪◦●\-–*]|[0-9]{1,2}[.)])\s+)")


def _set_by_a_pdf(text: str, width: int = 75) -> str:
    """The text as a PDF sets it: every line of prose longer than `width` wrapped, a
    bullet's lines indented under its text (a table's rows and a sidebar's lines are left)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or "\t" in line or "|" in line or "   " in line.strip():
            out.append(line)
            continue
        bullet = _BULLET_START.match(line)
        out += textwrap.wrap(line, width, break_on_hyphens=False,
                             subsequent_indent=" " * len(bullet.group(1)) if bullet else "")
    return "\n".join(out)


_LOST = {
    "set by a PDF, 75 characters wide": _set_by_a_pdf,
    "blank lines lost": lambda t: re.sub(r"\n[ \t]*\n", "\n", t),
    "bullets lost": lambda t: re.sub(r"(?m)^[ \t]*(?:•|\*|-|–|[0-9]{1,2}[.)]) ", "", t),
    "headings in capitals": lambda t: "\n".join(
        line.upper() if line and len(line) < 60 and line[-1] not in ".,;!?"
        and not re.match(r"[•*\-–0-9]", line) else line for line in t.split("\n")),
    "Windows line ends": lambda t: t.replace("\n", "\r\n"),
    "every bullet a dash": lambda t: re.sub(r"(?m)^[ \t]*(?:•|\*|-|[0-9]{1,2}[.)]) ", "– ", t),
}


@pytest.mark.parametrize("change", sorted(_LOST))
def test_the_corpus_copied_carelessly_is_read_as_honestly(change: str, tmp_path: Path) -> None:
    """The same texts as a careless copy gives them (blank lines or bullets lost, headings in
    capitals, set by a PDF in lines of 75 characters): still no wrong number or owner without
    a mark, and almost every commitment found. A layout the rules have not seen must not make
    them confidently wrong."""
    for source in CORPUS.glob("*.txt"):
        (tmp_path / source.name).write_text(_LOST[change](source.read_text(encoding="utf-8")),
                                            encoding="utf-8")
        (tmp_path / f"{source.stem}.json").write_bytes(source.with_suffix(".json").read_bytes())
    score = corpus_score(tmp_path)
    print(f"\nfromtext corpus, {change}:", score.line())
    assert score.wrong_number_unmarked == []
    assert score.wrong_owner_unmarked == []
    assert score.found >= 103 / 108 * score.expected, score.misses
    assert score.extra <= 3 / 108 * score.expected
