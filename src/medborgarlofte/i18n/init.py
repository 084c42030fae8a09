"""Messages of `pledge init`, `renew` and `extend`, and the comments they write into files.

Texts written into a pledge file as comments contain no braces (they are never formatted
without parameters, and a brace would read as a placeholder).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- review notes, written as YAML comments next to the item
    "init.review.owner": ("kontrollera: ägare oklar", "check: owner unclear"),
    "init.review.goal": ("kontrollera: mål oklart", "check: goal unclear"),
    "init.review.owner_disagrees": (
        "kontrollera: ägare – meningen säger {sentence}, rubriken {heading}",
        "check: owner – the sentence says {sentence}, the heading {heading}",
    ),
    "init.review.owner_heading": (
        "kontrollera: ägare – rubriken säger {heading}, men texten nämner fler",
        "check: owner – the heading says {heading}, but the text names others too",
    ),
    "init.review.owner_with": (
        "kontrollera: ägare – är {names} också ägare, eller partner?",
        "check: owner – is {names} an owner too, or a partner?",
    ),
    "init.review.window": (
        "kontrollera: tidsfönstret (vilket år av perioden?)",
        "check: the window (which year of the period?)",
    ),
    "init.review.municipality_guessed": (
        "kontrollera: kommunens namn (härlett från '{place}')",
        "check: the municipality's name (made from '{place}')",
    ),
    "init.review.period_conflict": (
        "kontrollera: perioden (texten nämner fler perioder)",
        "check: the period (the text names other periods too)",
    ),
    "init.review.period_impossible_date": (
        "kontrollera: perioden (texten anger ett datum som inte finns, som 31 juni; närmaste "
        "riktiga dag togs)",
        "check: the period (the text gives a date that does not exist, such as 31 June; the "
        "nearest real day was taken)",
    ),
    "init.review.too_many": (
        "kontrollera: texten har fler än {max} löften, effektmål eller prioriteringar; bara "
        "de första {max} togs med",
        "check: the text has more than {max} commitments, effect goals or priorities; only "
        "the first {max} were taken",
    ),
    "init.review.indicator": (
        "kontrollera: effektmål – hur det mäts och vilket håll som är bättre",
        "check: effect goal – how it is measured and which way is better",
    ),
    "init.review.priority": (
        "kontrollera: ingen prioritering hittad", "check: no priority found"),
    "init.review.period": (
        "kontrollera: perioden står inte i texten; {year} antaget",
        "check: the text states no period; {year} assumed",
    ),
    "init.review.municipality": (
        "kontrollera: kommunen står inte i texten", "check: the text names no municipality"),
    "init.review.follow_up": (
        "kontrollera: uppföljningstakten står inte i texten; tertial antaget",
        "check: the text states no follow-up cadence; tertial assumed",
    ),
    "init.review.sources": (
        "kontrollera: lägg till var löftet är publicerat (en länk)",
        "check: add where the pledge is published (a link)",
    ),
    "init.review.signatory": (
        "kontrollera: vilken part undertecknaren företräder",
        "check: which party the signatory signs for",
    ),
    "init.review.no_priorities": (
        "kontrollera: inga prioriteringar hittades i texten",
        "check: no priorities were found in the text",
    ),
    "init.review.no_targets": (
        "kontrollera: inga löften hittades i texten",
        "check: no commitments were found in the text",
    ),
    "init.review.period_weak": (
        "kontrollera: perioden (läst ur ett årtal i texten, inte ur rubrik eller giltighet)",
        "check: the period (read from a year the text mentions, not a title or validity)",
    ),
    "renew.review.carried_forward": (
        "kontrollera: fördes vidare från {previous}{reason}",
        "check: carried forward from {previous}{reason}",
    ),
    "renew.review.year_in_text": (
        "kontrollera: texten nämner {years}", "check: the text mentions {years}"),
    "renew.review.dates": (
        "kontrollera: datum flyttade {years} år framåt",
        "check: dates moved on by {years} year(s)",
    ),
    "renew.review.title": (
        "kontrollera: titeln (inget årtal att flytta fram)",
        "check: the title (no year to move on)",
    ),
    "renew.review.signatories": (
        "kontrollera: undertecknare för {title}", "check: signatories of {title}"),
    "renew.review.situation": (
        "kontrollera: situationen idag inför {title}", "check: the situation before {title}"),
    "renew.review.sources": (
        "kontrollera: lägg till var {title} publiceras", "check: add where {title} is published"),
    "renew.review.baseline": (
        "senaste mätningen {previous}; kontrollera", "last measurement of {previous}; check"),
    # --- header comments of written files
    "init.header.new": (
        "{title} för {municipality}.\n"
        "Fyll i prioriteringar, löften och effektmål enligt kommentarerna nedan. Kontrollera\n"
        "filen med `pledge validate`; logga aktiviteter med `pledge log`.",
        "{title} for {municipality}.\n"
        "Fill in priorities, commitments and effect goals as the comments below show. Check\n"
        "the file with `pledge validate`; log activities with `pledge log`.",
    ),
    "init.header.draft": (
        "UTKAST: {title} för {municipality}.\n"
        "Skapat med `pledge init --from-text` ur {source}.\n"
        "Löftestexterna står ordagrant; ägare, mål, id och kopplingar till prioriteringar är\n"
        "gissade. Granska allt, särskilt rader märkta \"kontrollera:\", och kör sedan\n"
        "`pledge validate`.",
        "DRAFT: {title} for {municipality}.\n"
        "Made with `pledge init --from-text` from {source}.\n"
        "Commitment texts are verbatim; owners, goals, ids and links to priorities are\n"
        "guessed. Review everything, above all lines marked \"check:\", then run\n"
        "`pledge validate`.",
    ),
    "renew.header": (
        "Förnyat med `pledge renew` från {previous} ({old_title}): samma parter,\n"
        "prioriteringar och löften, inga aktiviteter. Granska rader märkta \"kontrollera:\".",
        "Renewed with `pledge renew` from {previous} ({old_title}): the same parties,\n"
        "priorities and commitments, no activities. Review lines marked \"check:\".",
    ),
}

MESSAGES.update({
    # --- guide comments above each section of a new file
    "init.guide.pledge": (
        "period: löftets första och sista dag. follow_up: hur ofta parterna följer upp\n"
        "(tertial, quarter, half-year eller year). language: sv eller en.",
        "period: the pledge's first and last day. follow_up: how often the parties follow\n"
        "up (tertial, quarter, half-year or year). language: sv or en.",
    ),
    "init.guide.parties": (
        "Parterna som lovar något. kind: polis, kommun eller other (bostadsbolag, skola, …).",
        "The parties that promise something. kind: polis, kommun or other (housing, school, …).",
    ),
    "init.guide.priorities": (
        "Prioriteringarna (fokusområdena), i publicerad ordning. Ersätt [] med posterna,\n"
        "som i exemplet:",
        "The priorities (focus areas), in published order. Replace [] with the items, as in\n"
        "the example:",
    ),
    "init.guide.priorities.example": (
        "- id: narkotika\n  title: Narkotika\n"
        "  text: Att minska antalet platser som upplevs otrygga kopplat till narkotika.",
        "- id: narkotika\n  title: Narkotika\n"
        "  text: Att minska antalet platser som upplevs otrygga kopplat till narkotika.",
    ),
    "init.guide.targets": (
        "Löftena, ordagrant som publicerade. owners: en eller flera parter (den första leder).\n"
        "goal: exactly eller at_least med unit; per: week, month, tertial … för en takt;\n"
        "milestone: true för något som görs en gång; inget goal för löpande arbete. Exempel:",
        "The commitments, verbatim as published. owners: one or more parties (the first\n"
        "leads). goal: exactly or at_least with unit; per: week, month, tertial … for a rate;\n"
        "milestone: true for a thing done once; no goal for ongoing work. Example:",
    ),
    "init.guide.targets.example": (
        "- id: polis-mopedinsatser\n"
        "  text: 4 st riktade insatser kopplat till A-traktorer och mopeder.\n"
        "  owners: [polisen]\n  priorities: [narkotika]\n"
        "  goal:\n    exactly: 4\n    unit: insatser",
        "- id: polis-mopedinsatser\n"
        "  text: 4 st riktade insatser kopplat till A-traktorer och mopeder.\n"
        "  owners: [polisen]\n  priorities: [narkotika]\n"
        "  goal:\n    exactly: 4\n    unit: insatser",
    ),
    "init.guide.indicators": (
        "Effektmål: vad som ska förändras och åt vilket håll (increase, decrease).\n"
        "Mätningar läggs till med `pledge measure`. Exempel:",
        "Effect goals: what should change and which way (increase, decrease).\n"
        "Measurements are added with `pledge measure`. Example:",
    ),
    "init.guide.indicators.example": (
        "- id: grannsamverkansomraden\n  text: Antal grannsamverkansområden i kommunen\n"
        "  direction: increase\n  measurements: []",
        "- id: grannsamverkansomraden\n  text: Antal grannsamverkansområden i kommunen\n"
        "  direction: increase\n  measurements: []",
    ),
    "init.guide.events": (
        "Aktivitetsloggen. `pledge log` lägger till en aktivitet sist i listan.",
        "The activity log. `pledge log` appends an activity at the end of the list.",
    ),
})

MESSAGES.update({
    # --- pledge init
    "init.help": (
        "Skapa en ny löftesfil: tom och kommenterad, eller som utkast ur ett publicerat "
        "löftes text. I en terminal frågar kommandot efter det som flaggorna inte anger.\n\n"
        "Exempel: [bold]pledge init --municipality 'Olofströms kommun' --period 2025[/bold]\n\n"
        "Exempel: [bold]pledge init --from-text medborgarlofte-2024.txt[/bold]",
        "Create a new pledge file: empty and commented, or drafted from the text of a "
        "published pledge. In a terminal it asks for what the flags leave out.\n\n"
        "Example: [bold]pledge init --municipality 'Olofströms kommun' --period 2025[/bold]\n\n"
        "Example: [bold]pledge init --from-text medborgarlofte-2024.txt[/bold]",
    ),
    "init.arg.file": (
        "Filen som skapas (standard: pledge.yaml; '-' skriver till standardutmatningen).",
        "The file to create (default: pledge.yaml; '-' writes to standard output).",
    ),
    "init.opt.from_text": (
        "Gör ett utkast ur texten i ett publicerat löfte (kopierad från webben eller en PDF).",
        "Draft from the text of a published pledge (copied from the web or a PDF).",
    ),
    "init.opt.municipality": (
        "Kommunen, t.ex. 'Olofströms kommun'.", "The municipality, e.g. 'Olofströms kommun'."),
    "init.opt.police_area": (
        "Lokalpolisområdet, t.ex. 'Lokalpolisområde Karlshamn'.",
        "The local police area, e.g. 'Lokalpolisområde Karlshamn'.",
    ),
    "init.opt.period": (
        "Perioden: ett år (2025), flera år (2025-2026) eller datum (2025-03-01..2026-02-28).",
        "The period: a year (2025), several years (2025-2026) or dates "
        "(2025-03-01..2026-02-28).",
    ),
    "init.opt.party": (
        "En part till utöver polisen och kommunen; NAMN eller NAMN:polis|kommun|annan. "
        "Kan upprepas.",
        "Another party besides the police and the municipality; NAME or "
        "NAME:polis|kommun|other. Repeatable.",
    ),
    "init.opt.cadence": (
        "Hur ofta parterna följer upp: tertial (standard), kvartal, halvår eller år.",
        "How often the parties follow up: tertial (default), quarter, half-year or year.",
    ),
    "init.opt.title": (
        "Titeln (standard: 'Medborgarlöfte' och årtalet).",
        "The title (default: 'Medborgarlöfte' and the year).",
    ),
    "init.opt.force": ("Skriv över en befintlig fil.", "Overwrite an existing file."),
    "init.exists": (
        "{path} finns redan; välj ett annat filnamn eller lägg till --force för att skriva över",
        "{path} already exists; choose another file name or add --force to overwrite it",
    ),
    "init.missing": (
        "{options} saknas, och det finns ingen terminal att fråga i",
        "{options} missing, and there is no terminal to ask in",
    ),
    "init.bad_period": (
        "'{value}' är ingen period: skriv ett år (2025), flera år (2025-2026) eller datum "
        "(2025-03-01..2026-02-28)",
        "'{value}' is not a period: give a year (2025), several years (2025-2026) or dates "
        "(2025-03-01..2026-02-28)",
    ),
    "init.bad_cadence": (
        "okänd uppföljningstakt '{value}': välj {choices}",
        "unknown follow-up cadence '{value}': choose {choices}",
    ),
    "init.bad_party": (
        "'{value}' är ingen part: skriv NAMN eller {kinds}",
        "'{value}' is not a party: give NAME or {kinds}",
    ),
    "init.not_utf8": (
        "{path} är inte UTF-8; läst som Windows-1252 – kontrollera å, ä och ö i utkastet",
        "{path} is not UTF-8; read as Windows-1252 – check å, ä and ö in the draft",
    ),
    "init.invalid_output": (
        "skrev inte {path}: innehållet skulle bli ogiltigt",
        "did not write {path}: its content would be invalid",
    ),
    "init.write_failed": ("kan inte skriva {path}: {detail}", "cannot write {path}: {detail}"),
    "init.written": (
        "Skrev {path}. Fyll i prioriteringar och löften; kontrollera med `pledge validate`.",
        "Wrote {path}. Fill in priorities and commitments; check with `pledge validate`.",
    ),
    "init.written_draft": (
        "Skrev utkastet {path}: {priorities} prioriteringar, {targets} löften, "
        "{reviews} att kontrollera (sök efter 'kontrollera:').",
        "Wrote the draft {path}: {priorities} priorities, {targets} commitments, "
        "{reviews} to check (search for 'check:').",
    ),
    "init.ask.municipality": ("Kommun (t.ex. Olofströms kommun)",
                              "Municipality (e.g. Olofströms kommun)"),
    "init.ask.police_area": (
        "Lokalpolisområde (t.ex. Lokalpolisområde Karlshamn; Enter hoppar över)",
        "Local police area (e.g. Lokalpolisområde Karlshamn; Enter skips)",
    ),
    "init.ask.period": (
        "Period (år som 2025, 2025-2026 eller 2025-03-01..2026-02-28)",
        "Period (a year such as 2025, 2025-2026 or 2025-03-01..2026-02-28)",
    ),
    "init.ask.parties": (
        "Fler parter än polisen och kommunen, kommaseparerade (Enter för inga)",
        "Parties besides the police and the municipality, comma-separated (Enter for none)",
    ),
    "init.ask.cadence": (
        "Uppföljning ({choices})",
        "Follow-up ({choices})",
    ),
})

MESSAGES.update({
    "renew.review.dropped": (
        "kontrollera: ströks {previous}{reason}", "check: dropped in {previous}{reason}"),
    "renew.review.closed_early": (
        "kontrollera: avslutades i förtid {previous}{reason}",
        "check: closed early in {previous}{reason}",
    ),
    "renew.review.dates_dropped": (
        "kontrollera: {key} togs bort (hamnade utanför den nya perioden)",
        "check: {key} removed (it fell outside the new period)",
    ),
    "renew.edit.shape": (
        "filens form vid {path} går inte att redigera på plats",
        "the file's shape at {path} cannot be edited in place",
    ),
    "renew.edit.mismatch": (
        "redigeringen gav inte det väntade innehållet",
        "the edit did not give the content expected",
    ),
})

MESSAGES.update({
    # --- pledge renew
    "renew.help": (
        "Skriv nästa periods löfte utifrån detta: samma parter, prioriteringar och löften, "
        "inga aktiviteter; perioden och titeln flyttas fram. Den gamla filen ändras inte.\n\n"
        "Exempel: [bold]pledge renew --period 2025 -o pledge-2025.yaml[/bold]",
        "Write next period's pledge from this one: the same parties, priorities and "
        "commitments, no activities; the period and title move on. The old file is not "
        "changed.\n\n"
        "Example: [bold]pledge renew --period 2025 -o pledge-2025.yaml[/bold]",
    ),
    "renew.opt.period": (
        "Den nya perioden: ett år (2025), flera år (2025-2026) eller datum "
        "(2025-03-01..2026-02-28). Standard: perioden efter den nuvarande.",
        "The new period: a year (2025), several years (2025-2026) or dates "
        "(2025-03-01..2026-02-28). Default: the period after the current one.",
    ),
    "renew.opt.output": (
        "Filen som skrivs (standard: pledge-ÅR.yaml bredvid löftet; '-' för standardutmatningen).",
        "The file to write (default: pledge-YEAR.yaml beside the pledge; '-' for stdout).",
    ),
    "renew.overlap": (
        "den nya perioden börjar {start}, men löftet gäller till och med {end}; välj en "
        "period som börjar senare",
        "the new period starts {start}, but the pledge runs until {end}; choose a period that "
        "starts later",
    ),
    "renew.same_file": (
        "{path} är löftet som förnyas; välj en annan fil med -o",
        "{path} is the pledge being renewed; choose another file with -o",
    ),
    "renew.fresh": (
        "obs: {path} kunde inte redigeras på plats; den nya filen skrivs utan dess kommentarer",
        "note: {path} could not be edited in place; the new file is written without its "
        "comments",
    ),
    "renew.written": (
        "Skrev {path}: {title}, {start}–{end}, {targets} löften; {reviews} att kontrollera "
        "(sök efter 'kontrollera:').",
        "Wrote {path}: {title}, {start}–{end}, {targets} commitments; {reviews} to check "
        "(search for 'check:').",
    ),
})

MESSAGES.update({
    # --- pledge extend
    "extend.help": (
        "Förläng löftets period: lägger till en förlängning under pledge.extensions (kan "
        "ångras med `pledge undo`).\n\n"
        "Exempel: [bold]pledge extend --to 2025-06-30 --reason 'Förlängs till nytt löfte "
        "är antaget'[/bold]",
        "Extend the pledge period: adds an extension under pledge.extensions (undo with "
        "`pledge undo`).\n\n"
        "Example: [bold]pledge extend --to 2025-06-30 --reason 'Extended until a new pledge "
        "is adopted'[/bold]",
    ),
    "extend.opt.to": ("Löftets nya sista dag.", "The pledge's new last day."),
    "extend.opt.reason": (
        "Varför, så som det ska publiceras (aldrig personuppgifter).",
        "Why, as it will be published (never personal data).",
    ),
    "extend.opt.decided": (
        "När förlängningen beslutades.", "When the extension was decided."),
    "extend.bad_date": (
        "{option}: '{value}' är inget datum (ÅÅÅÅ-MM-DD)",
        "{option}: '{value}' is not a date (YYYY-MM-DD)",
    ),
    "extend.not_after": (
        "det nya slutdatumet {to} måste ligga efter löftets nuvarande slut {end}",
        "the new end {to} must come after the pledge's current end {end}",
    ),
    "extend.written": (
        "Förlängde {title} ({start}–{to}); {path} rad {line}.",
        "Extended {title} ({start}–{to}); {path} line {line}.",
    ),
    "init.stdout": ("till standardutmatningen", "to standard output"),
})
