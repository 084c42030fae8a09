"""A file changed by hand (`io.snapshot.changed_since`): read from the snapshot of its
previous bytes only when what changed lies among its activities, and then exactly what the
full reading gives; anything else is the full reading."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from medborgarlofte.fast.memo import installed_code
from medborgarlofte.io import snapshot
from medborgarlofte.io.loader import LoadedPledge, load_pledge
from tests.test_personnummer import with_check_digit
from tests.test_snapshot import DAY, FILES

NUMBER = with_check_digit("811228987")
"""Built to pass the check digit, not anyone's number."""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private cache of this test's own, snapshots stored from the first activity on."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("PLEDGE_NO_CACHE", raising=False)
    monkeypatch.setattr(snapshot, "STORE_FROM", 1)
    snapshot.use_cache(os.environ, installed_code())
    yield tmp_path
    snapshot.stop_using_cache()


def _item_line(text: str, date: str) -> tuple[str, str]:
    """(indentation, whole line) of the activity of `date` written in flow style."""
    match = re.search(rf"(?m)^( *)- \{{date: {date}.*\n", text)
    assert match is not None
    return match.group(1), match.group(0)


def _insert_before_flow_item(text: str) -> str:
    indent, line = _item_line(text, "2024-04-09")
    new = f"{indent}- {{date: 2024-04-10, target: polis-mopedinsatser, count: 2}}\n"
    return text.replace(line, new + line)


def _remove_flow_item(text: str) -> str:
    return text.replace(_item_line(text, "2024-04-09")[1], "")


def _append_after_last(text: str) -> str:
    indent, _ = _item_line(text, "2024-04-09")
    line = re.search(r"(?m)^ *place: Olofström centrum\n", text)
    assert line is not None
    new = (f"{indent}- date: 2024-06-01\n{indent}  target: grannsamverkansutbildning\n"
           f"{indent}  note: tillagd för hand\n")
    return text[:line.end()] + new + text[line.end():]


def _comment_at_end(text: str) -> str:
    return text + "# en kommentar sist\n"


def _comment_between(text: str) -> str:
    return text.replace("# en kommentar mellan aktiviteter", "# en annan kommentar här")


def _note(text: str) -> str:
    return text.replace("note: första", "note: första, ändrad för hand")


def _count(text: str) -> str:
    return text.replace("count: 2", "count: 3")


CHANGED_ACTIVITIES: dict[str, Callable[[str], str]] = {
    "note edited": _note, "count edited": _count, "comment between": _comment_between,
    "inserted": _insert_before_flow_item, "removed": _remove_flow_item,
    "appended after the last": _append_after_last,
}


def _unknown_target(text: str) -> str:
    return text.replace("target: polis-mopedinsatser\n    note: första",
                        "target: okänt-åtagande\n    note: första").replace(
        "target: polis-mopedinsatser\n  note: första", "target: okänt-åtagande\n  note: första")


def _review_mark(text: str) -> str:
    return text.replace("# en kommentar mellan aktiviteter", "# kontrollera: datumet")


def _identity_number(text: str) -> str:
    return text.replace("note: första", f"note: första {NUMBER[:6]}-{NUMBER[6:]}")


def _anchor(text: str) -> str:
    return text.replace("note: första", "note: &a första")


def _head(text: str) -> str:
    return text.replace("Olofström", "Olofströms", 1)


def _indented_item(text: str) -> str:
    indent, line = _item_line(text, "2024-04-09")
    return text.replace(line, "  " + line)


def _exemption(text: str) -> str:
    return text.replace("# en kommentar mellan aktiviteter",
                        f"# pledge: inte personnummer {NUMBER}")


FULL_READING: dict[str, Callable[[str], str]] = {
    "unknown target": _unknown_target, "review mark": _review_mark,
    "identity number": _identity_number, "anchor": _anchor, "head": _head,
    "indented differently": _indented_item, "exemption": _exemption,
}


def _same(found: LoadedPledge, full: LoadedPledge) -> None:
    assert found.pledge == full.pledge
    assert found.data == full.data
    assert found.text == full.text and found.bom == full.bom
    assert found.digest == full.digest
    assert [(p.code, p.line, p.column, p.params) for p in found.problems] == [
        (p.code, p.line, p.column, p.params) for p in full.problems]


def _primed(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)
    assert snapshot.load_for_writing(path, DAY).problems == []  # stored, and remembered
    assert snapshot.lookup(raw, path, DAY) is not None


def _edited(path: Path, edit: Callable[[str], str]) -> bytes:
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3 if bom else 0:].decode("utf-8")
    crlf = "\r\n" in text
    new = edit(text.replace("\r\n", "\n"))
    assert new != text.replace("\r\n", "\n"), "the edit changed nothing"
    new_raw = (b"\xef\xbb\xbf" if bom else b"") + (
        new.replace("\n", "\r\n") if crlf else new).encode("utf-8")
    path.write_bytes(new_raw)
    return new_raw


@pytest.mark.parametrize("edit", sorted(CHANGED_ACTIVITIES))
@pytest.mark.parametrize("kind", sorted(FILES))
def test_changed_activities_are_read_from_the_previous_snapshot(cache: Path, kind: str,
                                                                 edit: str) -> None:
    path = cache / "pledge.yaml"
    _primed(path, FILES[kind])
    raw = _edited(path, CHANGED_ACTIVITIES[edit])
    found = snapshot.changed_since(raw, path, DAY)
    full = load_pledge(path, DAY)
    assert full.problems == []
    assert isinstance(found, snapshot.SnapshotPledge), "the change was read in full"
    _same(found, full)
    assert found.layout == snapshot.layout_of(full.text or "", full.root)
    # and the next reading of the same bytes is its own snapshot
    again = snapshot.lookup(raw, path, DAY)
    assert again is not None
    _same(again, full)


