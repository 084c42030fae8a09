"""`pledge init --from-text` on 1 MB of text of every awkward shape: the figure is the worst
time, which must stay under 5 seconds (drafting is linear in the text).

Each shape is drafted in this process (`draft_from_text`), then the worst one is run once more
as the whole command in a fresh process (reading, drafting, rendering, checking the output by
loading it, writing the file).

    python benchmarks/bench_fromtext.py [MEGABYTES]
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ENV, PLEDGE, ROOT, machine  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "init" / "medborgarlofte-olofstrom-2024.txt"
WORDS = ("Polisen", "ska", "genomföra", "minst", "4", "fyra", "insatser", "(Polis)", "–",
         "kommunen", "och", "i", "veckan", "Medborgarlöfte", "2024", "om", "läget", "medger",
         "Prioriteringar:", "•", "1.", "Trafik", "lovar", "att", "gäller", "från", "januari",
         "tillsammans", "med", "AB", "Stad", "årliga", "följs", "upp", "varje", "tertial")


def _repeat(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def _random_text(size: int) -> str:
    rng = random.Random(14)
    parts, length = [], 0
    while length < size:
        word = rng.choice(WORDS) + rng.choice((" ", " ", " ", "\n", ". ", ", ", "\n\n"))
        parts.append(word)
        length += len(word)
    return "".join(parts)[:size]


def shapes(size: int) -> dict[str, Callable[[], str]]:
    """The texts, by name: real pledges over and over, and the shapes that were quadratic."""
    seed = SEED.read_text(encoding="utf-8")
    head = "Det här ska vi göra\n• "
    return {
        "real pledge text, repeated": lambda: _repeat(seed, size),
        "random pledge words": lambda: _random_text(size),
        "one huge line": lambda: _repeat("Polisen ska genomföra 4 insatser, ", size),
        "one huge commitment": lambda: head + _repeat("Polisen ska genomföra 4 insatser, ", size),
        "many headings": lambda: head + _repeat("Trafik\n• a\n", size),
        "only headings": lambda: _repeat("Trafik och skola\n", size),
        "many numbers": lambda: head + _repeat("4 st 5 st minst sex ", size),
        "nested parentheses": lambda: head + "(" * (size // 2) + ")" * (size // 2),
        "parentheses and dashes": lambda: head + _repeat("a (b – c (d – ", size),
        "conditions": lambda: head + _repeat("om a ", size),
        "follow-up words": lambda: _repeat("följ ", size),
        "wrapped lines": lambda: head + "a och\n" + _repeat("saker och\n", size),
        "priority lines": lambda: "Prioriteringar\n" + _repeat("Trygghet\n", size),
        "names and roles": lambda: _repeat("Anna Exempel\nKommunchef\n", size),
        "bullets": lambda: _repeat("• Genomföra 4 insatser (Polis)\n", size),
        "parties before a verb": lambda: _repeat(
            "Polisen Kommunen Polisen och kommunen Räddningstjänsten installerar saker.\n", size),
        "table rows": lambda: "Aktiviteter\n" + _repeat(
            "Trygghetsvandring i centrum\tKommunen\tVåren 2024\n", size),
        "owner lines": lambda: _repeat("Trygghetsvandring\nAnsvarig: Polisen och Exempel AB\n",
                                       size),
        "hyphenated line ends": lambda: "Polisen lovar att\n" + _repeat("genomföra trygg-\nhet ",
                                                                         size),
        "lost bullets": lambda: "Kommunen åtar sig att\n" + _repeat(
            " genomföra insatser varav minst\n", size),
        "inverted subjects": lambda: _repeat(
            "Under året anordnar Polisen, Kommunen och Exempel AB tillsammans med Region Syd "
            "fyra träffar. ", size),
        "wide-gap table rows": lambda: _random_text(size).replace(" ", "    "),
        "pipe table rows": lambda: _random_text(size).replace(" ", " | "),
        "signatures side by side": lambda: _repeat(
            "Anna Exempel     Per Provsson     Lisa Prov\nKommunchef     Polischef     Vd\n",
            size),
    }


def main() -> None:
    from medborgarlofte.core.drafting.fromtext import draft_from_text

    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    size = int(megabytes * 1_000_000)
    print(f"machine: {machine()}")
    print(f"draft_from_text on {megabytes:g} MB of text:")
    worst_name, worst = "", 0.0
    texts: dict[str, str] = {}
    for name, make in shapes(size).items():
        texts[name] = make()
        start = time.perf_counter()
        draft_from_text(texts[name], fallback_year=2025)
        took = time.perf_counter() - start
        print(f"  {name:<28} {took:6.2f} s")
        if took > worst:
            worst_name, worst = name, took
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "published.txt"
        source.write_text(texts[worst_name], encoding="utf-8")
        start = time.perf_counter()
        result = subprocess.run([*PLEDGE, "init", str(Path(tmp) / "pledge.yaml"),
                                 "--from-text", str(source)], env=ENV, capture_output=True)
        whole = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"pledge init --from-text failed ({result.returncode}):\n"
                             f"{result.stderr.decode(errors='replace')}")
    print(f"worst: {worst_name}, {worst:.2f} s drafting; the whole `pledge init --from-text` "
          f"command on it: {whole:.2f} s (target < 5 s)")


if __name__ == "__main__":
    main()
