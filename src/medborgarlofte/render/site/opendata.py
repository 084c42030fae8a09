"""Open data of a pledge: JSON (format `pledge-site-data`, version 1, described by
schema/site-data-v1.schema.json and docs/site-data.md) and CSV (the report's tables).

The JSON holds the pledge as published (parties, priorities, commitments, effect goals,
activities) and its computed status on the day it is judged on, with the status changes and
the follow-up periods. The status of each commitment is the record `pledge status --format
json` writes, so the two cannot disagree. Keys are written sorted, so a build is byte-stable.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from medborgarlofte.core.schema.model import Event, Measurement
from medborgarlofte.render.report.csv_table import render_report_csv
from medborgarlofte.render.site import paths
from medborgarlofte.render.site.model import SitePledge
from medborgarlofte.render.status_formats import indicator_record, summary_record, target_record

DATA_FORMAT, DATA_VERSION = "pledge-site-data", 1


def schema_text() -> str:
    """The JSON Schema of the data, as published in the site (and kept in the package)."""
    return files("medborgarlofte.render.site").joinpath(
        "site-data-v1.schema.json").read_text(encoding="utf-8")


def _event(event: Event) -> dict[str, Any]:
    return {"date": event.date.isoformat(),
            "until": event.until.isoformat() if event.until else None,
            "targets": list(event.target), "count": event.count, "qualifier": event.qualifier,
            "by": list(event.by) if event.by else None, "participants": event.participants,
            "place": event.place, "note": event.note, "reference": event.reference,
            "done": event.done}


def _measurement(m: Measurement) -> dict[str, Any]:
    return {"date": m.date.isoformat(), "value": m.value, "source": m.source, "note": m.note}


def pledge_data(sp: SitePledge, lang: str) -> dict[str, Any]:
    """The JSON object of one pledge."""
    pledge, info = sp.pledge, sp.pledge.pledge
    home = paths.pledge_json(sp.id)
    commitments = []
    for c in sp.report.commitments:
        record = target_record(c.progress, lang)
        record["page"] = paths.href(home, paths.commitment_page(sp.id, c.progress.id))
        record["owner_names"] = list(c.owner_names)
        commitments.append(record)
    indicators = []
    for item, source in zip(sp.report.indicators, pledge.indicators, strict=True):
        record = indicator_record(item.progress)
        record["page"] = paths.href(home, paths.indicator_page(sp.id, item.progress.id))
        record["baseline"] = _measurement(source.baseline) if source.baseline else None
        record["values"] = [_measurement(m) for m in item.measurements]
        indicators.append(record)
    return {
        "$schema": paths.href(home, paths.SCHEMA),
        "format": DATA_FORMAT, "version": DATA_VERSION, "id": sp.id, "language": lang,
        "updated": sp.updated.isoformat(), "as_of": sp.as_of.isoformat(),
        "pledge": {
            "title": info.title, "municipality": info.municipality,
            "police_area": info.police_area, "language": info.language,
            "period": {"start": info.period.start.isoformat(), "end": info.end.isoformat()},
            "follow_up": info.cadence, "sources": list(info.sources),
            "parties": [{"id": pid, "name": p.name, "kind": p.kind}
                        for pid, p in pledge.parties.items()],
            "priorities": [{"id": p.id, "title": p.title, "text": p.text}
                           for p in pledge.priorities],
        },
        "summary": summary_record(sp.report.progress.summary),
        "commitments": commitments,
        "indicators": indicators,
        "activities": [_event(e) for e in pledge.event_list],
        "status_changes": [{"date": c.day.isoformat(), "target": c.target_id,
                            "from": c.before.value, "to": c.after.value} for c in sp.changes],
        "periods": [{"label": pr.period.label, "start": pr.period.start.isoformat(),
                     "end": pr.period.end.isoformat(),
                     "as_of": pr.report.window.end.isoformat(),
                     "summary": summary_record(pr.report.progress.summary),
                     "page": paths.href(home, paths.period_page(sp.id, pr.period.label))}
                    for pr in sp.periods],
    }


def pledge_json(sp: SitePledge, lang: str) -> str:
    return json.dumps(pledge_data(sp, lang), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def pledge_csv(sp: SitePledge, lang: str) -> str:
    """The commitments for the whole period so far: the report's CSV table."""
    return render_report_csv(sp.report, lang, "commitments")


def activities_csv(sp: SitePledge, lang: str) -> str:
    return render_report_csv(sp.report, lang, "activities")
