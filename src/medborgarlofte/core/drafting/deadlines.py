"""Deliverables with a date they are due by: "förbättra belysningen … under 2024", a table's
"Klart december" or "Våren 2017", "klart till sommaren". One thing made once, so a milestone,
even inside a longer period. Pure.
"""

from __future__ import annotations

import re

_MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
           "december")
_DEADLINE = re.compile(
    rf"\b(?:klar|klart|färdig|färdigt)\b(?=[ \t]*(?:$|[.,;]|(?:till|i|under|senast|före|"
    rf"innan|{_MONTHS}|våren|hösten|sommaren|vintern)\b|\d))|\bsenast\b|"
    rf"\bunder (?:år )?(?:19|20)\d\d\b(?![-–]\d)|"
    rf"\btill (?:sommaren|hösten|våren|vintern|julen?|årsskiftet|nyår)\b|"
    rf"\b(?:våren|hösten|sommaren|vintern|{_MONTHS})[ \t]+(?:19|20)\d\d\b(?![-–]\d)|"
    rf"(?:^|[.:][ \t]+)(?:när:[ \t]*)?(?:{_MONTHS})\.?$", re.IGNORECASE)
"""A date a deliverable is due by: "under 2024", "Klart december", "Våren 2017", "klart till
sommaren", "senast i oktober" (a table's "När" cell taken into the text ends it)."""
_DELIVERABLE = re.compile(
    r"\b(?:(?:förbättra|förbättrar|förbättras|åtgärda|åtgärdar|åtgärdas|se över|ser över|"
    r"byta|byter|byts|röja|röjer|röjs)\s+(?:[\wåäö-]+\s+){0,2}?(?:belysning|skyltning|skyltar|"
    r"skyltningen|gatubelysning|buskage|vegetation|gångtunnl|gång- och cykel|cykelväg|gångväg|"
    r"lekplats|staket|parken|utemiljö)|\bny(?:a|tt)? (?:belysning|gatubelysning|skyltar|"
    r"skyltning|staket|kameror|kamera)|upprustning|rusta upp|rustar upp|rustas upp|installera|"
    r"installerar|installeras|installation|ta fram|tar fram|tas fram|sätta upp|sätter upp|"
    r"sätts upp|brev|utskick|skicka ut|skickar ut|skickas ut)", re.IGNORECASE)
"""Things made once: better lighting or signs, a renovation, a letter, a plan drawn up."""


def deliverable_with_deadline(text: str) -> bool:
    """A thing made once with a date it is due by: "förbättra belysningen … under 2024",
    "Upprustning av belysning. Klart december", "Brev till föräldrar. Våren 2017": a
    milestone. Without a date ("bättre belysning i gångtunnlar") it is ongoing work."""
    head = text[:600]
    return bool(_DELIVERABLE.search(head[:300]) and _DEADLINE.search(head))
