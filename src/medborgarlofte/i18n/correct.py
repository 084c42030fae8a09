"""Messages of `pledge edit`, `remove`, `outcome`, `targets`, `changes`, the merge commands
(`merge-file`, `git-setup`, `resolve`) and the duplicate checks of `log` and `import`."""

MESSAGES: dict[str, tuple[str, str]] = {
    "events.col.ref": ("Ref", "Ref"),
    # --- edit / remove
    "correct.edit.help": (
        "Rätta en aktivitet eller ett mätvärde var som helst i loggen. REF är referensen som "
        "[bold]pledge events[/bold] visar. Bara de fält du anger ändras; en tom text "
        "(--note \"\") tar bort fältet. Ändringen visas först; [bold]pledge undo[/bold] "
        "ångrar den.\n\n"
        "Exempel: [bold]pledge edit 3b2f1a --date 2024-03-13 --count 2[/bold]",
        "Correct an activity or a measurement anywhere in the log. REF is the reference "
        "[bold]pledge events[/bold] shows. Only the fields you give change; an empty text "
        "(--note \"\") removes the field. The change is shown first; [bold]pledge undo[/bold] "
        "takes it back.\n\n"
        "Example: [bold]pledge edit 3b2f1a --date 2024-03-13 --count 2[/bold]",
    ),
    "correct.remove.help": (
        "Ta bort en aktivitet eller ett mätvärde var som helst i loggen. REF är referensen "
        "som [bold]pledge events[/bold] visar. Raderna som tas bort visas först; resten av "
        "filen blir orörd och [bold]pledge undo[/bold] lägger tillbaka posten.\n\n"
        "Exempel: [bold]pledge remove 3b2f1a[/bold]",
        "Remove an activity or a measurement anywhere in the log. REF is the reference "
        "[bold]pledge events[/bold] shows. The lines that go are shown first; the rest of the "
        "file stays untouched and [bold]pledge undo[/bold] puts the item back.\n\n"
        "Example: [bold]pledge remove 3b2f1a[/bold]",
    ),
    "correct.arg.ref": (
        "Postens referens (ur pledge events), eller minst 4 tecken av början av den.",
        "The item's reference (from pledge events), or at least its first 4 characters.",
    ),
    "correct.opt.date": ("Ny dag: ÅÅÅÅ-MM-DD, idag eller igår.",
                         "New day: YYYY-MM-DD, today or yesterday."),
    "correct.opt.count": ("Nytt antal (en aktivitet).", "New count (an activity)."),
    "correct.opt.target": ("Nytt löfte (en aktivitet); kan upprepas.",
                           "New commitment (an activity); may be repeated."),
    "correct.opt.place": ("Ny plats; tom text tar bort den.", "New place; empty removes it."),
    "correct.opt.note": ("Ny anteckning; tom text tar bort den. Publiceras.",
                         "New note; empty removes it. Published."),
    "correct.opt.reference": ("Ny länk eller nummer; tom text tar bort den.",
                              "New link or number; empty removes it."),
    "correct.opt.value": ("Nytt värde (ett mätvärde).", "New value (a measurement)."),
    "correct.opt.source": ("Ny källa (ett mätvärde); tom text tar bort den.",
                           "New source (a measurement); empty removes it."),
    "correct.opt.yes": ("Fråga inte; skriv direkt (krävs utan terminal).",
                        "Do not ask; write at once (needed without a terminal)."),
    "correct.unknown_ref": (
        "okänd referens '{ref}': ingen aktivitet eller mätning har den – se pledge events",
        "unknown reference '{ref}': no activity or measurement has it – see pledge events",
    ),
    "correct.ambiguous_ref": (
        "referensen '{ref}' passar flera poster; skriv fler tecken:",
        "the reference '{ref}' fits several items; give more characters:",
    ),
    "correct.nothing": (
        "inget att ändra: ange minst ett fält, t.ex. --date, --count eller --note",
        "nothing to change: give at least one field, e.g. --date, --count or --note",
    ),
    "correct.not_for_event": ("{option} gäller mätvärden, inte aktiviteter",
                              "{option} is for measurements, not activities"),
    "correct.not_for_measurement": ("{option} gäller aktiviteter, inte mätvärden",
                                    "{option} is for activities, not measurements"),
    "correct.show": ("{file}: pledge {command} ändrar så här (från rad {line}):",
                     "{file}: pledge {command} changes this (from line {line}):"),
    "correct.dry_run": (
        "{file}: provkörning, inget skrivet; pledge {command} skulle ändra så här (från rad "
        "{line}):",
        "{file}: dry run, nothing written; pledge {command} would change this (from line "
        "{line}):",
    ),
    "correct.ask": ("Spara ändringen?", "Save the change?"),
    "correct.need_yes": (
        "pledge {command} frågar innan den ändrar; utan terminal, ange --yes",
        "pledge {command} asks before it changes anything; without a terminal, give --yes",
    ),
    "correct.edited": ("{file}: ändrat på rad {line}; ny referens {ref}",
                       "{file}: changed at line {line}; new reference {ref}"),
    "correct.removed": ("{file}: borttaget från rad {line}", "{file}: removed from line {line}"),
    "correct.gone": (
        "posten {ref} finns inte längre i filen (någon annan har ändrat den); inget skrivet",
        "the item {ref} is no longer in the file (someone else changed it); nothing written",
    ),
    "correct.undone": ("{file}: det som pledge {command} ändrade är återställt",
                       "{file}: what pledge {command} changed is restored"),
    "correct.commit.edit": ("pledge edit: {ref} {what}", "pledge edit: {ref} {what}"),
    "correct.commit.remove": ("pledge remove: {ref} {what}", "pledge remove: {ref} {what}"),
    "log.correct.first_key": (
        "kan inte ta bort {field}: fältet står på postens första rad; ändra det i stället",
        "cannot remove {field}: the field is on the item's first line; change it instead",
    ),
    # --- duplicates (log, import)
    "dup.opt.allow": (
        "Importera även rader som redan finns som aktiviteter i filen (samma dag, löften, "
        "antal, plats och anteckning); annars hoppas de över.",
        "Import rows that are already activities in the file too (same date, targets, count, "
        "place and note); otherwise they are skipped.",
    ),
    "dup.log.same": (
        "en likadan aktivitet finns redan i filen (samma dag, löften, antal, plats och "
        "anteckning); den läggs till en gång till – ta bort den med pledge undo om det var fel",
        "an identical activity is already in the file (same date, targets, count, place and "
        "note); it is added once more – take it off with pledge undo if that was a mistake",
    ),
    "dup.import.skipped": (
        "{source}: hoppar över {count} rader som redan finns som aktiviteter i filen (samma "
        "dag, löften, antal, plats och anteckning): rad {rows}. Importera dem ändå med "
        "--allow-duplicates.",
        "{source}: skipping {count} rows that are already activities in the file (same date, "
        "targets, count, place and note): rows {rows}. Import them anyway with "
        "--allow-duplicates.",
    ),
    "dup.import.kept": (
        "{source}: {count} rader finns redan som aktiviteter i filen (rad {rows}); de "
        "importeras ändå (--allow-duplicates)",
        "{source}: {count} rows are already activities in the file (rows {rows}); they are "
        "imported anyway (--allow-duplicates)",
    ),
    "dup.import.nothing_new": ("{source}: inget nytt att importera; filen är oförändrad",
                               "{source}: nothing new to import; the file is unchanged"),
    # --- the interactive pledge log
    "log.ask.bad_target_close": (
        "'{word}' är inget av löftena ovan – menade du {ids}? Ange numret eller id:t",
        "'{word}' is none of the commitments above – did you mean {ids}? Give its number or id",
    ),
    "log.ask.date_future": (
        "'{answer}' ligger i framtiden (idag är {today}) – logga det som är gjort",
        "'{answer}' is in the future (today is {today}) – log what has been done",
    ),
    "log.ask.date_outside": (
        "'{answer}' ligger utanför löftets period {start}–{end} (med {grace} dagars marginal "
        "efter slutet)",
        "'{answer}' is outside the pledge's period {start}–{end} (with {grace} days' grace "
        "after the end)",
    ),
    "log.ask.personal": (
        "det ser ut som ett personnummer ({masked}); filen publiceras – skriv utan "
        "personuppgifter",
        "that looks like a personal identity number ({masked}); the file is published – "
        "write it without personal data",
    ),
}
