"""Problems are values: what is wrong, where, and how to say it in either language."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Literal

Severity = Literal["error", "warning"]
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pledge file.

    `code` is stable (documented in docs/diagnostics.md) and is also the message key in the
    catalogue; `params` fill the message. `path` is the place in the document ('events', 3,
    'target'); the loader turns it into `line`/`column` (1-based) when it can. `hint` is an
    optional second message key, with the same params, that says how to fix it.
    """

    code: str
    path: Path = ()
    params: dict[str, Any] = field(default_factory=dict)
    hint: str | None = None
    line: int | None = None
    column: int | None = None
    file: str | None = None

    @property
    def severity(self) -> Severity:
        """E... codes are errors, W... codes warnings."""
        return "warning" if self.code.startswith("W") else "error"

    def at(self, line: int | None, column: int | None) -> Problem:
        """This problem, located."""
        return replace(self, line=line, column=column)


def has_errors(problems: list[Problem], strict: bool = False) -> bool:
    """True when any problem is an error (any problem at all with `strict`)."""
    return any(strict or p.severity == "error" for p in problems)
