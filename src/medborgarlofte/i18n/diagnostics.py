"""Messages of `pledge validate`: one per problem code, plus hints and type names.

The codes are stable; docs/diagnostics.md lists each with an example (a test keeps the two in
step). E0xx: the file cannot be opened (exit 2). E1xx: the file is not readable YAML.
E2xx: the data does not fit the schema. E3xx: records do not fit each other. W: warnings.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the file itself (usage errors, exit 2)
    "E001": ("filen {path} finns inte", "file {path} does not exist"),
    "E002": ("{path} är en mapp, inte en fil", "{path} is a directory, not a file"),
    "E003": ("kan inte läsa {path}: {detail}", "cannot read {path}: {detail}"),
    "E004": (
        "{path} är ingen vanlig fil (en FIFO eller en enhet?)",
        "{path} is not a regular file (a FIFO or a device?)",
    ),
    "E005": (
        "{path} är en länk till en fil som inte finns",
        "{path} is a link to a file that does not exist",
    ),
    # --- reading YAML
    "E102": (
        "filen är inte UTF-8 (byte {byte})",
        "the file is not UTF-8 (byte {byte})",
    ),
    "E102.latin1": (
        "den verkar sparad som Latin-1/Windows-1252; spara den som UTF-8",
        "it looks saved as Latin-1/Windows-1252; save it as UTF-8",
    ),
    "E103": (
        "filen är kodad som UTF-16; spara den som UTF-8",
        "the file is encoded as UTF-16; save it as UTF-8",
    ),
    "E104": (
        "filen innehåller binärdata (en NUL-byte), inte text",
        "the file contains binary data (a NUL byte), not text",
    ),
    "E105": (
        "filen är {size} byte; största tillåtna storlek är {max} byte ({max_mb} MB)",
        "the file is {size} bytes; the largest allowed is {max} bytes ({max_mb} MB)",
    ),
    "E106": (
        "filen är tom: den behöver minst schema_version, pledge och parties",
        "the file is empty: it needs at least schema_version, pledge and parties",
    ),
    "E107": (
        "konfliktmarkering från git: lös sammanslagningen innan filen används",
        "git conflict marker: resolve the merge before using the file",
    ),
    "E108": (
        "tabb används som indrag; YAML kräver mellanslag",
        "a tab is used for indentation; YAML requires spaces",
    ),
    "E109": ("YAML-syntaxfel: {detail}", "YAML syntax error: {detail}"),
    "E110": (
        "filen har flera YAML-dokument (---); en fil är ett löfte",
        "the file holds several YAML documents (---); one file is one pledge",
    ),
    "E111": (
        "ankare och alias ({name}) används inte i en löftesfil; skriv ut värdet",
        "anchors and aliases ({name}) are not used in a pledge file; write the value out",
    ),
    "E112": (
        "taggen {name} är inte tillåten i en löftesfil",
        "the tag {name} is not allowed in a pledge file",
    ),
    "E113": (
        "nyckeln '{key}' förekommer två gånger (först på rad {first})",
        "the key '{key}' appears twice (first on line {first})",
    ),
    "E114": (
        "filen ska vara en mappning (nyckel: värde), inte {kind}",
        "the file must be a mapping (key: value), not {kind}",
    ),
    "E115": (
        "schema_version saknas: börja filen med 'schema_version: {version}'",
        "schema_version is missing: start the file with 'schema_version: {version}'",
    ),
    "E116": (
        "filen har schema_version {version}, men den här versionen av pledge kan bara läsa "
        "{supported}; uppdatera pledge",
        "the file has schema_version {version}, but this version of pledge only reads "
        "{supported}; update pledge",
    ),
    "E117": (
        "'{value}' är inget giltigt datum (ÅÅÅÅ-MM-DD)",
        "'{value}' is not a valid date (YYYY-MM-DD)",
    ),
    "E118": (
        "talet har {digits} siffror; det är för stort",
        "the number has {digits} digits; it is too large",
    ),
    "E119": (
        "strukturen är nästlad djupare än {max} nivåer",
        "the structure is nested deeper than {max} levels",
    ),
    "E120": (
        "nyckeln {key} är inte text; sätt den inom citattecken",
        "the key {key} is not text; put it in quotes",
    ),
    "E121": (
        "tecknet {char} är ett kontrolltecken och får inte stå i en YAML-fil; ta bort det",
        "the character {char} is a control character and is not allowed in YAML; remove it",
    ),
    "E122": (
        "sammanslagningsnyckeln << används inte i en löftesfil; skriv ut nycklarna",
        "the merge key << is not used in a pledge file; write the keys out",
    ),
    "E123": (
        "YAML läser {value} som talet {number}; skriv ett vanligt heltal utan inledande "
        "nolla, eller sätt texten inom citattecken",
        "YAML reads {value} as the number {number}; write a plain whole number without a "
        "leading zero, or put the text in quotes",
    ),
    "E124": (
        "tecknet {char} är en osynlig radbrytning som YAML räknar som en ny rad; ta bort det "
        "eller byt det mot ett mellanslag",
        "the character {char} is an invisible line break that YAML counts as a new line; "
        "remove it or replace it with a space",
    ),
    # --- schema
    "E201": ("obligatoriskt fält '{field}' saknas", "required field '{field}' is missing"),
    "E202": ("okänd nyckel '{key}'", "unknown key '{key}'"),
    "E203": (
        "väntade {expected}, fick '{value}'",
        "expected {expected}, got '{value}'",
    ),
    "E204": (
        "ogiltigt värde '{value}'; tillåtna: {expected}",
        "invalid value '{value}'; allowed: {expected}",
    ),
    "E205": (
        "värdet {value} måste vara minst {limit}",
        "the value {value} must be at least {limit}",
    ),
    "E206": (
        "ogiltigt id '{value}': använd små bokstäver a–z, siffror och bindestreck",
        "invalid id '{value}': use lower-case letters a–z, digits and hyphens",
    ),
    "E207": ("får inte vara tom", "must not be empty"),
    "E208": (
        "ett mål anger exakt ett av at_least, exactly eller milestone",
        "a goal states exactly one of at_least, exactly or milestone",
    ),
    "E209": (
        "ett delmål (milestone) har varken unit eller per",
        "a milestone has neither unit nor per",
    ),
    "E210": ("texten är för lång (högst {max} tecken)", "the text is too long (at most {max})"),
    "E299": ("ogiltigt värde: {detail}", "invalid value: {detail}"),
    # --- records against each other
    "E301": ("okänt löfte '{value}'", "unknown commitment '{value}'"),
    "E302": ("okänd part '{value}'", "unknown party '{value}'"),
    "E303": ("okänd prioritering '{value}'", "unknown priority '{value}'"),
    "E304": (
        "id '{id}' finns redan (post {first})",
        "id '{id}' is already used (item {first})",
    ),
    "E305": (
        "aktiviteten {date} ligger före löftets början {start}",
        "the activity on {date} is before the pledge starts on {start}",
    ),
    "E306": (
        "aktiviteten {date} ligger efter löftets slut {end} (mer än {grace} dagar)",
        "the activity on {date} is after the pledge ends on {end} (by more than {grace} days)",
    ),
    "W307": (
        "aktiviteten {date} ligger efter löftets slut {end}",
        "the activity on {date} is after the pledge ends on {end}",
    ),
    "E308": (
        "datumet {date} ligger i framtiden (idag är {today})",
        "the date {date} is in the future (today is {today})",
    ),
    "E309": (
        "slutdatumet {until} ligger före startdatumet {date}",
        "the end date {until} is before the start date {date}",
    ),
    "E310": (
        "delmålet '{id}' är redan markerat klart (aktivitet {first})",
        "the milestone '{id}' is already marked done (activity {first})",
    ),
    "W311": (
        "done: true gäller bara delmål, och '{id}' är inget delmål",
        "done: true applies to milestones only, and '{id}' is not one",
    ),
    "E312": (
        "tidsfönstret {wstart} – {wend} för '{id}' måste ligga inom löftets period "
        "{start} – {end}",
        "the window {wstart} – {wend} of '{id}' must lie inside the pledge period "
        "{start} – {end}",
    ),
    "E313": (
        "perioden slutar {end}, före sin början {start}",
        "the period ends on {end}, before it starts on {start}",
    ),
    "E314": (
        "förlängningen till {to} måste ligga efter {previous}",
        "the extension to {to} must be after {previous}",
    ),
    "E315": (
        "sista dag {due} för '{id}' måste ligga inom perioden {start} – {end}",
        "the due date {due} of '{id}' must lie inside the period {start} – {end}",
    ),
    "E316": (
        "ser ut som ett personnummer eller samordningsnummer ({masked}); personuppgifter får "
        "inte stå i filen, den publiceras",
        "looks like a Swedish personal identity or coordination number ({masked}); personal "
        "data must not be in the file, it is published",
    ),
    "E317": (
        "tidsfönstret för '{id}' slutar {wend}, före sin början {wstart}",
        "the window of '{id}' ends on {wend}, before it starts on {wstart}",
    ),
    "E320": (
        "mätningen av '{id}' är daterad {date}, i framtiden (idag är {today})",
        "the measurement of '{id}' is dated {date}, in the future (today is {today})",
    ),
    "W330": (
        "en markering att kontrollera finns kvar ({note}); granska utkastet och ta bort "
        "markeringen",
        "a review mark is still there ({note}); review the draft and remove the mark",
    ),
    # --- hints
    "hint.did_you_mean": ("menade du '{suggestion}'?", "did you mean '{suggestion}'?"),
    "hint.known_ids": ("kända: {known}", "known: {known}"),
    "hint.known_keys": ("tillåtna nycklar: {known}", "allowed keys: {known}"),
    "hint.quote_text": (
        "sätt texten inom citattecken: YAML läser yes/no, tal och datum som annat än text",
        "put the text in quotes: YAML reads yes/no, numbers and dates as something else",
    ),
    "hint.date_format": ("skriv datum som ÅÅÅÅ-MM-DD", "write dates as YYYY-MM-DD"),
    "hint.unquote_number": (
        "ta bort citattecknen: ett tal skrivs utan",
        "remove the quotes: a number is written without them",
    ),
    "hint.decimal_point": (
        "skriv decimaltal med punkt (12.5), inte komma",
        "write decimals with a point (12.5), not a comma",
    ),
    # --- type names used in E203
    "type.text": ("text", "text"),
    "type.integer": ("ett heltal", "a whole number"),
    "type.number": ("ett tal", "a number"),
    "type.boolean": ("true eller false", "true or false"),
    "type.date": ("ett datum (ÅÅÅÅ-MM-DD)", "a date (YYYY-MM-DD)"),
    "type.list": ("en lista", "a list"),
    "type.mapping": ("en mappning (nyckel: värde)", "a mapping (key: value)"),
    "type.choice": ("ett av de tillåtna värdena", "one of the allowed values"),
    # --- what a YAML syntax error means, used in E109
    "yaml.cannot_start": (
        "ett värde kan inte börja med det här tecknet (@, `, %, …); sätt värdet inom "
        "citattecken",
        "a value cannot start with this character (@, `, %, …); put the value in quotes",
    ),
    "yaml.mapping_values": (
        "kolon och mellanslag mitt i ett värde; sätt värdet inom citattecken, eller rätta "
        "indraget",
        "a colon and a space inside a value; put the value in quotes, or fix the indentation",
    ),
    "yaml.expected_key": (
        "indraget stämmer inte: här väntades en nyckel i samma nivå som raderna ovanför",
        "the indentation is off: a key at the level of the lines above was expected here",
    ),
    "yaml.expected_dash": (
        "här väntades ett nytt listelement ('- ') med samma indrag som de ovanför",
        "a new list item ('- ') at the indentation of those above was expected here",
    ),
    "yaml.flow_sequence": (
        "en lista inom [ ] saknar ',' eller ']'",
        "a list in [ ] lacks a ',' or a ']'",
    ),
    "yaml.flow_mapping": (  # no braces: the catalogue's texts are format strings
        "en mappning inom klammerparenteser saknar ',' eller sin avslutande klammerparentes",
        "a mapping in curly brackets lacks a ',' or its closing bracket",
    ),
    "yaml.unexpected_end": (
        "filen tar slut mitt i ett värde: ett citattecken eller en parentes som öppnas här "
        "stängs aldrig",
        "the file ends inside a value: a quote or bracket opened here is never closed",
    ),
    "yaml.unknown_escape": (
        "okänd kod efter \\ inom dubbla citattecken; använd enkla citattecken",
        "unknown escape after \\ inside double quotes; use single quotes",
    ),
    "yaml.expected_colon": (
        "en nyckel utan ':' efter sig",
        "a key without a ':' after it",
    ),
    "yaml.sequence_not_allowed": (
        "ett listelement ('- ') där det inte får stå; rätta indraget",
        "a list item ('- ') where none is allowed; fix the indentation",
    ),
    "yaml.expected_value": ("här väntades ett värde", "a value was expected here"),
    "yaml.text_after_value": (
        "text efter ett värde som redan är slut (ett citattecken som stängs för tidigt?)",
        "text after a value that has already ended (a quote closed too early?)",
    ),
    # --- kinds used in E114
    "kind.empty": ("tom", "empty"),
    "kind.list": ("en lista", "a list"),
    "kind.scalar": ("ett enkelt värde", "a single value"),
    # --- published text and dates (docs/security.md)
    "E125": (
        "tecknet {char} får inte stå i en text som publiceras (ett styrtecken, en "
        "riktningsändring eller ett icke-tecken); ta bort det",
        "the character {char} is not allowed in a text that is published (a control "
        "character, a direction override or a noncharacter); remove it",
    ),
    "E126": (
        "datumet {value} ligger utanför {earliest} – {latest}; skriv det riktiga datumet",
        "the date {value} is outside {earliest} – {latest}; write the real date",
    ),
    # --- the keys of every published pledge (issue 11)
    "E211": (
        "ett mål med share_of, cover eller within_hours anger bara ett av dem, utan milestone "
        "eller per",
        "a goal with share_of, cover or within_hours states only one of them, without "
        "milestone or per",
    ),
    "E212": (
        "share_of och percent hör ihop: en andel anger båda",
        "share_of and percent go together: a share states both",
    ),
    "E213": (
        "keep och then gäller bara ett delmål (milestone: true)",
        "keep and then apply to a milestone (milestone: true) only",
    ),
    "E214": (
        "ogiltig tid '{value}': skriv TT:MM (00:00–23:59)",
        "invalid time '{value}': write HH:MM (00:00–23:59)",
    ),
    "E330": (
        "parten '{id}' kan inte vara en del av sig själv (part_of: {chain})",
        "the party '{id}' cannot be part of itself (part_of: {chain})",
    ),
    "E332": (
        "platsen '{place}' står redan i per_place för '{id}'",
        "the place '{place}' is already in per_place of '{id}'",
    ),
    "E333": (
        "'{id}' kan inte vara en andel av sig själv",
        "'{id}' cannot be a share of itself",
    ),
    "E334": (
        "from_signing: true behöver ett datum i signed",
        "from_signing: true needs a date in signed",
    ),
    "W335": (
        "villkoret för '{id}' är markerat som ej uppstått (arose: false), men {n} aktiviteter "
        "är loggade",
        "the condition of '{id}' is marked as not arisen (arose: false), but {n} activities "
        "are logged",
    ),
    "W336": (
        "'{item}' finns inte i mängden som '{id}' ska täcka ({known})",
        "'{item}' is not in the set '{id}' is to cover ({known})",
    ),
    "W337": (
        "platsen '{place}' är ingen av platserna för '{id}' ({known}); aktiviteten räknas "
        "för ingen rad",
        "the place '{place}' is none of the places of '{id}' ({known}); the activity counts "
        "for no row",
    ),
}
