"""Messages of the `status` area: status words, summaries, table headings, `status`/`events`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Status words (one per core.progress.Status value)
    "status.word.met": ("uppfyllt", "met"),
    "status.word.on_track": ("i fas", "on track"),
    "status.word.behind": ("efter plan", "behind"),
    "status.word.not_started": ("ej påbörjat", "not started"),
    "status.word.missed": ("ej uppnått", "missed"),
    "status.word.done": ("klart", "done"),
    "status.word.in_progress": ("pågår", "in progress"),
    "status.word.overdue": ("försenat", "overdue"),
    "status.word.active": ("aktivt", "active"),
    "status.word.inactive": ("inaktivt", "inactive"),
    "status.word.carried_forward": ("förs vidare", "carried forward"),
    "status.word.closed_early": ("avslutat i förtid", "closed early"),
    "status.word.dropped": ("struket", "dropped"),
    "status.word.not_met": ("ej uppfyllt", "not met"),
    # Summary categories, as counted in the summary line ("2 uppfyllda")
    "status.cat.met": ("{n} uppfyllda", "{n} met"),
    "status.cat.on_track": ("{n} av {total} löften i fas", "{n} of {total} commitments on track"),
    "status.cat.not_started": ("{n} ej påbörjade", "{n} not started"),
    "status.cat.behind": ("{n} efter plan", "{n} behind"),
    "status.cat.missed": ("{n} ej uppnådda", "{n} missed"),
    "status.cat.ended": ("{n} avslutade", "{n} ended"),
    "status.cat.none": ("inga löften", "no commitments"),
    "status.cat.met.one": ("1 uppfyllt", "1 met"),
    "status.cat.on_track.one": ("{n} av 1 löfte i fas", "{n} of 1 commitment on track"),
    "status.cat.not_started.one": ("1 ej påbörjat", "1 not started"),
    "status.cat.behind.one": ("1 efter plan", "1 behind"),
    "status.cat.missed.one": ("1 ej uppnått", "1 missed"),
    "status.cat.ended.one": ("1 avslutat", "1 ended"),
    # Amounts and goals
    "status.amount.approx": ("ca {n}", "about {n}"),
    "status.amount.at_least": ("minst {n}", "at least {n}"),
    "status.goal.at_least": ("minst {n}", "at least {n}"),
    "status.done_on": ("klart {date}", "done {date}"),
    "status.rate.now": ("nu {done}/{required}", "now {done}/{required}"),
    "status.activities": ("{n} aktiviteter", "{n} activities"),
    "status.activity": ("1 aktivitet", "1 activity"),
    "status.per.week": ("veckor", "weeks"),
    "status.per.month": ("månader", "months"),
    "status.per.quarter": ("kvartal", "quarters"),
    "status.per.tertial": ("tertial", "tertials"),
    "status.per.half-year": ("halvår", "half-years"),
    "status.per.year": ("år", "years"),
    "status.per_unit.week": ("per vecka", "per week"),
    "status.per_unit.month": ("per månad", "per month"),
    "status.per_unit.quarter": ("per kvartal", "per quarter"),
    "status.per_unit.tertial": ("per tertial", "per tertial"),
    "status.per_unit.half-year": ("per halvår", "per half-year"),
    "status.per_unit.year": ("per år", "per year"),
    # Owner groups
    "status.group.police": ("Polisen", "The police"),
    "status.group.municipality": ("Kommunen", "The municipality"),
    "status.group.joint": ("Tillsammans", "Joint"),
    "status.group.other": ("Övriga parter", "Other parties"),
    "status.group.no_priority": ("Utan prioritering", "No priority"),
    # Indicator trends
    "status.trend.better": ("bättre", "better"),
    "status.trend.worse": ("sämre", "worse"),
    "status.trend.unchanged": ("oförändrat", "unchanged"),
    "status.trend.changed": ("förändrat", "changed"),
    "status.trend.no_data": ("för få mätningar", "too few measurements"),
    "status.direction.increase": ("ska öka", "should increase"),
    "status.direction.decrease": ("ska minska", "should decrease"),
    "status.direction.none": ("ingen riktning", "no direction"),
}

MESSAGES.update({
    # The status table
    "status.heading.period": (
        "Period {start} – {end} · läget {today}",
        "Period {start} – {end} · as of {today}",
    ),
    "status.col.status": ("Status", "Status"),
    "status.col.target": ("Löfte", "Commitment"),
    "status.col.done": ("Utfört", "Done"),
    "status.col.last": ("Senast", "Last"),
    "status.reason": ("skäl: {reason}", "reason: {reason}"),
    "status.indicators": ("Effektmål", "Effect goals"),
    "status.col.indicator": ("Indikator", "Indicator"),
    "status.col.latest": ("Senaste värde", "Latest value"),
    "status.col.direction": ("Mål", "Goal"),
    "status.dir.increase": ("↑ öka", "↑ up"),
    "status.dir.decrease": ("↓ minska", "↓ down"),
    "status.dir.none": ("–", "–"),
    "status.col.change": ("Förändring", "Change"),
    "status.col.trend": ("Bedömning", "Assessment"),
})

MESSAGES.update({
    # Roll-up of several pledges
    "status.rollup.title": (
        "{n} medborgarlöften · läget {today}", "{n} citizen pledges · as of {today}",
    ),
    "status.rollup.total": ("Totalt", "Total"),
    "status.col.pledge": ("Medborgarlöfte", "Pledge"),
    "status.col.count": ("Löften", "Commitments"),
    "status.legend.met": ("uppfyllda", "met"),
    "status.legend.on_track": ("i fas", "on track"),
    "status.legend.not_started": ("ej påbörjade", "not started"),
    "status.legend.behind": ("efter plan", "behind"),
    "status.legend.missed": ("ej uppnådda", "missed"),
    "status.legend.ended": ("avslutade", "ended"),
})

MESSAGES.update({
    # pledge events
    "status.events.heading": (
        "Aktiviteter · {title} · {municipality} · läget {today}",
        "Activities · {title} · {municipality} · as of {today}",
    ),
    "status.col.date": ("Datum", "Date"),
    "status.col.amount": ("Antal", "Count"),
    "status.col.by": ("Av", "By"),
    "status.col.place": ("Plats", "Place"),
    "status.col.note": ("Anteckning", "Note"),
})

MESSAGES.update({
    # Help texts and usage errors of `pledge status` / `pledge events`
    "status.help": (
        "Visa hur det går med löftena: uppfyllda, i fas, efter plan, ej uppnådda. "
        "Exempel: pledge status --as-of 2024-08-31",
        "Show where every commitment stands: met, on track, behind, missed. "
        "Example: pledge status --as-of 2024-08-31",
    ),
    "status.events.help": (
        "Visa aktivitetsloggen, senaste först. Exempel: pledge events --from 2024-05-01",
        "Show the activity log, newest first. Example: pledge events --from 2024-05-01",
    ),
    "status.opt.paths": (
        "Löftesfiler eller kataloger (flera ger en sammanställning)",
        "Pledge files or directories (several give a roll-up)",
    ),
    "status.opt.as_of": (
        "Läget per detta datum (ÅÅÅÅ-MM-DD); senare aktiviteter räknas inte",
        "The status as of this date (YYYY-MM-DD); later activities are ignored",
    ),
    "status.opt.party": ("Bara löften som denna part äger (id)",
                         "Only commitments this party owns (id)"),
    "status.opt.priority": ("Bara löften inom denna prioritering (id)",
                            "Only commitments under this priority (id)"),
    "status.opt.target": ("Bara detta löfte (id)", "Only this commitment (id)"),
    "status.opt.status": (
        "Bara löften med denna status, t.ex. 'efter plan', 'ej uppnått', 'i fas'",
        "Only commitments with this status, e.g. behind, missed, on_track",
    ),
    "status.opt.by": ("Gruppera efter ägare (standard) eller prioritering",
                      "Group by owner (default) or priority"),
    "status.opt.format": ("Utdata: table, markdown, json, csv (för Excel) eller csv-machine "
                          "(för program)",
                          "Output: table, markdown, json, csv (for Excel) or csv-machine "
                          "(for programs)"),
    "status.opt.from": ("Bara aktiviteter från detta datum", "Only activities from this date"),
    "status.opt.to": ("Bara aktiviteter till och med detta datum",
                      "Only activities up to this date"),
    "status.bad_date": (
        "{option}: '{value}' är inget datum (ÅÅÅÅ-MM-DD)",
        "{option}: '{value}' is not a date (YYYY-MM-DD)",
    ),
    "status.future_as_of": (
        "--as-of {value} ligger efter dagens datum {today}",
        "--as-of {value} is after today, {today}",
    ),
    "status.from_after_to": (
        "--from {start} ligger efter --to {end}", "--from {start} is after --to {end}",
    ),
    "status.empty_dir": (
        "katalogen {path} har inga .yaml-filer", "the directory {path} has no .yaml files",
    ),
    "status.unknown_id_guess": (
        "{option}: okänt id '{value}' – menade du '{guess}'?",
        "{option}: unknown id '{value}' – did you mean '{guess}'?",
    ),
    "status.unknown_id": (
        "{option}: okänt id '{value}' – kända: {known}",
        "{option}: unknown id '{value}' – known: {known}",
    ),
    "status.bad_status": (
        "--status: okänd status '{value}': välj {choices}",
        "--status: unknown status '{value}': choose {choices}",
    ),
    "status.bad_by": (
        "--by: okänd gruppering '{value}': välj {choices}",
        "--by: unknown grouping '{value}': choose {choices}",
    ),
})
