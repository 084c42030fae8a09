"""A beancount ledger equivalent to a generated pledge, for `bean-check` as a reference.

Each activity becomes one transaction (date, place as payee, note as narration) moving its
count from the commitment's account to an equity account; each commitment is an account
opened on the first day. bean-check then parses, books and validates about what
`pledge validate` parses and checks: dated records that must reference declared names.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

_NOT_ACCOUNT = re.compile(r"[^A-Za-z0-9-]")


def _account(target: str) -> str:
    name = _NOT_ACCOUNT.sub("-", target)
    return "Assets:" + name[:1].upper() + name[1:]


def ledger_of(pledge_text: str) -> str:
    """The ledger text for a pledge file's text (targets -> accounts, events -> entries)."""
    data = yaml.load(pledge_text, Loader=yaml.CSafeLoader)
    start = data["pledge"]["period"]["start"]
    lines = [f'option "title" "{data["pledge"]["title"]}"', "",
             f"{start} open Equity:Pledge"]
    lines += [f"{start} open {_account(t['id'])}" for t in data["targets"]]
    lines.append("")
    for event in data.get("events") or []:
        targets = event["target"] if isinstance(event["target"], list) else [event["target"]]
        place = str(event.get("place", "")).replace('"', "'")
        note = str(event.get("note", "")).replace('"', "'")
        lines.append(f'{event["date"]} * "{place}" "{note}"')
        lines.append(f"  {_account(targets[0])}  {event.get('count', 1)} ACT")
        lines.append("  Equity:Pledge")
        lines.append("")
    return "\n".join(lines)


def journal_of(pledge_text: str) -> str:
    """The same ledger as an hledger journal (accounts and the commodity declared, for
    `hledger check -s`, as beancount requires its accounts opened)."""
    data = yaml.load(pledge_text, Loader=yaml.CSafeLoader)
    lines = ["commodity 1. ACT", "account equity:pledge"]
    lines += [f"account {_account(t['id']).lower()}" for t in data["targets"]]
    lines.append("")
    for event in data.get("events") or []:
        targets = event["target"] if isinstance(event["target"], list) else [event["target"]]
        place = str(event.get("place", "")).replace("|", "/")
        note = str(event.get("note", "")).replace("|", "/")
        lines.append(f"{event['date']} * {place} | {note}")
        lines.append(f"    {_account(targets[0]).lower()}  {event.get('count', 1)} ACT")
        lines.append("    equity:pledge")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__" and sys.argv[1].endswith(".journal"):  # hledger's, the same way
    texts = [Path(name).read_text(encoding="utf-8") for name in sys.argv[2:]]
    first = journal_of(texts[0])
    bodies = [journal_of(t).split("\n\n", 1)[1] for t in texts[1:]]
    Path(sys.argv[1]).write_text("\n\n".join([first, *bodies]), encoding="utf-8")
elif __name__ == "__main__":  # python ledger.py OUT.beancount PLEDGE.yaml...
    texts = [Path(name).read_text(encoding="utf-8") for name in sys.argv[2:]]
    first = ledger_of(texts[0])
    bodies = [ledger_of(t).split("\n\n", 2)[2] for t in texts[1:]]  # accounts opened once
    Path(sys.argv[1]).write_text("\n\n".join([first, *bodies]), encoding="utf-8")
