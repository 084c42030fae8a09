"""Snapshots for the writing commands (`io.snapshot`): every outcome the same with and
without one, the snapshot a writer stores equal to a full reading of what it wrote, and a
tampered, foreign or stale entry never used."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from medborgarlofte.core.entries.refs import event_refs
from medborgarlofte.fast.memo import installed_code
from medborgarlofte.io import snapshot
from medborgarlofte.io.cache import cache_dir, read_entry, write_entry
from medborgarlofte.io.loader import load_pledge
from tests.conftest import OLOFSTROM, TODAY

DAY = dt.date.fromisoformat(TODAY)
BASE = OLOFSTROM.read_text(encoding="utf-8")
EVENTS = (
    "events:\n"
    "  - date: 2024-03-01\n    target: polis-mopedinsatser\n    note: första\n"
    "  # en kommentar mellan aktiviteter\n"
    "  - date: 2024-03-05  # mitten\n    target: [polis-mopedinsatser]\n"
    "    count: 2\n    note: 'a: b # c'\n"
    "  - {date: 2024-04-09, target: grannsamverkansutbildning, count: 1}\n"
    "  - date: 2024-05-09\n    target: polis-mopedinsatser\n    place: Olofström centrum\n"
    "  # sist en kommentar\n"
)
WITH_EVENTS = BASE.replace("events: []\n", EVENTS)
EVENTS_FIRST = WITH_EVENTS.replace(EVENTS, "").replace("targets:\n", EVENTS + "targets:\n", 1)
DASH_AT_0 = WITH_EVENTS.replace(EVENTS, "".join(
    line[2:] if line.startswith("  ") else line for line in EVENTS.splitlines(keepends=True)))
FILES = {
    "dash-at-0": DASH_AT_0.encode("utf-8"),
    "lf": WITH_EVENTS.encode("utf-8"),
    "crlf": WITH_EVENTS.replace("\n", "\r\n").encode("utf-8"),
    "bom": b"\xef\xbb\xbf" + WITH_EVENTS.encode("utf-8"),
    "events-first": EVENTS_FIRST.encode("utf-8"),
    # the events end the file, nothing after the last one: `pledge log` appends at the very
    # end of the section (the layout of every generated and most real files)
    "ends-with-events": WITH_EVENTS.replace("  # sist en kommentar\n", "").encode("utf-8"),
}
LOG = ("log", "polis-mopedinsatser", "--date", "2024-06-01", "--place", "Torget")
STEPS: dict[str, list[tuple[str, ...]]] = {
    "logs": [LOG, ("log", "grann", "--date", "2024-06-02", "-n", "3"),
             ("log", "polis-mopedinsatser", "grannsamverkansutbildning", "--date",
              "2024-06-03", "--note", "båda")],
    "warning-then-log": [("log", "polis-mopedinsatser", "--date", "2024-06-01", "--place",
                          "Olofström centrum", "--note", "x"),
                         ("log", "polis-mopedinsatser", "--date", "2024-06-01", "--place",
                          "Olofström centrum", "--note", "x"), LOG],
    "refused": [("log", "polis-mopedinsatser", "--date", "2023-01-01"),
                ("log", "polis-mopedinsatser", "--date", "2024-06-01", "--by", "okänd"),
                ("log", "okänd-target", "--date", "2024-06-01"),
                ("log", "polis-mopedinsatser", "--date", "2025-01-05"), LOG],
    "dry-run": [(*LOG, "--dry-run"), LOG, (*LOG, "--dry-run", "--lang", "en")],
    "done": [("log", "polis-mopedinsatser", "--date", "2024-06-01", "--done"), LOG],
    "late": [("log", "polis-mopedinsatser", "--date", "2024-12-30"), LOG],
    "undo": [LOG, ("undo", "--yes"), LOG],
    "edit-remove": [("edit", "@2", "--count", "5", "--yes"), LOG, ("remove", "@1", "--yes"),
                    ("edit", "@0", "--date", "2023-01-01", "--yes"),
                    ("edit", "@-1", "--note", "sist", "--yes"), ("remove", "@-1", "--yes"),
                    ("undo", "--yes"), LOG],
    "many": [LOG] * 11,
    "other-writers": [("measure", "grannsamverkan", "14", "--date", "2024-06-01"), LOG,
                      ("extend", "--to", "2025-03-31"), LOG, LOG,
                      ("measure", "otrygga", "3", "--date", "2024-07-01"), LOG,
                      ("undo", "--yes"), ("undo", "--yes"), LOG],
}


READERS = [("status",), ("validate",), ("events",), ("status", "--format", "json"),
           ("status", "--as-of", "2024-06-30"), ("events", "--format", "csv"),
           ("report", "--format", "md"), ("renew", "--period", "2025", "-o", "-"), ("status",)]


def _ref(path: Path, word: str) -> str:
    """'@2' is the reference of the third activity in the file as it is now."""
    if not word.startswith("@"):
        return word
    loaded = load_pledge(path, DAY)
    return event_refs(loaded.data)[int(word[1:])].ref


def _run(path: Path, args: tuple[str, ...]) -> tuple[int, str, str, bytes]:
    words = [_ref(path, a) for a in args] + ["-f", str(path)]
    result = CliRunner().invoke(app, words, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr, path.read_bytes()


@pytest.fixture
def hits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether each look-up of a snapshot found one."""
    found: list[bool] = []
    real = snapshot.lookup

    def recording(raw: bytes, path: Path, today: dt.date) -> Any:
        result = real(raw, path, today)
        found.append(result is not None)
        return result

    monkeypatch.setattr(snapshot, "lookup", recording)
    yield found
    snapshot.stop_using_cache()


