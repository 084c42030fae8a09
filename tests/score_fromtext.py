"""Score the drafter on a directory of texts in the corpus format (`name.txt` + `name.json`).

    python -m tests.score_fromtext DIR [DIR ...]

prints, per directory, the totals of tests/test_fromtext_corpus.py, every commitment missed,
every wrong number or owner without a mark, and every drafted item that is not a commitment.
For measuring the drafter on held-out texts before they join tests/fixtures/fromtext/.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from medborgarlofte.core.drafting.fromtext import draft_from_text
from tests.test_fromtext_corpus import FALLBACK_YEAR, Score, _norm, score_text


def _extras(corpus: Path, name: str) -> list[str]:
    """The drafted targets and indicators that match no expected commitment."""
    text = (corpus / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((corpus / f"{name}.json").read_text(encoding="utf-8"))
    data = draft_from_text(text, fallback_year=FALLBACK_YEAR).data
    wanted = [_norm(c["text"]) for c in expected["commitments"]]
    out = []
    for section in ("targets", "indicators"):
        for item in data[section]:
            if not any(w in _norm(item["text"]) for w in wanted):
                out.append(f"{name}: [{section}] {item['text'][:100]}")
    return out


def main(argv: list[str]) -> int:
    for arg in argv or ["tests/fixtures/fromtext"]:
        corpus = Path(arg)
        total = Score()
        for name in sorted(p.stem for p in corpus.glob("*.txt")):
            one = Score()
            score_text(name, one, corpus)
            score_text(name, total, corpus)
            print(f"{name}: {one.line()}")
        print(f"\n{corpus}: {total.line()}")
        for miss in total.misses:
            print("  missed:", miss)
        for wrong in total.wrong_number_unmarked:
            print("  WRONG NUMBER, NO MARK:", wrong)
        for wrong in total.wrong_owner_unmarked:
            print("  WRONG OWNER, NO MARK:", wrong)
        for wrong in total.marked:
            print("  not right:", wrong)
        for name in sorted(p.stem for p in corpus.glob("*.txt")):
            for extra in _extras(corpus, name):
                print("  not a commitment?:", extra)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
