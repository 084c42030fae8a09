"""The sections of a published pledge's text: priorities, situation, commitments, signatures.

Text copied from a web page or a PDF is a sequence of headings, bullet lines and paragraphs.
`read_layout` walks it once. A heading sets what follows: priorities ("Prioriterade
områden", "Fokusområden", "Problemområden", "Lägesbild – identifierade områden"), the
situation ("Situationen idag"), the follow-up (which ends the commitments), a party
("Polisen lovar att", "Kommunen och polisen kommer tillsammans att") or any other heading
("Aktiviteter", "Här är alla punkter:", "Trygghet i offentlig miljö"), under which the lines
that read as commitments are commitments (`sentences.looks_like_commitment`). Commitments need
no heading at all: a sentence with its owners and a verb of doing is one wherever it stands.
Effect goals ("Målet är …", "Effekt: …") are kept apart. Bullet lines wrapped by a PDF are
joined. A careless copy is read from what is left of its layout: list items whose bullets
were lost (a verb of doing, an owner after a dash, an activity under "Aktiviteter"), words
hyphenated at a line end, priorities with no blank line after them, labelled cards
("Aktivitet:", "Ansvarig:", "Mål:"). Each line is looked at a bounded number of times (and
only the end of a line being joined): linear in the text. Pure.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from medborgarlofte.core.drafting.draft import MUNICIPALITY_ID, slug
from medborgarlofte.core.drafting.numbers import (
    guess_goal,
    number_value,
    starts_with_milestone_verb,
)
from medborgarlofte.core.drafting.owners import (
    SUBJECT_VERBS,
    PartyRef,
    dated_owners,
    names_the_partners,
    owners_of_heading,
    parties_in,
    responsible,
    split_trailing_owners,
    subject_of,
)
from medborgarlofte.core.drafting.sentences import (
    DOING_VERBS,
    LABEL,
    WE_PROMISE,
    effect_text,
    is_background,
    is_effect_goal,
    is_meta,
    looks_like_commitment,
    opens_as_effect_goal,
    same_subject_clauses,
    split_sentences,
    strip_att,
)
from medborgarlofte.core.drafting.signatories import OFFICE, signatories

_CONTROLS = {c: " " for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (0x09, 0x0A, 0x0D)}
"""Control characters (a PDF's form feeds, stray backspaces) are no text: read as spaces."""
_MARKUP = re.compile(r"^\s{0,3}#{1,6}\s+|\*\*|__")
"""Markdown a copy may carry: heading hashes, bold stars."""
MAX_ITEMS = 200
"""No published pledge has this many commitments; a text with more is not one, and drafting
stops taking them (with a note) so that any text is drafted in bounded time."""
_BULLET = re.compile(
    r"^(?:[•·▪◦●○■►✓✔*\-–—➢→◆♦\uf0b7\uf0a7]|o(?= )|[0-9]{1,2}[.)]|[a-zA-Z]\))\s+(.*)$")
_PRIORITIES = re.compile(r"prioriter|fokusområd|problemområd|identifierade områden|\bteman?\b"
                         r"|\binriktning(?:ar)?\b|problembild|identifierade problem|"
                         r"problembeskrivning|^(?:lokala |våra |de största )?(?:problem(?:en)?|"
                         r"utmaningar(?:na)?)\s*:?$"
                         r"|^(?:vårt |årets |i |särskilt )?fokus\s*:?$", re.IGNORECASE)
_NOT_PRIORITIES = re.compile(r"\blöft(?:e|en|et)\b|lovar|aktivitet|åtar|\bdel i\b", re.IGNORECASE)
_ONE_PRIORITY = re.compile(
    r"^(?:fokusområde|prioritering|prioriterat område|problemområde|insatsområde|målområde|"
    r"tema)(?:\s+\d{1,2})?\s*[:.–—-]?\s+(?!\d)([^:]{3,80}?)\s*:?$", re.IGNORECASE)
"""A heading naming one priority ("Fokusområde 1: Trafiksäkerhet"), not a list of them."""
_INLINE_PRIORITIES = re.compile(
    r"^(?:prioriteringa?r?|prioriterade områden|fokusområden?|fokus)\s*(?::|är)\s*(.+)$",
    re.IGNORECASE)
_FOCUS_LIST = re.compile(
    r"(?:särskilt fokus(?:era)? på|fokus på|fokusera på|prioriteringar(?:na)? är|"
    r"fokusområden(?:a)? är|prioriterade områden (?:är|blir)|(?:prioriterade )?fokusområden\s*:|"
    r"prioriterade områden\s*:)\s+([^.:;]{3,300})", re.IGNORECASE)
_IN_PRIORITY = re.compile(r"\b(?:i|inom|för|på|mot|av|kring|med|utifrån)\s+"
                          r"(?:de |våra |kommunens )?"
                          r"(?:prioriter|fokusområd|problemområd|identifierade)", re.IGNORECASE)
"""'Utvecklingsarbete i prioriterade områden': a subject heading, not a list of priorities."""
_PROMISE_LABEL = re.compile(r"^(?:löfte|löftet|åtagande|vi lovar|aktivitet|åtgärd)(?:\s+\d{1,2})?"
                            r"\s*:\s+(?=\S)", re.IGNORECASE)
"""'Löfte: Förstärkt polisiär närvaro …': a commitment, however it is phrased."""
_ACTIVITY_WORD = re.compile(
    r"(?:vandring|föreläsning|träff|möte|kampanj|insats|utbildning|kontroll|dialog|värd|vakt|"
    r"patrull|närvaro|besök|samverkan|information|kurs|program|projekt|ning)(?:ar|er|en|arna|"
    r"erna|na|or|s)?\b")
"""What a list item without a verb names: an activity ("Trygghetsvandring i Grebbestad")."""
_LIST_INTRO = re.compile(
    r"^(?:våra |gemensamma |årets )?(?:aktivitet|åtgärd|insats|löfte|åtagande)|^det här (?:ska|gör|"
    r"lovar)|^så här|^vi lovar|^vad (?:ska|lovar|gör)|^här är|^följande|:$", re.IGNORECASE)
"""Headings that open a list of commitments."""
_GOAL_LABEL = re.compile(r"^(?:mål|målsättning|omfattning|antal|frekvens|när|tidplan|tidpunkt|"
                         r"tid|period|genomförs)\s*:\s*(?=\S)", re.IGNORECASE)
"""'Mål: Minst 20 kontroller per termin' under a labelled commitment: its goal."""
_RESULT_LABEL = re.compile(r"^(?:resultat|utfall|genomfört|status|kommentar|så gick det|"
                           r"det här har vi gjort)\s*:\s", re.IGNORECASE)
"""'Resultat: Under förra året …': a follow-up's report on the commitment above, not one."""
_LEAD_AIM = re.compile(r"\b(?:arbeta|verka)\s+för\s+att\s+(?:minska|öka|förbättra|stärka|höja|"
                       r"motverka|förebygga)\b", re.IGNORECASE)
"""'Polis och kommun ska arbeta för att minska …' opening a paragraph of commitments: their
aim, not one of them."""
_PRESENT_AIM = re.compile(r"^(?:\S+\s+){1,8}?(?:arbetar|verkar|jobbar|samarbetar|samverkar)\b"
                          r"[^.]{0,60}?\bför att (?:öka|minska|förbättra|stärka|skapa|"
                          r"förebygga|motverka|höja)\b", re.IGNORECASE)
"""'Polisen och Hjo kommun arbetar var för sig och i samverkan för att öka tryggheten': how
the parties work, said in the present before any commitment: the intro, not a promise."""
_NOMINAL = re.compile(
    r"^(?:en|ett)\s+(?:[\wåäö]+(?:a|t)\s+)?[\wåäö-]*(?:översyn|kartläggning|utredning|"
    r"inventering|handlingsplan|trygghetsvandring|föreläsning|kampanj|utbildning|informationsträff|"
    r"medborgardialog|samverkansöverenskommelse)\b", re.IGNORECASE)
"""'En översyn av trafiksäkerheten runt skolorna.' under a subject heading: a commitment."""
_LETTER = re.compile(r"[^\W\d_]")
_PAGE_CONTROL = re.compile(r"^(?:visa (?:mer|mindre|alla)|läs mer|läs hela|dölj|"
                           r"(?:bild|slide|sida) [0-9]{1,3})\s*[.:]?$", re.IGNORECASE)
_PAGE_FOOTER = re.compile(r"\b(?:dela sidan|skriv ut|senast uppdaterad|sidan uppdaterad)\b",
                          re.IGNORECASE)
"""A web page's or a slide show's own words, not the pledge's."""
_SITUATION = re.compile(
    r"^(?:situationen (?:idag|i dag)|lägesbild(?:en)?|bakgrund|nuläge(?:t)?|varför (?:ett )?"
    r"medborgarlöfte\w*\??|vad är (?:ett )?medborgarlöfte\w*\??)\s*:?$",
    re.IGNORECASE,
)
_END = re.compile(
    r"^(?:uppföljning|resultat|så har vi|följ (?:med|arbetet)|vill du veta|kontakt|läs mer|"
    r"mer information|detta har|information om uppföljning)", re.IGNORECASE)
_TITLE = re.compile(r"medborgarlöft", re.IGNORECASE)
_AIM = re.compile(r"\blovar att (?:[\w ]{0,25} )?arbeta (?:med|för|mot)\b(?![^.]*\d)"
                  r"(?!\s+följande)",
                  re.IGNORECASE)
_PROMISED_AIM = re.compile(r"\blovar\s+(?:\S+\s+){0,3}?att\s+(?:\S+\s+)?(?:minska|öka|förbättra|"
                           r"stärka)\s", re.IGNORECASE)
"""'Under 2017 lovar polisen att minska problemen med …' before any commitment: the aim."""
_QUOTE = re.compile(r"[,!?]”? säger [a-zåäö]", re.IGNORECASE)
_RATE_WORDS = re.compile(r"\b(?:per|i|varje|om) (?:vecka|veckan|månad|månaden|år|året|termin|"
                         r"terminen|kvartal|tertial)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NUMBERED = re.compile(r"^[0-9]{1,2}[.)]\s")
_LETTER_ITEM = re.compile(r"^[a-h]\)\s+\S")
_CELLS = re.compile(r"\t| {3,}|\s*\|\s*")
_RULE = re.compile(r"[-:=+]+")
_WIDE_GAP = re.compile(r"\S {3,}\S")
_GOALISH = re.compile(r"\d|\b(?:minst|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|varje|"
                      r"gång|gånger|per|veckan|månaden|året|terminen|klart|klar|färdigt)\b",
                      re.IGNORECASE)
"""A table's "när" or "mål" cell that says how often or how many ("Minst 10 per år")."""
_TABLE_HEADER = re.compile(r"^(?:aktivitet(?:er)?|åtgärd(?:er)?|löfte(?:n)?|insats(?:er)?|vad)$",
                           re.IGNORECASE)
_COLUMN_ROLES = (
    ("number", re.compile(r"^(?:nr|nummer|#|löpnummer|id)\.?$")),
    ("text", re.compile(r"^(?:aktivitet(?:er|en)?|åtgärd(?:er|en)?|löfte(?:n|t)?|insats(?:er|en)?|"
                        r"vad|åtagande(?:n|t)?|beskrivning|vad gör vi)$")),
    ("owner", re.compile(r"^(?:ansvar(?:ig|iga)?|ägare|utförare|vem|huvudansvar(?:ig)?|"
                         r"ansvarar|aktör(?:er|en)?|ansvarig(?:a)? (?:aktör(?:er)?|part(?:er)?|"
                         r"verksamhet))$")),
    ("place", re.compile(r"^(?:plats(?:er|en)?|var|där|geografi|ort)$")),
    ("partner", re.compile(r"^(?:partner|partners|samverkan|samverkanspart(?:er|ner)?|"
                           r"samarbetspart(?:er|ner)?|i samverkan med|medverkande)$")),
    ("goal", re.compile(r"^(?:mål|målsättning|omfattning|antal|frekvens|tidplan|när|tid|"
                        r"tidpunkt|period|genomförs)$")),
    ("ignored", re.compile(r"^(?:uppföljning|uppföljs|följs upp|status|kommentar(?:er)?|"
                           r"resultat|mätning|indikator|problemområde|prioritering|område)$")),
)
"""The header words of a table's columns ("| Nr | Aktivitet | Ansvarig | Uppföljning |"):
which cell is the commitment, who is responsible, its goal; a number column and the follow-up
cadence ("Tertialvis") are neither."""
_RESPONSIBLE = re.compile(r"^(?:ansvar(?:ig|iga)?|ägare|utförare|genomförs av|ansvarar)\s*:\s*"
                          r"([^.]{2,120})\.?$", re.IGNORECASE)
_EFFECTS = re.compile(r"^(?:effektmål(?:en)?|effekter|önskade effekter|förväntade effekter|"
                      r"effekt|önskad effekt|förväntad effekt|(?:effekter|effektmål|det|detta|"
                      r"vad|mål|resultat) (?:som )?vi vill (?:uppnå|se|nå|åstadkomma)|(?:det här|"
                      r"detta) (?:vill|ska) vi (?:uppnå|åstadkomma)|så här vill vi att det ska bli|"
                      r"effekt(?:en|erna)|önskade? effekt(?:er|en)?|förväntade? effekt(?:er|en)?|"
                      r"förvänta(?:t|de?) resultat(?:et)?|önskat läge|"
                      r"målsättning(?:ar|en|arna)?|vår(?:t|a) mål|långsiktiga mål|"
                      r"syfte och mål|mål och syfte|effekter vi vill (?:se|uppnå)|"
                      r"målet|målen|mål|målet är att|målen är att|vad vill vi uppnå\??|"
                      r"vad ska vi uppnå\??|vad vill vi åstadkomma\?|"
                      r"(?:målet|målen|syftet) (?:med|för) (?:medborgarlöfte\w*|löftet|löftena|"
                      r"arbetet|insatserna|aktiviteterna)|"
                      r"(?:det här |detta |så här |vad )?vill vi uppnå|vi vill uppnå)\s*:?$",
                      re.IGNORECASE)
_PARTY_HEADING = re.compile(
    r"^[^.,;]{1,60}?\s(?:lovar|åtar sig|ska|skall|kommer)(?:\s(?:att|tillsammans|gemensamt|"
    r"följande|även|också|under (?:året|\d{4}(?:[-–]\d{2,4})?)"
    r"|(?:i samverkan|i samarbete|tillsammans) med [^.,;:]{2,40}?(?=\satt\b)))*\s*:?$",
    re.IGNORECASE)
"""A heading that names who promises: "Polisen lovar", "Vi lovar tillsammans"."""
_SUBJECT_WORDS = re.compile(r"\b(?:ska|skall|kommer|lovar|är|har|blir)\b", re.IGNORECASE)
_SITUATION_CUE = re.compile(
    r"\b(?:har (?:vi |invånarna |medborgarna |många )?(?:sett|hört|märkt|noterat|berättat|"
    r"uppgett|lyft|pekat på)|kom fram|framkom|framkommit|lyfts|lyftes|lyfte|upplever|upplevs|"
    r"visar|visade|uppgav|tog upp|nämnde|nämns|berättade|oroar sig|underlag(?:et)?|"
    r"tog vi fram|togs fram|tagits fram|tagit fram|samverkanspart\w*|samarbetspart\w*|"
    r"samarbetar med|samverkar med|bygger på|källor)\b", re.IGNORECASE)
"""'Det här kom fram i dialogerna:', 'Invånarna har berättat om:', 'Lägesbilden visar:': a
heading over what was seen or heard (the situation), or over how the pledge was made and
with whom ('Underlag:', 'Så här tog vi fram löftet:', 'Samverkanspartners:'), not over
commitments."""
_PROMISE_CUE = re.compile(r"\b(?:ska|skall|lovar|kommer att|åtar|vi gör|gör vi|åtagande\w*|"
                          r"löften(?:a)?|aktivitet\w*|insats\w*|åtgärd\w*)\b",
                          re.IGNORECASE)
_SECTION_WORDS = re.compile(
    r"prioriter|fokus|problem|identifierade|tema|inriktning|situation|läges|bakgrund|nuläge|"
    r"utmaning|"
    r"uppfölj|resultat|så har|följ|vill du|kontakt|läs mer|information|detta har", re.IGNORECASE)
"""A heading without any of these opens no section of its own (checked first: speed)."""
_OPEN_END = re.compile(r"(?:\b(?:och|samt|eller|att|med|i|på|för|av|till|om|mot|minst|varav|"
                       r"cirka|ca|än|per)|[,–—-])$")
_LIST_SPLIT = re.compile(r",\s*|(?<!-)\s+(?:och|samt)\s+(?=[^,]*$)")
_PARTY_SECTION = re.compile(
    r"^(?:[0-9]{1,2}\.?\s+)?(?:(?:polisens|kommunens|stadens|[A-ZÅÄÖ][\w-]+ (?:kommuns|stads)|"
    r"gemensamma) (?:åtaganden|löften|del|delar|ansvar|aktiviteter)|det här (?:gör|lovar|ska) "
    r"(?:polisen|kommunen|staden|vi tillsammans|vi gemensamt|[A-ZÅÄÖ][\w-]+ (?:kommun|stad))"
    r"(?: göra)?)\s*:?$", re.IGNORECASE)
"""A heading that opens a party's own section, whose subject headings keep its owners."""
_SECTION_NUMBER = re.compile(r"^([0-9]{1,2})\.?\s+(?=[A-ZÅÄÖ])")
_SUB_NUMBER = re.compile(r"^([0-9]{1,2})\.[0-9]{1,2}\.?\s+(?=\S)")
"""'3 Polisens åtaganden' opens a numbered section, '3.1 EST' one of its sub-headings."""
_ANNOUNCES_LIST = re.compile(
    r"\b(?:aktiviteter(?:na)?|åtgärder(?:na)?|insatser(?:na)?|åtaganden(?:a)?|löften(?:a)?)\b"
    r"[^.]{0,40}\b(?:nedan|härunder|nedanstående|är följande|blir följande)\b"
    r"|\b(?:nedanstående|följande) (?:aktiviteter|åtgärder|insatser|åtaganden|löften)\b"
    r"|\bnedan\b[^.]{0,40}\b(?:aktiviteter|åtgärder|insatser|åtaganden|löften)\b",
    re.IGNORECASE)
_COUNT_IN = re.compile(r"\b(?!(?:19|20)\d\d\b)\d+|\bminst\b", re.IGNORECASE)
"""A count in the line (not a year): a commitment, however it announces others."""
"""'Medborgarlöftet ska uppfyllas genom de aktiviteter som redovisas nedan': the line over the
commitments, however it is phrased (it need not end with ':')."""
_AREAS_FOLLOW = re.compile(r"\bföljande (?:[\wåäö]+ )?(?:områden|frågor|teman|"
                           r"problem|prioriteringar)\s*:$", re.IGNORECASE)
"""'Kommunen och polisen har kommit överens om att fokusera på följande områden:': the
priorities follow, even under the parties' names."""
_DIGIT_OR_COUNT = re.compile(r"\d|\b(?:minst|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|"
                             r"varje|gång|gånger|per)\b", re.IGNORECASE)
_PASSIVE = re.compile(
    r"\b(?:genomförs|anordnas|arrangeras|hålls|erbjuds|startas|införs|görs|ordnas|utförs|"
    r"bjuds in|delas ut|sätts upp|installeras|påbörjas|upprättas|tas fram|inrättas|utökas|"
    r"förstärks|intensifieras)\b", re.IGNORECASE)
"""A commitment in the passive: "Under året genomförs fyra trygghetsvandringar …"."""


_OWNER_UNIT = re.compile(r"\s*\(([^()]{2,80})\)")
"""'Falu kommun (Samhällsbyggnadsförvaltningen)': an owner cell naming the unit that does it."""


def _without_units(cell: str) -> tuple[str, str]:
    """An owner cell without the units it names in parentheses, and those units as a note:
    'Ekby kommun (Fritidsenheten), Polisen' -> ('Ekby kommun, Polisen', '(Fritidsenheten)')."""
    units = _OWNER_UNIT.findall(cell[:400])
    return (_OWNER_UNIT.sub("", cell[:400]).strip(),
            " ".join(f"({unit.strip()})" for unit in units))


@dataclass
class Commitment:
    """One commitment as published, and the owners the text gives it (None: not stated)."""

    text: str
    owners: list[PartyRef] | None
    group: str | None = None
    """The subject heading it stands under ("Trafik"), when the text groups by subject."""
    with_others: list[PartyRef] = field(default_factory=list)
    """Organisations a responsible line names "tillsammans med" (co-owners to confirm)."""
    goal_text: str = ""
    """The "Mål:" or "Tidplan:" lines under it, which its text takes in (the goal is read
    from them too)."""
    owner_unsure: bool = False
    """Its owner was read from a subject no rule knows as a party ("Tidigt föräldrastöd
    anordnar …"): a person must confirm it."""
    places: list[str] = field(default_factory=list)
    """The places a table's "Plats" column names for it ("Lövgärdet")."""
    named_in_line: bool = False
    """Its heading says each line names its owner ("Våra samarbetspartner lovar:"): the name
    after its final dash owns it, whatever it is called; none there is an owner to check."""
    details: str = ""
    """Its sub-items ("a) Pilotprojektet omfattar 2 skolområden."): part of its text as
    published, but neither commitments of their own nor read for its goal."""
    responsible_named: bool = False
    """Its one owner was read from a table's responsible column, which names who answers for
    it: an organisation its text does it "tillsammans med" is a partner, not a co-owner."""
    owner_line: bool = False
    """Its owners were read from a responsible line under it ("Ansvarig: Polisen")."""


@dataclass
class Layout:
    """What the text holds, section by section, in published order."""

    priorities: list[str] = field(default_factory=list)
    situation: list[str] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    effects: list[str] = field(default_factory=list)
    signatories: list[tuple[str, str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    too_many: bool = False
    """More than MAX_ITEMS commitments, effect goals or priorities: the rest were left out."""


def clean_lines(text: str) -> list[str]:
    """The text's lines, stripped, with no-break spaces and Windows line ends normalised."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROLS)
    raw, sidebar = _without_sidebar(text.replace("\u00a0", " ").split("\n"))
    lines = [_MARKUP.sub("", line).strip() for line in _hanging_joined(raw)]
    lines = ["" if _breadcrumb(line) else line for line in lines]
    return _wrapped_joined(lines) if sidebar else lines


_TRAIL_SEPARATOR = re.compile(r" (?:/|>|›|») ")


def _breadcrumb(line: str) -> bool:
    """A web page's trail of where it sits ("Omsorg, stöd och hjälp / Trygg och säker /
    Brottsförebyggande / OPK - Överenskommelse polis och kommun", "Start > Kommun och politik
    > Medborgarlöften"): three or more short parts, each opening in capitals, and no sentence
    (a table's cells, split by tabs, gaps or pipes, are not a trail)."""
    if len(line) > 300 or line[-1:] in ".!?:" or not _TRAIL_SEPARATOR.search(line):
        return False
    parts = _TRAIL_SEPARATOR.split(line)
    return len(parts) >= 3 and all(0 < len(p) <= 60 and (p[0].isupper() or p[0].isdigit())
                                   for p in (part.strip() for part in parts))


_HANGING = re.compile(r"^( {1,12}|\t)(?=\S)")


def _hanging_joined(raw: list[str]) -> list[str]:
    """The lines with each bullet's continuation lines, which a PDF set with a hanging
    indent ("• genomföra … Vandringen ska" / "  ske med fokus …"), joined to it: a line
    indented to where the bullet's text begins, after the bullet or another such line."""
    out: list[str] = []
    indent: int | None = None  # where the text of the bullet being continued begins
    for line in raw:
        bullet = _BULLET.match(line.lstrip(" ")[:400])
        if bullet:
            start = len(line) - len(line.lstrip(" "))
            indent = start + bullet.start(1)
            out.append(line)
            continue
        hanging = _HANGING.match(line[:20])
        if indent is not None and hanging and abs(len(hanging.group(1)) - indent) <= 1 \
                and out and len(out[-1]) < 4000 and not _table_like(line.strip()[:400]) \
                and not _RESPONSIBLE.match(line.strip()[:200]):  # "  Ansvarig: Polisen"
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        indent = None
        out.append(line)
    return out


def _wrapped_joined(lines: list[str]) -> list[str]:
    """The lines of a PDF page (one with a sidebar, so set in narrow columns) with each
    sentence the page wrapped whole again: a line that opens in lower case goes on the line
    before it when that one ends no sentence."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and line[:1].islower() and out[-1][-1:] not in ".!?:;" \
                and not _BULLET.match(line) and len(out[-1]) < 4000:
            out[-1] += " " + line
        else:
            out.append(line)
    return out


_INDENT = re.compile(r"^ {30,}(?=\S)")
_GAP_AT = re.compile(r"\S( {3,})(?=\S)")
_SIDEBAR_LINES = 3


def _without_sidebar(raw: list[str]) -> tuple[list[str], bool]:
    """The lines of a PDF page copied with a sidebar (a box of contacts, a "Vad är ett
    medborgarlöfte?" column) beside the text: the sidebar's column, found where at least three
    lines are indented to the same place, is dropped, both its lines of their own (so that the
    sentences wrapped around them join up again) and its part of the lines it shares."""
    columns: Counter[int] = Counter()
    for line in raw:
        indent = _INDENT.match(line[:400])
        if indent:
            columns[indent.end() // 4] += 1
    if not columns:
        return raw, False
    bucket, count = columns.most_common(1)[0]
    if count < _SIDEBAR_LINES:
        return raw, False
    start = min(len(m.group()) for line in raw if (m := _INDENT.match(line[:400]))
                and len(m.group()) // 4 == bucket)
    out = []
    for line in raw:
        indent = _INDENT.match(line[:400])
        if indent and abs(indent.end() - start) <= 4:
            continue  # a line of the sidebar's own
        gap = next((m for m in _GAP_AT.finditer(line[:start + 6])
                    if abs(m.end() - start) <= 4), None)
        out.append(line[:gap.start(1)] if gap else line)
    return out, True


def is_heading(line: str) -> bool:
    """A short line that does not end a sentence: 'Polisen', 'Det här ska vi göra'."""
    if not line or len(line) > 200 or _BULLET.match(line):
        return False
    if line.endswith(":"):
        return line.count(" ") < 30
    if len(line) > 90 or line[-1] in ".,;!?" or line.count(" ") >= 12 \
            and len(line.split()) > 12:
        return False
    lowered = line.lower()
    return (not _SUBJECT_WORDS.search(line) or lowered.endswith(" att")
            or lowered.startswith(("det här", "detta", "här ", "så "))
            or bool(_PARTY_HEADING.match(line)) or bool(_OPENER_HEADING.match(line)))


_OPENER_HEADING = re.compile(
    r"^[^.,;:]{1,80}?\s(?:lovar|åtar sig|ska|skall|kommer att)\s+(?:att\s+)?(?:gemensamt\s+|"
    r"tillsammans\s+|även\s+|också\s+)?(?:arbeta|jobba|fokusera|satsa|verka)(?:\s+vidare)?"
    r"\s+(?:med|på|för|mot|inom)$", re.IGNORECASE)
"""'Polisen och Ekby kommun lovar att arbeta med' (no colon): the opening of a sentence the
lines under it end, so a heading over them, not a commitment."""


@functools.lru_cache(maxsize=4096)
def _cell_parties(cell: str, municipality: str, mode: str) -> tuple[PartyRef, ...] | None:
    """The parties a table cell names (tables repeat their cells: cached)."""
    found = parties_in(cell[:200], municipality, mode=mode)
    return tuple(found) if found else None


_OWNER_MARK = re.compile(r"\((?:[^()]{0,40}\b)?(?:polis|kommun|gemensam|tillsammans|båda|alla)"
                         r"[^()]{0,40}\)\.?$|\((?:P|K|P ?[+&/] ?K|K ?[+&/] ?P|Gem)\)\.?$",
                         re.IGNORECASE)
"""'… invånarna föreslår. (Polis)': the owner that ends a commitment in a PDF's list."""
_CHUNK_LINES = 6


def _marked_items(lines: list[str]) -> list[str]:
    """The lines with the commitments of a text that ends each one with its owner in
    parentheses ("… fem dagar i veckan. (Polis)") whole again, when a PDF wrapped them over
    several lines: the lines since the last blank line, heading (":") or owner mark are one
    commitment with the mark that ends them, so long as each line after the first continues a
    sentence (it opens in lower case, or goes on after a wrapped one) and not a new item."""
    marked = [i for i, line in enumerate(lines[:100000]) if _OWNER_MARK.search(line[-80:])]
    if len(marked) < 2:
        return lines
    ends = set(marked)
    out: list[str] = []
    chunk: list[str] = []
    for i, line in enumerate(lines):
        if not line or line.endswith(":") or _BULLET.match(line) and chunk:
            out += chunk
            chunk = []
            if not line or line.endswith(":"):
                out.append(line)
                continue
        chunk.append(line)
        if i in ends:
            out += _chunk_joined(chunk)
            chunk = []
        elif len(chunk) > _CHUNK_LINES:
            out.append(chunk.pop(0))
    return out + chunk


_WRAP_WORDS = frozenset({"och", "samt", "eller", "att", "med", "i", "på", "för", "av", "till",
                         "om", "mot", "vid", "som", "vara", "bli", "från", "under", "inom"})
"""A line ending in one of these goes on, in capitals too ("… MED FOKUS PÅ")."""


def _chunk_joined(chunk: list[str]) -> list[str]:
    """The lines up to an owner mark, joined where each continues the one before."""
    start = len(chunk) - 1
    while start > 0:
        before, line = chunk[start - 1], chunk[start]
        wrapped = before[-1:] not in ".!?;" and (
            line[:1].islower() or before.rsplit(maxsplit=1)[-1].lower() in _WRAP_WORDS)
        goes_on = before[-1:] in ".!?" and line[:1].isupper() and not _opens_item(line) \
            and (start - 1 > 0 and chunk[start - 2][-1:] not in ".!?;" or len(before) > 70)
        if not (wrapped or goes_on):
            break
        start -= 1
    return chunk[:start] + [" ".join(chunk[start:])]


def _opens_item(line: str) -> bool:
    """A line that opens a commitment of its own: a verb of doing, 'Att', a count."""
    first = line.split(maxsplit=1)[0].lower().strip(".,:") if line.split() else ""
    return first in DOING_VERBS or first in ("att", "minst", "högst", "utskick") \
        or first[:1].isdigit()


def _joined(lines: list[str]) -> list[str]:
    """The lines with bullets a PDF wrapped onto the next line joined again, and words it
    hyphenated at a line end ("trygg-" / "hetsvandringen") whole again."""
    lines = _marked_items(lines)
    out: list[str] = []
    open_item = open_bullet = False
    full = _full_width(lines)
    width = _wrap_width(lines)
    tail = 0  # the length of the last line that went into out[-1]
    for line in lines:
        if _RESPONSIBLE.match(line[:200]):
            out.append(line)  # "Ansvarig: Polisen" under an item: a line of its own
            open_item = open_bullet = False
            tail = len(line)
            continue
        if out and out[-1] and len(out[-1]) < 4000 and out[-1][-1:] not in ":;" \
                and _owners_alone(line):
            out[-1] += " " + line  # "4. Patrullera … under sommaren" / "– Polisen"
            continue
        if width and out and out[-1] and line and len(out[-1]) < 4000 \
                and _sentence_goes_on(out[-1], tail, line, width):
            out[-1] += " " + line  # "… till narkotika." / "Polisen ska öka …": one paragraph
            tail = len(line)
            continue
        tail = len(line)
        if out and line and len(out[-1]) < 4000 and _HYPHENATED.search(out[-1][-4:]) \
                and line[:1].islower() and not _LIST_WORD.match(line):
            out[-1] = out[-1][:-1] + line
            continue
        if not open_item and out and out[-1] and line[:1].islower() and len(out[-1]) < 4000 \
                and _OPEN_END.search(out[-1][-12:]) and not _BULLET.match(line) \
                and (len(out[-1]) > 60 or not out[-1].endswith(" att")) \
                and not (out[-1].endswith(",") and _is_bare_item(line)):
            out[-1] += " " + line  # prose wrapped at "och" / "," (a list whose bullets were lost)
            continue
        if out and out[-1] and line and len(out[-1]) < 4000 and _continues(out[-1], line, full):
            out[-1] += " " + line  # a sentence a PDF wrapped: "… som fyller" / "15 år. (Kommun)"
            continue
        if open_item and line and not _BULLET.match(line) and len(out[-1]) < 4000 \
                and out[-1][-1:] not in ".!?:" \
                and (_OPEN_END.search(out[-1][-12:]) and not (out[-1].endswith(",")
                                                              and _is_bare_item(line))
                     or line[:1].islower() and (not _is_bare_item(line) or open_bullet
                                                and line[:4] == "att ")):
            out[-1] += " " + line
            continue
        out.append(line)
        open_bullet = bool(_BULLET.match(line))
        open_item = bool(line) and (open_bullet or _is_bare_item(line))
    return out


_WRAPPED_NUMBER = re.compile(
    r"^[0-9]{1,4}(?:[,.][0-9]+)?(?:\s+(?:[a-zåäö%]|[A-ZÅÄÖ]{2,}\b)|[.,;]?$)")
"""'15 år.', '30 procent …': a line a PDF wrapped before a number, not a numbered item."""
_WRAP_WIDTH = 60
_WRAPPED_LINES = 10
_FILLED_LINES = 6
_DASH_OWNER = re.compile(r"\s[–—-]\s+\S+(?:\s+\S+){0,4}$")
"""'… gymnasieåldern. – Polisen': an item that ends with its owner, so ends there."""
_SENTENCE_IN = re.compile(r"[a-zåäö]{2}[.,] [A-ZÅÄÖa-zåäö]")
"""A full stop or comma inside the line, not at its end: running prose, not a list item."""
_TABLE_LIKE = re.compile(r"\t|\||\S {3,}\S")


def _table_like(text: str) -> bool:
    """True for a table's row (tabs, pipes, wide gaps): `_TABLE_LIKE`, the gaps looked for
    only where there are three spaces (fast on long lines)."""
    return "\t" in text or "|" in text or "   " in text and _TABLE_LIKE.search(text) is not None


def _wrap_width(lines: list[str], least: int = _WRAPPED_LINES) -> int | None:
    """The width a PDF set the text in, when it was set so: the length most lines reach (the
    90th percentile), when at least `least` lines and a quarter of them come within a fifth
    of it; None for a copy from a web page (a paragraph is one line)."""
    lengths = [len(line) for line in lines[:20000]  # a table's rows are not set, and a
               if line and not _table_like(line[:400])  # bullet may have been joined
               and not _BULLET.match(line)]  # from its hanging lines
    if len(lengths) < least:
        return None
    width = sorted(lengths)[len(lengths) * 9 // 10]
    near = sum(1 for n in lengths if width * 4 // 5 <= n <= width + 2)
    return width if 40 <= width <= 110 and near >= max(least, len(lengths) // 4) else None


def _sentence_goes_on(before: str, tail: int, line: str, width: int) -> bool:
    """True for a line that goes on with a paragraph a PDF wrapped, opening with a capital:
    the line before was full (within a fifth of the page's width), and either ended a
    sentence and the line opens the next one ("… till narkotika." / "Polisen ska öka …"), or
    ended mid-sentence before a name and the line is full too ("… mellan Trollhättans" /
    "Stad och Polisen om …"). Never a line that is an item, an effect goal or a heading of
    its own (a bullet, a verb of doing, a label, "Målet är …", a short line)."""
    if tail < width * 4 // 5 or not line[:1].isupper() or before[-1:] not in "." \
            and not before[-1:].isalnum() \
            or _BULLET.match(line) or _BULLET.match(before) or LABEL.match(line) \
            or _table_like(line[:400]) or _OWNER_MARK.search(before[-80:]) \
            or _DASH_OWNER.search(before[-60:]) or opens_as_effect_goal(line):
        return False
    first = strip_att(line).split(maxsplit=1)[0].lower().strip(",.")
    if first in DOING_VERBS or line.lower().startswith("att ") or first == "minst" \
            or first[:1].isdigit() or _PASSIVE.search(line[:80]) or _LABELLED.match(line):
        return False  # "Under året genomförs fyra …", "Minst 10 …": a commitment of its own
    if before[-1:] != ".":  # mid-sentence: only a full line that is no sentence of its own
        return len(line) >= width * 4 // 5 and not is_heading(line) \
            and subject_of(line[:200], "") is None
    return line.endswith(".") or _SENTENCE_IN.search(line[:400]) is not None \
        or len(line) >= width * 4 // 5 and not is_heading(line)


_LABELLED = re.compile(r"^[^\s:]{1,30}:\s")
_MODAL_AT = re.compile(r"\b(?:ska|skall|kommer att|lovar att|åtar sig att|lovar|att)\b",
                       re.IGNORECASE)


_DASHED = re.compile(r"^[–—-]\s+(\S.{0,80})$|^\((\S.{0,60})\)\.?$")
_NAME_WORDS = frozenset({"och", "samt", "kommun", "stad", "polisen", "kommunen", "&", "polis",
                         "gemensamt", "båda"})


def _owners_alone(line: str) -> bool:
    """True for a line that is only a dash and owners ("– Polisen", "– Kommunen och
    Polisen") or owners in parentheses ("(kommunen)."): the end of the item above, which a
    PDF wrapped before its owners."""
    dashed = _DASHED.match(line)
    if not dashed:
        return False
    names = (dashed.group(1) or dashed.group(2)).rstrip(". ")
    words = names.replace(",", " ").replace("/", " ").split()
    return len(words) <= 8 and all(w[:1].isupper() or w.lower() in _NAME_WORDS for w in words) \
        and bool(parties_in(names, "", mode="list"))


def _awaits_verb(before: str) -> bool:
    """True when the line's last promise has no verb of doing after it yet: "Polisen och
    kommunen lovar att tillsammans med Räddningstjänsten Bergslagen" (the verb is on the
    next line)."""
    tail = before[-200:].lower()
    if "ska" not in tail and "lovar" not in tail and " att" not in tail:
        return False
    ends = [m.end() for m in _MODAL_AT.finditer(tail)]
    if not ends:
        return False
    after = tail[ends[-1]:].split()
    return len(after) <= 8 and not any(w.strip(",.") in DOING_VERBS for w in after)


def _full_width(lines: list[str]) -> int:
    """How long a line a PDF filled is: three quarters of the width it set the text in (see
    `_wrap_width`; six such lines will do), between 40 and `_WRAP_WIDTH` characters; else
    `_WRAP_WIDTH` (a copy from a web page, whose paragraphs are long lines)."""
    width = _wrap_width(lines, _FILLED_LINES)
    return max(40, min(_WRAP_WIDTH, width * 3 // 4)) if width else _WRAP_WIDTH


def _continues(before: str, line: str, full: int = _WRAP_WIDTH) -> bool:
    """True for a line that goes on with the sentence of the line before it, which a PDF
    wrapped: the line before is a full line (a short one ends by itself) that ends no
    sentence (nor a heading's ":", nor an owner "(Polis)"), and the line opens in lower case
    without a verb of doing (not an item of a list whose bullets were lost: "genomföra …"),
    with a number ("… ungdomar som fyller" / "15 år."; a numbered item is "1. Trafik"), or,
    in prose, with a capital and runs on past a full stop or comma itself."""
    if before[-1:] in ".!?:;" or _BULLET.match(line) or _table_like(line[:400]) \
            or _table_like(before[-400:]) or _OWNER_MARK.search(before[-80:]):
        return False  # an item ends with its owner: "… (Polis)"
    if ":" in line[:20] and not line.endswith(":"):
        return False  # "v. 12: …" in a timetable
    last = before.rsplit(maxsplit=1)[-1].lower()
    if _is_bare_item(line):  # "genomföra …" in a list that lost its bullets, unless a full
        # line ends with a word no sentence ends with ("… Polis och kommun ska" / "genomföra")
        # or a promise still waiting for its verb ("… lovar att tillsammans med X")
        return len(before) >= full and (last in _GOES_ON or _awaits_verb(before)) \
            or last in ("fortsätta", "fortsätter", "börja", "försöka")  # "… att fortsätta"
    if len(before) >= full and last in _GOES_ON and line[:1].isupper() \
            and line.split(maxsplit=1)[0].lower() not in DOING_VERBS and not LABEL.match(line):
        return True  # "… per år på" / "Storgatan och Bergslagsvägen."
    if before.endswith(",") and len(before) >= full:
        return True  # "… med personbilar," / "A-traktorer och mopeder …"
    if len(before) < full:  # a short line ends by itself (a list item whose bullet
        # was lost), unless with a word no sentence ends with ("… när de" / "går hem …"),
        # a number ("minst 30" / "hastighetskontroller") or a name's word ("årskurs" / "7")
        return (line[:1].islower() or _WRAPPED_NUMBER.match(line) is not None) \
            and (last in _GOES_ON or last in _TRANSITIVE or last in _BEFORE_NUMBER
                 and line[:1].isdigit() or number_value(last) is not None
                 and last not in ("en", "ett") and line[:1].islower())
    if line[:1].islower() or _WRAPPED_NUMBER.match(line):
        return True
    first = line.split(maxsplit=1)[0].lower()
    opens = strip_att(before.lstrip("•·▪-–* ")).split(maxsplit=1)[:1]
    if not line[:1].isupper() or not before[-1:].isalnum() or first in DOING_VERBS \
            or first == "att" or LABEL.match(line) or _DASH_OWNER.search(before[-60:]):
        return False
    if line.endswith(".") and len(line) < 60 and not _SENTENCE_IN.search(line) \
            and not subject_of(line[:200], ""):
        return True  # "… föräldrautbildning" / "ABC vid minst två tillfällen.": its end
    return len(line) >= 40 and not _BULLET.match(before) \
        and not (opens and opens[0].lower() in DOING_VERBS) \
        and _SENTENCE_IN.search(line[:200]) is not None and not LABEL.match(before)


_TRANSITIVE = frozenset({"öka", "minska", "förbättra", "stärka", "skapa", "förebygga",
                         "motverka", "förhindra", "genomföra", "erbjuda", "utveckla", "främja"})
"""Verbs that want an object: a line ending with one goes on ("… ska verka för att öka" /
"medvetenheten hos …")."""
_GOES_ON = _WRAP_WORDS | {"de", "den", "det", "dem", "en", "ett", "vi", "när", "där", "har",
                          "är", "ska", "kan", "kommer", "sig", "så", "efter", "genom", "utan",
                          "mellan", "över", "samt", "eller", "hur", "vad", "fortsätta",
                          "fortsätter", "vill", "börja", "försöka", "skall", "lovar"}
_BEFORE_NUMBER = frozenset({"årskurs", "åk", "skolår", "väg", "vecka", "klass", "kapitel",
                            "paragraf", "nummer", "nr"})
"""Words no sentence ends with: the line after goes on with it, however short."""


_HYPHENATED = re.compile(r"[a-zåäö]{2}-$")
_LIST_WORD = re.compile(r"(?:och|eller|samt)\b")
"""'trafik-' / 'och narkotikainsatser' keeps its hyphen: a list, not a hyphenated word."""


_LEADING_ADVERBS = {"att", "tillsammans", "gemensamt", "även", "också", "fortsatt", "aktivt"}


def _is_bare_item(line: str) -> bool:
    """A list item whose bullet the copy lost: it opens with a verb of doing, in lower case
    ("genomföra minst 100 trafikkontroller …")."""
    words = line.split(maxsplit=2)
    if words[:1] == ["att"]:
        words = words[1:]  # "att mäta och kartlägga …"
    first = words[0] if words else ""
    return line[:1].islower() and first.lower() in DOING_VERBS


class _Reader:
    """The state of one walk over the lines."""

    def __init__(self, municipality: str) -> None:
        self.municipality = municipality
        self.layout = Layout()
        self.state = "intro"
        self.owners: list[PartyRef] | None = None
        self.group: str | None = None
        self.paragraph: list[str] = []
        self.last_heading: str | None = None
        """The line just read when it was taken for a heading ("Ansvarig:" may follow)."""
        self.previous_group: str | None = None
        self.after_bullet = False
        self.bullet_next = False
        """The next line with text is a bullet (so this one may be a heading over a list)."""
        self.list_open = False
        """Under a heading that opens a list ("Aktiviteter", "Polisen lovar att"): short lines
        with nothing under them are its items, not headings."""
        """The line before was a bullet: a bullet after it is one more item, not a heading."""
        self.priority_lines = 0
        self.priority_bullets = False
        """How many lines the priorities list under its heading has had, and whether bulleted:
        a plain line after bulleted priorities ends the list (a copy may lose blank lines)."""
        self.card = False
        """The last commitment was given by labelled lines ("Aktivitet:", "Ansvarig:"), so a
        "Mål:" line that follows belongs to it."""
        self.effect_before = False
        self.numbered_item: int | None = None
        """The commitment just read from a numbered line ("1. …"), whose "a)", "b)" lines
        under it are its details."""
        """The line before was an effect goal (a list of them goes on)."""
        self.columns: list[str] | None = None
        self.priority_headings = False
        """Priorities are read from headings over subject headings."""
        self.partners_named = False
        """Under a heading over the partners' promises ("Våra samarbetspartner lovar:")."""
        self.units_noted = ""
        """The units the table row just read names in its owner cell ("(Fritidsenheten)")."""
        self.quoted = False
        """The text is an article that quotes the pledge's commitments ("I löftet står bland
        annat: "Kommunen …""): only what it quotes is a commitment."""
        self.above: tuple[int, int] | None = None
        """The commitments the line above made (from, to), which an "Ansvarig:" line under it
        names the owners of; None when that line made none."""
        self.above_text: str | None = None
        """The line above when it made nothing (no commitment, effect goal or priority): an
        item all the same when an "Ansvarig:" line names its owners."""
        self.attached = False
        """The line just read belongs to the commitment above ("Mål: …", "a) …")."""
        self.above_priority = False
        """The line above was read as a priority (an "Ansvarig:" line under it says no)."""
        self.areas_announced = False
        """The priorities were announced in a sentence ("… pekar ut tre problemområden:")."""
        self.section: str | None = None
        self.party_section: list[PartyRef] | None = None
        """The owners of a party's own section ("Polisens åtaganden", "Det här gör
        kommunen"), which its subject headings ("Trafik") keep."""
        """The number of the party's section being read ("3" of "3 Polisens åtaganden"): its
        numbered sub-headings ("3.1 EST") keep its owners."""
        """The roles of the columns of the table being read, from its header row."""

    def _table_row(self, row: str) -> None:
        """A row of a table copied from a web page or a PDF (cells between tabs, pipes or wide
        gaps): the commitment, then who is responsible, and when or how often."""
        cells = [cell.strip() for cell in _CELLS.split(row[:2000]) if cell.strip()]
        if not cells or all(_RULE.fullmatch(c) for c in cells):
            return  # the rule under the header ("|---|---|")
        roles = _column_roles(cells)
        if roles is not None:
            self.columns = roles  # the header row: what each column holds
            return
        if _TABLE_HEADER.match(cells[0]):
            return  # a header the columns are not read from
        if _TITLE.search(cells[0]) and not self.layout.commitments \
                or cells[0].isupper() and len(cells[0].split()) <= 8:
            return  # a page's header beside the title ("MEDBORGARLÖFTE I KUNGÄLV    Polisen")
        if self.columns is not None and len(cells) < len(self.columns):
            cells = _narrow_cells(row, len(self.columns)) or cells
        if self.columns is not None and len(cells) == len(self.columns):
            self._row_by_columns(cells, self.columns)
            return
        if len(cells) > 1 and (_cell_parties(cells[0], self.municipality, "strict")
                               or all(_is_office(c) for c in cells)):
            return  # "Vingåkers kommun          Polisen", "Kommunstyrelsens ordförande
            # Kommunpolis": who signs, not a commitment
        at = next((i for i, cell in enumerate(cells[1:4], start=1)
                   if _cell_parties(cell, self.municipality, "list")), None)
        units = ""
        if at is None:  # "Ekby kommun (Fritidsenheten)": the municipality, its unit noted
            at = next((i for i, cell in enumerate(cells[1:4], start=1)
                       if "(" in cell and _without_units(cell)[0]
                       and _cell_parties(_without_units(cell)[0], self.municipality, "list")),
                      None)
            if at is not None:
                cells[at], units = _without_units(cells[at])
                self.units_noted = units
        if at is None and self.columns is not None and len(self.layout.commitments) < MAX_ITEMS \
                and _activity_cell(cells[0]):
            self._unmatched_row(cells)  # a row of a table with a header: never dropped
        elif at is None:
            self._items(" ".join(cells), False)
        elif len(self.layout.commitments) < MAX_ITEMS:
            self.state = "commitments"
            owners = list(_cell_parties(cells[at], self.municipality, "list") or ())
            goal = " ".join(c for c in cells[at + 1:] if _GOALISH.search(c))
            self.layout.commitments.append(Commitment(cells[0], owners, self.group,
                                                      goal_text=goal[:600],
                                                      responsible_named=len(owners) == 1))

    def _unmatched_row(self, cells: list[str]) -> None:
        """A row under a table's header whose cells do not line up with its columns: the first
        cell is the commitment, the others its goal when they state one; its owner unknown
        (to check)."""
        self.state = "commitments"
        goal = " ".join(c for c in cells[1:] if _GOALISH.search(c))
        self.layout.commitments.append(Commitment(cells[0], None, self.group,
                                                  goal_text=goal[:600]))

    def _row_by_columns(self, cells: list[str], columns: list[str]) -> None:
        """A row of a table whose header named its columns: the text from the activity column,
        the owners from the responsible one, the goal from the goal one (never the follow-up
        cadence or the row's number)."""
        by_role: dict[str, list[str]] = {}
        for role, cell in zip(columns, cells, strict=True):
            by_role.setdefault(role, []).append(cell)
        text = " ".join(by_role.get("text", []))
        if not text or len(self.layout.commitments) >= MAX_ITEMS:
            return
        owner_cell = " och ".join(by_role.get("owner", []))
        owners = list(_cell_parties(owner_cell, self.municipality, "list") or ()) \
            if owner_cell else None
        unsure = False
        bare, units = _without_units(owner_cell) if owner_cell and not owners \
            and "(" in owner_cell else ("", "")
        if bare:  # "Falu kommun (Samhällsbyggnadsförvaltningen)": the municipality
            owners = list(_cell_parties(bare, self.municipality, "list") or ()) or None
            self.units_noted = units if owners else ""
        if owner_cell and not owners:  # "Tidigt föräldrastöd": the column says it acts
            owners = [PartyRef(p.id, p.name, _unit_kind(p.name)) if p.kind == "other" else p
                      for p in _cell_parties(owner_cell, self.municipality, "subject") or ()]
            unsure = bool(owners)
        goal = " ".join(c for c in by_role.get("goal", []) if _GOALISH.search(c))
        partner_cell = " och ".join(by_role.get("partner", []))
        others = list(_cell_parties(partner_cell, self.municipality, "list") or ()) \
            if partner_cell else []
        self.state = "commitments"
        places = [c for c in by_role.get("place", []) if c][:10]
        self.layout.commitments.append(Commitment(text, owners or None, self.group, others,
                                                  goal_text=goal[:600], owner_unsure=unsure,
                                                  places=places,
                                                  responsible_named=len(owners or ()) == 1
                                                  and not unsure))

    def _responsible(self, names: str) -> None:
        """"Ansvarig: Polisen" under a commitment (or a short line taken for a heading, or a
        line read as nothing): the owners of what the line above made, never of an item
        further up; an owner line that names no party leaves the item's owner to check."""
        owners, others = responsible(names, self.municipality)
        above, text = self.above, self.above_text
        if self.last_heading is not None and len(self.layout.commitments) < MAX_ITEMS:
            self.layout.commitments.append(Commitment(self.last_heading, owners, None, others,
                                                      owner_unsure=not owners,
                                                      owner_line=True))
            self.group = self.previous_group
        elif above is not None:
            for item in self.layout.commitments[above[0]:above[1]]:
                item.owner_line = True
                if owners:
                    item.owners, item.with_others = owners, others
                else:
                    item.owner_unsure = True  # "Ansvarig: se handlingsplanen": to check
        elif text is not None and len(self.layout.commitments) < MAX_ITEMS:
            if self.above_priority and self.layout.priorities:
                self.layout.priorities.pop()  # read as a priority, but it has an owner line
            self.state = "commitments"  # "Sätta upp ny belysning …" / "Ansvarig: Kommunen":
            self.layout.commitments.append(Commitment(  # an item, whatever it reads like
                text, owners or self.owners, self.group, others,
                owner_unsure=not owners, owner_line=True))
        self.above = self.above_text = None
        self.last_heading = None
        self.card = True

    def heading(self, line: str) -> None:
        self.partners_named = names_the_partners(line)
        self.areas_announced = False
        self._heading(line)
        if self.state != "commitments":
            self.party_section = None  # the priorities, the background, the follow-up

    def _heading(self, line: str) -> None:
        self.last_heading, self.previous_group = line, self.group
        first, stop, rest = line.partition(". ")
        if stop and rest.endswith(":") and not self.layout.priorities \
                and (_AIM.search(first) or _LEAD_AIM.search(first)):
            self.layout.priorities.append(first + ".")  # "Vi lovar att arbeta för att X. Detta
            # ska göras genom att:": the aim is the priority, the list its commitments
        self.list_open = False
        if _EFFECTS.match(line):
            self.state, self.owners, self.group = "effects", None, None
            return
        if _SITUATION.match(line) and line.endswith("?"):
            self.state = "situation"  # "Varför medborgarlöfte?": the background
            return
        owners = owners_of_heading(line, self.municipality)
        if not owners and _TITLE.search(line) and not line.endswith(":") \
                and not _NOT_PRIORITIES.search(line) and not self.layout.commitments \
                and not _PRIORITIES.search(line):
            return  # the pledge's title ("Medborgarlöfte Heby 2020"): no list starts here
        if not owners and _SITUATION_CUE.search(line) \
                and not _LIST_INTRO.search(re.sub(r"(?i)^så här ", "", line.rstrip(" :"))) \
                and not _PROMISE_CUE.search(line):
            self.state = "situation"  # "Det här kom fram i dialogerna:", "Lägesbilden visar:"
            return
        if not owners and not _SECTION_WORDS.search(line):
            self._subject_heading(line)
            return
        one = _ONE_PRIORITY.match(line)
        if one and not owners:  # "Fokusområde 1: Trafik": a priority, and what follows serves it
            named = one.group(1).strip()
            if not any(p.lower().startswith(named.lower()) for p in self.layout.priorities[:50]):
                self.layout.priorities.append(named)  # not when listed above already
            self.state, self.owners, self.group = "commitments", None, one.group(1).strip()
            return
        inline = _INLINE_PRIORITIES.match(line)
        if inline and not line.endswith(":"):
            self.layout.priorities += _priority_list(inline.group(1))
            return
        if _PRIORITIES.search(line) and not _NOT_PRIORITIES.search(line) and not owners \
                and not _IN_PRIORITY.search(line) or line.endswith(":") \
                and _AREAS_FOLLOW.search(line) and not _NOT_PRIORITIES.search(line):
            self.state = "priorities"
            self.priority_lines = 0
            self.priority_bullets = False
        elif _SITUATION.match(line):
            self.state = "situation"
        elif _END.match(line):
            self.state = "after"
        elif owners and self.party_section is not None and len(line.split()) == 1 \
                and self.state == "commitments" \
                and all(o.kind == "kommun" and o.id != MUNICIPALITY_ID for o in owners):
            self._subject_heading(line)  # "Skola" under "Polisens åtaganden": a subject
        elif owners:
            number = _SECTION_NUMBER.match(line)
            if number or self.owners != owners:  # "Polisen åtar sig att:" under its section
                self.section = number.group(1) if number else None
            if _PARTY_SECTION.match(line):
                self.party_section = owners
            elif self.owners != owners:
                self.party_section = None
            self.state, self.owners, self.group = "commitments", owners, None
            self.list_open = True
        else:
            self._subject_heading(line)

    def _listed_line(self, line: str, before_sentence: bool) -> bool:
        """A short line under a heading that opens a list ("Aktiviteter"), with no paragraph
        and no bullets under it: one more item of the list ("Bättre belysning i parken (K)")."""
        if self.list_open and not self.bullet_next and _noun_item(line):
            return True  # "Fler trygghetsvandringar i Norrby" over the next item's sentence
        if not self.list_open or before_sentence or self.bullet_next or len(line.split()) < 2 \
                or line.endswith(":") or not _ACTIVITY_WORD.search(line.lower()) \
                or LABEL.match(line):
            return False
        return not (_END.match(line) or _SITUATION.match(line) or _EFFECTS.match(line)
                    or _PRIORITIES.search(line) or _TITLE.search(line)
                    or owners_of_heading(line, self.municipality))

    def _item_without_bullet(self, line: str, before_sentence: bool) -> bool:
        """A short line with no full stop that is a list item whose bullet the copy lost, not
        a heading: it names its owners after a dash or in parentheses, or it opens with a verb
        of doing ("Genomföra två trygghetsvandringar") and no paragraph follows it."""
        if line.endswith(":") or _TITLE.search(line):
            return False  # a list's heading, or the title ("Medborgarlöfte 2019 – Årjäng")
        tail = line.rstrip(". ")[-1:]
        if dated_owners(line, self.municipality):
            return True  # "2020-03: Polisen – genomföra …": a timetable's line
        if not ((tail == ")" or " – " in line or " - " in line)
                and split_trailing_owners(line, self.municipality,
                                          any_name=self.partners_named)):
            if before_sentence or len(line.split()) < 3:
                return False
            words = [w for w in line.lower().split()[:4] if w not in _LEADING_ADVERBS]
            if not ((words and words[0] in DOING_VERBS) or starts_with_milestone_verb(line)
                    or WE_PROMISE.match(line) or subject_of(line, self.municipality)):
                return False
        # "Polisen lovar att", "Polisen och kommunen": a party's heading, not an item
        return not (_PARTY_HEADING.match(line) or _OPENER_HEADING.match(line)
                    or parties_in(line, self.municipality, mode="strict"))

    def _ends_priorities(self, body: str, bullet: bool) -> bool:
        """True when a line cannot be one more priority: a plain line after bulleted ones, or
        a line that names who does it ("Genomföra 40 kontroller – Polisen")."""
        if self.priority_lines and self.priority_bullets and not bullet:
            return True
        if not bullet and self.priority_lines and is_heading(body) \
                and _LIST_INTRO.search(body.rstrip(" :")):
            return True  # "Det här lovar vi" after the priorities, no blank line between
        if self.areas_announced and (strip_att(body).split(maxsplit=1) or [""])[0].lower() \
                in DOING_VERBS:
            return True  # "1. Genomföra …" under "… följande områden:": commitments after all
        return bool(split_trailing_owners(body[:300], self.municipality)
                    or subject_of(body[:300], self.municipality))

    def priority_heading(self, line: str) -> bool:
        """A heading over subject headings ("Ökad trygghet och minskad brottslighet"): one
        priority, when it names no party and opens no section of its own."""
        if self.state not in ("intro", "commitments") or _TITLE.search(line) \
                or _SECTION_WORDS.search(line) or _EFFECTS.match(line) or _END.match(line) \
                or _LIST_INTRO.search(line) or _NUMBERED.match(line) \
                or owners_of_heading(line, self.municipality) \
                or len(self.layout.priorities) >= MAX_ITEMS:
            return False
        if self.layout.priorities and not self.priority_headings:
            return False  # the text listed its priorities already
        self.priority_headings = True
        self.layout.priorities.append(line)
        self.state, self.owners, self.group = "commitments", None, None
        return True

    def _subject_heading(self, line: str) -> None:
        """A heading that names no party and no section: commitments grouped by subject."""
        self.list_open = bool(_LIST_INTRO.search(line))
        sub = _SUB_NUMBER.match(line)
        if sub and self.owners and sub.group(1) == self.section:
            self.state, self.group = "commitments", line  # "3.1 EST" under "3 Polisens åtaganden"
            return
        if _SECTION_NUMBER.match(line):
            self.section = None  # "4 Uppföljning": the party's numbered section has ended
            self.party_section = None
        elif self.party_section is not None and self.state == "commitments":
            self.owners, self.group = self.party_section, line  # "Trafik" under "Polisens
            return  # åtaganden": a subject of the party's own section
        if self.state == "commitments" and self.group is None and self.owners is None:
            self.group = line
        else:
            self.state, self.owners, self.group = "commitments", None, line

    def line(self, line: str, before_sentence: bool) -> None:
        if self.numbered_item is not None and _LETTER_ITEM.match(line):
            item = self.layout.commitments[self.numbered_item]  # "a) …" under "1. …"
            if len(item.details) < 2000:
                item.details = f"{item.details} {line}".strip()
            return
        effects, commitments = len(self.layout.effects), len(self.layout.commitments)
        priorities, self.attached = len(self.layout.priorities), False
        self._line(line, before_sentence)
        made = len(self.layout.commitments)
        if made > commitments:
            self.above, self.above_text = (commitments, made), None
        elif not self.attached and not self.card:
            self.above = None  # a line that made nothing: an item if an owner line follows
            bullet = _BULLET.match(line)
            self.above_text = (bullet.group(1).strip() if bullet else line) \
                if len(self.layout.effects) == effects \
                and len(self.layout.priorities) <= priorities + 1 \
                and self.last_heading is None and self.state != "after" else None
            self.above_priority = len(self.layout.priorities) == priorities + 1 \
                and self.state == "priorities"
        if self.partners_named:  # "Våra samarbetspartner lovar:": each line names its owner
            for item in self.layout.commitments[commitments:]:
                item.named_in_line = True
        if self.units_noted:  # a table's "Ekby kommun (Fritidsenheten)": its unit, in its text
            for item in self.layout.commitments[commitments:]:
                item.details = self.units_noted
            self.units_noted = ""
        self.effect_before = len(self.layout.effects) > effects
        self.numbered_item = len(self.layout.commitments) - 1 \
            if (_NUMBERED.match(line) or _BULLET.match(line) and not _LETTER_ITEM.match(line)
                or _opens_item(line)) \
            and len(self.layout.commitments) > commitments else None  # its "a)", "b)" follow

    def _line(self, line: str, before_sentence: bool) -> None:
        if _PAGE_CONTROL.match(line) or len(line) < 160 and _PAGE_FOOTER.search(line) \
                or len(line) < 40 and not _LETTER.search(line):
            return  # "Visa mer" under an accordion's item, "Bild 3" over a slide, "2018" or
            # "2 (2)" on a line of its own (a title's year, a page number): no heading
        if not self.layout.commitments and not self.layout.effects \
                and _SIGNING.search(line[:4000]):
            line = _without_signing_news(line)  # "Polisen och Ekby kommun undertecknar …"
            if not line:
                return  # an article's news of the signing: neither promise nor effect goal
        if line.endswith(("?", ":")) and (_EFFECTS.match(line) or _SITUATION.match(line)
                                          or self.state == "situation" and line.endswith("?")):
            self.heading(line)  # "Vad vill vi uppnå?", "Varför medborgarlöfte?" (a question
            return  # after the background opens the next part of a page of questions)
        bullet = _BULLET.match(line)
        if not bullet and self.state != "after" and line.endswith(":") \
                and _AREAS_ANNOUNCED.search(line[-300:]):
            before = _SENTENCE_END.split(line[:4000])[:-1]
            if before:  # "Löftet bygger på dialoger … Dialogerna pekar ut tre problemområden:"
                self.layout.situation.append(" ".join(before))
            self.state, self.owners, self.group = "priorities", None, None
            self.priority_lines, self.priority_bullets = 0, False
            self.areas_announced = True  # a numbered list of areas follows: priorities
            return
        if not bullet and self.state != "after" and len(line) <= 200 \
                and line[-1:] not in "!?" and _ANNOUNCES_LIST.search(line) \
                and (line[-1:] != "." or not _COUNT_IN.search(line)):
            self.heading(line)  # "… genom de aktiviteter som redovisas nedan": a list follows
            self.state, self.owners, self.group = "commitments", self.owners, None
            self.list_open = True
            return
        body = bullet.group(1).strip() if bullet else line
        if self.state == "situation" and bullet and body and not _NUMBERED.match(line) \
                and (strip_att(body).split(maxsplit=1) or [""])[0].lower() not in DOING_VERBS \
                and not WE_PROMISE.match(body) \
                and subject_of(body[:300], self.municipality) is None:
            self.layout.situation.append(body)  # a bullet of the background ("3 dialogmöten")
            return
        after_bullet, self.after_bullet = self.after_bullet, bool(bullet)
        if bullet and before_sentence and is_heading(body) and len(body.split()) <= 5 \
                and self.state != "priorities" \
                and (_NUMBERED.match(line) or not after_bullet and len(body.split()) <= 3
                     and not _DIGIT.search(body) and not self._item_without_bullet(body, False)):
            self.heading(body)  # "1. Trafik", "– Trafik" over the sentences about it
            return
        if "\t" in body or body.count("|") >= 2 or _WIDE_GAP.search(body[:2000]):
            self._table_row(body)
            return
        self.columns = None  # a line that is no row ends the table
        if _RESULT_LABEL.match(body):
            self.attached = True
            return  # a follow-up's result under the commitment
        goal_label = _GOAL_LABEL.match(body)
        if goal_label and self.card and self.layout.commitments:
            item = self.layout.commitments[-1]  # "Mål: Minst 20 kontroller per termin"
            item.goal_text = f"{item.goal_text} {body}".strip()[:600]
            self.attached = True
            return
        promise = _PROMISE_LABEL.match(body)
        if promise and self.state not in ("after", "priorities") \
                and len(self.layout.commitments) < MAX_ITEMS:
            self.last_heading = None
            self.state = "commitments"
            self.layout.commitments.append(Commitment(body, self.owners, self.group))
            self.card = True
            return
        responsible = _RESPONSIBLE.match(body)
        if responsible and self.state != "after":
            self._responsible(responsible.group(1))
            return
        self.last_heading = None
        self.card = False
        if self.quoted and self.state != "after" and ('"' in body or "”" in body
                                                      or "»" in body):
            self._items(body, bool(bullet))  # a quoted promise, however short
            return
        if self.state == "priorities" and self._ends_priorities(body, bool(bullet)):
            self.state = "intro"  # the list ended without a blank line: read the line anew
        if self.state == "priorities" and (bullet or not line.endswith(":")) \
                and not (is_heading(line) and (owners_of_heading(line, self.municipality)
                                               or _END.match(line) or _SITUATION.match(line))) \
                and (bullet or len(line) <= 200):
            self.priority_lines += 1
            self.priority_bullets = self.priority_bullets or bool(bullet)
            focus = None if bullet else _FOCUS_LIST.search(body[:400])
            if focus:  # "Vi har särskilt fokus på narkotika, trygghet … och unga i riskzon."
                self.layout.priorities += _priority_list(focus.group(1))
            elif len(self.layout.priorities) < MAX_ITEMS:
                self.layout.priorities.append(body)
            else:
                self.layout.too_many = True
            return
        if not bullet and is_heading(line) and (before_sentence or _EFFECTS.match(line)
                                                or not opens_as_effect_goal(line)) \
                and not (self.state in ("commitments", "effects") and _is_bare_item(line)) \
                and not ((self.state == "effects" or self.effect_before)
                         and opens_as_effect_goal(line)) \
                and not self._item_without_bullet(line, before_sentence):
            if self._listed_line(line, before_sentence):
                self._items(body, True)  # one more item of the list, as if bulleted
                return
            self.heading(line)
            return
        if not bullet and not self.layout.priorities and self.state in ("intro", "situation") \
                and (named := _PRIORITY_SENTENCE.search(line[:600])):
            self.layout.priorities += _priority_list(named.group(1))  # "Prioriterade problem
            # är därför X, Y och Z.": the priorities, in a sentence of the background
        if self.state == "situation" and not bullet and opens_as_effect_goal(line):
            self.layout.effects.append(effect_text(line))
            return
        if self.state == "situation" and not bullet:
            self.paragraph.append(line)
            return
        if self.state == "after":
            return
        inline = _INLINE_PRIORITIES.match(line)
        if inline and not bullet:
            self.layout.priorities += _priority_list(inline.group(1))
            return
        if not bullet and before_sentence and not self.layout.commitments \
                and _NEWS_HEADLINE.match(line[:200]):
            return  # "Polis och kommun lovar fler insatser i Ekby": an article's headline
        if not bullet and _ACTIVITIES_INTRO.match(line[:200]):
            return  # "Det här är några av de aktiviteter som …": the intro of the list below
        self._items(body, bool(bullet))

    def _items(self, body: str, bullet: bool) -> None:
        listed = self.state == "commitments"
        if len(self.layout.commitments) >= MAX_ITEMS or len(self.layout.effects) >= MAX_ITEMS:
            self.layout.too_many = True
            return
        if self.quoted:  # an article: the pledge's words are its quotations, the rest is news
            for quote in _quoted_promises(body, self.municipality):
                if len(self.layout.commitments) < MAX_ITEMS:
                    self.layout.commitments.append(Commitment(quote, self.owners, self.group))
            return
        if self.state == "intro" and not bullet and body[:1].islower() \
                and not _is_bare_item(body) and ":" not in body[:20] \
                and not split_trailing_owners(body[:400], self.municipality):
            return  # "ökat i kommunen.": the end of a sentence the copy broke, no item
        sentences = [body] if bullet else split_sentences(body, self.municipality)
        clause_owners: dict[int, list[PartyRef]] = {}
        for index in range(len(sentences) - 1, -1, -1):
            clauses = same_subject_clauses(sentences[index], self.municipality) \
                if len(sentences) <= 50 and not _QUOTE.search(sentences[index][:400]) else None
            if clauses is not None:  # "Polisen ska genomföra minst sex …, och lovar att delta
                # vid minst fyra …": two commitments, the second owned by the first's subject
                sentences[index:index + 1] = [clauses[0], clauses[1]]
                clause_owners = {(i + 1 if i > index else i): o for i, o in clause_owners.items()}
                clause_owners[index + 1] = clauses[2]
        if len(sentences) >= 3 and _LEAD_AIM.search(sentences[0][:200]) \
                and not _DIGIT.search(sentences[0][:300]):
            aim = sentences.pop(0)  # the aim of the commitments that follow it
            if not self.layout.priorities:
                self.layout.priorities.append(aim)
            self.group = self.group or aim
        made = len(self.layout.commitments)
        for index, sentence in enumerate(sentences):
            made, before = len(self.layout.commitments), made
            if index in clause_owners:  # a commitment when the clause before it is one
                if before < made < MAX_ITEMS:
                    self.layout.commitments.append(Commitment(sentence, clause_owners[index],
                                                              self.group))
                continue
            if _QUOTE.search(sentence[:400]):
                continue  # someone quoted in a news article: neither a commitment nor a goal
            if not listed and not self.layout.commitments \
                    and _PRESENT_AIM.search(sentence[:300]) and not _DIGIT.search(sentence[:300]):
                continue  # "Polisen och kommunen arbetar … för att öka tryggheten": the intro
            if not bullet and not self.layout.commitments and (
                    self.state == "intro" and _AIM.search(sentence[:300])
                    or self.state != "effects" and not self.layout.priorities
                    and _PROMISED_AIM.search(sentence[:300])):
                # the pledge's aim, said before its parts
                self.layout.priorities.append(sentence)
            elif self.state == "effects" and not _CHANGE_WORD.search(sentence[:300]) \
                    and not self._commitment_among_effects(sentence):
                pass  # "Ansvar för aktiviteterna finns i handlingsplanen": no effect, no promise
            elif (self.state == "effects" and (not is_meta(sentence)
                                               or _PLEDGE_AIMS.match(sentence[:200]))
                  and not self._commitment_among_effects(sentence)) \
                    or is_effect_goal(sentence, self.municipality):
                self.layout.effects.append(effect_text(sentence))
            elif (listed and bullet) or looks_like_commitment(sentence, self.municipality) \
                    or split_trailing_owners(sentence, self.municipality) \
                    or dated_owners(sentence, self.municipality) \
                    or (listed and _RATE_WORDS.search(sentence[:300]) and not is_meta(sentence)
                        and (guess_goal(sentence).goal or {}).get("per")) \
                    or (listed and _PASSIVE.search(sentence[:80]) and not is_meta(sentence)
                        and not sentence.rstrip().endswith((":", "?"))) \
                    or (listed and _NOMINAL.match(sentence[:200]) and not is_meta(sentence)):
                self.layout.commitments.append(Commitment(sentence, self.owners, self.group))
            elif listed and (unit := _unit_subject(sentence)) is not None:
                self.layout.commitments.append(Commitment(  # "Tidigt föräldrastöd anordnar …"
                    sentence, [PartyRef(slug(unit) or "part", unit, _unit_kind(unit))],
                    self.group, owner_unsure=True))
            elif listed and _noun_item(sentence):  # "Förstärkt polisiär närvaro i centrum."
                self.layout.commitments.append(Commitment(sentence, self.owners, self.group))
            elif not self.layout.priorities:
                focus = _FOCUS_LIST.search(sentence[:2000])
                if focus:
                    self.layout.priorities += _priority_list(focus.group(1))

    def _commitment_among_effects(self, sentence: str) -> bool:
        """A line under an effect goals' heading that is a commitment all the same: a party
        that does something countable ("Polisen ska genomföra minst 20 kontroller")."""
        return not opens_as_effect_goal(sentence) \
            and not is_effect_goal(sentence, self.municipality) \
            and subject_of(sentence[:300], self.municipality) is not None \
            and looks_like_commitment(sentence, self.municipality) \
            and _DIGIT_OR_COUNT.search(sentence[:300]) is not None

    def blank(self) -> None:
        if self.paragraph:
            self.layout.situation.append(" ".join(self.paragraph))
            self.paragraph = []


_PLEDGE_AIMS = re.compile(r"^(?:medborgarlöfte\w*|löftet|löftena) (?:ska|skall|kommer att|vill) "
                          r"(?:\w+ )?(?:öka|minska|förbättra|stärka|bidra till|leda till|höja|"
                          r"sänka)\b", re.IGNORECASE)
"""'Medborgarlöftet ska öka den upplevda tryggheten' under an effects heading: its aim."""


_CHANGE_WORD = re.compile(r"ök|minsk|förbättr|stärk|trygg|färre|fler|lägre|högre|mål|effekt|"
                          r"uppnå|känn|upplev|uppfatt|sänk|bidra|förtroende|bättre|nöjd|halver|"
                          r"dubbl|försvinn|upphör|sjunk|stig", re.IGNORECASE)
"""A word of change: what an effect goal under an effects heading says."""


_SIGNING = re.compile(
    r"\b(?:undertecknar|undertecknade|undertecknat|(?:skrev|skriver|skrivit)\b[^.!?]{0,80}?"
    r"\bunder|signerar|signerade|signerat|tecknar|tecknade|tecknat)\b[^.!?]{0,100}?(?:avtal|"
    r"överenskommelse|medborgarlöfte|löfte)|(?:avtal|överenskommelse|medborgarlöfte|löfte)"
    r"\w*\s+(?:undertecknades|skrevs under|signerades|tecknades)\b", re.IGNORECASE)
_SIGNING_NEWS = re.compile(r"^(?:den |i dag|idag|på |under |nu |i går|igår|[A-ZÅÄÖ][\w-]+"
                           r"(?: [\w-]+){0,3} och )", re.IGNORECASE)


_SENTENCE_END = re.compile(r"(?<=[a-zåäö0-9)])[.!?]\s+(?=[A-ZÅÄÖ])")
_PURPOSE = re.compile(r"^syftet(?: med [\wåäö ]{1,40})? är att\b", re.IGNORECASE)


def _without_signing_news(line: str) -> str:
    """A line without an article's news of the signing that opens it ("Polisen och Ekby kommun
    undertecknar samverkansavtal", "Den 3 mars skrev Ekby kommun och polisen under ett nytt
    medborgarlöfte.") and the purpose said after it ("Syftet är att …"): neither commitment
    nor effect goal. A signing sentence that says more (a number, a promise, "med syfte att")
    is kept, and so is all that follows the news."""
    sentences = _SENTENCE_END.split(line[:4000]) if len(line) <= 4000 else [line]
    dropped = 0
    for sentence in sentences:
        if dropped == 0 and not (_SIGNING.search(sentence) and _SIGNING_NEWS.match(sentence)
                                 and not _SAYS_MORE.search(_DATES.sub(" ", sentence))):
            break
        if dropped and not _PURPOSE.match(sentence):
            break
        dropped += 1
    return ". ".join(sentences[dropped:]).strip() if dropped else line


_DATES = re.compile(r"\b\d{1,2}(?:e|:e)? (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)"
                    r"[a-zåäö]*(?: \d{4})?|\b(?:19|20)\d\d(?:-\d\d-\d\d)?\b", re.IGNORECASE)
_SAYS_MORE = re.compile(r"\d{2,}|\b(?:minst|genomföra|genomför|lovar|syfte|för att|ska|"
                        r"kommer att)\b", re.IGNORECASE)


_PRIORITY_SENTENCE = re.compile(
    r"\b(?:(?:de |våra )?prioriterade (?:problem(?:en)?|områden(?:a)?|frågor(?:na)?)|"
    r"(?:de |våra )?fokusområden(?:a)?)\s+(?:är|blir)\s+(?:därför\s+|alltså\s+|således\s+)?"
    r"(?!att\b)([^.:;!?]{3,300})", re.IGNORECASE)
"""'Prioriterade problem är därför X, Y och Z', 'De prioriterade områdena är …': the
priorities listed in a sentence."""


_NOUN_OPENING = re.compile(
    r"^(?:fler|mer|mera|ökad|ökat|ökade|förstärkt|förstärkta|utökad|utökat|utökade|bättre|"
    r"större|fortsatt|fortsatta|regelbundna|regelbunden|riktade|riktad|tätare|synlig|synliga|"
    r"synligare|återkommande|förbättrad|förbättrat|förbättrade|gemensamma|nya|tydligare|"
    r"intensifierad|intensifierade|särskilda)\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+", re.IGNORECASE)
_FINITE = frozenset({"är", "har", "blir", "finns", "var", "hade", "kan", "bör", "måste"})


def _noun_item(sentence: str) -> bool:
    """A commitment in a list written as a noun phrase with no verb ("Förstärkt polisiär
    närvaro i centrum under helgerna.", "Fler trygghetsvandringar i Ekby."): an activity
    named, more of it or stronger, and no verb of its own."""
    head = sentence[:250]
    if len(sentence) > 250 or not _NOUN_OPENING.match(head) or head.rstrip().endswith((":", "?")) \
            or not _ACTIVITY_WORD.search(" ".join(head.lower().split()[:6])) or is_meta(head):
        return False
    words = [w.strip(".,;").lower() for w in head.split()[:20]]
    return not any(w in SUBJECT_VERBS or w in _FINITE for w in words)


_UNIT_DOES = re.compile(
    r"^((?:[A-ZÅÄÖ][\wåäöé-]+)(?: [\wåäöé-]+){0,3}?) (?:anordnar|arrangerar|ordnar|erbjuder|"
    r"genomför|håller|startar|öppnar|driver|bjuder in|besöker|utbildar|informerar|samordnar|"
    r"fortsätter|utvecklar|patrullerar|nattvandrar|stöttar|stödjer|bedriver|inför|skapar|"
    r"ansvarar för|leder)\s+\S")
_NOT_A_UNIT = frozenset({"vi", "det", "man", "här", "den", "de", "detta", "dessa", "under",
                         "i", "varje", "alla", "många", "där", "nu", "sedan", "också", "även",
                         "som", "när", "om", "efter", "före", "inom", "en", "ett"})


def _unit_subject(sentence: str) -> str | None:
    """The unit that opens a sentence as its subject, in a list of commitments ("Tidigt
    föräldrastöd anordnar föräldrakurser …"), when no rule knows it as a party; None if the
    sentence does not open so."""
    found = _UNIT_DOES.match(sentence[:200])
    if not found or is_meta(sentence) or is_background(sentence):
        return None
    words = found.group(1).split()
    if any(w.lower() in _NOT_A_UNIT for w in words):
        return None
    return found.group(1)


def unit_subject_party(sentence: str) -> PartyRef | None:
    """The unit a sentence opens with as its subject ("Tidigt föräldrastöd anordnar …") as
    a party to confirm (see `_unit_kind`), or None."""
    unit = _unit_subject(sentence)
    return PartyRef(slug(unit) or "part", unit, _unit_kind(unit)) if unit else None


_ROLE_WORDS = re.compile(r"ordförande|chef\b|direktör|kommunalråd|samordnare|handläggare|"
                         r"sekreterare|polisområde|\bden \d{1,2}\b", re.IGNORECASE)


def _activity_cell(cell: str) -> bool:
    """A cell that can be an activity: three words or more, one in lower case, no role or
    date of a signature ("Anna Exempel", "Kommunstyrelsens ordförande" are not)."""
    words = cell.split()
    return len(words) >= 3 and any(w[:1].islower() for w in words[1:]) \
        and not _ROLE_WORDS.search(cell[:200])


_NARROW_CELLS = re.compile(r"\t| {2,}|\s*\|\s*")


def _narrow_cells(row: str, columns: int) -> list[str] | None:
    """The cells of a row whose gap between two cells is only two spaces ("Polisen/Uppsala
    kommun  En gång per termin"), when splitting there gives the table's number of columns."""
    cells = [cell.strip() for cell in _NARROW_CELLS.split(row[:2000]) if cell.strip()]
    return cells if len(cells) == columns else None


_VOLUNTEERS = re.compile(r"föräldrar|nattvandr|förening|frivillig|ideell|volontär|vuxenvandr|"
                         r"emellan|församling|scout|grannsamverkan", re.IGNORECASE)
"""'Föräldrar emellan', 'Vuxenvandrarna i Ekby': a network of volunteers, not a unit of the
municipality, though named in common words."""


def _unit_kind(unit: str) -> str:
    """'kommun' for a service named in common words ("Tidigt föräldrastöd", "Öppna
    förskolan": a municipality's own activity), 'other' for a name ("Nattvandrarna",
    "Ekby Fotbollsförening"); either way an owner to confirm."""
    words = unit.split()
    return "kommun" if len(words) >= 2 and all(w[:1].islower() for w in words[1:]) \
        and not _VOLUNTEERS.search(unit) else "other"


_QUOTED = re.compile(r"[\"“”»„«]([A-ZÅÄÖ][^\"“”»«„\n]{15,800}?)[\"”«»“]")
_QUOTES_READ = 200


def _quoted_promises(line: str, municipality: str) -> list[str]:
    """The commitments a line of prose quotes: '… lovar man att "Kommunen bjuder in …"'."""
    found = []
    for match in _QUOTED.finditer(line[:4000]):
        inner = match.group(1).strip()
        if subject_of(inner[:300], municipality) is not None and not is_meta(inner):
            found.append(inner)
    return found


_QUOTE_CUE = re.compile(
    r"\b(?:står|lyder|heter|skriver)\b[^.:]{0,40}:\s*(?:[\"”»„]|$)|"
    r"\b(?:lovar|åtar sig|utlovar)\b[^.\"”»]{0,40}\batt\s+[\"”»„]", re.IGNORECASE)
"""'I löftet står bland annat:', 'Dessutom lovar man att "…"': the pledge quoted."""


def _quotes_the_pledge(lines: list[str], municipality: str) -> bool:
    """True for an article that says it quotes the pledge ("I löftet står bland annat:") and
    quotes at least two of its commitments; a page that lists its commitments itself and
    quotes someone is no such article."""
    count = read = 0
    cue = False
    for i, line in enumerate(lines):
        if read >= _QUOTES_READ:
            break
        if '"' in line or "”" in line or "»" in line or line.endswith(":"):
            read += 1
            cue = cue or bool(_QUOTE_CUE.search(line[:2000])) and (
                not line.endswith(":") or i + 2 < len(lines)
                and bool(_QUOTED.match(lines[i + 1] or lines[i + 2])))
            count += len(_quoted_promises(line, municipality))
            if count >= 2 and cue:
                return True
    return False


def _is_office(cell: str) -> bool:
    """A signature's role ("Kommunstyrelsens ordförande", "Lokalpolisområdeschef"): a short
    cell naming an office, with no verb of doing."""
    words = cell.lower().split()
    return len(words) <= 8 and OFFICE.search(cell[:120]) is not None \
        and not any(w in DOING_VERBS for w in words)


def _column_roles(cells: list[str]) -> list[str] | None:
    """The roles of a table's columns when `cells` is its header row (every cell a header
    word, one of them the activity), else None."""
    if len(cells) < 2 or len(cells) > 12:
        return None
    roles = []
    for cell in cells:
        word = cell.lower().strip(" :*")
        role = next((r for r, pattern in _COLUMN_ROLES if pattern.match(word)), None)
        if role is None:
            return None
        roles.append(role)
    return roles if "text" in roles else None


def _priority_list(text: str) -> list[str]:
    """The topics of a list in a sentence: 'trygghet, narkotika, trafik och brottsaktiva'."""
    text = text.strip().rstrip(".")
    if re.search(r"[.!?] ", text):
        return [text + "."]
    items = [item.strip() for item in _LIST_SPLIT.split(text) if item.strip()]
    return [item[0].upper() + item[1:] for item in items]


def _without_reply_quotes(lines: list[str]) -> list[str]:
    """The lines of an e-mail without the reply it quotes ("> Kan du skicka …"), or, when
    nearly all of it is quoted (a forwarded pledge), its lines without the marks."""
    quoted = sum(1 for line in lines if line.startswith(">"))
    if not quoted:
        return lines
    if quoted * 2 < sum(1 for line in lines if line):
        return ["" if line.startswith(">") else line for line in lines]
    return [_REPLY_MARK.sub("", line) for line in lines]


_REPLY_MARK = re.compile(r"^(?:>\s?)+")
_PRIORITY_HEADING_WORDS = 8
_NOT_PRIORITY_HEADING = re.compile(r"[:,;\d\t|]|   ")


def _over_headings(lines: list[str], before_sentence: list[bool]) -> list[bool]:
    """For each line, whether it stands alone (a blank line after it) over a heading that
    has its sentence under it: "Ökad trygghet" / "" / "Dialog i kommundelarna" / "Polisen
    …": a priority over the subjects of its commitments."""
    over = [False] * len(lines)
    for i in range(len(lines) - 3):
        if lines[i] and not lines[i + 1] and lines[i + 2] and before_sentence[i + 2] \
                and lines[i + 3] and is_heading(lines[i + 2]) and is_heading(lines[i]) \
                and (i == 0 or not lines[i - 1]) \
                and not _NOT_PRIORITY_HEADING.search(lines[i]) and not _BULLET.match(lines[i]) \
                and len(lines[i].split()) <= _PRIORITY_HEADING_WORDS:
            over[i] = True
    return over


_DASH_OWNER_END = re.compile(r"\s[–—-]\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s[A-ZÅÄÖ][\wåäöÅÄÖ-]*){0,2}$")
_CO_OWNER_LINE = re.compile(r"^(?:tillsammans med|i samverkan med|i samarbete med|och|samt)\s+"
                            r"[A-ZÅÄÖ][^.!?:;]{1,80}$", re.IGNORECASE)


def _co_owner_lines_joined(lines: list[str]) -> list[str]:
    """The owner a PDF broke over two lines ("… – Polisen" / "tillsammans med Region
    Västerbotten") whole again on the commitment's line."""
    out: list[str] = []
    for line in lines:
        if out and out[-1] and len(out[-1]) < 4000 and _CO_OWNER_LINE.match(line[:100]) \
                and _DASH_OWNER_END.search(out[-1][-80:]):
            out[-1] += " " + line
            continue
        out.append(line)
    return out


def read_layout(text: str, municipality: str) -> Layout:
    """The priorities, situation, commitments and signatures of a published pledge text."""
    lines = _co_owner_lines_joined(_joined(_without_reply_quotes(clean_lines(text))))
    reader = _Reader(municipality)
    reader.quoted = _quotes_the_pledge(lines, municipality)
    before_sentence = [False] * len(lines)
    before_bullet = [False] * len(lines)
    following = bulleted = False
    for i in range(len(lines) - 1, -1, -1):  # whether the next line with text is a sentence
        before_sentence[i], before_bullet[i] = following, bulleted
        if lines[i]:
            following = len(lines[i]) > 90 or lines[i][-1] in ".!?"
            bulleted = bool(_BULLET.match(lines[i]))
    over_headings = _over_headings(lines, before_sentence)
    for line, sentence_next, bullet_next, over in zip(lines, before_sentence, before_bullet,
                                                      over_headings, strict=True):
        reader.bullet_next = bullet_next
        if over and reader.priority_heading(line):
            continue
        if not line:
            reader.blank()
            if reader.state == "priorities" and reader.layout.priorities \
                    and (reader.priority_lines or not reader.areas_announced):
                reader.state, reader.areas_announced = "intro", False
            continue
        before = reader.state
        reader.line(line, sentence_next)
        if before == "situation" and reader.state != "situation":
            reader.blank()
        if reader.layout.too_many:
            break  # no pledge has this many items: the rest of the text is not read
    reader.blank()
    _missing_owner_lines(reader.layout.commitments)
    reader.layout.signatories = signatories(lines, is_heading)[:50]
    if len(reader.layout.priorities) > MAX_ITEMS:
        del reader.layout.priorities[MAX_ITEMS:]
        reader.layout.too_many = True
    reader.layout.lines = lines
    return reader.layout


def _missing_owner_lines(commitments: list[Commitment]) -> None:
    """In a list whose items name their owners on a line under each ("Ansvarig: Polisen"),
    an item next to such items without one has an owner to check (the line may be lost)."""
    if sum(1 for c in commitments if c.owner_line) < 2:
        return
    for i, item in enumerate(commitments):
        if not item.owner_line and any(0 <= j < len(commitments) and commitments[j].owner_line
                                       for j in (i - 1, i + 1)):
            item.owner_unsure = True


_AREAS_ANNOUNCED = re.compile(
    r"(?:^|[.!?]\s)[^.!?:]*(?:\b(?:problemområden(?:a)?|fokusområden(?:a)?|prioriteringar(?:na)?|"
    r"prioriterade (?:områden|problem|frågor)(?:na|a)?|följande (?:[\wåäö]+ )?områden)|"
    r"\b(?:två|tre|fyra|fem|sex|[2-9]) (?:[\wåäö]+ )?områden (?:är|blir) (?:särskilt )?"
    r"prioriterade)\s*:$", re.IGNORECASE)
"""'Lägesbilden pekar ut tre problemområden:', '… följande prioriterade områden:', 'Tre
områden är prioriterade:': the last sentence of a line announces the priorities listed
under it ("1. Våld i offentlig miljö.")."""


_ACTIVITIES_INTRO = re.compile(
    r"^(?:det här|detta|här|nedan) (?:är|följer|presenteras|beskrivs) (?:några av |ett urval av |"
    r"exempel på |ett par av )?(?:de |våra |alla )?(?:aktiviteter|åtgärder|insatser|löften|"
    r"åtaganden)(?:na)?\b(?![^.!?]{0,200}[.!?]\s+\S)", re.IGNORECASE)
"""'Det här är några av de aktiviteter som polisen … kommer att genomföra' on a slide: the
intro of the activities under it, no commitment."""
_NEWS_HEADLINE = re.compile(
    r"^[A-ZÅÄÖ][^.!?:;,]{2,60}?\s(?:lovar|utlovar)\s+(?!att\b|sig\b)[^.!?:;]{3,100}(?<![.!?:;])$")
"""'Polis och kommun lovar fler insatser i Gottsunda' over an article: its headline, whose
promises the paragraphs under it state one by one."""
