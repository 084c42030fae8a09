"""Invalid pledge files, one mistake each: the exact code, line, column, path and message.

Every case is a mistake people make when they edit `pledge.yaml` by hand, or a YAML hazard.
Each row holds the file inline and every line `pledge validate` prints for it (without the
file name): 'LINE:COLUMN: CODE path: message – hint'. Most rows are in Swedish (the default
for a Swedish pledge); the rows marked `lang="en"` check the English catalogue.

HEAD is a valid pledge of 13 lines: whatever a case appends to it starts on line 14.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medborgarlofte.core.schema.checks import GRACE_DAYS
from medborgarlofte.i18n import t
from medborgarlofte.io.loader import describe_path, load_pledge_bytes
from medborgarlofte.render.diagnostics import problem_message

TODAY = dt.date(2024, 12, 31)

HEAD = """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
  kommunen: {name: Exempelby kommun, kind: kommun}
targets:
  - id: polis-mopedinsatser
    text: 4 st riktade insatser kopplat till A-traktorer och mopeder.
    owners: [polisen]
    goal: {exactly: 4, unit: insatser}
"""


def fabricated_identity_number(yymmdd: str, serial: str) -> str:
    """A personnummer-shaped number with a correct Luhn check digit, built from a made-up
    date at run time (no real person's number is stored in the tests)."""
    total = 0
    for i, ch in enumerate(yymmdd + serial):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return f"{yymmdd}-{serial}{(10 - total % 10) % 10}"


PNR = fabricated_identity_number("000229", "990")  # 29 February 2000, serial made up
SAMORDNINGSNUMMER = fabricated_identity_number("000289", "990")  # day 29 + 60


def problem_lines(raw: str | bytes, lang: str = "sv", today: dt.date = TODAY) -> list[str]:
    """What `pledge validate` says about the file, one 'LINE:COL: CODE path: message' each."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    loaded = load_pledge_bytes(data, Path("pledge.yaml"), today)
    return [
        f"{p.line}:{p.column}: {problem_message(p, lang, describe_path(p.path, loaded.data))}"
        for p in loaded.problems
    ]


def case(name: str, text: str | bytes, *lines: str, lang: str = "sv",
         today: dt.date = TODAY) -> object:
    return pytest.param(text, list(lines), lang, today, id=name)


QUOTE_HINT = "sätt texten inom citattecken: YAML läser yes/no, tal och datum som annat än text"

YAML_SYNTAX = [
    case("unclosed-flow-list", """\
schema_version: 1
pledge: [a, b
""", "3:1: E109 YAML-syntaxfel: en lista inom [ ] saknar ',' eller ']'"),
    case("unclosed-flow-mapping", """\
schema_version: 1
parties:
  polisen: {name: Polisen, kind: polis
x: 1
""", "4:2: E109 YAML-syntaxfel: en mappning inom klammerparenteser saknar ',' eller sin "
         "avslutande klammerparentes"),
    case("colon-inside-value", """\
schema_version: 1
pledge:
  title: Medborgarlöfte: 2024
""", "3:24: E109 YAML-syntaxfel: kolon och mellanslag mitt i ett värde; sätt värdet inom "
         "citattecken, eller rätta indraget"),
    case("key-indented-one-space-less", """\
schema_version: 1
pledge:
  title: x
 municipality: y
""", "4:2: E109 YAML-syntaxfel: indraget stämmer inte: här väntades en nyckel i samma nivå "
         "som raderna ovanför"),
    case("value-starts-with-at-sign", """\
schema_version: 1
note: @polisen
""", "2:7: E109 YAML-syntaxfel: ett värde kan inte börja med det här tecknet (@, `, %, …); "
         "sätt värdet inom citattecken"),
    case("unclosed-quote-points-at-its-start", """\
schema_version: 1
pledge:
  title: "Medborgarlöfte
  municipality: x
""", "3:10: E109 YAML-syntaxfel: filen tar slut mitt i ett värde: ett citattecken eller en "
          "parentes som öppnas här stängs aldrig"),
    case("unknown-escape-in-double-quotes", """\
schema_version: 1
note: "C:\\polisen"
""", "2:10: E109 YAML-syntaxfel: okänd kod efter \\ inom dubbla citattecken; använd enkla "
         "citattecken"),
    case("list-item-then-key", """\
schema_version: 1
events:
  - a
  b: c
""", "4:3: E109 YAML-syntaxfel: här väntades ett nytt listelement ('- ') med samma indrag som "
         "de ovanför"),
    case("control-character", "schema_version: 1\nnote: ring\x07klockan\n",
         "2:11: E121 tecknet U+0007 är ett kontrolltecken och får inte stå i en YAML-fil; "
         "ta bort det"),
    case("line-separator-pasted-into-a-note", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: "Trygghetsvandring\u2028på torget"
""", "17:29: E124 tecknet U+2028 är en osynlig radbrytning som YAML räknar som en ny rad; ta "
          "bort det eller byt det mot ett mellanslag"),
    case("next-line-character", "schema_version: 1\nnote: a\x85b\n",
         "2:8: E124 tecknet U+0085 är en osynlig radbrytning som YAML räknar som en ny rad; "
         "ta bort det eller byt det mot ett mellanslag"),
    case("syntax-error-in-english", """\
schema_version: 1
pledge: [a, b
""", "3:1: E109 YAML syntax error: a list in [ ] lacks a ',' or a ']'", lang="en"),
]

YAML_HAZARDS = [
    case("duplicate-key-names-both-lines", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    date: 2024-05-11
""", "17:5: E113 events[1].date: nyckeln 'date' förekommer två gånger (först på rad 15)"),
    case("duplicate-section", HEAD + """\
targets: []
""", "14:1: E113 targets: nyckeln 'targets' förekommer två gånger (först på rad 9)"),
    case("anchor-and-alias", HEAD + """\
events:
  - &insats
    date: 2024-05-10
    target: polis-mopedinsatser
  - *insats
""", "15:5: E111 ankare och alias (insats) används inte i en löftesfil; skriv ut värdet",
         "18:5: E111 ankare och alias (insats) används inte i en löftesfil; skriv ut värdet"),
    case("alias-without-anchor", HEAD + """\
events:
  - date: 2024-05-10
    target: *mopeder
""", "16:13: E111 ankare och alias (mopeder) används inte i en löftesfil; skriv ut värdet"),
    case("merge-key", HEAD + """\
events:
  - <<: {date: 2024-05-10}
    target: polis-mopedinsatser
""", "15:5: E122 sammanslagningsnyckeln << används inte i en löftesfil; skriv ut nycklarna"),
    case("python-object-tag", HEAD + """\
events:
  - !!python/object:os.system {date: 2024-05-10}
""", "15:5: E112 taggen !!python/object:os.system är inte tillåten i en löftesfil"),
    case("local-tag", HEAD + """\
events:
  - date: !datum 2024-05-10
    target: polis-mopedinsatser
""", "15:11: E112 taggen !datum är inte tillåten i en löftesfil"),
    case("binary-tag", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: !!binary aGVq
""", "17:11: E112 taggen !!binary är inte tillåten i en löftesfil"),
    case("two-documents", HEAD + """\
---
schema_version: 1
""", "14:1: E110 filen har flera YAML-dokument (---); en fil är ett löfte"),
    case("git-conflict-markers", HEAD + """\
events:
<<<<<<< HEAD
  - date: 2024-05-10
    target: polis-mopedinsatser
=======
  - date: 2024-05-11
    target: polis-mopedinsatser
>>>>>>> kommunen
""", "15:1: E107 konfliktmarkering från git: lös sammanslagningen innan filen används",
         "18:1: E107 konfliktmarkering från git: lös sammanslagningen innan filen används",
         "21:1: E107 konfliktmarkering från git: lös sammanslagningen innan filen används"),
    case("tab-as-indentation", HEAD + """\
events:
\t- date: 2024-05-10
\t  target: polis-mopedinsatser
""", "15:1: E108 tabb används som indrag; YAML kräver mellanslag"),
    case("tab-after-spaces", HEAD + """\
events:
  - date: 2024-05-10
  \ttarget: polis-mopedinsatser
""", "16:3: E108 tabb används som indrag; YAML kräver mellanslag"),
    case("no-read-as-false", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    place: no
""", f"17:12: E203 events[1].place: väntade text, fick 'no' – {QUOTE_HINT}"),
    case("yes-read-as-true", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: yes
""", f"17:11: E203 events[1].note: väntade text, fick 'yes' – {QUOTE_HINT}"),
    case("date-where-text-is-expected", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: 2024-05-10
""", f"17:11: E203 events[1].note: väntade text, fick '2024-05-10' – {QUOTE_HINT}"),
    case("number-key", HEAD + """\
1: x
""", "14:1: E120 nyckeln 1 är inte text; sätt den inom citattecken"),
    case("yes-as-key", HEAD + """\
yes: x
""", "14:1: E120 nyckeln yes är inte text; sätt den inom citattecken"),
    case("octal-looking-number", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: 012
""", "17:12: E123 events[1].count: YAML läser 012 som talet 10; skriv ett vanligt heltal utan "
          "inledande nolla, eller sätt texten inom citattecken"),
    case("clock-time-read-as-sexagesimal", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: 12:30
""", "17:11: E123 events[1].note: YAML läser 12:30 som talet 750; skriv ett vanligt heltal "
          "utan inledande nolla, eller sätt texten inom citattecken"),
    case("5000-digit-integer", HEAD + f"""\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: {"9" * 5000}
""", "17:12: E118 events[1].count: talet har 5000 siffror; det är för stort"),
    case("nested-too-deep", "schema_version: 1\nx: " + "[" * 100 + "]" * 100 + "\n",
         "2:68: E119 strukturen är nästlad djupare än 64 nivåer"),
    case("nested-beyond-the-parser", "schema_version: 1\nx: " + "[" * 5000 + "]" * 5000 + "\n",
         "2:1003: E119 strukturen är nästlad djupare än 64 nivåer"),
    case("duplicate-key-in-english", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    date: 2024-05-11
""", "17:5: E113 events[1].date: the key 'date' appears twice (first on line 15)", lang="en"),
    case("python-tag-in-english", HEAD + """\
events:
  - !!python/object:os.system {date: 2024-05-10}
""", "15:5: E112 the tag !!python/object:os.system is not allowed in a pledge file",
         lang="en"),
]

DATES = [
    case("month-13", HEAD + """\
events:
  - date: 2024-13-01
    target: polis-mopedinsatser
""", "15:11: E117 events[1].date: '2024-13-01' är inget giltigt datum (ÅÅÅÅ-MM-DD)"),
    case("february-30", HEAD + """\
events:
  - date: 2024-02-30
    target: polis-mopedinsatser
""", "15:11: E117 events[1].date: '2024-02-30' är inget giltigt datum (ÅÅÅÅ-MM-DD)"),
    case("quoted-swedish-style-date", HEAD + """\
events:
  - date: "12/3/2024"
    target: polis-mopedinsatser
""", "15:11: E203 events[1].date: väntade ett datum (ÅÅÅÅ-MM-DD), fick '12/3/2024' – "
          "skriv datum som ÅÅÅÅ-MM-DD"),
    case("date-without-leading-zeros", HEAD + """\
events:
  - date: 2024-5-1
    target: polis-mopedinsatser
""", "15:11: E203 events[1].date: väntade ett datum (ÅÅÅÅ-MM-DD), fick '2024-5-1' – "
          "skriv datum som ÅÅÅÅ-MM-DD"),
    case("date-with-clock-time", HEAD + """\
events:
  - date: 2024-05-10 14:00
    target: polis-mopedinsatser
""", "15:11: E203 events[1].date: väntade ett datum (ÅÅÅÅ-MM-DD), fick '2024-05-10 14:00' – "
          "skriv datum som ÅÅÅÅ-MM-DD"),
    case("event-before-period", HEAD + """\
events:
  - date: 2023-12-31
    target: polis-mopedinsatser
""", "15:11: E305 events[1].date: aktiviteten 2023-12-31 ligger före löftets början "
          "2024-01-01"),
    case("event-after-period-beyond-grace", HEAD + """\
events:
  - date: 2025-02-01
    target: polis-mopedinsatser
""", "15:11: E306 events[1].date: aktiviteten 2025-02-01 ligger efter löftets slut 2024-12-31 "
          f"(mer än {GRACE_DAYS} dagar)", today=dt.date(2025, 6, 1)),
    case("event-after-period-within-grace", HEAD + """\
events:
  - date: 2025-01-15
    target: polis-mopedinsatser
""", "15:11: W307 events[1].date: aktiviteten 2025-01-15 ligger efter löftets slut 2024-12-31",
         today=dt.date(2025, 6, 1)),
    case("range-ending-within-grace", HEAD + """\
events:
  - date: 2024-12-20
    until: 2025-01-20
    target: polis-mopedinsatser
""", "16:12: W307 events[1].until: aktiviteten 2025-01-20 ligger efter löftets slut "
          "2024-12-31", today=dt.date(2025, 6, 1)),
    case("range-ending-beyond-grace", HEAD + """\
events:
  - date: 2024-12-20
    until: 2025-02-20
    target: polis-mopedinsatser
""", "16:12: E306 events[1].until: aktiviteten 2025-02-20 ligger efter löftets slut "
          "2024-12-31 (mer än 31 dagar)", today=dt.date(2025, 6, 1)),
    case("event-in-the-future", HEAD + """\
events:
  - date: 2025-01-01
    target: polis-mopedinsatser
""", "15:11: E308 events[1].date: datumet 2025-01-01 ligger i framtiden (idag är 2024-12-31)"),
    case("until-before-date", HEAD + """\
events:
  - date: 2024-05-10
    until: 2024-05-01
    target: polis-mopedinsatser
""", "16:12: E309 events[1].until: slutdatumet 2024-05-01 ligger före startdatumet "
          "2024-05-10"),
    case("period-ends-before-it-starts", """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-12-31, end: 2024-01-01}
parties:
  polisen: {name: Polisen, kind: polis}
""", "5:36: E313 pledge.period.end: perioden slutar 2024-01-01, före sin början 2024-12-31"),
    case("extension-before-the-end", """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
  extensions:
    - {to: 2024-06-30, reason: Förlängs till sommaren}
parties:
  polisen: {name: Polisen, kind: polis}
""", "7:12: E314 pledge.extensions[1].to: förlängningen till 2024-06-30 måste ligga efter "
         "2024-12-31"),
    case("window-outside-the-period", HEAD + """\
  - id: trygghetsvandringar
    text: Trygghetsvandringar under våren.
    owners: [kommunen]
    window: {start: 2023-11-01, end: 2024-03-01}
""", "17:13: E312 targets[trygghetsvandringar].window: tidsfönstret 2023-11-01 – 2024-03-01 för "
          "'trygghetsvandringar' måste ligga inom löftets period 2024-01-01 – 2024-12-31"),
    case("window-reversed", HEAD + """\
  - id: trygghetsvandringar
    text: Trygghetsvandringar under våren.
    owners: [kommunen]
    window: {start: 2024-05-01, end: 2024-03-01}
""", "17:38: E317 targets[trygghetsvandringar].window.end: tidsfönstret för "
          "'trygghetsvandringar' slutar 2024-03-01, före sin början 2024-05-01"),
    case("due-after-the-period", HEAD + """\
  - id: trafikrad
    text: Upprätta ett trafiksäkerhetsråd.
    owners: [kommunen]
    goal: {milestone: true}
    due: 2025-03-01
""", "18:10: E315 targets[trafikrad].due: sista dag 2025-03-01 för 'trafikrad' måste ligga "
          "inom perioden 2024-01-01 – 2024-12-31"),
    case("measurement-in-the-future", HEAD + """\
indicators:
  - id: grannsamverkansomraden
    text: Antal grannsamverkansområden i kommunen
    direction: increase
    measurements:
      - {date: 2025-01-15, value: 12}
""", "19:16: E320 indicators[grannsamverkansomraden].measurements[1].date: mätningen av "
          "'grannsamverkansomraden' är daterad 2025-01-15, i framtiden (idag är 2024-12-31)"),
    case("future-event-in-english", HEAD + """\
events:
  - date: 2025-01-01
    target: polis-mopedinsatser
""", "15:11: E308 events[1].date: the date 2025-01-01 is in the future (today is 2024-12-31)",
         lang="en"),
    case("grace-warning-in-english", HEAD + """\
events:
  - date: 2025-01-15
    target: polis-mopedinsatser
""", "15:11: W307 events[1].date: the activity on 2025-01-15 is after the pledge ends on "
          "2024-12-31", lang="en", today=dt.date(2025, 6, 1)),
]

SCHEMA = [
    case("typo-in-key-suggests-the-right-one", HEAD + """\
events:
  - date: 2024-03-01
    taget: polis-mopedinsatser
""", "16:5: E202 events[1].taget: okänd nyckel 'taget' – menade du 'target'?"),
    case("section-name-in-singular", HEAD + """\
event:
  - date: 2024-05-10
    target: polis-mopedinsatser
""", "14:1: E202 event: okänd nyckel 'event' – menade du 'events'?"),
    case("unknown-key-lists-the-allowed-ones", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    deltagare: 12
""", "17:5: E202 events[1].deltagare: okänd nyckel 'deltagare' – tillåtna nycklar: date, "
          "until, target, count, qualifier, by, participants, place, note, reference, done, "
          "time, type, items, response_hours, results, preparation"),
    case("key-with-a-line-break-stays-one-line", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    "plats\\ntorget": x
""", "17:5: E202 events[1].plats\\ntorget: okänd nyckel 'plats\\ntorget' – tillåtna nycklar: "
          "date, until, target, count, qualifier, by, participants, place, note, reference, done, "
          "time, type, items, response_hours, results, preparation"),
    case("missing-required-field", """\
schema_version: 1
pledge:
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
""", "3:3: E201 pledge.title: obligatoriskt fält 'title' saknas"),
    case("target-without-text", HEAD + """\
  - id: grannsamverkan
    owners: [polisen]
""", "14:5: E201 targets[grannsamverkan].text: obligatoriskt fält 'text' saknas"),
    case("empty-list-of-owners", HEAD + """\
  - id: grannsamverkan
    text: Starta nya grannsamverkansområden.
    owners: []
""", "16:13: E207 targets[grannsamverkan].owners: får inte vara tom"),
    case("empty-title", """\
schema_version: 1
pledge:
  title: ""
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
""", "3:10: E207 pledge.title: får inte vara tom"),
    case("title-left-blank", """\
schema_version: 1
pledge:
  title:
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
""", "3:9: E207 pledge.title: får inte vara tom"),
    case("goal-with-both-at-least-and-exactly", HEAD + """\
  - id: grannsamverkan
    text: Starta nya grannsamverkansområden.
    owners: [polisen]
    goal: {at_least: 2, exactly: 3}
""", "17:11: E208 targets[grannsamverkan].goal: ett mål anger exakt ett av at_least, exactly "
          "eller milestone"),
    case("goal-with-no-kind", HEAD + """\
  - id: grannsamverkan
    text: Starta nya grannsamverkansområden.
    owners: [polisen]
    goal: {unit: områden}
""", "17:11: E208 targets[grannsamverkan].goal: ett mål anger exakt ett av at_least, exactly "
          "eller milestone"),
    case("milestone-with-unit", HEAD + """\
  - id: kompetens
    text: Påbörja kompetenshöjande insatser.
    owners: [kommunen]
    goal: {milestone: true, unit: insatser}
""", "17:11: E209 targets[kompetens].goal: ett delmål (milestone) har varken unit eller per"),
    case("id-with-capitals-and-space", HEAD + """\
  - id: Polis Moped
    text: Kontroller av mopeder.
    owners: [polisen]
""", "14:9: E206 targets[Polis Moped].id: ogiltigt id 'Polis Moped': använd små bokstäver "
          "a–z, siffror och bindestreck"),
    case("id-with-swedish-letter", HEAD + """\
  - id: trygghetsvandring-råslätt
    text: Trygghetsvandring på Råslätt.
    owners: [kommunen]
""", "14:9: E206 targets[trygghetsvandring-råslätt].id: ogiltigt id "
          "'trygghetsvandring-råslätt': använd små bokstäver a–z, siffror och bindestreck"),
    case("party-key-is-not-an-id", """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  Polisen: {name: Polisen, kind: polis}
""", "7:3: E206 parties.Polisen: ogiltigt id 'Polisen': använd små bokstäver a–z, siffror och "
         "bindestreck"),
    case("id-too-long", HEAD + f"""\
  - id: {"a" * 81}
    text: x
    owners: [polisen]
""", f"14:9: E210 targets[{'a' * 81}].id: texten är för lång (högst 80 tecken)"),
    case("number-as-id", HEAD + """\
  - id: 12
    text: x
    owners: [polisen]
""", f"14:9: E203 targets[2].id: väntade text, fick '12' – {QUOTE_HINT}"),
    case("unknown-party-kind", """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: police}
""", "7:34: E204 parties.polisen.kind: ogiltigt värde 'police'; tillåtna: polis, kommun, "
         "other"),
    case("unknown-rate-period", HEAD + """\
  - id: fotpatrull
    text: Fotpatrull varannan vecka.
    owners: [polisen]
    goal: {at_least: 1, per: fortnight}
""", "17:30: E204 targets[fotpatrull].goal.per: ogiltigt värde 'fortnight'; tillåtna: week, "
          "month, quarter, tertial, half-year, year, term"),
    case("qualifier-in-swedish", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    qualifier: ca
""", "17:16: E204 events[1].qualifier: ogiltigt värde 'ca'; tillåtna: exact, approx, "
          "at_least"),
    case("milestone-false", HEAD + """\
  - id: kompetens
    text: Påbörja kompetenshöjande insatser.
    owners: [kommunen]
    goal: {milestone: no}
""", "17:23: E204 targets[kompetens].goal.milestone: ogiltigt värde 'no'; tillåtna: true"),
    case("unknown-outcome-status", HEAD + """\
    outcome: {status: done}
""", "14:23: E204 targets[polis-mopedinsatser].outcome.status: ogiltigt värde 'done'; "
          "tillåtna: met, not_met, carried_forward, closed_early, dropped, not_reported"),
    case("language-written-out", """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
  language: svenska
parties:
  polisen: {name: Polisen, kind: polis}
""", "6:13: E204 pledge.language: ogiltigt värde 'svenska'; tillåtna: sv, en"),
    case("count-zero", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: 0
""", "17:12: E205 events[1].count: värdet 0 måste vara minst 1"),
    case("count-negative", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: -3
""", "17:12: E205 events[1].count: värdet -3 måste vara minst 1"),
    case("count-in-quotes", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: "4"
""", "17:12: E203 events[1].count: väntade ett heltal, fick '4' – ta bort citattecknen: "
          "ett tal skrivs utan"),
    case("count-as-words", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: ca 60
""", "17:12: E203 events[1].count: väntade ett heltal, fick 'ca 60'"),
    case("count-yes", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: yes
""", "17:12: E203 events[1].count: väntade ett heltal, fick 'yes'"),
    case("count-with-decimals", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: 2.5
""", "17:12: E203 events[1].count: väntade ett heltal, fick '2.5'"),
    case("participants-negative", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    participants: -1
""", "17:19: E205 events[1].participants: värdet -1 måste vara minst 0"),
    case("decimal-comma", HEAD + """\
indicators:
  - id: otrygghet
    text: Andel som känner sig otrygga
    direction: decrease
    measurements:
      - date: 2024-03-01
        value: 12,5
""", "20:16: E203 indicators[otrygghet].measurements[1].value: väntade ett tal, fick '12,5' – "
          "skriv decimaltal med punkt (12.5), inte komma"),
    case("value-not-a-number", HEAD + """\
indicators:
  - id: otrygghet
    text: Andel som känner sig otrygga
    direction: decrease
    measurements:
      - {date: 2024-03-01, value: .nan}
""", "19:35: E203 indicators[otrygghet].measurements[1].value: väntade ett tal, fick '.nan'"),
    case("events-as-a-mapping", HEAD + """\
events:
  date: 2024-05-10
  target: polis-mopedinsatser
""", "15:3: E203 events: väntade en lista, fick '{…}'"),
    case("parties-as-a-list", """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  - polisen
""", "7:3: E203 parties: väntade en mappning (nyckel: värde), fick '[…]'"),
    case("typo-in-english", HEAD + """\
events:
  - date: 2024-03-01
    taget: polis-mopedinsatser
""", "16:5: E202 events[1].taget: unknown key 'taget' – did you mean 'target'?", lang="en"),
    case("count-zero-in-english", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    count: 0
""", "17:12: E205 events[1].count: the value 0 must be at least 1", lang="en"),
]

REFERENCES = [
    case("unknown-target-suggests-the-right-one", HEAD + """\
events:
  - date: 2024-03-01
    target: polis-moped
""", "16:13: E301 events[1].target: okänt löfte 'polis-moped' – menade du "
          "'polis-mopedinsatser'?"),
    case("unknown-target-lists-the-known-ones", HEAD + """\
events:
  - date: 2024-03-01
    target: grannsamverkan
""", "16:13: E301 events[1].target: okänt löfte 'grannsamverkan' – kända: "
          "polis-mopedinsatser"),
    case("unknown-second-target", HEAD + """\
events:
  - date: 2024-03-01
    target: [polis-mopedinsatser, polis-mope]
""", "16:35: E301 events[1].target[2]: okänt löfte 'polis-mope' – menade du "
          "'polis-mopedinsatser'?"),
    case("empty-target-list", HEAD + """\
events:
  - date: 2024-03-01
    target: []
""", "16:13: E207 events[1].target: får inte vara tom"),
    case("unknown-owner", HEAD + """\
  - id: grannsamverkan
    text: Starta nya grannsamverkansområden.
    owners: [polis]
""", "16:14: E302 targets[grannsamverkan].owners[1]: okänd part 'polis' – menade du "
          "'polisen'?"),
    case("unknown-owner-no-close-match", HEAD + """\
  - id: grannsamverkan
    text: Starta nya grannsamverkansområden.
    owners: [kommunen, bostadsbolaget]
""", "16:24: E302 targets[grannsamverkan].owners[2]: okänd part 'bostadsbolaget' – kända: "
          "polisen, kommunen"),
    case("unknown-party-in-by", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    by: kommun
""", "17:9: E302 events[1].by: okänd part 'kommun' – menade du 'kommunen'?"),
    case("unknown-party-of-signatory", """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
  signatories:
    - {name: Exempel Exempelsson, role: Kommunpolis, party: polis}
parties:
  polisen: {name: Polisen, kind: polis}
""", "7:61: E302 pledge.signatories[1].party: okänd part 'polis' – menade du 'polisen'?"),
    case("unknown-priority", HEAD + """\
    priorities: [narkotka]
priorities:
  - id: narkotika
    text: Att minska antalet platser som upplevs otrygga kopplat till narkotika.
""", "14:18: E303 targets[polis-mopedinsatser].priorities[1]: okänd prioritering "
          "'narkotka' – menade du 'narkotika'?"),
    case("priority-never-declared", HEAD + """\
    priorities: [narkotika]
""", "14:18: E303 targets[polis-mopedinsatser].priorities[1]: okänd prioritering "
          "'narkotika' – kända: –"),
    case("duplicate-target-id", HEAD + """\
  - id: polis-mopedinsatser
    text: Samma id igen.
    owners: [polisen]
""", "14:9: E304 targets[polis-mopedinsatser].id: id 'polis-mopedinsatser' finns redan "
          "(post 1)"),
    case("duplicate-priority-id", HEAD + """\
priorities:
  - id: narkotika
    text: Narkotika.
  - id: narkotika
    text: Narkotika igen.
""", "17:9: E304 priorities[narkotika].id: id 'narkotika' finns redan (post 1)"),
    case("milestone-done-twice", HEAD + """\
  - id: kompetens
    text: Påbörja kompetenshöjande insatser.
    owners: [kommunen]
    goal: {milestone: true}
events:
  - date: 2024-05-10
    target: kompetens
    done: true
  - date: 2024-06-10
    target: kompetens
    done: true
""", "24:11: E310 events[2].done: delmålet 'kompetens' är redan markerat klart (aktivitet 1)"),
    case("done-on-a-count-target", HEAD + """\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    done: true
""", "17:11: W311 events[1].done: done: true gäller bara delmål, och 'polis-mopedinsatser' är "
          "inget delmål"),
    case("bad-date-and-unknown-target-in-one-event", HEAD + """\
events:
  - date: 2024-02-30
    target: polis-moped
    by: [polisen, kommun]
""", "15:11: E117 events[1].date: '2024-02-30' är inget giltigt datum (ÅÅÅÅ-MM-DD)",
         "16:13: E301 events[1].target: okänt löfte 'polis-moped' – menade du "
         "'polis-mopedinsatser'?",
         "17:19: E302 events[1].by[2]: okänd part 'kommun' – menade du 'kommunen'?"),
    case("unknown-target-in-english", HEAD + """\
events:
  - date: 2024-03-01
    target: polis-moped
""", "16:13: E301 events[1].target: unknown commitment 'polis-moped' – did you mean "
          "'polis-mopedinsatser'?", lang="en"),
]

FILE_AS_A_WHOLE = [
    case("schema-version-missing", """\
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
""", "1:1: E115 schema_version saknas: börja filen med 'schema_version: 1'"),
    case("schema-version-left-blank", """\
schema_version:
pledge: {}
""", "1:16: E115 schema_version: schema_version saknas: börja filen med 'schema_version: 1'"),
    case("schema-version-newer", """\
schema_version: 2
pledge: {}
""", "1:17: E116 schema_version: filen har schema_version 2, men den här versionen av pledge "
         "kan bara läsa 1; uppdatera pledge"),
    case("schema-version-in-quotes", """\
schema_version: "1"
pledge: {}
""", "1:17: E204 schema_version: ogiltigt värde '1'; tillåtna: 1 – ta bort citattecknen: ett "
         "tal skrivs utan"),
    case("schema-version-a-word", """\
schema_version: one
pledge: {}
""", "1:17: E204 schema_version: ogiltigt värde 'one'; tillåtna: 1"),
    case("schema-version-true", """\
schema_version: true
pledge: {}
""", "1:17: E204 schema_version: ogiltigt värde 'true'; tillåtna: 1"),
    case("top-level-list", "- schema_version: 1\n",
         "1:1: E114 filen ska vara en mappning (nyckel: värde), inte en lista"),
    case("top-level-scalar", "Medborgarlöfte 2024\n",
         "1:1: E114 filen ska vara en mappning (nyckel: värde), inte ett enkelt värde"),
    case("empty-file", "",
         "1:1: E106 filen är tom: den behöver minst schema_version, pledge och parties"),
    case("only-comments", "# Medborgarlöfte 2024\n# fylls i senare\n",
         "1:1: E106 filen är tom: den behöver minst schema_version, pledge och parties"),
    case("only-a-document-marker", "---\n",
         "2:1: E106 filen är tom: den behöver minst schema_version, pledge och parties"),
    case("newer-version-in-english", "schema_version: 2\n",
         "1:17: E116 schema_version: the file has schema_version 2, but this version of pledge "
         "only reads 1; update pledge", lang="en"),
]

ENCODING = [
    case("latin-1", HEAD.encode("latin-1"),
         "3:20: E102 filen är inte UTF-8 (byte 0xF6) – den verkar sparad som "
         "Latin-1/Windows-1252; spara den som UTF-8"),
    case("not-utf8-nor-windows-1252", HEAD.encode().replace(b"Polisen,", b"Poli\x81sen,"),
         "7:23: E102 filen är inte UTF-8 (byte 0x81)"),
    case("utf-16-with-bom", HEAD.encode("utf-16"),
         "1:1: E103 filen är kodad som UTF-16; spara den som UTF-8"),
    case("utf-16-without-bom", HEAD.encode("utf-16-le"),
         "1:1: E103 filen är kodad som UTF-16; spara den som UTF-8"),
    case("nul-byte", HEAD.encode().replace(b"Polisen,", b"Poli\x00sen,"),
         "7:23: E104 filen innehåller binärdata (en NUL-byte), inte text"),
    case("latin-1-in-english", HEAD.encode("cp1252"),
         "3:20: E102 the file is not UTF-8 (byte 0xF6) – it looks saved as "
         "Latin-1/Windows-1252; save it as UTF-8", lang="en"),
]

_E316 = ("ser ut som ett personnummer eller samordningsnummer ({}); personuppgifter får inte "
         "stå i filen, den publiceras")

PERSONAL_DATA = [
    case("personnummer-in-a-note", HEAD + f"""\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: Samtal med {PNR} om mopeden.
""", "17:22: E316 " + _E316.format("0002**-****")),
    case("samordningsnummer-in-a-note", HEAD + f"""\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: Samtal med {SAMORDNINGSNUMMER}.
""", "17:22: E316 " + _E316.format("0002**-****")),
    case("personnummer-with-century", HEAD + f"""\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    note: Samtal med 20{PNR}.
""", "17:22: E316 " + _E316.format("200002**-****")),
    case("personnummer-without-hyphen", HEAD + f"""\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    reference: {PNR.replace("-", "")}
""", "17:16: E316 " + _E316.format("0002**-****")),
    case("personnummer-in-a-comment", HEAD + f"# {PNR}\n",
         "14:3: E316 " + _E316.format("0002**-****")),
    case("personnummer-as-a-key-is-masked-everywhere", HEAD + f"""\
events:
  - date: 2024-05-10
    target: polis-mopedinsatser
    {PNR}: ringde
""", "17:5: E202 events[1].0002**-****: okänd nyckel '0002**-****' – tillåtna nycklar: date, "
          "until, target, count, qualifier, by, participants, place, note, reference, done, "
          "time, type, items, response_hours, results, preparation",
         "17:5: E316 " + _E316.format("0002**-****")),
    case("personnummer-in-english", HEAD + f"# {PNR}\n",
         "14:3: E316 looks like a Swedish personal identity or coordination number "
         "(0002**-****); personal data must not be in the file, it is published", lang="en"),
]


ALL_CASES = (YAML_SYNTAX + YAML_HAZARDS + DATES + SCHEMA + REFERENCES + FILE_AS_A_WHOLE
             + ENCODING + PERSONAL_DATA)


@pytest.mark.parametrize(("raw", "expected", "lang", "today"), ALL_CASES)
def test_invalid_file_is_reported_exactly(raw: str | bytes, expected: list[str], lang: str,
                                          today: dt.date) -> None:
    assert problem_lines(raw, lang, today) == expected


def test_there_are_more_than_forty_different_mistakes() -> None:
    names = [p.id for p in ALL_CASES]  # type: ignore[attr-defined]
    assert len(names) == len(set(names))
    assert len(names) >= 40


def test_the_base_of_the_cases_is_valid() -> None:
    assert problem_lines(HEAD) == []


def test_a_fabricated_number_is_a_valid_identity_number() -> None:
    from medborgarlofte.core.schema.personnummer import find_identity_numbers

    assert [m for _, m in find_identity_numbers(PNR)] == ["0002**-****"]
    assert [m for _, m in find_identity_numbers(SAMORDNINGSNUMMER)] == ["0002**-****"]


def test_all_problems_of_a_file_are_reported_in_one_run() -> None:
    text = """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
targets:
  - id: polis-mopedinsatser
    text: 4 st riktade insatser kopplat till A-traktorer och mopeder.
    owners: [polis]
events:
  - date: 2024-02-30
    target: polis-mopedinsatser
  - date: 2024-03-01
    target: polis-moped
  - date: 2024-03-02
    target: polis-mopedinsatser
    cuont: 2
  - date: 2025-03-02
    target: polis-mopedinsatser
"""
    assert problem_lines(text) == [
        "11:14: E302 targets[polis-mopedinsatser].owners[1]: okänd part 'polis' – menade du "
        "'polisen'?",
        "13:11: E117 events[1].date: '2024-02-30' är inget giltigt datum (ÅÅÅÅ-MM-DD)",
        "16:13: E301 events[2].target: okänt löfte 'polis-moped' – menade du "
        "'polis-mopedinsatser'?",
        "19:5: E202 events[3].cuont: okänd nyckel 'cuont' – menade du 'count'?",
        "20:11: E308 events[4].date: datumet 2025-03-02 ligger i framtiden (idag är 2024-12-31)",
    ]


def test_a_repeated_key_and_a_schema_error_are_both_reported() -> None:
    text = HEAD + """\
events:
  - date: 2024-03-01
    target: polis-mopedinsatser
    target: polis-mopedinsatser
    count: -1
"""
    assert problem_lines(text) == [
        "17:5: E113 events[1].target: nyckeln 'target' förekommer två gånger (först på rad 16)",
        "18:12: E205 events[1].count: värdet -1 måste vara minst 1",
    ]


def test_the_grace_is_measured_from_an_extended_end() -> None:
    text = """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
  extensions:
    - {to: 2025-06-30, reason: Förlängs att gälla även våren 2025}
parties:
  polisen: {name: Polisen, kind: polis}
targets:
  - id: fotpatrull
    text: Fotpatrull i centrum.
    owners: [polisen]
events:
  - {date: 2025-06-01, target: fotpatrull}
  - {date: 2025-07-15, target: fotpatrull}
"""
    assert problem_lines(text, today=dt.date(2025, 12, 31)) == [
        "16:12: W307 events[2].date: aktiviteten 2025-07-15 ligger efter löftets slut "
        "2025-06-30",
    ]


# --- no input of any kind produces a traceback ------------------------------------------

_VALID = (HEAD + """\
priorities:
  - {id: narkotika, text: Narkotika.}
indicators:
  - id: otrygghet
    text: Andel otrygga
    direction: decrease
    measurements: [{date: 2024-03-01, value: 12.5}]
events:
  - {date: 2024-03-12, target: polis-mopedinsatser, count: 2, note: "Kontroll vid skolan"}
  - date: 2024-04-01
    until: 2024-04-30
    target: [polis-mopedinsatser]
    by: [polisen]
    qualifier: approx
""")

_FRAGMENTS = ["\t", "\n", " ", ":", "- ", "&a ", "*a", "!!", "<<: ", "'", '"', "{", "}", "[",
              "]", "#", "%", "@", "`", "|", ">", "---\n", "...", "\x00", "\x07", "\ufeff", "ö",
              "2024-02-30", "0x1F", "012", "yes", "~", ",", "?", "=======\n", "9" * 50]


def _assert_well_formed(raw: bytes) -> None:
    loaded = load_pledge_bytes(raw, Path("pledge.yaml"), TODAY)
    for problem in loaded.problems:
        assert problem.line is not None and problem.line >= 1
        assert problem.column is not None and problem.column >= 1
        for lang in ("sv", "en"):
            message = problem_message(problem, lang, describe_path(problem.path, loaded.data))
            assert "\n" not in message
            assert message.startswith(problem.code)
    assert (loaded.pledge is None) == any(p.severity == "error" for p in loaded.problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(_VALID)), st.integers(0, 3),
                          st.sampled_from(_FRAGMENTS)), min_size=1, max_size=4))
def test_an_edited_valid_file_never_raises(edits: list[tuple[int, int, str]]) -> None:
    text = _VALID
    for at, cut, fragment in edits:
        position = min(at, len(text))
        text = text[:position] + fragment + text[position + cut:]
    _assert_well_formed(text.encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    _assert_well_formed(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text: str) -> None:
    _assert_well_formed(text.encode("utf-8", "surrogatepass"))


def test_the_message_catalogue_names_the_date_format_in_both_languages() -> None:
    assert t("hint.date_format", "sv") == "skriv datum som ÅÅÅÅ-MM-DD"
    assert t("hint.date_format", "en") == "write dates as YYYY-MM-DD"
