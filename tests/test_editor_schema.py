"""The real yaml-language-server (the engine of VS Code's YAML extension) checks a pledge in
a repository that holds nothing but `pledge.yaml`, with the schema `pledge schema -o` wrote
outside it, as docs/editors.md says, and finds the lines `pledge validate` finds.

Needs node and the server (`npm install yaml-language-server`; the test looks on PATH, in
$YAML_LANGUAGE_SERVER and in ./node_modules/.bin); skips with the reason otherwise.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT


def _server() -> str | None:
    for candidate in (os.environ.get("YAML_LANGUAGE_SERVER"),
                      shutil.which("yaml-language-server"),
                      str(ROOT / "node_modules" / ".bin" / "yaml-language-server")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


SERVER = _server()
pytestmark = pytest.mark.skipif(
    SERVER is None or shutil.which("node") is None,
    reason="yaml-language-server is not installed (npm install yaml-language-server; "
           "or set YAML_LANGUAGE_SERVER)")

BROKEN = """\
{modeline}
schema_version: 1
pledge:
  title: Medborgarlöfte 2025
  municipality: Sjöstads kommun
  period: {{start: 2025-01-01, end: 2025-12-31}}
parties:
  polisen: {{name: Polisen, kind: polis}}
targets:
  - id: trygghetsvandringar
    text: Minst 3 trygghetsvandringar.
    owners: [polisen]
    goal: {{at_least: tre, unit: trygghetsvandringar}}
    colour: blue
"""
"""Two mistakes that need no cross-record check: a goal that is no number (line 13) and an
unknown key (line 14)."""


class Lsp:
    """A minimal LSP client over the server's stdio (Content-Length framing)."""

    def __init__(self, command: list[str], cwd: Path) -> None:
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def send(self, method: str, params: Any, request: bool = False) -> int | None:
        message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return message.get("id")

    def receive(self) -> dict[str, Any]:
        """The next message; fails after 60 s of silence rather than hanging the suite."""
        try:
            return self.messages.get(timeout=60)
        except queue.Empty:
            raise AssertionError("the language server said nothing for 60 s") from None

    def _read(self) -> None:
        while True:
            try:
                self.messages.put(self._read_one())
            except (EOFError, ValueError, OSError):
                return

    def _read_one(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        length = 0
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise EOFError("the language server stopped")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        message: dict[str, Any] = json.loads(self.process.stdout.read(length))
        return message

    def answer_requests(self, message: dict[str, Any]) -> None:
        """The server asks the client for settings and registrations: answer them."""
        if "id" in message and "method" in message:
            result: Any = None
            if message["method"] == "workspace/configuration":
                result = [self.settings for _ in message["params"]["items"]]
            body = {"jsonrpc": "2.0", "id": message["id"], "result": result}
            data = json.dumps(body).encode("utf-8")
            assert self.process.stdin is not None
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
            self.process.stdin.flush()

    settings: dict[str, Any] = {}

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)


def _diagnostics(repo: Path, document: Path, settings: dict[str, Any]) -> list[dict[str, Any]]:
    """The diagnostics the server publishes for `document` once its schema is loaded."""
    assert SERVER is not None
    client = Lsp([SERVER, "--stdio"], repo)
    client.settings = settings
    try:
        client.send("initialize", {"processId": os.getpid(), "rootUri": repo.as_uri(),
                                   "capabilities": {"workspace": {"configuration": True}}},
                    request=True)
        while "result" not in (reply := client.receive()):
            client.answer_requests(reply)
        client.send("initialized", {})
        client.send("workspace/didChangeConfiguration", {"settings": {"yaml": settings}})
        client.send("textDocument/didOpen", {"textDocument": {
            "uri": document.as_uri(), "languageId": "yaml", "version": 1,
            "text": document.read_text("utf-8")}})
        for _ in range(200):
            message = client.receive()
            client.answer_requests(message)
            if message.get("method") == "textDocument/publishDiagnostics" and \
                    message["params"]["diagnostics"]:
                found: list[dict[str, Any]] = message["params"]["diagnostics"]
                return found
        raise AssertionError("no diagnostics published")
    finally:
        client.close()


def _validate_lines(path: Path) -> set[int]:
    result = subprocess.run([sys.executable, "-m", "medborgarlofte", "validate", str(path),
                             "--format", "json"], capture_output=True, text=True,
                            env={**os.environ, "PLEDGE_TODAY": "2025-06-30"})
    return {p["line"] for f in json.loads(result.stdout)["files"] for p in f["problems"]}


def _repository_with_only(tmp_path: Path, modeline: str) -> tuple[Path, Path]:
    repo = tmp_path / "kommunens-repo"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=False)
    pledge = repo / "pledge.yaml"
    pledge.write_text(BROKEN.format(modeline=modeline), encoding="utf-8")
    return repo, pledge


def _schema_outside(tmp_path: Path) -> Path:
    kept = tmp_path / "hemma" / "pledge.schema.json"
    kept.parent.mkdir()
    subprocess.run([sys.executable, "-m", "medborgarlofte", "schema", "-o", str(kept)],
                   check=True, capture_output=True)
    return kept


def test_the_modeline_to_a_kept_schema_checks_a_lone_pledge(tmp_path: Path) -> None:
    schema = _schema_outside(tmp_path)
    repo, pledge = _repository_with_only(
        tmp_path, f"# yaml-language-server: $schema={schema.as_uri()}")
    assert sorted(p.name for p in repo.iterdir() if p.name != ".git") == ["pledge.yaml"]
    found = _diagnostics(repo, pledge, {"validate": True})
    lines = {d["range"]["start"]["line"] + 1 for d in found}
    assert lines == _validate_lines(pledge) == {13, 14}
    assert not any("Unable to load schema" in d["message"] for d in found)


def test_the_vscode_setting_checks_a_lone_pledge(tmp_path: Path) -> None:
    """docs/editors.md: `pledge schema -o .vscode/pledge.schema.json` and the setting
    `"yaml.schemas": {"./.vscode/pledge.schema.json": ["pledge*.yaml"]}`."""
    repo, pledge = _repository_with_only(tmp_path, "# the pledge of Sjöstad")
    subprocess.run([sys.executable, "-m", "medborgarlofte", "schema", "-o",
                    ".vscode/pledge.schema.json"], cwd=repo, check=True, capture_output=True)
    found = _diagnostics(repo, pledge, {"validate": True, "schemas": {
        "./.vscode/pledge.schema.json": ["pledge*.yaml", "*.pledge.yaml"]}})
    assert {d["range"]["start"]["line"] + 1 for d in found} == _validate_lines(pledge)
