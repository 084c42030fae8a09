"""Messages of the `status` area: status words, summaries, table headings, `status`/`events`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # Status words (one per core.progress.Status value)
    "status.word.met": ("uppfyllt", "fulfilled"),
    "status.word.on_track": ("i fas", "on track"),
    "status.word.behind": ("efter plan", "behind"),
    "status.word.partly_missed": ("delvis missat", "partly missed"),
    "status.word.not_started": ("ej påbörjat", "not started"),
    "status.word.not_met": ("ej uppfyllt", "not fulfilled"),
    "status.word.done": ("klart", "done"),
    "status.word.in_progress": ("pågår", "in progress"),
    "status.word.not_done": ("ej klart", "not done"),
    "status.word.active": ("aktivt", "active"),
    "status.word.inactive": ("inaktivt", "inactive"),
    "status.word.carried_out": ("genomfört", "carried out"),
    "status.word.not_carried_out": ("ej genomfört", "not carried out"),
    "status.word.carried_forward": ("förs vidare", "carried forward"),
    "status.word.closed_early": ("avslutat i förtid", "ended early"),
    "status.word.dropped": ("struket", "dropped"),
    "status.cat.none": ("inga löften", "no commitments"),
    # Amounts and goals
    "status.amount.approx": ("ca {n}", "about {n}"),
    "status.amount.at_least": ("minst {n}", "at least {n}"),
    "status.goal.at_least": ("minst {n}", "at least {n}"),
    "status.done_on": ("klart {date}", "done {date}"),
    "status.activities": ("{n} aktiviteter", "{n} activities"),
    "status.activity_n": ("{n} aktivitet", "{n} activity"),
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
        "Visa hur det går med löftena: uppfyllda, i fas, efter plan, missade. "
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
        "Bara löften med denna status, t.ex. 'efter plan', 'missat', 'i fas'",
        "Only commitments with this status, e.g. 'behind', 'missed', 'on track'",
    ),
    "status.opt.by": ("Gruppera efter ägare (standard) eller prioritering",
                      "Group by owner (default) or priority"),
    "status.opt.format": ("Utdata: tabell (standard), markdown, json, csv (för Excel) eller "
                          "csv-maskin (för program)",
                          "Output: table (default), markdown, json, csv (for Excel) or "
                          "csv-machine (for programs)"),
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
        "{option}: okänd gruppering '{value}': välj {choices}",
        "{option}: unknown grouping '{value}': choose {choices}",
    ),
})

MESSAGES.update({
    # The one vocabulary (issue 10): the summary counts the rows' own words
    "status.summary": ("{total} löften: {parts}", "{total} commitments: {parts}"),
    "status.summary.one": ("1 löfte: {parts}", "1 commitment: {parts}"),
    "status.outcome_lead": ("Utfall: {summary}", "Outcome: {summary}"),
    "status.heading.over": (
        "Period {start} – {end} · perioden är slut · läget {today}",
        "Period {start} – {end} · the period has ended · as of {today}",
    ),
    "status.heading.extended": ("förlängd", "extended"),
    "status.overridden": ("(ersatt av beslut)", "(overridden by a decision)"),
    "status.decided": ("beslut {date}", "decided {date}"),
    "status.decided_undated": ("beslut", "decided"),
    "status.grounds": ("motivering: {reason}", "grounds: {reason}"),
    "status.computed": ("beräknat: {status}", "computed: {status}"),
    "status.rate.missed": ("missat: {periods}", "missed: {periods}"),
    "status.per_one.week": ("vecka {n} av {total}", "week {n} of {total}"),
    "status.per_one.month": ("månad {n} av {total}", "month {n} of {total}"),
    "status.per_one.quarter": ("kvartal {n} av {total}", "quarter {n} of {total}"),
    "status.per_one.tertial": ("tertial {n} av {total}", "tertial {n} of {total}"),
    "status.per_one.half-year": ("halvår {n} av {total}", "half-year {n} of {total}"),
    "status.per_one.year": ("år {n} av {total}", "year {n} of {total}"),
    "status.label.week": ("v. {n}", "w. {n}"),
    "status.label.quarter": ("kv. {n}", "Q{n}"),
    "status.label.tertial": ("T{n}", "T{n}"),
    "status.label.half-year": ("H{n}", "H{n}"),
    **{f"status.label.month.{i}": names for i, names in enumerate(zip(
        ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        strict=True), start=1)},
    "status.events.records": ("{n} poster, {amount}", "{n} records, {amount}"),
})
