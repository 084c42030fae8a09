"""References of activities (core/entries/refs.py): the canonical text they hash."""

from __future__ import annotations


def test_the_canonical_text_is_the_json_encoders_own() -> None:
    """`canonical_json` (the C encoder made once) gives exactly what the JSON encoder gives, on
    random documents: the references people have noted down never change."""
    import datetime as dt
    import random

    from medborgarlofte.core.entries.refs import _CANONICAL, canonical_json

    rng = random.Random(5)

    def document(depth: int = 0) -> object:
        choice = rng.randrange(9 if depth < 3 else 6)
        if choice == 0:
            return rng.choice(["", "å\"\\\n\u2028\x00", "x" * rng.randrange(5), "€"])
        if choice == 1:
            return rng.randrange(-10**20, 10**20)
        if choice == 2:
            return rng.choice([0.1, 1e300, -0.0, 3.0, float("inf")])
        if choice == 3:
            return rng.choice([True, False, None])
        if choice == 4:
            return dt.date(2024, 1, rng.randrange(1, 29))
        if choice == 5:
            return rng.choice(["a", "b"])
        if choice in (6, 7):
            return {rng.choice(["date", "b", "a", "ö", "Z", "1"]): document(depth + 1)
                    for _ in range(rng.randrange(4))}
        return [document(depth + 1) for _ in range(rng.randrange(4))]

    for _ in range(5000):
        item = document()
        assert canonical_json(item) == _CANONICAL.encode(item), item
