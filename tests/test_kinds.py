"""Goal kinds are a closed set: every kind in the registry is judged, and shown by every output.

A kind added to `core.progress.kinds` (its module, `KINDS`, `KindResult`) fails mypy at each
`match` that does not handle it (`assert_never`); this test fails too, at run time, until the
kind has a sample here and every output below renders it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any, get_args

import pytest
from openpyxl import load_workbook

from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.progress.kinds import KINDS, KindResult, kind_of
from medborgarlofte.core.progress.periods import ReportWindow
from medborgarlofte.core.progress.report import build_report
from medborgarlofte.core.schema.model import Pledge
from medborgarlofte.render import words
from medborgarlofte.render.log_lines import progress_line
from medborgarlofte.render.report.csv_table import render_report_csv
from medborgarlofte.render.report.html_page import render_report_html
from medborgarlofte.render.report.markdown import render_report_md
from medborgarlofte.render.report.xlsx import render_report_xlsx
from medborgarlofte.render.status import render_status_table
from medborgarlofte.render.status_formats import (
    render_status_csv,
    render_status_json,
    render_status_markdown,
)

D = dt.date.fromisoformat

SAMPLES: dict[str, dict[str, Any]] = {
    "count": {"goal": {"at_least": 4, "unit": "insatser"}},
    "rate": {"goal": {"at_least": 1, "per": "month", "unit": "tillfällen"}},
    "milestone": {"goal": {"milestone": True}},
    "ongoing": {},
    "share": {"goal": {"share_of": "t-base", "percent": 20, "unit": "förstagångsbesökare"}},
    "coverage": {"goal": {"cover": ["7A", "7B", "7C"]}},
    "response": {"goal": {"within_hours": 24}},
}
"""One target of each kind; a new kind needs one here."""

DAYS = ("2024-03-15", "2024-12-31", "2025-01-20")
"""Running, the due date (outcome), after the period."""


def sample_pledge(kind: str) -> Pledge:
    target = {"id": f"t-{kind}", "text": f"Ett löfte av slaget {kind}.", "owners": ["polisen"],
              **SAMPLES[kind]}
    return Pledge.model_validate({
        "schema_version": 1,
        "pledge": {"title": "T", "municipality": "Exempelby kommun",
                   "period": {"start": "2024-01-01", "end": "2024-12-31"}},
        "parties": {"polisen": {"name": "Polisen", "kind": "polis"}},
        "targets": [target, *([{"id": "t-base", "text": "Besök.", "owners": ["polisen"],
                                "goal": {"at_least": 10}}] if kind == "share" else [])],
        "events": [{"date": "2024-02-10", "target": f"t-{kind}", "count": 3,
                    "qualifier": "approx", **({"done": True} if kind == "milestone" else {}),
                    **({"items": ["7A"]} if kind == "coverage" else {}),
                    **({"response_hours": 30} if kind == "response" else {})},
                   *([{"date": "2024-02-11", "target": "t-base", "count": 12}]
                     if kind == "share" else [])],
    })


def test_the_registry_names_every_result_type_once() -> None:
    assert len(KINDS) == len(set(KINDS)) == len(get_args(KindResult))
    assert set(SAMPLES) == set(KINDS), "a goal kind without a sample in tests/test_kinds.py"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("day", DAYS)
def test_every_output_renders_every_kind(kind: str, day: str) -> None:
    pledge = sample_pledge(kind)
    progress = compute_progress(pledge, D(day))
    target = progress.targets[0]
    assert kind_of(target.result) == target.kind == kind
    short = words.result_text(target.result, "sv")
    assert short and words.status_word(target.status, "sv")
    assert short in render_status_table(progress, "sv", width=120)
    assert short in render_status_markdown(progress, "sv")
    record = json.loads(render_status_json([("f.yaml", progress)], "en"))["pledges"][0]
    assert record["targets"][0]["kind"] == kind
    rows = len(progress.targets) + 1
    assert render_status_csv([("f.yaml", progress)], "sv").count("\n") == rows
    assert progress_line(target, "sv").startswith(f"t-{kind} ")
    window = ReportWindow(D("2024-01-01"), min(D(day), D("2024-12-31")), D("2024-12-31"))
    report = build_report(pledge, window, D(day))
    assert target.text in render_report_html(report, "sv")
    assert target.text in render_report_md(report, "sv")
    assert f"t-{kind}" in render_report_csv(report, "sv")
    book = load_workbook(io.BytesIO(render_report_xlsx(report, "sv")))
    assert book.worksheets[0]["A2"].value == f"t-{kind}"


@pytest.mark.parametrize("kind", ["milestone", "ongoing"])
def test_milestone_and_ongoing_show_what_was_done_not_the_records(kind: str) -> None:
    """One record `count: 3, qualifier: approx` is 'ca 3 aktiviteter', not '1 aktivitet'."""
    pledge = sample_pledge(kind)
    progress = compute_progress(pledge, D("2024-03-15"))
    assert words.result_text(progress.targets[0].result, "sv") == "ca 3 aktiviteter"
    window = ReportWindow(D("2024-01-01"), D("2024-03-15"), D("2024-04-30"), "2024-T1")
    report_md = render_report_md(build_report(pledge, window, D("2024-03-15")), "sv")
    assert "ca 3 aktiviteter" in report_md
    assert "1 aktivitet " not in report_md and "1 aktivitet |" not in report_md
