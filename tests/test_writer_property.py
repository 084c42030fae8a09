"""Invariants of the writer on generated files and events (Hypothesis).

- loading the file after `log` gives the old pledge plus exactly that event;
- every byte outside the edit is unchanged, and the edit only adds text (and drops an empty
  `[]` / `null` value it replaces);
- `undo` right after gives back the old file byte for byte;
- the windowed check in `io.verify` agrees with parsing the whole file.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from medborgarlofte.core.schema.model import Event
from medborgarlofte.core.schema.personnummer import find_identity_numbers
from medborgarlofte.io.loader import load_pledge, load_pledge_bytes
from medborgarlofte.io.textedit import Edit, Span
from medborgarlofte.io.undo import plan_undo, read_record, undo_last
from medborgarlofte.io.verify import _DOCUMENT_MARKER, find_window
from medborgarlofte.io.writer import append_items, with_items
from medborgarlofte.io.yamlread import parse_yaml
from medborgarlofte.text.published import first_forbidden

pytestmark = pytest.mark.slow  # see [tool.pytest.ini_options] markers

TODAY = dt.date(2024, 12, 31)
TARGETS = ("moped", "grannsamverkan", "bedrageri")
TRICKY = ["no", "yes", "1e3", "12:30", "2024-13-01", "a: b", "#", "x #y", " pad ", "\n",
          "rad 1\nrad 2", '"', "'", "Råslätt", "~", "null", "- x", "{a}", "[b]", "ÅÄÖ åäö"]


@st.composite
def pledge_files(draw: st.DrawFn) -> tuple[bytes, str]:
    """A valid pledge file in a generated style, and its text (without BOM)."""
    key_indent = draw(st.sampled_from([2, 4]))
    seq_indent = draw(st.sampled_from([0, 2, 4]))
    offset = draw(st.sampled_from([2, 4])) if seq_indent else 2
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    bom = draw(st.booleans())
    shape = draw(st.sampled_from(["missing", "flow", "flow-comment", "null", "block"]))
    last = draw(st.booleans())
    comments = draw(st.booleans())
    k, s, o = " " * key_indent, " " * seq_indent, " " * (seq_indent + offset)
    lines = ["# generated", "schema_version: 1", "pledge:", f"{k}title: T",
             f"{k}municipality: M", f"{k}period: {{start: 2024-01-01, end: 2024-12-31}}",
             "parties:", f"{k}polisen: {{name: Polisen, kind: polis}}", "targets:"]
    for target in TARGETS:
        lines += [f"{s}-{' ' * (offset - 1)}id: {target}", f"{o}text: Text om {target}.",
                  f"{o}owners: [polisen]"]
    events = _events_lines(draw, shape, s, o, offset, comments)
    tail = ["indicators: []"]
    if comments:
        tail = ["", "# indicators follow", *tail]
    body = lines + (events + tail if not last else tail + events)
    if comments and draw(st.booleans()):
        body += ["", "# the end"]
    text = newline.join(body) + (newline if draw(st.booleans()) or shape != "missing" else "")
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"), text


def _events_lines(draw: st.DrawFn, shape: str, s: str, o: str, offset: int,
                  comments: bool) -> list[str]:
    if shape == "missing":
        return []
    if shape == "flow":
        return ["events: []"]
    if shape == "flow-comment":
        return ["events: []   # the log"]
    if shape == "null":
        return ["events:"]
    lines = ["events:"]
    for i in range(draw(st.integers(1, 3))):
        if comments:
            lines += [f"{s}# event {i}", ""]
        lines += [f"{s}-{' ' * (offset - 1)}date: 2024-0{i + 1}-05", f"{o}target: moped"]
        if draw(st.booleans()):
            lines += [f"{o}note: |", f"{o}  rad ett", "", f"{o}  rad två"]
    if comments:
        lines += [f"{s}# after the last event"]
    return lines


texts = st.one_of(st.sampled_from(TRICKY), st.text(min_size=1, max_size=30))


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    """An event as the CLI would build it."""
    event: dict[str, Any] = {
        "date": draw(st.dates(dt.date(2024, 1, 1), TODAY)),
        "target": draw(st.sampled_from(TARGETS)),
        "count": draw(st.integers(1, 10_000)),
    }
    for key in ("place", "note", "reference"):
        if draw(st.booleans()):
            event[key] = draw(texts)
    if draw(st.booleans()):
        event["qualifier"] = draw(st.sampled_from(["approx", "at_least"]))
    assume(not any(list(find_identity_numbers(str(v))) for v in event.values()))
    assume(not any(first_forbidden(str(v)) for v in event.values()))  # refused: E125
    return event


SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(pledge_files(), events())
def test_log_gives_old_pledge_plus_event_and_keeps_every_other_byte(
        file: tuple[bytes, str], event: dict[str, Any]) -> None:
    raw, text = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pledge.yaml"
        path.write_bytes(raw)
        before = load_pledge(path, TODAY)
        assert before.pledge is not None, before.problems
        change = append_items(path, ("events",), [event], TODAY)
        after = load_pledge(path, TODAY)
        assert after.pledge is not None, after.problems
        assert after.pledge.event_list == [*before.pledge.event_list, Event(**event)]
        assert after.data == with_items(before.data, ("events",), [event])
        new_raw = path.read_bytes()
        assert new_raw.startswith(b"\xef\xbb\xbf") == raw.startswith(b"\xef\xbb\xbf")
        spans = change.edit.spans
        assert change.edit.apply(text) == after.text
        assert all(span.old.strip() in ("", "[]", "null") for span in spans)
        assert after.text is not None
        assert after.text.startswith(text[: spans[0].start])
        assert after.text.endswith(text[spans[-1].end:])
        assert ("\r\n" in change.edit.added_text) == ("\r\n" in text)


@SETTINGS
@given(pledge_files(), events())
def test_undo_right_after_log_restores_the_file(file: tuple[bytes, str],
                                                 event: dict[str, Any]) -> None:
    raw, _ = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pledge.yaml"
        path.write_bytes(raw)
        append_items(path, ("events",), [event], TODAY)
        loaded = load_pledge(path, TODAY)
        plan = plan_undo(loaded, read_record(path), TODAY)
        assert plan.exact
        undo_last(path, TODAY, plan.file_sha256)
        assert path.read_bytes() == raw


@SETTINGS
@given(pledge_files(), st.integers(0, 2000),
       st.sampled_from(["- x: 1\n", "  junk\n", "# c\n", "x: 1\n", "  - 3\n", "\n",
                        "  - date: 2024-01-01\n    target: moped\n", "events: []\n",
                        "    note: x\n", "- - 1\n", "  a: [\n", "'\n", "|\n", "...\n",
                        "---\n", "  # c\n  - date: 2024-01-01\n"]))
def test_windowed_check_agrees_with_a_full_parse(file: tuple[bytes, str], at: int,
                                                  inserted: str) -> None:
    """Whenever the window parses, the whole new text parses to what the window implies."""
    raw, text = file
    at = text.rfind("\n", 0, min(at, len(text))) + 1  # a line start, as the writer inserts
    loaded = load_pledge_bytes(raw, Path("p.yaml"), TODAY)
    edit = Edit((Span(at, at, "", inserted),))
    window = find_window(text, loaded.root, edit, ("events",))
    new_text = edit.apply(text)
    if window is None or _DOCUMENT_MARKER.search(window.text(new_text)):
        event("whole file parsed")
        return
    assert isinstance(loaded.data, dict)
    part = parse_yaml(window.text(new_text))
    implied = window.implied(loaded.data, part.data)
    if part.problems or implied is None:
        event("window refused")  # verify_edit refuses: nothing is claimed
        return
    event("window accepted")
    full = parse_yaml(new_text)
    assert full.problems == []
    assert full.data == implied
