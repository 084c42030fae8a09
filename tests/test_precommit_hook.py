"""The pre-commit hook, run for real with `pre-commit try-repo` against a sample repository.

pre-commit builds its own virtualenv with this package in it, which takes half a minute and
needs the package index, so the test runs where `pre-commit` is installed (the test extra
installs it; CI always has it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, ROOT

pytestmark = pytest.mark.slow  # see [tool.pytest.ini_options] markers

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _try_repo(repo: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "cache"), "NO_COLOR": "1"}
    env.pop("PLEDGE_TODAY", None)
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "pledge-validate", "--all-files",
         "--color", "never"],
        cwd=repo, capture_output=True, text=True, env=env, timeout=600,
    )


@pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None,
                    reason="pre-commit or git is not installed")
def test_hook_passes_a_valid_pledge_and_fails_an_invalid_one(tmp_path: Path) -> None:
    repo = tmp_path / "kommun"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "ci@example.invalid")
    _git(repo, "config", "user.name", "CI")
    (repo / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    _git(repo, "add", "pledge.yaml")
    _git(repo, "commit", "-q", "-m", "pledge")

    good = _try_repo(repo)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "pledge validate" in good.stdout and "Passed" in good.stdout

    (repo / "pledge.yaml").write_text(MINIMAL.replace("owners: [polisen]", "owners: [polis]"),
                                      encoding="utf-8")
    bad = _try_repo(repo)
    assert bad.returncode == 1
    assert "Failed" in bad.stdout
    assert ("pledge.yaml:12:14: E302 targets[polis-mopedinsatser].owners[1]: okänd part 'polis'"
            " – menade du 'polisen'?") in bad.stdout


@pytest.mark.parametrize(("path", "checked"), [
    ("pledge.yaml", True), ("pledge.yml", True), ("kommun/pledge.yaml", True),
    ("pledge-2025.yaml", True), ("pledge_2025-2026.yml", True), ("olofstrom.pledge.yaml", True),
    ("pledges/olofstrom.yaml", True), ("region/pledges/b.yml", True),
    (".github/workflows/pledge.yml", False),  # docs/ci.md's workflow is no pledge
    ("config.yaml", False), ("pledges.yaml", False), ("docs/pledge.md", False),
    ("mypledge.yaml", False),
])
def test_the_hook_matches_every_pledge_file_the_tool_names(path: str, checked: bool) -> None:
    import re

    import yaml

    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    included = bool(re.search(hook["files"], path)) and not re.search(hook["exclude"], path)
    assert included is checked
