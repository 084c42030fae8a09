# ruff: noqa: E501
"""Published sentences encoded in the format: one per need of issue 11, for docs/format.md.

Each example is a YAML fragment (top-level keys) that `tests/test_pledge_keys.py` merges
into a small pledge and validates, so the documented encodings stay valid.
"""

from __future__ import annotations

EXAMPLES: tuple[tuple[str, str, str, str], ...] = (
    ("Target group", "strangnas-2020",
     "Polisen kommer genomföra minst två planlagda insatser under året med inriktning "
     "ungdomar och narkotika.",
     """targets:
  - id: planlagda-insatser
    text: Polisen kommer genomföra minst två planlagda insatser under året med inriktning ungdomar och narkotika.
    owners: [polisen]
    target_group: ungdomar
    goal: {at_least: 2, unit: planlagda insatser}
"""),
    ("Modality (a softer promise)", "asele-2023",
     "Kommunen och polisen ska verka för att minska tobaksanvändningen bland unga i Åsele "
     "kommun.",
     """targets:
  - id: tobak-unga
    text: Kommunen och polisen ska verka för att minska tobaksanvändningen bland unga i Åsele kommun.
    owners: [kommunen, polisen]
    modality: verka_for
    target_group: unga
"""),
    ("An owner that is a sub-unit; a convener", "goteborg-ostra-undated",
     "Socialförvaltningen Nordost, Victoriahem och Poseidon öppnar fritidsgård tre kvällar "
     "i veckan, för barn i årskurs 4–6, på Minilövis, i Kryddans lokaler.",
     """parties:
  sf-nordost: {name: Socialförvaltningen Nordost, kind: kommun, part_of: kommunen}
  victoriahem: {name: Victoriahem, kind: other}
  poseidon: {name: Poseidon, kind: other}
targets:
  - id: fritidsgard
    text: Socialförvaltningen Nordost, Victoriahem och Poseidon öppnar fritidsgård tre kvällar i veckan, för barn i årskurs 4–6, på Minilövis, i Kryddans lokaler.
    owners: [sf-nordost, victoriahem, poseidon]
    lead: sf-nordost
    target_group: barn i årskurs 4–6
    places: [Minilövis]
    slots: {start: "17:00", end: "22:00", distinct_days: true}
    goal: {at_least: 3, per: week, unit: kvällar öppen fritidsgård}
"""),
    ("A condition that decides whether it applies", "vingaker-2023",
     "Analysera resultat från dessa mätningar och vid behov delge dessa till polisen för att "
     "skapa säkrare trafikmiljöer.",
     """targets:
  - id: delge-matningar
    text: Analysera resultat från dessa mätningar och vid behov delge dessa till polisen för att skapa säkrare trafikmiljöer.
    owners: [kommunen]
    condition: {text: vid behov, arose: false, date: 2023-12-31, note: Inget behov uppstod under året.}
"""),
    ("Time-of-day and weekday slots", "kungalv-2017",
     "Att polisstationen i Kungälv ska öppnas och vara tillgänglig för invånarna fem dagar i "
     "veckan. (Polis)",
     """targets:
  - id: polisstation-oppen
    text: Att polisstationen i Kungälv ska öppnas och vara tillgänglig för invånarna fem dagar i veckan. (Polis)
    owners: [polisen]
    places: [polisstationen i Kungälv]
    slots: {days: [mon, tue, wed, thu, fri], distinct_days: true}
    goal: {at_least: 5, per: week, unit: öppetdagar}
events:
  - {date: 2024-01-05, time: "09:00", target: polisstation-oppen}
"""),
    ("One sentence, one goal per place", "jonkoping-2023",
     "Polisen och kommunen ska tillsammans med Vätterhem fortsätta med att utveckla arbetet "
     "Effektiv samordning för trygghet (EST) och lägesbilder för Råslätt, Österängen, "
     "Öxnehaga, Huskvarna, Jönköpings tätort och övriga Jönköpings kommun, med särskilt "
     "fokus på Råslätt som är kommunens enda utsatta område.",
     """targets:
  - id: est-lagesbilder
    text: Polisen och kommunen ska tillsammans med Vätterhem fortsätta med att utveckla arbetet Effektiv samordning för trygghet (EST) och lägesbilder för Råslätt, Österängen, Öxnehaga, Huskvarna, Jönköpings tätort och övriga Jönköpings kommun, med särskilt fokus på Råslätt som är kommunens enda utsatta område.
    owners: [polisen, kommunen]
    partners: [Vätterhem]
    unit: lägesbilder
    per_place:
      - {place: Råslätt}
      - {place: Österängen}
      - {place: Öxnehaga}
      - {place: Huskvarna}
      - {place: Jönköpings tätort}
      - {place: övriga Jönköpings kommun}
"""),
    ("An effect goal with an owner and a threshold", "kungsbacka-2019",
     "90 % uppger att de känner sig trygga",
     """indicators:
  - id: kanner-sig-trygga
    text: Andel som uppger att de känner sig trygga
    direction: increase
    unit: procent
    owners: [kommunen]
    threshold: 90
    measurements:
      - {date: 2019-11-30, value: 90, source: dialogenkät 2019}
"""),
    ("Share of another count; coverage of a set; response time", "strangnas-2020",
     "Under året har vi haft fyra lokala BRÅ-möten, Brottsförebyggande råd, i varje "
     "kommundel.",
     """targets:
  - id: bra-moten
    text: Under året har vi haft fyra lokala BRÅ-möten, Brottsförebyggande råd, i varje kommundel.
    owners: [kommunen]
    goal: {cover: [Strängnäs, Mariefred, Åkers styckebruk, Stallarholmen]}
  - id: klotter
    text: ta bort klotter inom 24 timmar
    owners: [kommunen]
    goal: {within_hours: 24}
  - id: besokare
    text: minst 200 besökare
    owners: [kommunen]
    goal: {at_least: 200}
  - id: forstagangs
    text: varav minst 20 procent ska vara förstagångsanvändare
    owners: [kommunen]
    goal: {share_of: besokare, percent: 20, unit: förstagångsanvändare}
"""),
    ("A milestone plus a recurrence; a state to keep", "jonkoping-2024",
     "SSPF skall initieras och testas i ett pilotprojekt under 2024 och det ska "
     "kontinuerligt utvärderas under året",
     """targets:
  - id: sspf-pilot
    text: SSPF skall initieras och testas i ett pilotprojekt under 2024 och det ska kontinuerligt utvärderas under året
    owners: [polisen, kommunen]
    goal: {milestone: true, then: {at_least: 1, per: tertial, unit: utvärderingar}}
  - id: andts-tjanst
    text: ha en tillsatt tjänst (ANDTS)
    owners: [kommunen]
    goal: {milestone: true, keep: true}
"""),
    ("Which activity types count", "goteborg-centrum-2017",
     "Vid minst hundra tillfällen ska vi genomföra insatser i syfte att öka den synliga "
     "polisiära närvaron i området kring Kanaltorget, Östra- Västra Nordstan samt "
     "Brunnsparken",
     """targets:
  - id: synlig-narvaro
    text: Vid minst hundra tillfällen ska vi genomföra insatser i syfte att öka den synliga polisiära närvaron i området kring Kanaltorget, Östra- Västra Nordstan samt Brunnsparken
    owners: [polisen]
    places: [Kanaltorget, Östra Nordstan, Västra Nordstan, Brunnsparken]
    counts_types: [fotpatrullering, närvaroinsats]
    goal: {at_least: 100, unit: tillfällen}
events:
  - {date: 2024-03-01, target: synlig-narvaro, count: 700, qualifier: at_least, type: fotpatrullering, place: Nordstan}
"""),
    ("A rate per school term", "karlstad-2023",
     "Genomföra samtal med ungdomar i riskzon bland annat genom SSPF-konceptet.",
     """targets:
  - id: sspf-samtal
    text: Genomföra samtal med ungdomar i riskzon bland annat genom SSPF-konceptet.
    owners: [polisen, kommunen]
    target_group: ungdomar i riskzon
    goal: {at_least: 2, per: term, unit: SSPF-möten}
"""),
    ("Follow-up facts: not reported, by-products, disagreeing sources, preparation",
     "vingaker-2017",
     "Nio personer har blivit rapporterade för brotten olovlig körning eller ratterfylleri "
     "under den här perioden.",
     """targets:
  - id: trafikkontroller
    text: genomföra minst 50 trafikkontroller i tätorten Vingåker
    owners: [polisen]
    goal: {at_least: 50, unit: trafikkontroller}
    results:
      - {source: polisen.se tertial 1, value: 50, qualifier: approx, text: drygt femtio trafikkontroller}
  - id: trygghetsvandring
    text: genomföra den årliga trygghetsvandringen i Vingåker
    owners: [kommunen]
    goal: {at_least: 1, per: year, unit: trygghetsvandring}
  - id: hastighet
    text: att mäta och kartlägga hastighetsöverträdelser i kommunen
    owners: [kommunen]
    outcome: {status: not_reported, reason: Uppföljningen nämner inga mätningar.}
events:
  - date: 2024-04-30
    target: trafikkontroller
    count: 50
    qualifier: at_least
    results:
      - {what: personer rapporterade för olovlig körning eller rattfylleri, count: 9}
  - {date: 2024-04-15, target: trygghetsvandring, preparation: true, note: Till hösten planeras en trygghetsvandring.}
"""),
    ("Pledge level: area, signing, open end, follow-up plan, versions", "strangnas-2020",
     "ett årligt medborgarlöfte, som börjar gälla från och med undertecknandet",
     """pledge:
  area: Strängnäs kommun, alla kommundelar
  signed: 2024-03-16
  from_signing: true
  follow_up:
    cadence: tertial
    lead: kommunen
    channels: [kommunens webbplats, polisens webbplats]
    text: Medborgarlöftet kommer att följas upp och utvärderas tre gånger under året. Uppföljningen publiceras både på kommunens och polisens webbplatser.
  versions:
    - {source: "https://polisen.se/om-polisen/medborgarloften/strangnas/", note: listan avbruten efter tre punkter}
"""),
)
"""(need, corpus file, published sentence, YAML fragment)."""