def _prime(path: Path) -> None:
    snapshot.use_cache(os.environ, installed_code())
    assert snapshot.store(load_pledge(path, DAY), DAY)


def _same_as_full(path: Path) -> None:
    """The snapshot of the file as it is now, if there is one, is what reading it gives."""
    raw = path.read_bytes()
    found = snapshot.lookup(raw, path, DAY)
    if found is None:
        return
    full = load_pledge(path, DAY)
    assert not full.problems
    assert found.pledge == full.pledge
    assert found.data == full.data
    assert found.text == full.text and found.bom == full.bom
    assert isinstance(found, snapshot.SnapshotPledge)
    assert found.layout == snapshot.layout_of(full.text or "", full.root)


@pytest.mark.parametrize("steps", sorted(STEPS))
@pytest.mark.parametrize("kind", sorted(FILES))
def test_every_step_is_the_same_with_and_without_the_snapshot(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hits: list[bool], kind: str,
        steps: str) -> None:
    outcomes: dict[str, list[tuple[int, str, str, bytes]]] = {}
    for mode in ("no cache", "snapshot"):
        folder = tmp_path / mode
        folder.mkdir()
        monkeypatch.chdir(folder)  # the same name in both runs: messages name the file
        monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
        path = Path("pledge.yaml")
        path.write_bytes(FILES[kind])
        if mode == "no cache":
            monkeypatch.setenv("PLEDGE_NO_CACHE", "1")
        else:
            monkeypatch.delenv("PLEDGE_NO_CACHE")
            _prime(path)
        outcomes[mode] = []
        for args in STEPS[steps]:
            outcomes[mode].append(_run(path, args))
            if mode == "snapshot":
                _same_as_full(path)
            for reader in READERS:  # the next command reads the file from the snapshot
                outcomes[mode].append(_run(path, reader))
    assert outcomes["snapshot"] == outcomes["no cache"]
    assert hits and hits[0], "the snapshot was not used"
    if steps in ("logs", "many", "edit-remove", "other-writers"):
        assert all(hits), "a writer did not leave the snapshot of what it wrote"


@pytest.mark.parametrize("kind", ["lf", "ends-with-events"])
def test_a_writer_stores_the_snapshot_of_what_it_wrote(tmp_path: Path, hits: list[bool],
                                                       kind: str) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_bytes(FILES[kind])
    for _ in range(snapshot.MAX_DEPTH + 3):  # whole snapshots and appends on top of them
        assert _run(path, LOG)[0] == 0
        _same_as_full(path)
    # each run's look-up, then _same_as_full's: the first run read the file in full
    assert hits[0::2] == [False] + [True] * (snapshot.MAX_DEPTH + 2)
    assert all(hits[1::2])


def _entry_name(path: Path) -> str:
    import hashlib

    return snapshot._name(hashlib.sha256(path.read_bytes()).hexdigest())


def _payload(path: Path) -> bytes:
    payload = read_entry(os.environ, _entry_name(path))
    assert payload is not None
    return payload


def _entry_file(path: Path) -> Path:
    where = cache_dir(os.environ)
    assert where
    return Path(where) / _entry_name(path)


class _Boom:
    def __reduce__(self) -> tuple[Callable[..., object], tuple[str]]:
        return (os.system, ("echo pwned > pwned.txt",))


def _tamper_bytes(path: Path) -> None:
    entry = _entry_file(path)
    data = bytearray(entry.read_bytes())
    data[-10] ^= 0xFF  # the payload no longer matches the SHA-256 the entry names
    entry.write_bytes(bytes(data))


def _tamper_foreign(path: Path) -> None:
    stored = pickle.loads(_payload(path))
    stored["digest"] = "0" * 64  # another file's snapshot under this file's name
    write_entry(os.environ, _entry_name(path), pickle.dumps(stored))


def _tamper_format(path: Path) -> None:
    stored = pickle.loads(_payload(path))
    stored["format"] = "snapshot 0"
    write_entry(os.environ, _entry_name(path), pickle.dumps(stored))


def _tamper_code(path: Path) -> None:
    _entry_file(path).unlink()
    snapshot.use_cache(os.environ, "another version")  # stored by another version
    assert snapshot.store(load_pledge(path, DAY), DAY)


def _tamper_global(path: Path) -> None:
    write_entry(os.environ, _entry_name(path), pickle.dumps({"format": _Boom()}))


def _tamper_mode(path: Path) -> None:
    _entry_file(path).chmod(0o644)


