"""The JSON Schema and `pledge validate` agree on every file of the invalid-file corpus
(tests/test_loader_invalid.py): check-jsonschema, as the project's own CI step and editors
run it, finds a file invalid exactly when `pledge validate` reports a schema problem (E2xx).

Problems no JSON Schema can express are left out, each kind for its reason:
- YAML syntax, encoding and YAML hazards (E0xx, E1xx): a YAML 1.2 reader parses such a file
  differently or not at all;
- a value that YAML 1.1 reads as no text (`place: no`, `note: 2024-05-10`: E203 with the hint
  to quote it): YAML 1.2 tools read the same characters as text;
- cross-record rules, dates against the period, personal data (E3xx): they need more than
  the shape of one record, so a file with only those may pass the schema (it must still fail
  it when it also has a schema problem).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from medborgarlofte.io.loader import load_pledge_bytes
from tests.conftest import ROOT
from tests.test_loader_invalid import ALL_CASES, HEAD, TODAY

CHECK = shutil.which("check-jsonschema")
pytestmark = pytest.mark.skipif(CHECK is None, reason="check-jsonschema is not installed "
                                "(pip install -e '.[test]')")
SCHEMA = ROOT / "pledge.schema.json"

BEYOND_JSON = {"value-not-a-number": "'.nan' is a float to a YAML reader, and JSON (so JSON "
                                     "Schema) has no NaN to refuse"}
"""Cases no JSON Schema can judge, each with the reason."""

EXTRA = {
    "yaml11-yes-is-a-boolean": HEAD + "events:\n  - {date: 2024-05-10, target: "
                                      "polis-mopedinsatser, done: yes}\n",
    "whole-number-written-with-a-point": HEAD.replace("exactly: 4", "exactly: 4.0"),
    "half-a-number": HEAD.replace("exactly: 4", "exactly: 4.5"),
    "two-goal-kinds": HEAD.replace("{exactly: 4,", "{exactly: 4, at_least: 2,"),
    "no-goal-kind": HEAD.replace("{exactly: 4, unit: insatser}", "{unit: insatser}"),
    "a-kind-set-to-null-does-not-count": HEAD.replace("{exactly: 4,",
                                                      "{exactly: 4, at_least: null,"),
    "milestone-with-a-unit": HEAD.replace("{exactly: 4,", "{milestone: yes,"),
}


def _cases() -> dict[str, bytes]:
    cases = {p.id: p.values[0] for p in ALL_CASES}  # type: ignore[attr-defined]
    cases.update(EXTRA)
    return {name: raw if isinstance(raw, bytes) else raw.encode("utf-8")
            for name, raw in cases.items()}


def _pledge_verdict(raw: bytes) -> bool | None:
    """True: a schema problem; False: no error at all; None: nothing a JSON Schema can judge
    (only YAML-level or cross-record errors)."""
    problems = load_pledge_bytes(raw, Path("pledge.yaml"), TODAY).problems
    if any(p.code[:2] in ("E0", "E1") or p.hint == "hint.quote_text" for p in problems):
        return None
    errors = [p for p in problems if p.severity == "error"]
    if any(p.code.startswith("E2") for p in errors):
        return True
    return None if errors else False


def test_schema_and_validate_agree_on_the_corpus(tmp_path: Path) -> None:
    files: dict[str, Path] = {}
    verdicts: dict[str, bool] = {}
    for name, raw in _cases().items():
        verdict = _pledge_verdict(raw)
        if verdict is None or name in BEYOND_JSON:
            continue
        files[name] = tmp_path / f"{name}.yaml"
        files[name].write_bytes(raw)
        verdicts[name] = verdict
    assert CHECK is not None
    done = subprocess.run([CHECK, "--schemafile", str(SCHEMA), "-o", "json",
                           *map(str, files.values())], capture_output=True, text=True)
    report = json.loads(done.stdout)
    failed = {Path(e["filename"]).stem for e in report["errors"]}
    failed |= {Path(e["filename"]).stem for e in report["parse_errors"]}
    disagree = {name: ("validate" if verdicts[name] else "") + "/" +
                ("schema" if name in failed else "") for name in files
                if verdicts[name] != (name in failed)}
    assert disagree == {}
    assert len(files) >= 45  # of about 100: the rest is YAML-level or cross-record
    assert {n for n in EXTRA if verdicts.get(n)} == {
        "half-a-number", "two-goal-kinds", "no-goal-kind", "milestone-with-a-unit"}
