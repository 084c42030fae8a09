"""Readable ids and priority links for a drafted pledge, from the topics its texts name.

A priority "Att minska antalet platser som upplevs otrygga kopplat till narkotika." gets the id
`narkotika` (its most specific topic); a commitment gets an id from its owner, its unit or
first content word, and its topic (`polis-insatser-narkotika`), and is linked to the
priorities whose main topic it shares. The topic list is ordered from specific to general so
that "otrygga platser … narkotika" is about narkotika first. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medborgarlofte.core.drafting.draft import slug
from medborgarlofte.core.drafting.numbers import number_value, tokenize
from medborgarlofte.core.drafting.owners import SUBJECT_VERBS


@dataclass(frozen=True)
class Topic:
    """A subject pledges are about: how to spot it, its id and its short title."""

    pattern: re.Pattern[str]
    id: str
    title: str


def _topic(pattern: str, topic_id: str, title: str) -> Topic:
    return Topic(re.compile(pattern, re.IGNORECASE), topic_id, title)


TOPICS = (
    _topic(r"narkoti|knark|droger|cannabis", "narkotika", "Narkotika"),
    _topic(r"bedräg", "bedragerier", "Bedrägerier"),
    _topic(r"motorburn|motorintress|moped|a-traktor|epa-traktor|motorcyk",
           "motorburna-unga", "Motorburna unga"),
    _topic(r"grannsamverk", "grannsamverkan", "Grannsamverkan"),
    _topic(r"trafik", "trafik", "Trafik"),
    _topic(r"nära relation", "vald-i-nara-relationer", "Våld i nära relationer"),
    _topic(r"våld", "vald", "Våld"),
    _topic(r"inbrott", "inbrott", "Inbrott"),
    _topic(r"klotter|skadegörelse", "skadegorelse", "Skadegörelse"),
    _topic(r"alkohol|langning", "alkohol", "Alkohol"),
    _topic(r"ungdom|\bunga\b|barn", "unga", "Unga"),
    _topic(r"skol", "skolor", "Skolor"),
    _topic(r"otrygg|trygghet|trygga", "trygghet", "Trygghet"),
    _topic(r"brott", "brott", "Brott"),
)

_STOPWORDS = {
    "att", "och", "med", "för", "som", "till", "kring", "mot", "om", "i", "på", "av", "de",
    "den", "det", "där", "enligt", "samt", "hur", "man", "kan", "sig", "vid", "under", "inom",
    "från", "ska", "vi", "en", "ett", "st", "deras", "dess", "olika", "typer", "fler", "mer",
    "minst", "alla", "varje", "per", "gång", "gånger", "tillfällen", "tillfälle", "år",
    "året", "antalet", "arbetet", "personer", "platser", "kopplat", "kopplade", "riktade",
    "genom", "efter", "inför", "även", "också", "bland", "annat", "eller", "när", "så",
    "lovar", "kommer", "skall", "polisen", "kommunen", "polis", "kommun", "vill", "tillsammans",
    "gemensamt", "gemensamma", "aktivt", "fortsatt", "särskilt", "särskilda", "möjligheten",
    "möjligheterna", "behovet", "arbete", "syfte", "fokus", "löfte", "löftet", "åtagande",
    "aktivitet", "mål", "tidplan",
}
_VERBS = {
    "genomföra", "fortsätta", "utveckla", "påbörja", "arbeta", "verka", "samverka", "sprida",
    "öka", "minska", "främja", "samverkan", "etablera", "etableras", "upprätta", "uppmuntra",
    "skydda",
    "förekommer", "ta", "fram", "delta", "stödja", "bidra", "informera", "erbjuda",
    "stärka", "förebygga", "skapa", "starta", "upp", "bilda", "införa", "ha", "göra", "hålla",
    "träffas", "följa", "säkerställa", "inrätta", "medverka", "verkar", "jobba", "vara",
    "över", "sina", "sitt", "mellan", *SUBJECT_VERBS,
}
_GENERIC_UNITS = {"tillfällen", "gånger", "insatser", "aktiviteter"}
_SUFFIX_ADJECTIVE = ("ande", "ende", "ade", "iga", "liga", "iska", "ska", "na", "ta")


def topics_in(text: str) -> list[Topic]:
    """The topics a text names, most specific first."""
    head = text[:1000]  # what a text is about is said early; a longer text is not read on
    return [topic for topic in TOPICS if topic.pattern.search(head)]


def priority_id_and_title(text: str, taken: set[str] | frozenset[str] = frozenset()
                          ) -> tuple[str, str | None]:
    """An id and a short title for a priority: its main topic, else (or when another priority
    has that id already) its first content words."""
    found = topics_in(text)
    if found and found[0].id not in taken:
        return found[0].id, found[0].title
    return slug("-".join(content_words(text)[:3]), max_length=40), None


def content_words(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """The words that say what a text is about: no numbers, function words or common verbs
    (nor the words in `skip`: the names of the parties)."""
    words = []
    for token in tokenize(text[:300]):
        word = token.text
        if len(word) < 3 or number_value(word) is not None or not word[0].isalpha():
            continue
        if word in _STOPWORDS or word in _VERBS or word in skip:
            continue
        words.append(word)
    return words


def target_slug(text: str, unit: str | None, prefix: str,
                skip: frozenset[str] = frozenset()) -> str:
    """'polis-insatser-narkotika': owner prefix, what is done, and the topic."""
    words = content_words(text, skip)
    head: list[str] = []
    if unit and unit not in _GENERIC_UNITS:
        head = [unit]
    elif words:
        head = words[:2] if words[0].endswith(_SUFFIX_ADJECTIVE) and len(words) > 1 \
            else words[:1]
    elif unit:
        head = [unit]
    topic = next(iter(topics_in(text)), None)
    parts = [prefix] if prefix else []
    parts += head
    joined = slug(" ".join(head))
    if topic and not any(topic.id.split("-")[0][:6] in slug(w) for w in head) \
            and topic.id not in joined:
        parts.append(topic.id)
    return slug(" ".join(parts), max_length=50)


def linked_priorities(text: str, priorities: list[tuple[str, str]]) -> list[str]:
    """Ids of the priorities (id, main topic id) whose main topic the text names."""
    found = {topic.id for topic in topics_in(text)}
    return [pid for pid, topic_id in priorities if topic_id in found]


def main_topic(text: str) -> str | None:
    """The id of the most specific topic a text names."""
    found = topics_in(text)
    return found[0].id if found else None
