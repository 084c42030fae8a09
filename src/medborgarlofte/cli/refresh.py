"""After a write: the answers of `pledge validate` and `pledge status` for the new content.

A writing command holds the new file's validated model (`io.writer.Change.pledge`, checked
to be what reading the new file gives), so the next `pledge status` need not read the file
again: this stores what `validate` and `status` without options would print for the new
bytes, under the keys `fast.memo` uses, for each way the file may be named on their command
lines (as `-f`, as an argument, or found by default). The texts come from the commands' own
renderers; tests compare them with what the commands print after a write.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from medborgarlofte.cli.common import message_language, today
from medborgarlofte.fast.memo import disabled, remember
from medborgarlofte.i18n import t
from medborgarlofte.io.paths import find_pledge_file

if TYPE_CHECKING:
    from medborgarlofte.io.writer import Change


def refresh_answers(change: Change) -> None:
    """Store the answers of `validate` and `status` for the file `change` wrote."""
    if disabled(os.environ) or change.warnings or change.before.problems:
        return  # a file with warnings is never answered from the cache
    from medborgarlofte.cli.status import _rendered
    from medborgarlofte.core.progress.compute import compute_progress, filter_progress

    pledge, path, now = change.pledge, change.path, today()
    language = pledge.pledge.language or message_language(None)
    read = [(path, hashlib.sha256(change.new_bytes).hexdigest())]
    found = find_pledge_file(None, Path.cwd(), dict(os.environ)) == path
    names: list[dict[str, object]] = [{"file": str(path)}, {"arg": (str(path),)}]
    names += [{}] if found else []
    if os.environ.get("GITHUB_ACTIONS") != "true":  # validate's default format is text
        valid = t("cli.valid", language, file=path, targets=len(pledge.targets),
                  events=len(pledge.event_list)) + "\n"
        for name in names:
            remember("validate", {"files": name.get("arg"), "file": name.get("file"),
                                  "strict": False, "output": None, "lang": None},
                     read, now, valid)
    progress = filter_progress(compute_progress(pledge, now))
    table = _rendered([(str(path), progress)], language, "table", "owner")
    for name in names:
        remember("status", {"paths": name.get("arg"), "file": name.get("file"),
                            "as_of": None, "party": None, "priority": None, "target": None,
                            "status": None, "by": "owner", "output": "table", "lang": None},
                 read, now, table)
