"""Messages of the command line itself: usage errors, summaries, help texts."""

MESSAGES: dict[str, tuple[str, str]] = {
    "cli.valid": (
        "{file}: giltig – löften: {targets}, aktiviteter: {events}",
        "{file}: valid – commitments: {targets}, activities: {events}",
    ),
    "cli.summary": (
        "{file}: fel: {errors}, varningar: {warnings}",
        "{file}: errors: {errors}, warnings: {warnings}",
    ),
    "cli.bad_lang": (
        "okänt språk '{value}': välj sv eller en",
        "unknown language '{value}': choose sv or en",
    ),
    "cli.bad_format": (
        "okänt format '{value}': välj {choices}",
        "unknown format '{value}': choose {choices}",
    ),
    "cli.error": ("fel", "error"),
    "cli.warning": ("varning", "warning"),
}

MESSAGES.update({
    "cli.bad_today": (
        "PLEDGE_TODAY='{value}' är inget datum (ÅÅÅÅ-MM-DD)",
        "PLEDGE_TODAY='{value}' is not a date (YYYY-MM-DD)",
    ),
    "app.help": (
        "Håll ett medborgarlöfte i en YAML-fil: validera, logga aktiviteter, följ upp, "
        "rapportera.",
        "Keep a medborgarlöfte (citizen promise) in one YAML file: validate, log activities, "
        "follow up, report.",
    ),
    "opt.version": ("Visa versionen och avsluta.", "Show the version and exit."),
    "opt.file": (
        "Löftesfilen (standard: ./pledge.yaml, $PLEDGE_FILE, närmaste pledge.yaml uppåt).",
        "The pledge file (default: ./pledge.yaml, $PLEDGE_FILE, nearest pledge.yaml above).",
    ),
    "opt.lang": (
        "Språk för hjälp och utdata: sv eller en (standard: $PLEDGE_LANG, annars löftets "
        "språk).",
        "Language of help and output: sv or en (default: $PLEDGE_LANG, else the pledge's "
        "language).",
    ),
    "validate.help": (
        "Kontrollera löftesfiler: schema, referenser, datum och personuppgifter. "
        "Avslutar med 0 om giltig, 1 om ogiltig, 2 vid användningsfel.\n\n"
        "Exempel: [bold]pledge validate pledge.yaml --strict[/bold]",
        "Check pledge files: schema, references, dates and personal data. "
        "Exits 0 when valid, 1 when invalid, 2 on a usage error.\n\n"
        "Example: [bold]pledge validate pledge.yaml --strict[/bold]",
    ),
    "validate.files": ("Filer att kontrollera.", "Files to check."),
    "validate.strict": ("Behandla varningar som fel.", "Treat warnings as errors."),
    "validate.format": (
        "Utdata: text, json eller github (väljs när GITHUB_ACTIONS=true).",
        "Output: text, json or github (chosen when GITHUB_ACTIONS=true).",
    ),
    "schema.help": (
        "Skriv ut filformatets JSON Schema (levereras med paketet) eller skriv det till en fil "
        "som redigeraren läser (docs/editors.md).\n\n"
        "Exempel: [bold]pledge schema -o .vscode/pledge.schema.json[/bold]",
        "Print the file format's JSON Schema (shipped with the package) or write it to a file "
        "for the editor (docs/editors.md).\n\n"
        "Example: [bold]pledge schema -o .vscode/pledge.schema.json[/bold]",
    ),
})

MESSAGES.update({
    "cli.usage.no_such_option": ("okänd flagga: {name}", "no such option: {name}"),
    "cli.usage.no_such_command": ("okänt kommando '{name}'", "no such command '{name}'"),
    "cli.usage.needs_value": ("flaggan {name} behöver ett värde", "option {name} needs a value"),
    "cli.usage.needs_values": (
        "flaggan {name} behöver {n} värden", "option {name} needs {n} values"
    ),
    "cli.usage.no_value": ("flaggan {name} tar inget värde", "option {name} takes no value"),
    "cli.usage.extra": ("oväntat extra argument: {name}", "unexpected extra argument: {name}"),
    "cli.usage.missing": ("{name} saknas", "{name} is missing"),
    "cli.usage.missing_command": (
        "ange ett kommando, till exempel status eller log",
        "give a command, for example status or log",
    ),
    "cli.usage.invalid": ("ogiltigt värde för {name}: {detail}",
                          "invalid value for {name}: {detail}"),
    "cli.usage.not_integer": ("'{value}' är inget heltal", "'{value}' is not a whole number"),
    "cli.usage.not_number": ("'{value}' är inget tal", "'{value}' is not a number"),
    "cli.usage.try_help": ("Prova '{command} -h' för hjälp.", "Try '{command} -h' for help."),
    "cli.aborted": ("Avbrutet.", "Aborted."),
    "cli.stdout_failed": ("pledge: kan inte skriva till standardutmatningen: {reason}",
                          "pledge: cannot write to standard output: {reason}"),
})

MESSAGES.update({
    "os.EACCES": ("åtkomst nekad", "permission denied"),
    "os.EPERM": ("åtgärden är inte tillåten", "operation not permitted"),
    "os.ENOSPC": ("disken är full", "no space left on the disk"),
    "os.EDQUOT": ("diskkvoten är slut", "disk quota exceeded"),
    "os.EROFS": ("filsystemet är skrivskyddat", "read-only file system"),
    "os.ENOENT": ("filen eller mappen finns inte", "no such file or directory"),
    "os.EISDIR": ("det är en mapp", "it is a directory"),
    "os.ENOTDIR": ("en del av sökvägen är ingen mapp", "part of the path is not a directory"),
    "os.EIO": ("in- eller utmatningsfel på disken", "input/output error on the disk"),
    "os.ENAMETOOLONG": ("namnet är för långt", "the name is too long"),
    "os.ELOOP": ("för många symboliska länkar i rad", "too many symbolic links in a row"),
    "os.EBUSY": ("filen används av något annat", "the file is busy"),
})

MESSAGES.update({
    "cli.answer_yes_no": ("Svara j (ja) eller n (nej).", "Answer y (yes) or n (no)."),
    "cli.bad_pledge_lang": (
        "PLEDGE_LANG='{value}' är inget språk (sv eller en); det används inte",
        "PLEDGE_LANG='{value}' is no language (sv or en); it is ignored",
    ),
    "cli.stdin_not_writable": (
        "-f -: standardinmatningen kan bara läsas (status, events, report, validate …), inte "
        "skrivas; ange löftesfilen, t.ex. -f pledge.yaml",
        "-f -: standard input can only be read (status, events, report, validate …), not "
        "written; give the pledge file, e.g. -f pledge.yaml",
    ),
    "log.undo.dry_run": (
        "{file}: provkörning, inget skrivet; pledge undo skulle ta bort det pledge {command} "
        "lade till (från rad {line}):",
        "{file}: dry run, nothing written; pledge undo would remove what pledge {command} "
        "added (from line {line}):",
    ),
})
