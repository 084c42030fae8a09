"""`io.correct`: editing and removing one item in the middle of a list, on 24 file shapes.

The shapes are the writer's (tests/test_writer.py), with three more activities logged so that
there is a middle one, plus CRLF and BOM copies. Each edit or removal must change the bytes of
that item only, read back as the old document with exactly that change, and `pledge undo`
must give the old bytes back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.core.entries.refs import event_refs, measurement_refs
from medborgarlofte.io.correct import plan_remove, plan_set_item, write_change
from medborgarlofte.io.loader import LoadedPledge, load_pledge
from medborgarlofte.io.textedit import after_line_of, item_line_start, last_leaf
from medborgarlofte.io.undo import plan_undo, read_record, undo_last
from medborgarlofte.io.writer import WriteRefused, append_items
from medborgarlofte.io.yamlread import parse_yaml
from tests.test_writer import SHAPES

TODAY = dt.date(2024, 12, 31)
MORE = [{"date": dt.date(2024, 4, d), "target": "moped", "count": 1, "note": f"n{d}"}
        for d in (1, 2, 3)]
CORPUS = {name: before for name, (before, _) in SHAPES.items()}
CORPUS["quoted styles"] = SHAPES["empty value"][0] + (
    "  - date: 2024-01-05\n    target: 'moped'\n    note: 'it''s # not a comment'\n"
    '  - {date: 2024-01-06, target: "moped", place: "a: b"}\n')
for _name in ("comments between and after events, blank lines", "four-space indent",
              "flow-style events", "a flow list with events"):
    CORPUS[_name + " (CRLF)"] = CORPUS[_name].replace("\n", "\r\n")
for _name in ("empty flow list", "last event ends in a block scalar",
              "events not the last section", "unindented list items"):
    CORPUS[_name + " (BOM)"] = "\ufeff" + CORPUS[_name]
assert len(CORPUS) == 24


def _corpus_file(tmp_path: Path, shape: str) -> tuple[Path, bytes]:
    path = tmp_path / "pledge.yaml"
    path.write_bytes(CORPUS[shape].encode("utf-8"))
    append_items(path, ("events",), MORE, TODAY)
    return path, path.read_bytes()


def _item_bounds(loaded: LoadedPledge, index: int) -> tuple[int, int]:
    """Where the item's text is: its '-' line (or its flow text) to the end of its lines."""
    text = loaded.text or ""
    events = dict((k.value, v) for k, v in loaded.root.value)["events"]  # type: ignore[union-attr]
    item = events.value[index]
    if events.flow_style:
        return item.start_mark.index, item.end_mark.index
    return item_line_start(text, events, item), after_line_of(text, last_leaf(item).end_mark.index)


def _middle(loaded: LoadedPledge) -> int:
    return len(loaded.data["events"]) // 2  # type: ignore[index]


def _outside_unchanged(before: str, after: str, start: int, end: int) -> None:
    assert after.startswith(before[:start])
    assert after.endswith(before[end:])


@pytest.mark.parametrize("shape", CORPUS)
def test_edit_in_the_middle_changes_that_item_only_and_undo_restores(
        tmp_path: Path, shape: str) -> None:
    path, before = _corpus_file(tmp_path, shape)
    loaded = load_pledge(path, TODAY)
    index = _middle(loaded)
    assert 0 < index < len(loaded.data["events"]) - 1  # type: ignore[index]
    fields = {"date": dt.date(2024, 5, 5), "note": 'a: "b" # c', "place": "Torget"}
    write_change(path, TODAY, lambda cur: plan_set_item(cur, ("events",), index, fields, TODAY),
                 command="edit")
    after = load_pledge(path, TODAY)
    assert after.pledge is not None
    expected = list(loaded.data["events"])  # type: ignore[index]
    expected[index] = {**expected[index], **fields}
    assert after.data["events"] == expected  # type: ignore[index]
    start, end = _item_bounds(loaded, index)
    _outside_unchanged(loaded.text or "", after.text or "", start, end)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf") == before.startswith(b"\xef\xbb\xbf")
    if b"\r\n" in before:
        assert b"\n" not in path.read_bytes().replace(b"\r\n", b"")
    plan = plan_undo(after, read_record(path), TODAY)
    undo_last(path, TODAY, plan.file_sha256)
    assert path.read_bytes() == before


@pytest.mark.parametrize("shape", CORPUS)
def test_remove_in_the_middle_takes_that_item_only_and_undo_restores(
        tmp_path: Path, shape: str) -> None:
    path, before = _corpus_file(tmp_path, shape)
    loaded = load_pledge(path, TODAY)
    index = _middle(loaded)
    write_change(path, TODAY, lambda cur: plan_remove(cur, ("events",), index, TODAY),
                 command="remove")
    after = load_pledge(path, TODAY)
    expected = list(loaded.data["events"])  # type: ignore[index]
    del expected[index]
    assert after.data["events"] == expected  # type: ignore[index]
    start, end = _item_bounds(loaded, index)
    _outside_unchanged(loaded.text or "", after.text or "", start, end)
    plan = plan_undo(after, read_record(path), TODAY)
    undo_last(path, TODAY, plan.file_sha256)
    assert path.read_bytes() == before


