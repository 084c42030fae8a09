"""Generate large, valid pledge files for benchmarks: the shipped pledge plus N events.

`python benchmarks/generate.py 10000 out.yaml` writes the shipped pledge.yaml with its
`events: []` replaced by N generated activities spread over the period. No personal data:
notes are built from a fixed vocabulary.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Olofström centrum", "Jämshög", "Kyrkhult", "Vilshult", "Gränum", "Holje"]
NOTES = [
    "Kontroll av A-traktorer och mopeder vid skolan.",
    "Information om grannsamverkan vid torget: 'lås dörren'.",
    "Utbildning för seniorer om telefonbedrägerier.",
    "Riktad insats: platser enligt lägesbild.",
    "Möte med föreningslivet #motor",
]


def pledge_with_events(count: int, seed: int = 1) -> str:
    """The shipped pledge's text with `count` generated events in place of `events: []`."""
    rng = random.Random(seed)
    base = (ROOT / "pledge.yaml").read_text(encoding="utf-8")
    targets = [line.split("id: ", 1)[1].strip() for line in base.splitlines()
               if line.startswith("  - id: ") and "-" in line and "kompetens" not in line]
    targets = [t for t in targets if t not in {"narkotika", "bedragerier", "motorburna-unga",
                                               "grannsamverkan", "otrygga-platser-narkotika",
                                               "grannsamverkansomraden"}]
    start = dt.date(2024, 1, 1)
    lines = ["events:"]
    days = sorted(rng.randrange(366) for _ in range(count))
    for day in days:
        lines.append(f"  - date: {start + dt.timedelta(days=day)}")
        lines.append(f"    target: {rng.choice(targets)}")
        if rng.random() < 0.3:
            lines.append(f"    count: {rng.randint(2, 9)}")
        lines.append(f"    place: {rng.choice(PLACES)}")
        lines.append(f'    note: "{rng.choice(NOTES)}"')
    return base.replace("events: []\n", "\n".join(lines) + "\n")


if __name__ == "__main__":
    Path(sys.argv[2]).write_text(pledge_with_events(int(sys.argv[1])), encoding="utf-8")
