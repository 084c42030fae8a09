"""Messages of the `report` area: `pledge report` options and errors, and the report's text."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the command
    "report.help": (
        "Skapa en uppföljningsrapport för medborgarna: tillgänglig webbsida (HTML), "
        "Markdown, CSV eller Excel (XLSX). Standardperiod: den senast avslutade "
        "uppföljningsperioden (tertial, kvartal, ...). Siffrorna är desamma som "
        "`pledge status --as-of` periodens sista dag.\n\n"
        "Exempel: [bold]pledge report --period 2024-T2 -o rapport.html[/bold]",
        "Produce a follow-up report for citizens: an accessible web page (HTML), Markdown, "
        "CSV or Excel (XLSX). Default period: the latest completed follow-up period "
        "(tertial, quarter, ...). The numbers are those of `pledge status --as-of` the "
        "period's last day.\n\n"
        "Example: [bold]pledge report --period 2024-T2 -o report.html[/bold]",
    ),
    "report.opt.period": (
        "Period: 2024-T1..T3 (tertial), 2024-Q1..Q4, 2024-H1/H2 eller 2024.",
        "Period: 2024-T1..T3 (tertial), 2024-Q1..Q4, 2024-H1/H2 or 2024.",
    ),
    "report.opt.from": (
        "Första dag (ÅÅÅÅ-MM-DD) i stället för --period (standard: löftets början).",
        "First day (YYYY-MM-DD) instead of --period (default: the pledge's start).",
    ),
    "report.opt.to": (
        "Sista dag (ÅÅÅÅ-MM-DD) i stället för --period (standard: idag).",
        "Last day (YYYY-MM-DD) instead of --period (default: today).",
    ),
    "report.opt.format": (
        "webbsida (html), markdown (md), csv eller excel (xlsx) (standard: filändelsen i -o, "
        "annars webbsida).",
        "html, md, csv or xlsx (default: the extension of -o, else html).",
    ),
    "report.opt.output": (
        "Skriv till filen (standard: standardutmatningen; i en terminal rapport-PERIOD.html; "
        "xlsx kräver -o).",
        "Write to this file (default: standard output; on a terminal report-PERIOD.html; "
        "xlsx needs -o).",
    ),
    "report.opt.table": (
        "För csv: löften (standard), aktiviteter, indikatorer eller mätningar.",
        "For csv: commitments (default), activities, indicators or measurements.",
    ),
    "report.bad_date": (
        "{option} '{value}' är inget datum (ÅÅÅÅ-MM-DD)",
        "{option} '{value}' is not a date (YYYY-MM-DD)",
    ),
    "report.bad_table": (
        "okänd tabell '{value}': välj {choices}", "unknown table '{value}': choose {choices}",
    ),
    "report.bad_period": (
        "okänd period '{value}': skriv t.ex. 2024-T2, 2024-Q3, 2024-H1 eller 2024",
        "unknown period '{value}': write e.g. 2024-T2, 2024-Q3, 2024-H1 or 2024",
    ),
    "report.period_and_dates": (
        "ange antingen --period eller --from/--to, inte båda",
        "give either --period or --from/--to, not both",
    ),
    "report.period_outside": (
        "perioden {label} ligger utanför löftets period {start} – {end}",
        "the period {label} is outside the pledge's period {start} – {end}",
    ),
    "report.window_outside": (
        "{from} – {to} ligger utanför löftets period {start} – {end}",
        "{from} – {to} is outside the pledge's period {start} – {end}",
    ),
    "report.period_future": (
        "{label} har inte börjat än (börjar {start})",
        "{label} has not begun yet (begins {start})",
    ),
    "report.from_after_to": (
        "--from {start} ligger efter --to {end}",
        "--from {start} is after --to {end}",
    ),
    "report.no_completed_period": (
        "ingen uppföljningsperiod är avslutad än (den första, {label}, slutar {end}); "
        "ange --period eller --from/--to",
        "no follow-up period has ended yet (the first, {label}, ends {end}); "
        "give --period or --from/--to",
    ),
    "report.unknown_suffix": (
        "vet inte vilket format '{suffix}' är: ange --format html, md, csv eller xlsx",
        "cannot tell the format of '{suffix}': give --format html, md, csv or xlsx",
    ),
    "report.xlsx_needs_output": (
        "xlsx är en binärfil: ange en fil med -o, t.ex. -o rapport.xlsx",
        "xlsx is a binary file: give a file with -o, e.g. -o report.xlsx",
    ),
    "report.write_failed": (
        "kan inte skriva {path}: {detail}",
        "cannot write {path}: {detail}",
    ),
    "report.blocked": (
        "ingen rapport skapad: {file} har fel (se ovan); rätta dem och kör igen",
        "no report produced: {file} has errors (see above); fix them and run again",
    ),
    "report.written": ("skrev {path} ({window})", "wrote {path} ({window})"),
    # --- the report: header and summary
    "report.kicker": ("Uppföljning av medborgarlöfte", "Follow-up of a citizen promise"),
    "report.doc_title": ("{title} – uppföljning {window}", "{title} – follow-up {window}"),
    "report.from_parties": (
        "Ett löfte från {parties} till medborgarna i {municipality}.",
        "A promise from {parties} to the people of {municipality}.",
    ),
    "report.police_area": ("Lokalpolisområde", "Local police area"),
    "report.and": ("och", "and"),
    "report.window": ("Rapportperiod", "Report period"),
    "report.window_ongoing": (
        "perioden pågår till {end}; siffrorna gäller {today}",
        "the period runs until {end}; the numbers are as of {today}",
    ),
    "report.pledge_period": ("Löftets period", "Period of the pledge"),
    "report.extended": ("förlängt till {date}", "extended to {date}"),
    "report.produced": ("Framtagen", "Produced"),
    "report.summary_h": ("Sammanfattning", "Summary"),
    "report.summary_as_of": ("Läget {date}: {summary}.", "As of {date}: {summary}."),
    "report.overview_caption": (
        "Alla löften: status och vad som har gjorts",
        "All commitments: status and what has been done",
    ),
    "report.situation_h": ("Situationen idag", "The situation today"),
    "report.commitments_h": ("Löften och resultat", "Commitments and results"),
    "report.bar_legend": (
        "Stapeln visar hur mycket av målet som är gjort; det lodräta strecket visar var "
        "löftet borde vara vid jämn takt.",
        "The bar shows how much of the goal is done; the vertical line shows where the "
        "commitment should be at an even pace.",
    ),
    "report.other_commitments": ("Övriga löften", "Other commitments"),
    # --- one commitment
    "report.owner": ("Ansvarig", "Responsible"),
    "report.partners": ("Tillsammans med", "Together with"),
    "report.places": ("Platser", "Places"),
    "report.condition": ("Villkor", "Condition"),
    "report.goal": ("Mål", "Goal"),
    "report.goal_note": ("Om målet", "About the goal"),
    "report.status": ("Status", "Status"),
    "report.reason": ("Beslutat utfall", "Recorded outcome"),
    "report.due": ("Ska vara klart", "Due"),
    "report.done_window": ("Genomfört under perioden", "Done in the period"),
    "report.done_total": ("Genomfört totalt", "Done in total"),
    "report.goal.milestone": ("genomförs en gång (delmål)", "done once (a milestone)"),
    "report.goal.ongoing": ("löpande arbete utan måltal", "ongoing work without a number"),
    "report.of_goal": ("{done} av {goal}", "{done} of {goal}"),
    "report.expected": (
        "Förväntat till {date}: {expected}", "Expected by {date}: {expected}",
    ),
    "report.forecast": (
        "I samma takt: {forecast} till {due}", "At the same pace: {forecast} by {due}",
    ),
    "report.periods_met": (
        "{met} av {elapsed} avslutade {per} uppfyllda ({total} totalt)",
        "{met} of {elapsed} ended {per} met ({total} in all)",
    ),
    "report.milestone_open": ("inte klart", "not done"),
    "report.bar_label": (
        "{title}: {progress}. Förväntat vid periodens slut: {expected}.",
        "{title}: {progress}. Expected at the end of the period: {expected}.",
    ),
    "report.bar_label_plain": ("{title}: {progress}.", "{title}: {progress}."),
    "report.activities_caption": ("Aktiviteter under perioden", "Activities in the period"),
    "report.no_activities": (
        "Inga aktiviteter registrerade under perioden.",
        "No activities recorded in the period.",
    ),
    # --- indicators, chart, signatories, footer
    "report.indicators_h": ("Effektmål", "Effect goals"),
    "report.no_measurements": ("Inga mätningar ännu.", "No measurements yet."),
    "report.measurements_caption": ("Mätningar: {text}", "Measurements: {text}"),
    "report.latest": ("Senaste värde", "Latest value"),
    "report.reference": ("Jämfört med", "Compared with"),
    "report.change": ("Förändring", "Change"),
    "report.trend": ("Utveckling", "Trend"),
    "report.direction": ("Riktning", "Direction"),
    "report.chart_h": ("Aktiviteter över tid", "Activities over time"),
    "report.chart_desc": (
        "Sammanlagt {total} aktiviteter från {start} till {end}, varav {window} under "
        "rapportperioden.",
        "In all {total} activities from {start} to {end}, of which {window} in the report "
        "period.",
    ),
    "report.chart_note": (
        "En aktivitet som gäller flera löften räknas en gång.",
        "An activity that serves several commitments counts once.",
    ),
    "report.chart_shaded": ("Rapportperioden är markerad.", "The report period is shaded."),
    "report.chart_caption": ("Aktiviteter per månad", "Activities per month"),
    "report.signatories_h": ("Undertecknat av", "Signed by"),
    "report.sources": ("Publicerat", "Published"),
    "report.footer": (
        "Rapporten är framtagen {date} ur löftesfilen med verktyget pledge.",
        "This report was produced on {date} from the pledge file with the pledge tool.",
    ),
    # --- column headings (tables, CSV, XLSX)
    "report.col.id": ("Id", "Id"),
    "report.col.commitment": ("Löfte", "Commitment"),
    "report.col.priority": ("Prioritering", "Priority"),
    "report.col.owner": ("Ansvarig", "Responsible"),
    "report.col.goal": ("Mål", "Goal"),
    "report.col.goal_number": ("Måltal", "Goal number"),
    "report.col.unit": ("Enhet", "Unit"),
    "report.col.status": ("Status", "Status"),
    "report.col.status_id": ("Statuskod", "Status code"),
    "report.col.in_window": ("I perioden", "In the period"),
    "report.col.in_window_q": ("I perioden, ca/minst", "In the period, about/at least"),
    "report.col.total": ("Totalt", "In total"),
    "report.col.total_q": ("Totalt, ca/minst", "In total, about/at least"),
    "report.col.activities_window": ("Aktiviteter i perioden", "Activities in the period"),
    "report.col.activities_total": ("Aktiviteter totalt", "Activities in total"),
    "report.col.expected": ("Förväntat", "Expected"),
    "report.col.forecast": ("Prognos", "Forecast"),
    "report.col.periods_met": ("Delperioder uppfyllda", "Sub-periods met"),
    "report.col.periods_elapsed": ("Delperioder avslutade", "Sub-periods ended"),
    "report.col.completed_on": ("Klart den", "Done on"),
    "report.col.last_activity": ("Senaste aktivitet", "Last activity"),
    "report.col.due": ("Slutdatum", "Due"),
    "report.col.reason": ("Beslutat utfall", "Recorded outcome"),
    "report.col.date": ("Datum", "Date"),
    "report.col.until": ("Till och med", "Until"),
    "report.col.count": ("Antal", "Count"),
    "report.col.qualifier": ("Ca/minst", "About/at least"),
    "report.col.place": ("Plats", "Place"),
    "report.col.note": ("Anteckning", "Note"),
    "report.col.participants": ("Deltagare", "Participants"),
    "report.col.by": ("Utfört av", "Done by"),
    "report.col.indicator": ("Indikator", "Indicator"),
    "report.col.direction": ("Riktning", "Direction"),
    "report.col.ref_date": ("Jämförelsedatum", "Reference date"),
    "report.col.ref_value": ("Jämförelsevärde", "Reference value"),
    "report.col.latest_date": ("Senaste datum", "Latest date"),
    "report.col.latest_value": ("Senaste värde", "Latest value"),
    "report.col.change": ("Förändring", "Change"),
    "report.col.trend": ("Utveckling", "Trend"),
    "report.col.measurements": ("Antal mätningar", "Measurements"),
    "report.col.value": ("Värde", "Value"),
    "report.col.source": ("Källa", "Source"),
    "report.col.month": ("Månad", "Month"),
    "report.col.field": ("Uppgift", "Field"),
    "report.q.approx": ("ca", "about"),
    "report.q.at_least": ("minst", "at least"),
    "report.sheet.commitments": ("Löften", "Commitments"),
    "report.sheet.activities": ("Aktiviteter", "Activities"),
    "report.sheet.indicators": ("Indikatorer", "Indicators"),
    "report.sheet.measurements": ("Mätningar", "Measurements"),
    "report.sheet.about": ("Om rapporten", "About"),
    "report.title": ("Titel", "Title"),
    "report.window_start": ("Rapportperiodens första dag", "First day of the report period"),
    "report.window_end": (
        "Rapportperiodens sista dag (siffrorna gäller då)",
        "Last day of the report period (the numbers are as of it)",
    ),
    "report.pledge_start": ("Löftet gäller från", "The pledge runs from"),
    "report.pledge_end": ("Löftet gäller till", "The pledge runs until"),
    "report.municipality": ("Kommun", "Municipality"),
    # --- month names, for dates in running text
    **{f"report.month.{i}": names for i, names in enumerate(zip(
        ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
         "september", "oktober", "november", "december"),
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"), strict=True), start=1)},
}

MESSAGES.update({
    # After the period (issue 10): the report leads with the outcome
    "report.final_lede": (
        "Löftesperioden slutade {end}; rapporten visar utfallet.",
        "The pledge period ended on {end}; this report gives the outcome.",
    ),
    "report.summary_outcome": ("Utfall {date}: {summary}.", "Outcome as of {date}: {summary}."),
    "report.col.periods_missed": ("Missade delperioder", "Sub-periods missed"),
    "report.summary": ("Sammanfattning", "Summary"),
    "report.bar_legend_over": (
        "Stapeln visar hur mycket av målet som blev gjort.",
        "The bar shows how much of the goal was done.",
    ),
})
