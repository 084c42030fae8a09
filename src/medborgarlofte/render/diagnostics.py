"""Problems as text for people, JSON for tools, and GitHub workflow annotations."""

from __future__ import annotations

import json

from medborgarlofte.core.schema.problems import Problem
from medborgarlofte.i18n import t
from medborgarlofte.text.published import publishable

FORMATS = ("text", "json", "github")


def problem_message(problem: Problem, lang: str, where: str = "") -> str:
    """'E301 events[3].target: okänt löfte 'x' – menade du 'y'?' (no file position)."""
    message = t(problem.code, lang, **problem.params)
    if problem.hint:
        message += " – " + t(problem.hint, lang, **problem.params)
    return f"{problem.code} {where}: {message}" if where else f"{problem.code} {message}"


def _file(name: str | None) -> str:
    """A file name as one line of text, number masked (names come from the work tree)."""
    return t("cli.file_name", "sv", name=str(name))


def render_problem_line(problem: Problem, lang: str, where: str = "") -> str:
    """'FILE:LINE:COL: CODE path: message – hint' for one problem."""
    position = f"{_file(problem.file)}:{problem.line or 1}:{problem.column or 1}"
    return f"{position}: {problem_message(problem, lang, where)}"


def render_text(problems: list[tuple[Problem, str]], lang: str) -> str:
    """One line per problem, in the order given."""
    return "".join(render_problem_line(p, lang, where) + "\n" for p, where in problems)


def render_json(files: list[dict[str, object]]) -> str:
    """The stable JSON report: {"valid": bool, "files": [{file, valid, problems: [...]}]}."""
    valid = all(f["valid"] for f in files)
    return json.dumps({"valid": valid, "files": files}, ensure_ascii=False, indent=2) + "\n"


def problem_record(problem: Problem, lang: str, where: str, strict: bool) -> dict[str, object]:
    """One problem as a JSON object."""
    severity = "error" if strict else problem.severity
    return {
        "file": problem.file, "line": problem.line, "column": problem.column,
        "code": problem.code, "severity": severity, "path": where,
        "message": t(problem.code, lang, **problem.params),
        "hint": t(problem.hint, lang, **problem.params) if problem.hint else None,
    }


def _data(text: str) -> str:
    """A workflow command's message, escaped as the runner unescapes it."""
    return publishable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(text: str) -> str:
    """A workflow command's property value (a file name): ':' and ',' end a property, so
    they are escaped too (%3A, %2C), as the runner's own toolkit does."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(problems: list[tuple[Problem, str]], lang: str, strict: bool) -> str:
    """GitHub Actions workflow commands: '::error file=..,line=..,col=..,title=E301::...'."""
    lines = []
    for problem, where in problems:
        level = "error" if strict or problem.severity == "error" else "warning"
        text = problem_message(problem, lang, where).split(" ", 1)[1]
        lines.append(
            f"::{level} file={_property(str(problem.file))},line={problem.line or 1},"
            f"col={problem.column or 1},title={problem.code}::{_data(text)}"
        )
    return "".join(line + "\n" for line in lines)
