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
        "Språk för utdata: sv eller en (standard: löftets språk).",
        "Output language: sv or en (default: the pledge's language).",
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
        "Skriv ut filformatets JSON Schema (levereras som pledge.schema.json).\n\n"
        "Exempel: [bold]pledge schema > pledge.schema.json[/bold]",
        "Print the file format's JSON Schema (shipped as pledge.schema.json).\n\n"
        "Example: [bold]pledge schema > pledge.schema.json[/bold]",
    ),
})
