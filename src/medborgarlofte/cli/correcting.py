"""What `pledge edit`, `pledge remove` and `pledge outcome` share: finding the item a
reference names, the question asked before writing (the flow itself, show → ask → write →
commit, and the -/+ lines of a change, are `cli.flow`'s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medborgarlofte.cli.common import EXIT_USAGE, fail, usage_error
from medborgarlofte.cli.flow import Question
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.core.entries.refs import ItemRef
    from medborgarlofte.io.loader import LoadedPledge


ASK = Question("correct.ask", default=True, need_yes="correct.need_yes")
"""`edit` and `remove` ask before writing; without a terminal `--yes` must be given."""


def all_refs(data: object) -> list[ItemRef]:
    """The references of every activity and every measurement of the document."""
    from medborgarlofte.core.entries.refs import event_refs, measurement_refs

    return [*event_refs(data), *measurement_refs(data)]


def find_ref_or_exit(word: str, loaded: LoadedPledge, lang: str) -> ItemRef:
    """The one item `word` names; else what it could be, on stderr, and exit 2."""
    from medborgarlofte.core.entries.refs import find_refs

    refs = all_refs(loaded.data)
    found = find_refs(word, refs)
    if len(found) == 1:
        return found[0]
    if not found:
        usage_error("correct.unknown_ref", lang, ref=word)
    fail(EXIT_USAGE, f"pledge: {t('correct.ambiguous_ref', lang, ref=word)}",
         *(f"  {r.ref:<10} {describe(r)}" for r in found))


def describe(ref: ItemRef) -> str:
    """'2024-03-12 polis-mopedinsatser' (an activity) or '2024-05-01 = 12' (a measurement)."""
    data = ref.data
    day = str(data.get("date", ""))
    if ref.path == ("events",):
        target = data.get("target")
        targets = ", ".join(str(x) for x in target) if isinstance(target, list) else str(target)
        return f"{day} {targets}"
    return f"{day} = {data.get('value')}"


def relocate(loaded: LoadedPledge, ref: str) -> ItemRef:
    """The item with exactly this reference in the file as it is now (another writer may
    have written since it was read); WriteRefused when it is no longer there."""
    from medborgarlofte.io.writer import WriteRefused

    found = [r for r in all_refs(loaded.data) if r.ref == ref]
    if len(found) != 1:
        raise WriteRefused("correct.gone", ref=ref)
    return found[0]
