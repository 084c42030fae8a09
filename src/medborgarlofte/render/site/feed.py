"""Atom feeds (RFC 4287) of a pledge's activities and status changes, and of the whole site.

An entry per activity (when it starts to count: its last day) and per status change (see
core.progress.history). Ids are `urn:uuid:` names derived (uuid5) from the pledge's id and
what the entry is about, so they stay the same on every rebuild; every date comes from the
data, never the clock. Entries are newest first, ties in a fixed order.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass, replace
from xml.sax.saxutils import escape, quoteattr

from medborgarlofte.core.progress.types import last_day
from medborgarlofte.core.schema.model import Event
from medborgarlofte.i18n import t
from medborgarlofte.render.report.text import activity_amount, join_names
from medborgarlofte.render.site import paths
from medborgarlofte.render.site.frame import absolute
from medborgarlofte.render.site.model import Site, SitePledge
from medborgarlofte.render.words import status_word

_NAMESPACE = uuid.UUID("6f1f7c1e-3f0b-5b8e-9a57-2f4e1c9d0a11")
"""The namespace of the site's entry ids (a fixed, made-up UUID: changing it changes every id)."""


@dataclass(frozen=True)
class Entry:
    """One feed entry."""

    id: str
    day: dt.date
    title: str
    summary: str
    link: str
    """Site path of the page the entry is about."""


def urn(name: str) -> str:
    """A stable id: 'urn:uuid:' and the uuid5 of `name`."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, name)}"


def activity_key(event: Event) -> str:
    """What an activity is, as text: the same record gives the same key on every build."""
    fields = (event.date, event.until, tuple(event.target), event.count, event.qualifier,
              event.place, event.note, event.reference, event.done)
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()[:32]


def pledge_entries(sp: SitePledge, lang: str) -> list[Entry]:
    """Every activity and status change of one pledge, up to the day it is judged on."""
    texts = {c.progress.id: c.progress.text for c in sp.report.commitments}
    entries = []
    seen: dict[str, int] = {}
    for event in sp.pledge.event_list:
        day = last_day(event)
        if not sp.pledge.pledge.period.start <= day <= sp.as_of:
            continue
        key = activity_key(event)
        seen[key] = seen.get(key, 0) + 1  # the same record twice is two activities
        targets = list(dict.fromkeys(event.target))
        summary = [t("site.feed.activity_count", lang, count=activity_amount(event, lang))]
        if event.place:
            summary.append(t("site.feed.place", lang, place=event.place))
        if event.note:
            summary.append(event.note)
        entries.append(Entry(
            urn(f"{sp.id}/activity/{key}/{seen[key]}"), day,
            t("site.feed.activity", lang, date=day.isoformat(),
              commitments=join_names([texts.get(x, x) for x in targets], lang)),
            " ".join(summary), paths.commitment_page(sp.id, targets[0])))
    for change in sp.changes:
        entries.append(Entry(
            urn(f"{sp.id}/status/{change.target_id}/{change.day.isoformat()}"), change.day,
            t("site.feed.status", lang, commitment=texts[change.target_id],
              status=status_word(change.after, lang)),
            t("site.feed.status_summary", lang, date=change.day.isoformat(),
              before=status_word(change.before, lang), after=status_word(change.after, lang)),
            paths.commitment_page(sp.id, change.target_id)))
    return entries


def render_feed(site: Site, lang: str, path: str, title: str, entries: list[Entry],
                authors: list[str], updated: dt.date, alternate: str) -> str:
    """One Atom document at site path `path`."""
    base = site.base_url
    ordered = sorted(entries, key=lambda e: (-e.day.toordinal(), e.id))
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">',
             f"<id>{urn(f'feed/{path}')}</id>",
             f"<title>{escape(title)}</title>",
             f"<updated>{_stamp(updated)}</updated>",
             f'<link rel="self" type="application/atom+xml" '
             f"href={quoteattr(absolute(base, path, path))}/>",
             f'<link rel="alternate" type="text/html" '
             f"href={quoteattr(absolute(base, alternate, path))}/>",
             *(f"<author><name>{escape(a)}</name></author>" for a in authors),
             '<generator>pledge</generator>']
    for entry in ordered:
        lines += ["<entry>", f"<id>{entry.id}</id>", f"<title>{escape(entry.title)}</title>",
                  f"<updated>{_stamp(entry.day)}</updated>",
                  f'<link rel="alternate" type="text/html" '
                  f"href={quoteattr(absolute(base, entry.link, path))}/>",
                  f'<summary type="text">{escape(entry.summary)}</summary>', "</entry>"]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _stamp(day: dt.date) -> str:
    """An RFC 3339 date-time: the day at midnight UTC (the data knows days, not hours)."""
    return f"{day.isoformat()}T00:00:00Z"


def pledge_feed(site: Site, sp: SitePledge, lang: str) -> str:
    names = [name for _, name in sp.report.progress.parties] or [sp.pledge.pledge.municipality]
    return render_feed(site, lang, paths.pledge_feed(sp.id),
                       t("site.feed_pledge", lang, name=f"{sp.pledge.pledge.title}, "
                                                      f"{sp.pledge.pledge.municipality}"),
                       pledge_entries(sp, lang), names, sp.updated, paths.pledge_page(sp.id))


def site_feed(site: Site, lang: str) -> str:
    """Every pledge's entries, each title led by its pledge (the ids are the same)."""
    entries = [replace(e, title=f"{sp.pledge.pledge.municipality} "
                                f"{sp.pledge.pledge.period.start.year}: {e.title}")
               for sp in site.pledges for e in pledge_entries(sp, lang)]
    names = list(dict.fromkeys(name for sp in site.pledges
                               for _, name in sp.report.progress.parties))
    return render_feed(site, lang, paths.SITE_FEED, t("site.feed_site", lang), entries,
                       names or ["pledge"], site.updated, paths.start_page())
