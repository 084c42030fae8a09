"""Messages of the meeting views: `pledge status --short`, `pledge targets`,
`pledge changes` and `pledge outcome`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "view.opt.output": (
        "Skriv till FIL i stället för till skärmen, som UTF-8 (CSV med BOM): det säkra sättet "
        "i Windows, där PowerShells '>' gör om tecknen.",
        "Write to FILE instead of the screen, as UTF-8 (CSV with a BOM): the safe way on "
        "Windows, where PowerShell's '>' re-encodes the characters.",
    ),
    "view.written": ("skrev {path}", "wrote {path}"),
    "view.measurements_table": (
        "--measurements visas bara som tabell, inte som {format} (mätvärdena som CSV: "
        "pledge report --format csv --table mätningar)",
        "--measurements is shown as a table only, not as {format} (the measurements as CSV: "
        "pledge report --format csv --table measurements)",
    ),
    "view.unknown_suffix": (
        "vet inte vilket format '{suffix}' är: ange --format tabell, markdown, json, csv "
        "eller csv-maskin, eller en fil som slutar på .txt, .md, .json eller .csv",
        "cannot tell the format of '{suffix}': give --format table, markdown, json, csv or "
        "csv-machine, or a file ending in .txt, .md, .json or .csv",
    ),
    "view.opt.short": (
        "En rad per löfte: id och texten avkortad (annars radbryts texten under id:t).",
        "One line per commitment: id and its text cut short (else the text wraps below the id).",
    ),
    "view.goal.milestone": ("delmål (görs en gång)", "milestone (done once)"),
    "view.goal.ongoing": ("löpande arbete", "ongoing work"),
    "view.col.id": ("Id", "Id"),
    "view.col.owners": ("Ägare", "Owners"),
    "view.col.goal": ("Mål", "Goal"),
    "view.targets.help": (
        "Lista löftena: id (det som log, --target och outcome tar), ägare, mål och hela "
        "texten.\n\nExempel: [bold]pledge targets --format markdown[/bold]",
        "List the commitments: id (what log, --target and outcome take), owners, goal and the "
        "whole text.\n\nExample: [bold]pledge targets --format markdown[/bold]",
    ),
    "view.targets.format": ("Utdata: tabell (standard) eller markdown.",
                            "Output: table (default) or markdown."),
    "view.targets.heading": ("Löften · {title} · {municipality} ({count} st)",
                             "Commitments · {title} · {municipality} ({count})"),
    "view.changes.help": (
        "Vad som har hänt sedan förra mötet: nya aktiviteter och mätvärden daterade efter "
        "DATUM, och varje löfte vars status har ändrats, från vad till vad (statusen räknas "
        "som pledge status --as-of visar den de två dagarna).\n\n"
        "Exempel: [bold]pledge changes --since 2024-04-30[/bold]",
        "What happened since the last meeting: new activities and measurements dated after "
        "DATE, and each commitment whose status changed, from what to what (each status as "
        "pledge status --as-of shows it on the two days).\n\n"
        "Example: [bold]pledge changes --since 2024-04-30[/bold]",
    ),
    "view.changes.since": ("Förra mötets dag (ÅÅÅÅ-MM-DD); ändringar efter den visas.",
                           "The day of the last meeting (YYYY-MM-DD); changes after it show."),
    "view.changes.to": ("Till och med denna dag (standard: idag).",
                        "Up to and including this day (default: today)."),
    "view.changes.bad_order": ("--since {since} ligger efter {today}",
                               "--since {since} is after {today}"),
    "view.changes.heading": ("Ändringar {since} – {today} · {title} · {municipality}",
                             "Changes {since} – {today} · {title} · {municipality}"),
    "view.changes.activities": ("Nya aktiviteter: {count}", "New activities: {count}"),
    "view.changes.measurements": ("Nya mätvärden: {count}", "New measurements: {count}"),
    "view.changes.statuses": ("Ändrad status: {count}", "Status changed: {count}"),
    "view.changes.status": ("  {id}: {before} ({done_before}) → {after} ({done_after})",
                            "  {id}: {before} ({done_before}) → {after} ({done_after})"),
    "view.changes.unchanged": ("Oförändrad status: {count} löften",
                               "Status unchanged: {count} commitments"),
    "view.outcome.help": (
        "Anteckna ett löftes utfall: uppfyllt, ej uppfyllt, förs vidare (till nästa löfte), "
        "avslutat i förtid eller struket, med skälet som publiceras. Raderna visas när de "
        "skrivs; pledge undo ångrar. Ett utfall som redan finns ersätts bara med --replace.\n\n"
        "Exempel: [bold]pledge outcome polis-moped --status 'förs vidare' --reason "
        "'Fortsätter 2025'[/bold]",
        "Record a commitment's outcome: met, not_met, carried_forward (moved to the next "
        "pledge), closed_early or dropped, with the reason that is published. The lines are "
        "shown as they are written; pledge undo takes them back. An outcome that exists is "
        "replaced only with --replace.\n\n"
        "Example: [bold]pledge outcome polis-moped --status carried_forward --reason "
        "'Continues in 2025'[/bold]",
    ),
    "view.outcome.arg.target": ("Löftet (id, början av id eller ett ord ur det).",
                                "The commitment (id, start of an id or a word from it)."),
    "view.outcome.opt.status": (
        "Utfallet: uppfyllt, ej uppfyllt, förs vidare, avslutat i förtid eller struket.",
        "The outcome: met, not_met, carried_forward, closed_early or dropped.",
    ),
    "view.outcome.opt.reason": ("Skälet, som det ska publiceras.",
                                "The reason, as it will be published."),
    "view.outcome.opt.date": ("När det beslutades (standard: idag).",
                              "When it was decided (default: today)."),
    "view.outcome.opt.replace": ("Ersätt ett utfall som redan finns.",
                                 "Replace an outcome that is already recorded."),
    "view.outcome.bad_status": ("okänt utfall '{value}': välj {choices}",
                                "unknown outcome '{value}': choose {choices}"),
    "view.outcome.no_reason": ("--reason får inte vara tomt: skälet publiceras",
                               "--reason must not be empty: the reason is published"),
    "view.outcome.exists": (
        "löftet {id} har redan ett utfall; ange --replace för att ersätta det",
        "the commitment {id} already has an outcome; give --replace to replace it",
    ),
    "view.outcome.written": ("{file}: utfallet för {id} antecknat: {status}",
                             "{file}: the outcome of {id} is recorded: {status}"),
    "view.outcome.commit": ("pledge outcome: {id} {status}", "pledge outcome: {id} {status}"),
    "view.opt.measurements": (
        "Visa mätvärdena (med referenser för pledge edit och remove) i stället för "
        "aktiviteterna.",
        "Show the measurements (with references for pledge edit and remove) instead of the "
        "activities.",
    ),
    "view.measurements.heading": ("Mätvärden: {count}", "Measurements: {count}"),
}