def _tamper_link(path: Path) -> None:
    entry = _entry_file(path)
    other = entry.with_name("elsewhere")
    entry.rename(other)
    entry.symlink_to(other)


def _tamper_day(path: Path) -> None:
    stored = pickle.loads(_payload(path))
    stored["day"] = DAY + dt.timedelta(days=1)  # checked on a later day than this run's
    write_entry(os.environ, _entry_name(path), pickle.dumps(stored))


def _tamper_model(path: Path) -> None:
    stored = pickle.loads(_payload(path))
    stored["model"] = stored["model"].model_copy(update={"events": []})
    write_entry(os.environ, _entry_name(path), pickle.dumps(stored))


@pytest.mark.parametrize("tamper", [_tamper_bytes, _tamper_foreign, _tamper_format,
                                    _tamper_code, _tamper_global, _tamper_mode, _tamper_link,
                                    _tamper_day, _tamper_model])
def test_a_tampered_foreign_or_stale_snapshot_is_ignored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hits: list[bool],
        tamper: Callable[[Path], None]) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pledge.yaml"
    path.write_bytes(FILES["lf"])
    monkeypatch.setenv("PLEDGE_NO_CACHE", "1")
    expected = _run(path, LOG)
    path.write_bytes(FILES["lf"])
    monkeypatch.delenv("PLEDGE_NO_CACHE")
    _prime(path)
    tamper(path)
    snapshot.use_cache(os.environ, installed_code())  # this version, as the command's
    assert snapshot.lookup(path.read_bytes(), path, DAY) is None
    hits.clear()
    assert _run(path, LOG) == expected
    assert hits == [False]
    assert not (tmp_path / "pwned.txt").exists()


def test_no_snapshot_is_stored_for_a_file_with_a_problem(tmp_path: Path,
                                                          hits: list[bool]) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_bytes(WITH_EVENTS.replace("# sist en kommentar", "# kontrollera: ägare")
                     .encode("utf-8"))
    snapshot.use_cache(os.environ, installed_code())
    assert not snapshot.store(load_pledge(path, DAY), DAY)
    assert _run(path, LOG)[0] == 0
    assert snapshot.lookup(path.read_bytes(), path, DAY) is None


def _shape(node: Any, block_end: bool = True) -> Any:
    """A node tree as plain values: kind, tag, style, value and both marks (a block
    collection's end mark, which the writers never use, only when `block_end`)."""
    from yaml.nodes import MappingNode, ScalarNode

    def mark(m: Any) -> tuple[int, int, int]:
        return (m.index, m.line, m.column)

    flow = getattr(node, "flow_style", None)
    end = mark(node.end_mark) if isinstance(node, ScalarNode) or flow or block_end else None
    head = (type(node).__name__, node.tag, mark(node.start_mark), end)
    if isinstance(node, ScalarNode):
        return (*head, node.value, node.style)
    if isinstance(node, MappingNode):
        return (*head, flow, [(_shape(k, False), _shape(v, False)) for k, v in node.value])
    return (*head, flow, [_shape(v, False) for v in node.value])


@pytest.mark.parametrize("kind", sorted(FILES))
def test_the_nodes_made_on_demand_are_the_nodes_of_the_whole_text(tmp_path: Path,
                                                                   kind: str) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_bytes(FILES[kind])
    _prime(path)
    found = snapshot.lookup(path.read_bytes(), path, DAY)
    full = load_pledge(path, DAY)
    assert found is not None and found.root is not None and full.root is not None
    ours, theirs = found.root.value, full.root.value
    assert [_shape(k) for k, _ in ours] == [_shape(k) for k, _ in theirs]
    for (key, mine), (_, real) in zip(ours, theirs, strict=True):
        if key.value != "events":
            assert _shape(mine) == _shape(real)
            continue
        assert _shape(mine)[:4] == _shape(real)[:4]
        assert len(mine.value) == len(real.value)
        for index in (3, 0, -1, 1, 2, -2):
            assert _shape(mine.value[index], False) == _shape(real.value[index], False)


@pytest.mark.parametrize("day", ["2024-06-30", "2024-12-31", "2025-01-15"])
def test_the_progress_log_prints_is_the_one_of_the_whole_pledge(day: str) -> None:
    """`pledge log` computes only the targets it prints (progress_of_targets): each row is
    the row `compute_progress` gives, share goals included."""
    from medborgarlofte.core.progress.compute import compute_progress, progress_of_targets
    from tests.test_pledge_keys import FIXTURE

    on = dt.date.fromisoformat(day)
    for text in (WITH_EVENTS, FIXTURE.read_text(encoding="utf-8")):
        path = Path(os.environ["XDG_CACHE_HOME"]) / "p.yaml"
        path.write_text(text, encoding="utf-8")
        pledge = load_pledge(path, dt.date(2025, 1, 15)).pledge
        assert pledge is not None
        whole = compute_progress(pledge, on)
        for target in pledge.targets:
            rows = [r for r in whole.targets if target.id in (r.id, r.file_id)]
            assert list(progress_of_targets(pledge, [target.id], on).targets) == rows