def test_removing_the_only_item_leaves_an_empty_list(tmp_path: Path) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_text(CORPUS["empty flow list"], encoding="utf-8")
    append_items(path, ("events",), MORE[:1], TODAY)
    write_change(path, TODAY, lambda cur: plan_remove(cur, ("events",), 0, TODAY),
                 command="remove")
    assert path.read_text(encoding="utf-8") == CORPUS["empty flow list"]


def test_removing_the_first_field_of_an_item_is_refused(tmp_path: Path) -> None:
    path, before = _corpus_file(tmp_path, "empty flow list")
    loaded = load_pledge(path, TODAY)
    with pytest.raises(WriteRefused) as refused:
        plan_set_item(loaded, ("events",), 1, {"date": None}, TODAY)
    assert refused.value.key == "log.correct.first_key"


def test_an_edit_that_makes_the_file_invalid_is_refused(tmp_path: Path) -> None:
    path, before = _corpus_file(tmp_path, "empty flow list")
    loaded = load_pledge(path, TODAY)
    with pytest.raises(WriteRefused) as refused:
        plan_set_item(loaded, ("events",), 1, {"target": "okänt"}, TODAY)
    assert refused.value.key == "log.refused.after"
    assert path.read_bytes() == before


def test_undo_of_an_edit_refuses_after_the_file_moved_on(tmp_path: Path) -> None:
    path, _ = _corpus_file(tmp_path, "empty flow list")
    write_change(path, TODAY, lambda c: plan_set_item(c, ("events",), 1, {"count": 3}, TODAY),
                 command="edit")
    edited = path.read_bytes()
    path.write_bytes(edited + b"# a hand edit\n")
    record = read_record(path)
    with pytest.raises(WriteRefused) as refused:
        plan_undo(load_pledge(path, TODAY), record, TODAY)
    assert refused.value.key == "log.undo.changed"


def test_block_scalar_note_and_block_list_target_are_replaced_whole(tmp_path: Path) -> None:
    text = CORPUS["empty value"] + (
        "  - date: 2024-01-05\n    target:\n      - moped\n    note: |\n      rad 1\n"
        "      rad 2\n    place: A  # kommentar\n  - date: 2024-01-06\n    target: moped\n")
    path = tmp_path / "pledge.yaml"
    path.write_text(text, encoding="utf-8")
    write_change(path, TODAY, lambda c: plan_set_item(
        c, ("events",), 0, {"note": "ny", "target": ["moped"], "place": "B"}, TODAY),
        command="edit")
    assert path.read_text(encoding="utf-8") == CORPUS["empty value"] + (
        "  - date: 2024-01-05\n    target:\n      [moped]\n    note: ny\n"
        "    place: B  # kommentar\n  - date: 2024-01-06\n    target: moped\n")


def test_refs_are_stable_across_additions_and_tell_equal_items_apart() -> None:
    one = {"date": dt.date(2024, 1, 5), "target": "moped"}
    other = {"date": dt.date(2024, 1, 6), "target": "moped"}
    first = [r.ref for r in event_refs({"events": [one, other]})]
    later = [r.ref for r in event_refs({"events": [other, one, one, {"date": "x"}]})]
    assert later[0] == first[1] and later[1] == first[0]
    assert later[2] == first[0] + "-2"
    assert all(len(r) == 6 for r in first)


def test_refs_of_measurements_name_their_indicator() -> None:
    value = {"date": dt.date(2024, 1, 5), "value": 3}
    data = {"indicators": [{"id": "a", "measurements": [value]},
                           {"id": "b", "measurements": [value]}]}
    refs = measurement_refs(data)
    assert [(r.path, r.index) for r in refs] == [
        (("indicators", 0, "measurements"), 0), (("indicators", 1, "measurements"), 0)]
    assert refs[0].ref != refs[1].ref


def test_parse_yaml_of_an_edited_crlf_file_has_no_lone_lf(tmp_path: Path) -> None:
    path, _ = _corpus_file(tmp_path, "four-space indent (CRLF)")
    write_change(path, TODAY, lambda c: plan_set_item(
        c, ("events",), 1, {"reference": "ärende 1", "until": dt.date(2024, 4, 9)}, TODAY),
        command="edit")
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert not parse_yaml(raw.decode("utf-8")).problems


def _unused(_: Any) -> None:
    """Keeps the typing import used by the helpers above."""


@pytest.mark.parametrize("shape", CORPUS)
def test_removing_any_item_keeps_the_comments_around_it(tmp_path: Path, shape: str) -> None:
    path, before = _corpus_file(tmp_path, shape)
    loaded = load_pledge(path, TODAY)
    for index in range(len(loaded.data["events"])):  # type: ignore[index]
        change = plan_remove(loaded, ("events",), index, TODAY)
        start, end = _item_bounds(loaded, index)
        text = loaded.text or ""
        if "events: [" in text:  # a flow list: the item and one comma beside it go
            assert change.new_text in (text[:start] + text[end:].removeprefix(", "),
                                       text[:start].removesuffix(", ") + text[end:])
        else:
            _outside_unchanged(text, change.new_text, start, end)
        assert path.read_bytes() == before  # planning writes nothing


def test_refs_of_records_that_are_not_valid_still_come_out() -> None:
    refs = event_refs({"events": [{1: "x"}, {"date": float("nan")}, "text"]})
    assert len({r.ref for r in refs}) == 3