@pytest.mark.parametrize("kind", sorted(FILES))
def test_a_comment_added_at_the_end(cache: Path, kind: str) -> None:
    """At the end of a file that ends with its activities the comment is among them; after
    another section it is that section's change: the full reading."""
    path = cache / "pledge.yaml"
    _primed(path, FILES[kind])
    raw = _edited(path, _comment_at_end)
    found = snapshot.changed_since(raw, path, DAY)
    full = load_pledge(path, DAY)
    if kind == "events-first":
        assert found is None
    else:
        assert found is not None
        _same(found, full)


@pytest.mark.parametrize("edit", sorted(FULL_READING))
@pytest.mark.parametrize("kind", ["lf", "dash-at-0", "ends-with-events"])
def test_other_changes_are_read_in_full(cache: Path, kind: str, edit: str) -> None:
    path = cache / "pledge.yaml"
    _primed(path, FILES[kind])
    raw = _edited(path, FULL_READING[edit])
    assert snapshot.changed_since(raw, path, DAY) is None
    _same(snapshot.load_for_writing(path, DAY), load_pledge(path, DAY))


def test_the_full_readings_do_find_what_the_shortcut_leaves_to_them(cache: Path) -> None:
    """The cases above are not all fine files: each one the shortcut refuses for what it
    holds is one the full reading reports (or a head change, which it reads)."""
    found = {}
    for edit, change in FULL_READING.items():
        path = cache / f"{edit}.yaml"
        path.write_text(change(FILES["lf"].decode("utf-8")), encoding="utf-8")
        found[edit] = sorted({p.code for p in load_pledge(path, DAY).problems})
    assert found.pop("indented differently"), "an item indented differently is a problem"
    assert found == {"unknown target": ["E206"], "review mark": ["W330"],
                     "identity number": ["E316"], "anchor": ["E111"], "head": [], "exemption": []}


LINES = ["  # en rad\n", "    count: 4\n",
         "  - date: 2024-05-01\n    target: polis-mopedinsatser\n",
         "    note: x: y\n", "  - \n", "    date: 2024-13-01\n", "    place: hej\n",
         "   odd: indentation\n", "\n", "  - {date: 2024-05-02, target: grann}\n",
         "    done: true\n", "- date: 2024-05-03\n  target: polis-mopedinsatser\n",
         "    note: 'öppen\n", "    by: [polis]\n", f"    note: {NUMBER}\n",
         "  - date: 2024-05-04\n    target: polis-mopedinsatser\n    done: true\n",
         "    note: |\n", "      en rad i ett block\n", "    note: >-\n", "    by: [polis,\n",
         "  ]\n", "...\n", "---\n", "\tnote: tab\n", "  -   date: 2024-05-05\n",
         "  ? nyckel\n", "    note: a\u2028b\n", "    date: 2024-05-06 # c\n",
         "    note: \"dubbel\n", "events:\n", "targets: []\n", "  -\n", "    - x\n",
         "    place: *a\n", "  # kontrollera: ägare\n", "    note: ersonnummer\n",
         "  - date: 2024-05-07\r\n    target: polis-mopedinsatser\r\n"]


@settings(max_examples=int(os.environ.get("PLEDGE_FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(FILES)),
       edits=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["delete", "insert",
                                                                          "replace"]),
                                st.sampled_from(LINES)), min_size=1, max_size=3))
def test_any_change_of_lines_reads_as_the_full_reading(
        cache: Path, kind: str, edits: list[tuple[int, str, str]]) -> None:
    path = cache / "pledge.yaml"
    _primed(path, FILES[kind])
    text = FILES[kind].decode("utf-8")
    lines = text.splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.startswith("events:"))
    for where, how, line in edits:
        at = first + 1 + where % max(len(lines) - first - 1, 1)
        if how == "delete" and at < len(lines):
            del lines[at]
        elif how == "insert" or at >= len(lines):
            lines.insert(at, line)
        else:
            lines[at] = line
    path.write_text("".join(lines), encoding="utf-8")
    _same(snapshot.load_for_writing(path, DAY), load_pledge(path, DAY))


def test_status_after_a_change_by_hand_is_the_same_as_without_the_cache(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(cache)
    path = cache / "pledge.yaml"
    used: list[bool] = []
    real = snapshot.changed_since

    def recording(raw: bytes, where: Path, today: dt.date) -> LoadedPledge | None:
        result = real(raw, where, today)
        used.append(result is not None)
        return result

    monkeypatch.setattr(snapshot, "changed_since", recording)
    path.write_bytes(FILES["ends-with-events"])
    outputs: dict[str, list[str]] = {"cache": [], "no cache": []}
    commands = [("status",), ("validate",), ("events", "--format", "csv"),
                ("report", "--format", "md", "-o", "-")]
    for step, edit in enumerate([_note, _append_after_last, _comment_at_end, _remove_flow_item]):
        _edited(path, edit)
        for mode in ("cache", "no cache"):
            if mode == "no cache":
                monkeypatch.setenv("PLEDGE_NO_CACHE", "1")
            for command in commands:
                result = CliRunner().invoke(app, [*command, "-f", "pledge.yaml"],
                                            catch_exceptions=False)
                outputs[mode].append(f"{step} {command} {result.exit_code}\n{result.stdout}")
            monkeypatch.delenv("PLEDGE_NO_CACHE", raising=False)
    assert outputs["cache"] == outputs["no cache"]
    assert used[1:] and all(used[1:]), "a change by hand was read in full"
