"""Two clones of one repository, each logging activities, merged by real git.

With `pledge git-setup` done, `git pull` (merge) and `git pull --rebase` give no conflict and
keep both sides' text; without it, git stops with a conflict and `pledge resolve` turns the
file into the merged one, which validates. The three-way cases (both add, one edits, both
edit one activity) are checked on `merge_texts` and through `pledge merge-file`.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.io.conflicts import resolve_markers
from medborgarlofte.io.merge import merge_texts
from tests.conftest import MINIMAL

Run = Callable[..., Any]


def _event(day: int, note: str) -> str:
    return f"  - date: 2024-03-{day:02d}\n    target: polis-mopedinsatser\n    note: {note}\n"


BASE = MINIMAL.replace("events: []\n", "# Aktiviteter\nevents:\n" + _event(1, "början")
                       + "  # senaste först nedan\n")


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, check=check, capture_output=True,
                          text=True)


@pytest.fixture
def clones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    for key, value in {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                       "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
                       "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}.items():
        monkeypatch.setenv(key, value)
    _git(tmp_path, "init", "-q", "--bare", "-b", "main", "origin.git")
    _git(tmp_path, "clone", "-q", "origin.git", "polis")
    polis = tmp_path / "polis"
    (polis / "pledge.yaml").write_text(BASE, encoding="utf-8")
    _git(polis, "add", "pledge.yaml")
    _git(polis, "commit", "-q", "-m", "base")
    _git(polis, "push", "-q", "origin", "HEAD:main")
    _git(tmp_path, "clone", "-q", "origin.git", "kommun")
    return polis, tmp_path / "kommun"


def _log(run: Run, clone: Path, day: int, note: str) -> None:
    result = run("log", "polis-moped", "-f", str(clone / "pledge.yaml"), "--date",
                 f"2024-03-{day:02d}", "--note", note, "--commit")
    assert result.exit_code == 0, result.stderr


def _setup(run: Run, clone: Path, commit: bool = False) -> None:
    args = ["git-setup", "-f", str(clone / "pledge.yaml")] + (["--commit"] if commit else [])
    result = run(*args)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize("mode", ["--no-rebase", "--rebase"])
def test_with_the_driver_a_pull_merges_both_activities(run: Run, clones: tuple[Path, Path],
                                                       mode: str) -> None:
    polis, kommun = clones
    _setup(run, polis, commit=True)
    _git(polis, "push", "-q", "origin", "HEAD:main")
    _git(kommun, "pull", "-q", "--no-rebase", "origin", "main")
    _setup(run, kommun)
    _log(run, polis, 5, "polisens")
    _git(polis, "push", "-q", "origin", "HEAD:main")
    _log(run, kommun, 6, "kommunens")
    ours = (kommun / "pledge.yaml").read_text(encoding="utf-8")
    pulled = _git(kommun, "pull", "-q", mode, "origin", "main", check=False)
    assert pulled.returncode == 0, pulled.stderr + pulled.stdout
    text = (kommun / "pledge.yaml").read_text(encoding="utf-8")
    first, second = ("kommunens", "polisens") if mode == "--no-rebase" else (
        "polisens", "kommunens")
    assert text.endswith(
        "  - date: 2024-03-01\n    target: polis-mopedinsatser\n    note: början\n"
        f"  - date: 2024-03-{5 if first == 'polisens' else 6:02d}\n"
        "    target: polis-mopedinsatser\n    count: 1\n"
        f"    note: {first}\n"
        f"  - date: 2024-03-{5 if second == 'polisens' else 6:02d}\n"
        "    target: polis-mopedinsatser\n    count: 1\n"
        f"    note: {second}\n"
        "  # senaste först nedan\n")
    assert ours != text
    assert run("validate", str(kommun / "pledge.yaml")).exit_code == 0
    assert _git(kommun, "status", "--porcelain").stdout == ""


@pytest.mark.parametrize("mode", ["--no-rebase", "--rebase"])
def test_without_the_driver_resolve_gives_both_activities(run: Run, clones: tuple[Path, Path],
                                                          mode: str,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setenv("GIT_EDITOR", "true")
    polis, kommun = clones
    _log(run, polis, 5, "polisens")
    _git(polis, "push", "-q", "origin", "HEAD:main")
    _log(run, kommun, 6, "kommunens")
    pulled = _git(kommun, "pull", "-q", mode, "origin", "main", check=False)
    assert pulled.returncode != 0
    assert "CONFLICT" in pulled.stdout + pulled.stderr
    path = kommun / "pledge.yaml"
    result = run("resolve", "-f", str(path), "--commit")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        f"{path}: konflikten löst; 3 poster från båda sidor finns kvar. Kör git add {path} "
        "och avsluta (git commit eller git rebase --continue).\n"
        f"{path}: markerad som löst (git add)\n")
    text = path.read_text(encoding="utf-8")
    assert "note: polisens\n" in text and "note: kommunens\n" in text
    assert "<<<<<<<" not in text
    assert run("validate", str(path)).exit_code == 0
    finish = ("commit", "-q", "--no-edit") if mode == "--no-rebase" else ("rebase", "--continue")
    done = _git(kommun, *finish, check=False)
    assert done.returncode == 0, done.stderr
    assert _git(kommun, "status", "--porcelain").stdout == ""
    assert "note: polisens\n" in path.read_text(encoding="utf-8")


def test_resolve_refuses_a_merge_that_is_not_a_valid_pledge(run: Run,
                                                           clones: tuple[Path, Path]) -> None:
    polis, kommun = clones
    for clone, note in ((polis, "polisens"), (kommun, "kommunens")):
        result = run("log", "polis-moped", "-f", str(clone / "pledge.yaml"), "--date",
                     "2024-03-07", "--note", note, "--count", "3", "--commit")
        assert result.exit_code == 0, result.stderr
        if clone == polis:
            _git(polis, "push", "-q", "origin", "HEAD:main")
    path = kommun / "pledge.yaml"
    text = path.read_text(encoding="utf-8").replace("target: polis-mopedinsatser\n    count: 3",
                                                     "target: okand\n    count: 3")
    path.write_text(text, encoding="utf-8")  # kommun's activity names no commitment
    _git(kommun, "commit", "-q", "-am", "fel")
    assert _git(kommun, "pull", "-q", "--no-rebase", "origin", "main",
                check=False).returncode != 0
    marked = path.read_bytes()
    result = run("resolve", "-f", str(path), "--lang", "en")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"pledge: {path}: the merged content is not a valid pledge file; nothing written:\n")
    assert "E301" in result.stderr
    assert path.read_bytes() == marked


def test_git_setup_dry_run_changes_nothing(run: Run, clones: tuple[Path, Path]) -> None:
    polis, _ = clones
    result = run("git-setup", "-f", str(polis / "pledge.yaml"), "--dry-run")
    assert result.exit_code == 0
    assert result.stderr == "provkörning, inget skrivet; pledge git-setup skulle göra detta:\n"
    assert result.stdout.splitlines()[-1] == f"{polis / '.gitattributes'}: pledge.yaml merge=pledge"
    assert not (polis / ".gitattributes").exists()
    assert _git(polis, "config", "merge.pledge.driver", check=False).returncode == 1


def test_git_setup_is_idempotent_and_surgical(run: Run, clones: tuple[Path, Path]) -> None:
    polis, _ = clones
    (polis / ".gitattributes").write_bytes(b"*.txt text\r\npledge.yaml merge=union\r\n")
    result = run("git-setup", "-f", str(polis / "pledge.yaml"), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "git config merge.pledge.name = pledge: merges pledge files"
    assert lines[1].startswith("git config merge.pledge.driver = ")
    assert lines[1].endswith(" merge-file %O %A %B %P")
    assert lines[2:] == [f"{polis / '.gitattributes'}: pledge.yaml merge=pledge",
                         f"done: git now merges {polis / 'pledge.yaml'} with pledge merge-file"]
    assert (polis / ".gitattributes").read_bytes() == (
        b"*.txt text\r\npledge.yaml merge=pledge\r\n")
    again = run("git-setup", "-f", str(polis / "pledge.yaml"), "--lang", "en")
    assert again.stdout == f"git is already set up for {polis / 'pledge.yaml'}; nothing changed\n"
    assert _git(polis, "config", "merge.pledge.name").stdout == "pledge: merges pledge files\n"


def test_git_setup_never_reads_or_writes_through_a_committed_link(
        run: Run, clones: tuple[Path, Path], tmp_path: Path) -> None:
    polis, _ = clones
    secret = tmp_path / "secret.txt"
    secret.write_text("PRIVATE KEY\n", encoding="utf-8")
    (polis / ".gitattributes").symlink_to(secret)
    result = run("git-setup", "-f", str(polis / "pledge.yaml"))
    assert result.exit_code == 2
    assert result.stderr == (f"pledge: {polis / '.gitattributes'} är en symbolisk länk; pledge "
                             "skriver aldrig genom en länk – ta bort länken eller ange målet\n")
    assert "PRIVATE" not in result.stdout
    assert secret.read_text(encoding="utf-8") == "PRIVATE KEY\n"
    assert (polis / ".gitattributes").is_symlink()
    assert _git(polis, "config", "merge.pledge.driver", check=False).returncode == 1


def test_git_setup_outside_git(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                               ) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run("git-setup", "-f", str(tmp_path / "pledge.yaml"))
    assert result.exit_code == 2
    assert result.stderr == (f"pledge: {tmp_path / 'pledge.yaml'} ligger inte i ett "
                             "git-förråd; kör git init först\n")


OURS = BASE.replace("  # senaste", _event(5, "polisens") + "  # senaste")
THEIRS = BASE.replace("  # senaste", _event(6, "kommunens") + "  # senaste")


def test_both_sides_adding() -> None:
    result = merge_texts(BASE, OURS, THEIRS.replace("\n", "\r\n"))
    assert result.text == BASE.replace(
        "  # senaste", _event(5, "polisens") + _event(6, "kommunens") + "  # senaste")
    assert result.added == 1


def test_one_side_editing_the_other_adding() -> None:
    edited = BASE.replace("note: början", "note: rättad  # kommentar")
    result = merge_texts(BASE, edited, THEIRS)
    assert result.text == edited.replace("  # senaste", _event(6, "kommunens") + "  # senaste")
    assert merge_texts(BASE, THEIRS, edited).text == result.text


def test_both_editing_other_items_and_adding() -> None:
    base = BASE.replace("  # senaste", _event(2, "andra") + "  # senaste")
    ours = base.replace("note: början", "note: B").replace("  # senaste", _event(5, "o")
                                                          + "  # senaste")
    theirs = base.replace("note: andra", "note: A").replace("  # senaste", _event(6, "t")
                                                           + "  # senaste")
    assert merge_texts(base, ours, theirs).text == base.replace(
        "note: början", "note: B").replace("note: andra", "note: A").replace(
        "  # senaste", _event(5, "o") + _event(6, "t") + "  # senaste")


def test_both_editing_one_activity_is_a_named_conflict(run: Run, tmp_path: Path) -> None:
    files = {"base": BASE, "ours": BASE.replace("note: början", "note: polisens"),
             "theirs": BASE.replace("note: början", "note: kommunens")}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("merge-file", str(tmp_path / "base"), str(tmp_path / "ours"),
                 str(tmp_path / "theirs"), "pledge.yaml")
    assert result.exit_code == 1
    assert result.stderr == (
        "pledge: pledge.yaml: kan inte sammanfogas utan att gissa; konflikten är markerad i "
        "filen (<<<<<<< … >>>>>>>):\n"
        "  båda sidor ändrade events[1] (2024-03-01 polis-mopedinsatser, ref 0732bc) olika\n"
        "  Välj i filen mellan markeringarna, spara, kör pledge validate och sedan git add "
        "pledge.yaml.\n")
    marked = (tmp_path / "ours").read_text(encoding="utf-8")
    assert ("<<<<<<< ours\n    note: polisens\n||||||| base\n    note: början\n=======\n"
            "    note: kommunens\n>>>>>>> theirs\n") in marked


def test_merge_file_writes_the_merge_to_ours(run: Run, tmp_path: Path) -> None:
    for name, text in (("base", BASE), ("ours", OURS), ("theirs", THEIRS)):
        (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = run("merge-file", str(tmp_path / "base"), str(tmp_path / "ours"),
                 str(tmp_path / "theirs"), "pledge.yaml", "--lang", "en")
    assert (result.exit_code, result.stderr) == (
        0, "pledge: pledge.yaml: merged; 1 item from the other side\n")
    assert (tmp_path / "ours").read_bytes() == b"\xef\xbb\xbf" + BASE.replace(
        "  # senaste", _event(5, "polisens") + _event(6, "kommunens") + "  # senaste"
    ).encode("utf-8")


def test_resolve_markers_joins_insertions_only_when_the_base_is_shown() -> None:
    marked = "a\n<<<<<<< ours\nx\n||||||| base\n=======\ny\n>>>>>>> theirs\nb\n"
    assert resolve_markers(marked).text == "a\nx\ny\nb\n"
    plain = "a\n<<<<<<< ours\nx\n=======\ny\n>>>>>>> theirs\nb\n"
    assert resolve_markers(plain).text is None
    edit = "a\n<<<<<<< ours\nx\n||||||| base\nz\n=======\ny\n>>>>>>> theirs\nb\n"
    assert [h.line for h in resolve_markers(edit).unresolved] == [2]


def test_resolve_without_index_versions_says_what_it_cannot_do(run: Run, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    path = tmp_path / "pledge.yaml"
    path.write_text(BASE.replace("  # senaste", "<<<<<<< HEAD\n" + _event(5, "a") + "=======\n"
                                 + _event(6, "b") + ">>>>>>> other\n  # senaste"),
                    encoding="utf-8")
    before = path.read_bytes()
    result = run("resolve", "-f", str(path), "--lang", "en")
    assert result.exit_code == 1
    assert result.stderr == (
        f"pledge: {path}: the conflict cannot be resolved without guessing; nothing written:\n"
        f"  {path}: line 19: the markers do not show the base version and git's index holds "
        "no versions of the file, so an addition cannot be told from a change – choose by "
        "hand (or set git config merge.conflictStyle diff3 before the next merge)\n")
    assert path.read_bytes() == before
    diff3 = BASE.replace("  # senaste", "<<<<<<< HEAD\n" + _event(5, "a") + "||||||| base\n"
                         "=======\n" + _event(6, "b") + ">>>>>>> other\n  # senaste")
    path.write_text(diff3, encoding="utf-8")
    fixed = run("resolve", "-f", str(path))
    assert fixed.exit_code == 0, fixed.stderr
    assert path.read_text(encoding="utf-8") == BASE.replace(
        "  # senaste", _event(5, "a") + _event(6, "b") + "  # senaste")
    clean = run("resolve", "-f", str(path))
    assert clean.stdout == f"{path}: inga konfliktmarkeringar; inget att göra\n"


def test_init_in_a_git_repository_offers_the_setup(run: Run, clones: tuple[Path, Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from medborgarlofte.cli import init

    polis, _ = clones
    new = polis / "ny.yaml"
    result = run("init", str(new), "--municipality", "Exempelby kommun", "--period", "2025")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"tips: kör pledge git-setup så att git slår ihop {new} utan "
                             "konflikter\n")
    monkeypatch.setattr(init, "interactive", lambda: True)
    other = polis / "annan.yaml"
    asked = run("init", str(other), "--municipality", "Exempelby kommun", "--period", "2025",
                input="j\n")
    assert asked.exit_code == 0, asked.stderr
    assert "Ställa in git så att" in asked.stdout
    assert _git(polis, "config", "merge.pledge.driver").stdout.endswith(
        " merge-file %O %A %B %P\n")
    assert (polis / ".gitattributes").read_text(encoding="utf-8") == "annan.yaml merge=pledge\n"


def test_merge_file_on_unreadable_yaml_falls_back_to_the_line_merge(run: Run,
                                                                    tmp_path: Path) -> None:
    broken = BASE.replace("events:", "events: [")
    for name, text in (("base", BASE), ("ours", broken), ("theirs", THEIRS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("merge-file", str(tmp_path / "base"), str(tmp_path / "ours"),
                 str(tmp_path / "theirs"), "pledge.yaml", "--lang", "en")
    assert result.exit_code == 1  # git's line merge is clean, but the result cannot be read
    assert result.stderr == (
        "pledge: pledge.yaml: cannot be merged without guessing; the conflict is marked in the "
        "file (<<<<<<< … >>>>>>>):\n"
        "  our version is not readable YAML; git's line merge is used\n"
        "  Choose in the file between the markers, save, run pledge validate, then git add "
        "pledge.yaml.\n")
    assert (tmp_path / "ours").read_text(encoding="utf-8") == broken.replace(
        "  # senaste", _event(6, "kommunens") + "  # senaste")


@pytest.mark.parametrize("name", ["min fil.yaml", "[x].yaml", "a*b.yaml"])
def test_git_setup_names_exactly_the_file_whatever_its_name(run: Run, clones: tuple[Path, Path],
                                                            name: str) -> None:
    polis, _ = clones
    (polis / name).write_bytes((polis / "pledge.yaml").read_bytes())
    (polis / "other.yaml").write_bytes(b"")
    assert run("git-setup", "-f", str(polis / name)).exit_code == 0
    assert run("git-setup", "-f", str(polis / name)).exit_code == 0
    attributes = (polis / ".gitattributes").read_text(encoding="utf-8")
    assert attributes.count("merge=pledge") == 1  # a second run adds nothing
    assert _git(polis, "check-attr", "merge", "--", name).stdout == f"{name}: merge: pledge\n"
    assert _git(polis, "check-attr", "merge", "--", "other.yaml").stdout == (
        "other.yaml: merge: unspecified\n")
