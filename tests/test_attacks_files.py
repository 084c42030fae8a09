"""Attacks on the files `pledge` writes (docs/security.md, "A shared repository" and "A
shared folder"): a colleague or a pull request can commit any file or link, a second user
of the folder shares the group. Nothing the tool writes may be reached through a link it did
not expect, its state never enters the work tree, and a colleague keeps their access.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL

Run = Callable[..., Any]
LOG = ["log", "polis-moped", "--date", "2024-03-12"]
VICTIM = "# the user's own file\nexport PATH=$PATH\n"
GIT_ENV = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
HAS_GIT = shutil.which("git") is not None
NOTHING = ("pledge: inget att ångra: ingen ändring med pledge log, import, measure, edit, remove, "
           "outcome eller extend finns noterad för filen (eller så är den redan ångrad)\n")


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def pledge(tmp_path: Path) -> Path:
    path = tmp_path / "pledge.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file of the user outside the work tree (their ~/.bashrc)."""
    home = tmp_path.parent / f"{tmp_path.name}-home"
    home.mkdir()
    path = home / ".bashrc"
    path.write_text(VICTIM, encoding="utf-8")
    return path


def _git(where: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(where), *args], capture_output=True, text=True,
                          check=True)
    return done.stdout


# --- the lock and the undo record ---------------------------------------------------------


def test_a_committed_lock_link_is_never_followed(run: Run, pledge: Path, victim: Path) -> None:
    """`.pledge.yaml.lock -> ~/.bashrc` in the repository: the next `log` used to truncate
    the user's file and write the undo record into it."""
    (pledge.parent / ".pledge.yaml.lock").symlink_to(victim)
    result = run(*LOG)
    assert result.exit_code == 0, result.stderr
    assert victim.read_text(encoding="utf-8") == VICTIM
    assert (pledge.parent / ".pledge.yaml.lock").is_symlink()  # left as it was


def test_a_committed_lock_file_is_never_read_for_undo(run: Run, pledge: Path) -> None:
    """A legacy lock file holding a record (made in another clone, or forged) is not offered:
    it would remove a colleague's activity. A malformed one gives no traceback either."""
    run(*LOG)
    (pledge.parent / ".pledge.yaml.lock").write_text(json.dumps({
        "version": 1, "command": "log", "list_path": ["events"], "items": [{}],
        "spans": "not spans", "empty_as": "list", "sha256": "0"}), encoding="utf-8")
    run("undo", "--yes")  # takes our own record away
    result = run("undo", "--yes")
    assert (result.exit_code, result.stderr) == (1, NOTHING)


@pytest.mark.parametrize("record", [
    "not json", "[]", '{"version": 1}', '{"version": 1, "spans": [[1, "x", 2, 3]]}',
    '{"version": 1, "command": "log", "list_path": ["events"], "items": [1], '
    '"spans": [[-5, 2, "", ""]], "empty_as": "list", "sha256": "x"}',
])
def test_a_malformed_undo_record_means_nothing_to_undo(run: Run, pledge: Path,
                                                      record: str) -> None:
    from medborgarlofte.io.lock import real_path
    from medborgarlofte.io.state import state_place

    run(*LOG)
    place = state_place(real_path(pledge))
    text = record
    if record.startswith("{"):  # the right file, so only the malformed fields refuse it
        text = json.dumps({**json.loads(record), "file": str(real_path(pledge))})
    place.record.write_text(text, encoding="utf-8")
    result = run("undo", "--yes")
    assert (result.exit_code, result.stderr) == (1, NOTHING)


@pytest.mark.skipif(not HAS_GIT, reason="needs git")
def test_lock_and_record_stay_out_of_git_add_all(run: Run, pledge: Path) -> None:
    """In a repository they live in .git/pledge/: `git add -A` adds the pledge only."""
    _git(pledge.parent, "init", "-q")
    assert run(*LOG).exit_code == 0
    _git(pledge.parent, "add", "-A")
    assert _git(pledge.parent, "status", "--porcelain").splitlines() == ["A  pledge.yaml"]
    assert sorted(p.suffix for p in (pledge.parent / ".git" / "pledge").iterdir()) == [
        ".json", ".lock"]


