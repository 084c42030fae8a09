"""Quick paths that must say what the slow ones say: the canonical text references hash
(core/entries/refs.py), the reader's look for forbidden characters (text/published.py)."""

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


def test_a_clean_text_is_found_clean_as_character_by_character() -> None:
    """`clean_but_line_ends` (the reader's quick look at a whole file) agrees with
    `first_forbidden` on every mixture of allowed, forbidden and astral characters."""
    import random

    from medborgarlofte.text.published import clean_but_line_ends, first_forbidden

    rng = random.Random(7)
    alphabet = ["a", "å", "–", "\r", "\n", "\t", "\x1b", "\x85", "\u202e", "\ufdd0", "\ufffe",
                "😀", "\U0001fffe", "\U0010ffff", "\U0010fffd", "\ud800"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(8)))
        assert clean_but_line_ends(text) == (first_forbidden(text.replace("\r", "")) is None), \
            ascii(text)
