"""Messages of the `log` area: `pledge log`, `undo`, `measure`, `import` and the writer."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- help texts
    "log.help": (
        "Logga en genomförd aktivitet sist i aktivitetsloggen. Utan LÖFTE i en terminal frågar "
        "kommandot efter det som behövs.\n\n"
        "Exempel: [bold]pledge log polis-moped --date igår --place 'Olofström centrum'[/bold]",
        "Record an activity at the end of the event log. Without TARGET, in a terminal, it "
        "asks for what it needs.\n\n"
        "Example: [bold]pledge log polis-moped --date yesterday --place 'Olofström centrum'"
        "[/bold]",
    ),
    "log.arg.targets": (
        "Löftet (id, början av id eller ett ord ur det); flera om aktiviteten gäller flera.",
        "The commitment (id, start of an id or a word from it); several if the activity "
        "serves several.",
    ),
    "log.opt.date": (
        "Dag: ÅÅÅÅ-MM-DD, idag eller igår (standard: idag).",
        "Day: YYYY-MM-DD, today or yesterday (default: today).",
    ),
    "log.opt.until": (
        "Sista dag när posten gäller en period (ett summerat antal).",
        "Last day when the record covers a period (an aggregated count).",
    ),
    "log.opt.count": ("Hur många aktiviteter posten gäller (standard 1).",
                      "How many activities the record stands for (default 1)."),
    "log.opt.qualifier": (
        "Antalets precision: exakt, ca eller minst.",
        "How exact the count is: exact, approx (about) or at_least.",
    ),
    "log.opt.by": ("Part som utförde den (id); kan upprepas. Standard: löftets ägare.",
                   "Party that did it (id); may be repeated. Default: the owners."),
    "log.opt.participants": ("Antal personer som nåddes.", "Number of people reached."),
    "log.opt.place": ("Plats.", "Place."),
    "log.opt.note": (
        "Anteckning. Publiceras: skriv aldrig personuppgifter.",
        "Note. Published: never write personal data.",
    ),
    "log.opt.reference": ("Länk eller diarienummer.", "Link or case number."),
    "log.opt.done": ("Markera ett delmål (milestone) som klart.",
                     "Mark a milestone as done."),
    "log.opt.dry_run": ("Visa exakt hur filen skulle ändras; skriv inget.",
                        "Show exactly how the file would change; write nothing."),
    "log.opt.yes": ("Fråga inte före ändringen.", "Do not ask before the change."),
    "log.opt.commit": (
        "Checka in filen med git efteråt (bara den filen).",
        "Commit the file with git afterwards (that file only).",
    ),
    # --- option values and targets
    "log.no_target": (
        "ange vilket löfte aktiviteten gäller: pledge log LÖFTE (utan LÖFTE frågar kommandot, "
        "men bara i en terminal)",
        "name the commitment the activity is for: pledge log TARGET (without TARGET the "
        "command asks, but only in a terminal)",
    ),
    "log.bad_date": (
        "{option}: '{value}' är inget datum – skriv ÅÅÅÅ-MM-DD, idag eller igår",
        "{option}: '{value}' is not a date – write YYYY-MM-DD, today or yesterday",
    ),
    "log.bad_number": (
        "{option}: '{value}' är inget heltal ≥ {minimum}",
        "{option}: '{value}' is not a whole number ≥ {minimum}",
    ),
    "log.bad_qualifier": (
        "--qualifier: '{value}' – välj {choices}",
        "--qualifier: '{value}' – choose {choices}",
    ),
    "log.kind.target": ("inget löfte", "no commitment"),
    "log.kind.indicator": ("ingen indikator", "no indicator"),
    "log.unknown": (
        "{kind} heter eller innehåller '{word}'; välj bland:",
        "{kind} is named or contains '{word}'; choose one of:",
    ),
    "log.unknown_close": (
        "{kind} heter eller innehåller '{word}'; menade du:",
        "{kind} is named or contains '{word}'; did you mean:",
    ),
    "log.ambiguous": (
        "'{word}' passar flera – skriv mer av id:t:",
        "'{word}' fits several – type more of the id:",
    ),
    # --- writing
    "log.written": ("{file}: aktiviteten tillagd på rad {line}",
                    "{file}: activity added at line {line}"),
    "log.dry_run": (
        "{file}: provkörning, inget skrivet; detta skulle läggas till på rad {line}:",
        "{file}: dry run, nothing written; this would be added at line {line}:",
    ),
    "log.preview": ("{file}: detta läggs till på rad {line}:",
                    "{file}: this will be added at line {line}:"),
    "log.aborted": ("avbrutet – inget skrevs", "aborted – nothing written"),
    "log.aborted_saved": ("avbrutet – men ändringen är redan sparad i {file} "
                          "(pledge undo tar tillbaka den)",
                          "aborted – but the change is already saved in {file} "
                          "(pledge undo takes it back)"),
    "log.refused.invalid": (
        "inget skrevs: filen har fel redan nu – rätta dem först:",
        "nothing written: the file already has errors – fix them first:",
    ),
    "log.refused.after": (
        "inget skrevs: med detta tillägg skulle filen få fel:",
        "nothing written: this addition would give the file errors:",
    ),
    "log.edit.no_path": (
        "inget skrevs: filen saknar {path}",
        "nothing written: the file has no {path}",
    ),
    "log.edit.not_a_list": (
        "inget skrevs: {path} är ingen lista som går att lägga till i (ändra den för hand)",
        "nothing written: {path} is not a list that can be appended to (edit it by hand)",
    ),
    "log.edit.verify_failed": (
        "inget skrevs: den ändrade texten lästes inte tillbaka som väntat (ett fel i pledge – "
        "rapportera gärna, med filen)",
        "nothing written: the changed text did not read back as expected (a bug in pledge – "
        "please report it, with the file)",
    ),
    "log.locked": (
        "en annan pledge-körning skriver filen och blev inte klar (låsfil {lock}); försök igen",
        "another pledge run is writing the file and did not finish (lock file {lock}); "
        "try again",
    ),
    "log.os_error": ("inget skrevs: {file}: {detail}", "nothing written: {file}: {detail}"),
    "log.no_record": (
        "ändringen skrevs, men kunde inte noteras för pledge undo",
        "the change was written, but could not be recorded for pledge undo",
    ),
    # --- --commit
    "log.not_git": (
        "--commit: {file} ligger inte i ett git-förråd (eller git saknas); inget skrevs",
        "--commit: {file} is not inside a git repository (or git is missing); nothing written",
    ),
    "log.committed": ("incheckat {revision}: {message}", "committed {revision}: {message}"),
    "log.commit_failed": (
        "{file} skrevs men kunde inte checkas in; git säger:",
        "{file} was written but could not be committed; git says:",
    ),
    "log.commit.log": (
        "Logga aktivitet: {targets} {date} (antal {count})",
        "Log activity: {targets} {date} (count {count})",
    ),
    "log.commit.measure": (
        "Mätning: {indicator} = {value} ({date})",
        "Measurement: {indicator} = {value} ({date})",
    ),
    "log.commit.import": (
        "Importera {count} aktiviteter från {source}",
        "Import {count} activities from {source}",
    ),
    "log.commit.undo": (
        "Ångra senaste pledge {command} ({count} borttagna)",
        "Undo the last pledge {command} ({count} removed)",
    ),
    # --- interactive
    "log.ask.header": ("Löften och läget idag:", "Commitments as they stand today:"),
    "log.ask.target": ("Vilket löfte? (nummer eller id; flera med komma)",
                       "Which commitment? (number or id; several with commas)"),
    "log.ask.bad_target": (
        "'{answer}' är inget av löftena ovan – ange numret eller id:t",
        "'{answer}' is none of the commitments above – give its number or id",
    ),
    "log.ask.date": ("Datum (ÅÅÅÅ-MM-DD, idag, igår)", "Date (YYYY-MM-DD, today, yesterday)"),
    "log.ask.bad_date": ("'{answer}' är inget datum", "'{answer}' is not a date"),
    "log.ask.count": ("Antal", "Count"),
    "log.ask.bad_count": ("'{answer}' är inget heltal ≥ 1", "'{answer}' is not a whole number ≥ 1"),
    "log.ask.place": ("Plats (valfritt)", "Place (optional)"),
    "log.ask.note": (
        "Anteckning (valfritt; publiceras – inga personuppgifter)",
        "Note (optional; published – no personal data)",
    ),
    "log.ask.done": ("Är delmålet klart i och med detta?", "Does this complete the milestone?"),
    "log.ask.save": ("Spara?", "Save?"),
}

MESSAGES.update({
    # --- undo
    "log.undo.help": (
        "Ångra den senaste ändringen med pledge log, import, measure, edit, remove, outcome "
        "eller extend. Visar den och frågar först.\n\nExempel: [bold]pledge undo[/bold]",
        "Take back the last change by pledge log, import, measure, edit, remove, outcome or "
        "extend. Shows it and asks first.\n\nExample: [bold]pledge undo[/bold]",
    ),
    "log.undo.opt.dry_run": ("Visa bara vad som skulle tas bort.",
                             "Only show what would be removed."),
    "log.undo.nothing": (
        "inget att ångra: ingen ändring med pledge log, import, measure, edit, remove, outcome "
        "eller extend finns noterad för filen (eller så är den redan ångrad)",
        "nothing to undo: no change by pledge log, import, measure, edit, remove, outcome or "
        "extend is recorded for the file (or it was undone already)",
    ),
    "log.undo.changed": (
        "ångrar inte: filen slutar inte längre med det som pledge {command} lade till senast "
        "– det har ändrats eller följts av något annat. Ta bort det för hand om det behövs.",
        "not undoing: the file no longer ends with what pledge {command} added last – it was "
        "changed or something came after it. Remove it by hand if needed.",
    ),
    "log.undo.moved": (
        "ångrar inte: filen ändrades medan frågan väntade; kör pledge undo igen",
        "not undoing: the file changed while the question was open; run pledge undo again",
    ),
    "log.undo.need_yes": (
        "pledge undo frågar innan den tar bort; utan terminal, ange --yes",
        "pledge undo asks before it removes; without a terminal, give --yes",
    ),
    "log.undo.show": (
        "{file}: pledge {command} lade senast till detta (från rad {line}):",
        "{file}: pledge {command} last added this (from line {line}):",
    ),
    "log.undo.ask": ("Ta bort det?", "Remove it?"),
    "log.undo.done": ("{file}: borttaget ({count} st)", "{file}: removed ({count})"),
    # --- measure
    "log.measure.help": (
        "Lägg till ett mätvärde för en indikator (ett effektmål).\n\n"
        "Exempel: [bold]pledge measure grannsamverkan 14 --source 'kommunens register'[/bold]",
        "Add a measured value to an indicator (an effect goal).\n\n"
        "Example: [bold]pledge measure grannsamverkan 14 --source 'municipal register'[/bold]",
    ),
    "log.measure.arg.indicator": ("Indikatorn (id, början av id eller ett ord ur det).",
                                  "The indicator (id, start of an id or a word from it)."),
    "log.measure.arg.value": ("Värdet, t.ex. 14 eller 3,5.", "The value, e.g. 14 or 3.5."),
    "log.measure.opt.source": ("Källa (trygghetsmätning, register …).",
                               "Source (survey, register …)."),
    "log.measure.opt.note": ("Anteckning (publiceras).", "Note (published)."),
    "log.measure.bad_value": (
        "'{value}' är inget tal (skriv t.ex. 14 eller 3,5)",
        "'{value}' is not a number (write e.g. 14 or 3.5)",
    ),
    "log.measure.written": ("{file}: mätvärdet tillagt på rad {line}",
                            "{file}: measurement added at line {line}"),
    "log.indicator_change": ("{change} sedan {date}", "{change} since {date}"),
    # --- import
    "log.import.help": (
        "Lägg till många aktiviteter från en CSV-fil (t.ex. sparad från Excel). Allt eller "
        "inget: vid fel skrivs ingenting och varje fel visas med radnummer. Kolumner: se "
        "docs/import.md.\n\nExempel: [bold]pledge import aktiviteter.csv --dry-run[/bold]",
        "Add many activities from a CSV file (e.g. saved from Excel). All or nothing: on any "
        "error nothing is written and each error is shown with its row number. Columns: see "
        "docs/import.md.\n\nExample: [bold]pledge import activities.csv --dry-run[/bold]",
    ),
    "log.import.arg.file": ("CSV-filen (UTF-8; komma eller semikolon).",
                            "The CSV file (UTF-8; comma or semicolon)."),
    "log.import.unreadable": ("kan inte läsa {file}: {detail}", "cannot read {file}: {detail}"),
    "log.import.failed": (
        "{file}: inget importerades – {count} fel:",
        "{file}: nothing imported – {count} errors:",
    ),
    "log.import.at_row": ("{file}: rad {row}{where}: {message}",
                          "{file}: row {row}{where}: {message}"),
    "log.import.written": (
        "{file}: {count} aktiviteter importerade från {source} (från rad {line})",
        "{file}: {count} activities imported from {source} (from line {line})",
    ),
    "log.import.utf16": (
        "filen är UTF-16; spara den som \"CSV UTF-8\"",
        "the file is UTF-16; save it as \"CSV UTF-8\"",
    ),
    "log.import.not_utf8": (
        "byte {byte} är inte UTF-8; spara filen som \"CSV UTF-8 (kommaavgränsad)\"",
        "byte {byte} is not UTF-8; save the file as \"CSV UTF-8 (comma delimited)\"",
    ),
    "log.import.no_header": ("första raden ska vara rubrikerna (date;target;…)",
                             "the first row must be the headings (date;target;…)"),
    "log.import.unknown_column": (
        "okänd kolumn '{name}' (kända: {known})",
        "unknown column '{name}' (known: {known})",
    ),
    "log.import.twice": ("kolumnen '{name}' finns två gånger",
                         "the column '{name}' appears twice"),
    "log.import.missing_column": ("kolumnen '{name}' saknas", "the column '{name}' is missing"),
    "log.import.empty": ("filen har inga rader med aktiviteter",
                         "the file has no rows with activities"),
    "log.import.extra_cells": (
        "{found} celler men {expected} rubriker",
        "{found} cells but {expected} headings",
    ),
    "log.import.missing": ("värde saknas", "value missing"),
    "log.import.bad_date": ("'{value}' är inget datum (ÅÅÅÅ-MM-DD)",
                            "'{value}' is not a date (YYYY-MM-DD)"),
    "log.import.bad_number": ("'{value}' är inget heltal ≥ {minimum}",
                              "'{value}' is not a whole number ≥ {minimum}"),
    "log.import.bad_qualifier": (
        "'{value}' – skriv exakt, ca eller minst",
        "'{value}' – write exact, approx or at_least",
    ),
    "log.import.bad_flag": ("'{value}' – skriv ja eller nej", "'{value}' – write yes or no"),
    "log.import.unknown": (
        "inget löfte heter eller innehåller '{word}' (närmast: {candidates})",
        "no commitment is named or contains '{word}' (closest: {candidates})",
    ),
    "log.import.ambiguous": (
        "'{word}' passar flera löften: {candidates}",
        "'{word}' fits several commitments: {candidates}",
    ),
    "log.import.problem": ("{problem}", "{problem}"),
})
