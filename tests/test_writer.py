"""The writer on every file shape: the file after equals the file before plus the exact text.

Each case gives the file before and after, inline; the event added is the same unless the
case says otherwise. Bytes are compared, so indentation, quotes, CRLF and the BOM count.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import textwrap
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.io.loader import load_pledge
from medborgarlofte.io.writer import WriteRefused, append_items, append_to_list

TODAY = dt.date(2024, 12, 31)
EVENT = {"date": dt.date(2024, 3, 12), "target": "moped", "count": 1, "place": "Råslätt"}

HEAD = """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
targets:
  - id: moped
    text: 4 st riktade insatser.
    owners: [polisen]
    goal: {exactly: 4}
"""


def _d(text: str) -> str:
    return textwrap.dedent(text)


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "pledge.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _log(tmp_path: Path, before: str | bytes, *items: dict[str, Any]) -> bytes:
    path = _write(tmp_path, before)
    append_items(path, ("events",), list(items) or [EVENT], TODAY)
    return path.read_bytes()


ADDED = "  - date: 2024-03-12\n    target: moped\n    count: 1\n    place: Råslätt\n"

SHAPES = {
    "empty flow list": (
        HEAD + "events: []\n",
        HEAD + "events:\n" + ADDED,
    ),
    "empty flow list with a comment": (
        HEAD + "events: []  # the log\n",
        HEAD + "events:  # the log\n" + ADDED,
    ),
    "no events key": (
        HEAD,
        HEAD + "events:\n" + ADDED,
    ),
    "no events key, no final newline": (
        HEAD.rstrip("\n"),
        HEAD + "events:\n" + ADDED,
    ),
    "empty value": (
        HEAD + "events:\n",
        HEAD + "events:\n" + ADDED,
    ),
    "explicit null": (
        HEAD + "events: null\n",
        HEAD + "events:\n" + ADDED,
    ),
    "comments between and after events, blank lines": (
        HEAD + _d("""
            # Aktiviteter
            events:
              # first
              - date: 2024-01-05
                target: moped   # inline

              # second, after a blank line
              - date: 2024-02-01
                target: moped
              # after the last event

            # end of file
            """),
        HEAD + _d("""
            # Aktiviteter
            events:
              # first
              - date: 2024-01-05
                target: moped   # inline

              # second, after a blank line
              - date: 2024-02-01
                target: moped
            """) + ADDED + _d("""\
              # after the last event

            # end of file
            """),
    ),
    "events not the last section": (
        HEAD.replace("targets:", "events:\n  - date: 2024-01-05\n    target: moped\ntargets:"),
        HEAD.replace("targets:", "events:\n  - date: 2024-01-05\n    target: moped\n"
                     + ADDED + "targets:"),
    ),
    "four-space indent": (
        HEAD.replace("\n  ", "\n    ") + "events:\n    -   date: 2024-01-05\n"
        "        target: moped\n",
        HEAD.replace("\n  ", "\n    ") + "events:\n    -   date: 2024-01-05\n"
        "        target: moped\n"
        + "    -   date: 2024-03-12\n        target: moped\n        count: 1\n"
        + "        place: Råslätt\n",
    ),
    "four-space indent, empty list": (
        HEAD.replace("\n  ", "\n    ").replace("\n    - id", "\n    -   id")
        .replace("\n      text", "\n        text").replace("\n      owners", "\n        owners")
        .replace("\n      goal", "\n        goal") + "events: []\n",
        HEAD.replace("\n  ", "\n    ").replace("\n    - id", "\n    -   id")
        .replace("\n      text", "\n        text").replace("\n      owners", "\n        owners")
        .replace("\n      goal", "\n        goal") + "events:\n"
        + "    -   date: 2024-03-12\n        target: moped\n        count: 1\n"
        + "        place: Råslätt\n",
    ),
    "unindented list items": (
        HEAD + "events:\n- date: 2024-01-05\n  target: moped\n",
        HEAD + "events:\n- date: 2024-01-05\n  target: moped\n"
        + "- date: 2024-03-12\n  target: moped\n  count: 1\n  place: Råslätt\n",
    ),
    "unindented items elsewhere, empty events": (
        HEAD.replace("\n  - id: moped\n    text", "\n- id: moped\n  text")
        .replace("\n    owners", "\n  owners").replace("\n    goal", "\n  goal")
        + "events: []\n",
        HEAD.replace("\n  - id: moped\n    text", "\n- id: moped\n  text")
        .replace("\n    owners", "\n  owners").replace("\n    goal", "\n  goal")
        + "events:\n- date: 2024-03-12\n  target: moped\n  count: 1\n  place: Råslätt\n",
    ),
    "last event ends in a block scalar": (
        HEAD + "events:\n  - date: 2024-01-05\n    target: moped\n    note: |\n      rad 1\n\n"
        "      rad 2\n\n# slut\n",
        HEAD + "events:\n  - date: 2024-01-05\n    target: moped\n    note: |\n      rad 1\n\n"
        "      rad 2\n\n" + ADDED + "# slut\n",
    ),
    "flow-style events": (
        HEAD + "events:\n  - {date: 2024-01-05, target: moped}\n",
        HEAD + "events:\n  - {date: 2024-01-05, target: moped}\n"
        "  - {date: 2024-03-12, target: moped, count: 1, place: Råslätt}\n",
    ),
    "a flow list with events": (
        HEAD + "events: [{date: 2024-01-05, target: moped}]\n",
        HEAD + "events: [{date: 2024-01-05, target: moped}, "
        "{date: 2024-03-12, target: moped, count: 1, place: Råslätt}]\n",
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_log_adds_exactly_the_event_text(tmp_path: Path, shape: str) -> None:
    before, after = SHAPES[shape]
    assert _log(tmp_path, before).decode("utf-8") == after
    assert load_pledge(tmp_path / "pledge.yaml", TODAY).pledge is not None


def test_crlf_file_gets_crlf_lines(tmp_path: Path) -> None:
    before = (HEAD + "events:\n  - date: 2024-01-05\n    target: moped\n").replace("\n", "\r\n")
    assert _log(tmp_path, before) == (before + ADDED.replace("\n", "\r\n")).encode("utf-8")


def test_crlf_file_with_empty_list(tmp_path: Path) -> None:
    before = (HEAD + "events: []\n").replace("\n", "\r\n")
    after = (HEAD + "events:\n" + ADDED).replace("\n", "\r\n")
    assert _log(tmp_path, before) == after.encode("utf-8")


def test_bom_is_kept(tmp_path: Path) -> None:
    before = b"\xef\xbb\xbf" + (HEAD + "events: []\n").encode("utf-8")
    assert _log(tmp_path, before) == b"\xef\xbb\xbf" + (HEAD + "events:\n" + ADDED).encode()


def test_single_quoting_file_gets_single_quotes(tmp_path: Path) -> None:
    before = HEAD.replace("4 st riktade insatser.", "'4 st: riktade insatser.'") + "events: []\n"
    event = {"date": dt.date(2024, 3, 12), "target": "moped", "count": 1, "note": "a: b"}
    after = before.replace("events: []", "events:") + (
        "  - date: 2024-03-12\n    target: moped\n    count: 1\n    note: 'a: b'\n")
    assert _log(tmp_path, before, event).decode() == after


NOTES = {
    "Kontroll: mopeder": '"Kontroll: mopeder"',
    'Han sa "hej"': 'Han sa "hej"',
    "it's": "it's",
    "insats #2": '"insats #2"',
    "rad 1\nrad 2": '"rad 1\\nrad 2"',
    "Råslätt, Holje och Jämshög": "Råslätt, Holje och Jämshög",
    "no": '"no"',
    "yes": '"yes"',
    "1e3": '"1e3"',
    "12:30": '"12:30"',
    "2024-13-01": '"2024-13-01"',
    "2024-03-12": '"2024-03-12"',
    " leading": '" leading"',
    "trailing ": '"trailing "',
    "- dash": '"- dash"',
    "null": '"null"',
    "~": '"~"',
    "[brackets]": '"[brackets]"',
    "tab\there": '"tab\\there"',
}


@pytest.mark.parametrize("note", NOTES)
def test_notes_yaml_could_misread_are_quoted(tmp_path: Path, note: str) -> None:
    event = {"date": dt.date(2024, 3, 12), "target": "moped", "count": 1, "note": note}
    after = _log(tmp_path, HEAD + "events: []\n", event).decode()
    assert after == HEAD + "events:\n  - date: 2024-03-12\n    target: moped\n    count: 1\n" \
        f"    note: {NOTES[note]}\n"
    loaded = load_pledge(tmp_path / "pledge.yaml", TODAY)
    assert loaded.pledge is not None and loaded.pledge.event_list[0].note == note


def test_every_event_field(tmp_path: Path) -> None:
    head = HEAD.replace("  polisen: {name: Polisen, kind: polis}\n",
                        "  polisen: {name: Polisen, kind: polis}\n"
                        "  kommunen: {name: Kommunen, kind: kommun}\n")
    head += "  - id: rad\n    text: Rådet.\n    owners: [kommunen]\n    goal: {milestone: true}\n"
    event = {"date": dt.date(2024, 3, 1), "until": dt.date(2024, 3, 31),
             "target": ["moped", "rad"], "count": 30, "qualifier": "approx",
             "by": ["polisen", "kommunen"], "participants": 120, "place": "Skolan",
             "note": "Ca 30 kontroller", "reference": "https://example.org/a?b=1#c",
             "done": True}
    after = _log(tmp_path, head + "events: []\n", event).decode()
    assert after == head + _d("""\
        events:
          - date: 2024-03-01
            until: 2024-03-31
            target: [moped, rad]
            count: 30
            qualifier: approx
            by: [polisen, kommunen]
            participants: 120
            place: Skolan
            note: Ca 30 kontroller
            reference: "https://example.org/a?b=1#c"
            done: true
        """)


def test_measurement_into_an_empty_list_and_a_missing_key(tmp_path: Path) -> None:
    before = HEAD + _d("""\
        indicators:
          - id: a
            text: A
            direction: increase
            measurements: []
          - id: b
            text: B
            direction: none
        events: []
        """)
    path = _write(tmp_path, before)
    first = {"date": dt.date(2024, 2, 1), "value": 12}
    append_items(path, ("indicators", 0, "measurements"), [first], TODAY, command="measure")
    append_items(path, ("indicators", 1, "measurements"), [{**first, "value": 2.5}], TODAY)
    assert path.read_text(encoding="utf-8") == HEAD + _d("""\
        indicators:
          - id: a
            text: A
            direction: increase
            measurements:
              - date: 2024-02-01
                value: 12
          - id: b
            text: B
            direction: none
            measurements:
              - date: 2024-02-01
                value: 2.5
        events: []
        """)


def test_extension_appended_to_the_pledge_head(tmp_path: Path) -> None:
    before = HEAD.replace("  period: {start: 2024-01-01, end: 2024-12-31}\n",
                          "  period: {start: 2024-01-01, end: 2024-12-31}\n"
                          "  extensions: []\n  language: sv\n")
    path = _write(tmp_path, before)
    append_items(path, ("pledge", "extensions"), [{"to": dt.date(2025, 6, 30)}], TODAY)
    assert path.read_text(encoding="utf-8") == before.replace(
        "  extensions: []\n", "  extensions:\n    - to: 2025-06-30\n")


def test_text_level_api() -> None:
    text = HEAD + "events: []\n"
    assert append_to_list(text, ("events",), [EVENT]) == HEAD + "events:\n" + ADDED


def test_invalid_file_is_not_written(tmp_path: Path) -> None:
    before = HEAD + "events:\n  - date: 2024-01-05\n    taget: moped\n"
    path = _write(tmp_path, before)
    with pytest.raises(WriteRefused) as refused:
        append_items(path, ("events",), [EVENT], TODAY)
    assert refused.value.key == "log.refused.invalid"
    assert [p.code for p in refused.value.problems] == ["E202"]
    assert path.read_text(encoding="utf-8") == before


def test_an_event_that_would_be_invalid_is_not_written(tmp_path: Path) -> None:
    path = _write(tmp_path, HEAD + "events: []\n")
    future = {**EVENT, "date": dt.date(2025, 1, 5)}
    with pytest.raises(WriteRefused) as refused:
        append_items(path, ("events",), [future], TODAY)
    assert [(p.code, p.path) for p in refused.value.problems] == [("E308", ("events", 0, "date"))]
    assert path.read_text(encoding="utf-8") == HEAD + "events: []\n"


def test_personal_identity_number_in_a_note_is_refused(tmp_path: Path) -> None:
    digits = "19" + "811218" + "-" + "9876"  # a valid check digit, built at runtime
    path = _write(tmp_path, HEAD + "events: []\n")
    with pytest.raises(WriteRefused) as refused:
        append_items(path, ("events",), [{**EVENT, "note": f"Anmälan {digits}"}], TODAY)
    assert [p.code for p in refused.value.problems] == ["E316"]


def test_mode_is_kept_and_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "data" / "pledge.yaml"
    real.parent.mkdir()
    real.write_text(HEAD + "events: []\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "pledge.yaml"
    link.symlink_to(real)
    append_items(link, ("events",), [EVENT], TODAY)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == HEAD + "events:\n" + ADDED
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["pledge.yaml"]


def test_a_value_that_is_not_a_list_is_refused() -> None:
    with pytest.raises(WriteRefused) as refused:
        append_to_list(HEAD + "events: text\n", ("events",), [EVENT])
    assert refused.value.key == "log.edit.not_a_list"


def test_text_that_reads_back_differently_is_never_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The re-parse is the safety net: a faulty emitter leads to a refusal, not a bad file."""
    from medborgarlofte.io import textedit

    monkeypatch.setattr(textedit, "emit_items",
                        lambda items, style: "  - date: 2024-03-12\n    target: moped\n"
                                             "    count: 1\n    note: no\n")
    path = _write(tmp_path, HEAD + "events: []\n")
    with pytest.raises(WriteRefused) as refused:
        append_items(path, ("events",), [{**EVENT, "note": "no"}], TODAY)
    assert refused.value.key == "log.edit.verify_failed"
    assert path.read_text(encoding="utf-8") == HEAD + "events: []\n"


def test_a_document_marker_in_the_window_is_checked_against_the_whole_file() -> None:
    """`...` ends the document in the file, though not in the window: the file is parsed."""
    from medborgarlofte.io.textedit import Edit, EditError, Span
    from medborgarlofte.io.verify import verify_edit
    from medborgarlofte.io.yamlread import parse_yaml

    text = HEAD + "events: []\n"
    parsed = parse_yaml(text)
    at = text.index("parties:")
    with pytest.raises(EditError):
        verify_edit(text, parsed.root, Edit((Span(at, at, "", "...\n"),)), parsed.data,
                    ("events",))


def test_text_that_breaks_the_list_is_never_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medborgarlofte.io import textedit

    monkeypatch.setattr(textedit, "emit_items",
                        lambda items, style: "- date: 2024-03-12\n  target: moped\n")
    before = HEAD + "events:\n  - date: 2024-01-05\n    target: moped\n"
    path = _write(tmp_path, before)
    with pytest.raises(WriteRefused):
        append_items(path, ("events",), [EVENT], TODAY)
    assert path.read_text(encoding="utf-8") == before