@pytest.mark.skipif(not HAS_GIT, reason="needs git")
def test_state_made_before_git_init_is_never_committed_nor_offered_in_a_clone(
        run: Run, pledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logged before `git init`, committed with `git add -A`, cloned: the clone has nothing
    to undo (it used to offer removing the colleague's activity)."""
    assert run(*LOG).exit_code == 0
    _git(pledge.parent, "init", "-q")
    _git(pledge.parent, "add", "-A")
    _git(pledge.parent, "commit", "-q", "-m", "first")
    assert _git(pledge.parent, "ls-files").splitlines() == ["pledge.yaml"]
    clone = tmp_path.parent / f"{tmp_path.name}-clone"
    subprocess.run(["git", "clone", "-q", str(pledge.parent), str(clone)], check=True)
    monkeypatch.chdir(clone)
    result = run("undo", "--yes")
    assert (result.exit_code, result.stderr) == (1, NOTHING)


@pytest.mark.skipif(not HAS_GIT, reason="needs git")
def test_a_worktree_keeps_its_state_in_its_own_git_dir(run: Run, pledge: Path,
                                                       tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _git(pledge.parent, "init", "-q")
    _git(pledge.parent, "add", "pledge.yaml")
    _git(pledge.parent, "commit", "-q", "-m", "first")
    other = tmp_path.parent / f"{tmp_path.name}-wt"
    _git(pledge.parent, "worktree", "add", "-q", str(other))
    monkeypatch.chdir(other)
    assert run(*LOG).exit_code == 0
    assert _git(other, "status", "--porcelain").splitlines() == [" M pledge.yaml"]
    state = pledge.parent / ".git" / "worktrees" / other.name / "pledge"
    assert sorted(p.suffix for p in state.iterdir()) == [".json", ".lock"]
    monkeypatch.chdir(pledge.parent)  # the main work tree has no record of that write
    assert run("undo", "--yes").exit_code == 1


# --- outputs: report -o, renew -o, init ---------------------------------------------------


def test_report_through_a_committed_link_is_refused(run: Run, pledge: Path,
                                                    victim: Path) -> None:
    (pledge.parent / "rapport.html").symlink_to(victim)
    result = run("report", "-o", "rapport.html")
    assert (result.exit_code, result.stderr) == (2, (
        "pledge: rapport.html är en symbolisk länk; pledge skriver aldrig genom en länk – "
        "ta bort länken eller ange målet\n"))
    assert victim.read_text(encoding="utf-8") == VICTIM


def test_report_into_a_committed_directory_link_is_refused(run: Run, pledge: Path,
                                                           victim: Path) -> None:
    (pledge.parent / "docs").symlink_to(victim.parent)
    result = run("report", "-o", "docs/.bashrc", "--format", "md")
    assert result.exit_code == 2
    assert result.stderr.startswith("pledge: docs är en symbolisk länk")
    assert victim.read_text(encoding="utf-8") == VICTIM


@pytest.mark.parametrize("name", ["pledge.yaml", "hardlink.md"])
def test_report_over_the_pledge_itself_is_refused(run: Run, pledge: Path, name: str) -> None:
    """`report -f p.yaml --format md -o p.yaml` used to replace the pledge with Markdown."""
    if name != "pledge.yaml":
        os.link(pledge, pledge.parent / name)
    result = run("report", "-f", "pledge.yaml", "--format", "md", "-o", name)
    assert (result.exit_code, result.stderr) == (2, (
        f"pledge: {name} är filen som läses; utdata skulle skriva över den – välj ett annat "
        "filnamn\n"))
    assert pledge.read_text(encoding="utf-8") == MINIMAL


class _FullDisk:
    """A file object whose writes fail as on a full disk (ENOSPC, which names no file)."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def write(self, data: bytes) -> int:
        raise OSError(28, os.strerror(28))


def test_report_on_a_full_disk_keeps_the_old_report(run: Run, pledge: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The report is written atomically: ENOSPC leaves the old report whole, no leftovers."""
    old = pledge.parent / "rapport.md"
    old.write_text("# förra rapporten\n", encoding="utf-8")
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k)))
    import builtins

    real_open = builtins.open

    def opened(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        return _FullDisk(handle) if "w" in mode and str(file).endswith(".md") else handle

    monkeypatch.setattr(builtins, "open", opened)  # what writing the report in place used
    result = run("report", "-o", "rapport.md")
    monkeypatch.undo()
    assert result.exit_code == 2
    assert result.stderr == "pledge: kan inte skriva rapport.md: disken är full\n"
    assert old.read_text(encoding="utf-8") == "# förra rapporten\n"
    assert sorted(p.name for p in pledge.parent.iterdir()) == ["pledge.yaml", "rapport.md"]


def test_renew_through_a_committed_link_is_refused(run: Run, pledge: Path,
                                                   victim: Path) -> None:
    (pledge.parent / "pledge-2025.yaml").symlink_to(victim)
    result = run("renew", "--force")
    assert result.exit_code == 2
    assert result.stderr.startswith("pledge: pledge-2025.yaml är en symbolisk länk")
    assert victim.read_text(encoding="utf-8") == VICTIM


def test_init_force_through_a_committed_link_is_refused(run: Run, tmp_path: Path,
                                                        victim: Path) -> None:
    (tmp_path / "pledge.yaml").symlink_to(victim)
    result = run("init", "--municipality", "Exempelby kommun", "--period", "2025", "--force")
    assert result.exit_code == 2
    assert result.stderr.startswith("pledge: pledge.yaml är en symbolisk länk")
    assert victim.read_text(encoding="utf-8") == VICTIM


def test_init_from_text_never_overwrites_its_source(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "publicerat.txt"
    source.write_text("Medborgarlöfte 2025 Exempelby kommun\n", encoding="utf-8")
    result = run("init", "publicerat.txt", "--from-text", "publicerat.txt", "--force")
    assert result.exit_code == 2
    assert "är filen som läses" in result.stderr
    assert source.read_text(encoding="utf-8") == "Medborgarlöfte 2025 Exempelby kommun\n"


# --- owner, group and mode across the atomic replace -------------------------------------

NOBODY = 65534
GROUP = 64123
"""A group id no account on the test machine uses: the shared folder's group."""
ROOT_ONLY = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0
                               or shutil.which("setpriv") is None,
                               reason="needs root and setpriv to act as two users")


@ROOT_ONLY
def test_owner_group_and_mode_survive_a_write(run: Run, pledge: Path) -> None:
    os.chown(pledge, NOBODY, GROUP)
    pledge.chmod(0o664)
    assert run(*LOG).exit_code == 0
    info = pledge.stat()
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (NOBODY, GROUP, 0o664)


def _as_user(uid: int, folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`pledge ARGS` as user `uid` in the group GROUP (umask 022, as most desktops)."""
    code = "import os; os.umask(0o022); from medborgarlofte.cli.app import main; main()"
    env = {**os.environ, "PLEDGE_TODAY": "2024-12-31", "HOME": str(folder),
           "XDG_CACHE_HOME": str(folder / f".cache-{uid}")}
    return subprocess.run(
        [str(shutil.which("setpriv")), f"--reuid={uid}", f"--regid={GROUP}",
         f"--groups={GROUP}", sys.executable, "-c", code, *args],
        capture_output=True, text=True, env=env, cwd=folder, check=False)


@ROOT_ONLY
@pytest.mark.parametrize("in_git", [False, True], ids=["folder", "git-repository"])
def test_two_users_of_one_group_take_turns(in_git: bool) -> None:
    """A shared folder (setgid, group-writable): the first user's write used to leave a
    lock file and a pledge only they could write; the colleague got 'åtkomst nekad'."""
    tmp_path = Path(tempfile.mkdtemp(prefix="pledge-shared-"))
    try:
        _take_turns(tmp_path, in_git)
    finally:
        shutil.rmtree(tmp_path)


def _take_turns(tmp_path: Path, in_git: bool) -> None:
    folder = tmp_path / "delad"
    folder.mkdir()
    pledge = folder / "pledge.yaml"
    pledge.write_text(MINIMAL, encoding="utf-8")
    if in_git:
        subprocess.run(["git", "init", "-q", "--shared=group", str(folder)], check=True)
    for path in (tmp_path, folder, pledge, *(folder.rglob("*") if in_git else ())):
        os.chown(path, 0 if path == tmp_path else NOBODY, GROUP)
    tmp_path.chmod(0o755)
    folder.chmod(0o2775)
    pledge.chmod(0o664)
    first = _as_user(NOBODY, folder, "log", "polis-moped", "--date", "2024-03-12")
    assert first.returncode == 0, first.stderr
    second = _as_user(NOBODY - 1, folder, "log", "polis-moped", "--date", "2024-03-13")
    assert second.returncode == 0, second.stderr
    text = pledge.read_text(encoding="utf-8")
    assert "2024-03-12" in text and "2024-03-13" in text
    info = pledge.stat()
    assert (info.st_gid, stat.S_IMODE(info.st_mode)) == (GROUP, 0o664)
    if in_git:
        lock = next((folder / ".git" / "pledge").glob("*.lock"))
        assert (lock.stat().st_gid, stat.S_IMODE(lock.stat().st_mode)) == (GROUP, 0o660)
    assert not (folder / ".pledge.yaml.lock").exists()


@pytest.mark.skipif(not HAS_GIT, reason="needs git")
def test_a_submodule_keeps_its_state_in_the_superproject_modules(
        run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    _git(library, "init", "-q")
    _git(library, "add", "pledge.yaml")
    _git(library, "commit", "-q", "-m", "first")
    top = tmp_path / "top"
    top.mkdir()
    _git(top, "init", "-q")
    _git(top, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library),
         "sub")
    monkeypatch.chdir(top / "sub")
    assert run(*LOG).exit_code == 0
    assert _git(top / "sub", "status", "--porcelain").splitlines() == [" M pledge.yaml"]
    state = top / ".git" / "modules" / "sub" / "pledge"
    assert sorted(p.suffix for p in state.iterdir()) == [".json", ".lock"]


def test_a_dot_git_file_pointing_elsewhere_gets_no_state(run: Run, pledge: Path,
                                                         victim: Path) -> None:
    """An unpacked archive with a `.git` file naming a folder that is not a git directory:
    nothing is made there (the state goes to the user's cache)."""
    (pledge.parent / ".git").write_text(f"gitdir: {victim.parent}\n", encoding="utf-8")
    assert run(*LOG).exit_code == 0
    assert sorted(p.name for p in victim.parent.iterdir()) == [".bashrc"]
    assert run("undo", "--yes").exit_code == 0


@ROOT_ONLY
def test_a_git_directory_the_user_may_not_write_still_lets_them_log() -> None:
    """The pledge is group-writable, the clone's .git is not: the lock falls back to the
    pledge's directory; the write succeeds and says the undo record could not be kept."""
    tmp_path = Path(tempfile.mkdtemp(prefix="pledge-gitro-"))
    try:
        folder = tmp_path / "delad"
        folder.mkdir()
        pledge = folder / "pledge.yaml"
        pledge.write_text(MINIMAL, encoding="utf-8")
        subprocess.run(["git", "init", "-q", str(folder)], check=True)
        tmp_path.chmod(0o755)
        for path in (folder, pledge):
            os.chown(path, 0, GROUP)
        folder.chmod(0o2775)
        pledge.chmod(0o664)
        done = _as_user(NOBODY, folder, "log", "polis-moped", "--date", "2024-03-12")
        assert done.returncode == 0, done.stderr
        assert "2024-03-12" in pledge.read_text(encoding="utf-8")
        assert "Traceback" not in done.stderr
    finally:
        shutil.rmtree(tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="named pipes")
def test_a_named_pipe_the_user_names_is_written_as_a_stream(run: Run, pledge: Path) -> None:
    """`-o /dev/stdout` or a FIFO has nothing to replace: written to, never refused."""
    import threading

    fifo = pledge.parent / "ut.md"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("report", "--period", "2024", "-o", "ut.md")
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert received and received[0].startswith("# Medborgarlöfte 2024".encode())


@pytest.mark.parametrize("command", [
    ["log", "polis-mopedinsatser", "--date", "2024-03-01", "--note", "x"],
    ["extend", "--to", "2025-06-30"], ["undo", "--yes"], ["git-setup"],
])
def test_a_found_pledge_link_is_never_written_through(run: Run, tmp_path: Path,
                                                      command: list[str]) -> None:
    # A committed `pledge.yaml -> ../elsewhere.yaml`: found by default, it is read by
    # status, but no writing command writes through it unless the user names it.
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text(MINIMAL, encoding="utf-8")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "pledge.yaml").symlink_to(elsewhere)
    os.chdir(repo)
    result = run(*command)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert result.stderr.endswith(
        "pledge.yaml är en symbolisk länk, och pledge skriver bara genom en länk som du "
        "själv anger – ange filen med -f (eller $PLEDGE_FILE) om länken är din\n")
    assert elsewhere.read_text(encoding="utf-8") == MINIMAL
    assert run("status").exit_code == 0
    named = run("log", "polis-mopedinsatser", "--date", "2024-03-01", "-f", "pledge.yaml")
    assert named.exit_code == 0, named.stderr
