"""io.yamlread on its own: bytes to text, text to data, every hazard a located problem."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from medborgarlofte.io import yamlread
from medborgarlofte.io.yamlread import decode_bytes, parse_yaml
from tests.test_loader_invalid import ALL_CASES, problem_lines


def codes(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(p.code, p.line, p.column) for p in parse_yaml(text).problems]


def test_a_bom_is_removed_and_remembered() -> None:
    assert decode_bytes(b"\xef\xbb\xbfa: 1\n") == ("a: 1\n", True, [])
    assert decode_bytes(b"a: 1\n") == ("a: 1\n", False, [])


def test_the_column_of_a_bad_byte_counts_characters() -> None:
    raw = "a: 1\ntitle: Örebro ".encode() + b"\xf6\n"  # Ö is two bytes, one character
    text, _, problems = decode_bytes(raw)
    assert text is None
    assert [(p.code, p.line, p.column, p.params) for p in problems] == [
        ("E102", 2, 15, {"byte": "0xF6"})
    ]


def test_windows_line_ends_read_like_unix_ones() -> None:
    assert parse_yaml("a: 1\r\nb: [x, y]\r\n").data == {"a": 1, "b": ["x", "y"]}


def test_dates_numbers_and_text_are_read_as_yaml_says() -> None:
    parsed = parse_yaml("d: 2024-03-12\nn: 1_000\ns: '012'\nf: 12.5\nb: true\nz: ~\n")
    assert parsed.data == {"d": dt.date(2024, 3, 12), "n": 1000, "s": "012", "f": 12.5,
                           "b": True, "z": None}
    assert parsed.problems == []


def test_a_repeated_key_keeps_the_first_value_and_the_rest_of_the_data() -> None:
    parsed = parse_yaml("a: 1\nb: 2\na: 3\n")
    assert parsed.data == {"a": 1, "b": 2}
    assert parsed.value_level
    assert [(p.code, p.line, p.column, p.params) for p in parsed.problems] == [
        ("E113", 3, 1, {"key": "a", "first": 1})
    ]


def test_a_repeated_key_in_a_flow_mapping_is_caught_too() -> None:
    assert codes("p: {name: a, name: b}\n") == [("E113", 1, 14)]


@pytest.mark.parametrize(("value", "number"), [("012", 10), ("0x1F", 31), ("1:30", 90),
                                               ("0o17", None), ("-012", -10)])
def test_integers_in_surprising_notations_are_refused(value: str, number: int | None) -> None:
    parsed = parse_yaml(f"count: {value}\n")
    if number is None:  # YAML 1.1 has no 0o: it is text, and the schema says so later
        assert parsed.problems == [] and parsed.data == {"count": value}
    else:
        assert [(p.code, p.params) for p in parsed.problems] == [
            ("E123", {"value": value, "number": number})
        ]


def test_an_enormous_octal_number_is_too_large_not_a_crash() -> None:
    assert [(p.code, p.params) for p in parse_yaml("n: 0" + "7" * 6000 + "\n").problems] == [
        ("E118", {"digits": 6001})
    ]


def test_tabs_inside_a_block_text_are_content() -> None:
    assert parse_yaml("note: |\n  rad\n  \tmed tabb\n").problems == []


def test_a_tab_inside_a_value_is_content() -> None:
    assert parse_yaml("note: a\tb\n").data == {"note": "a\tb"}


def test_a_syntax_error_near_a_tab_is_blamed_on_the_tab() -> None:
    assert codes("a:\n  b: 1\n\tc: 2\n") == [("E108", 3, 1)]


def test_a_document_end_marker_is_allowed() -> None:
    assert parse_yaml("a: 1\n...\n").problems == []


def test_a_yaml_directive_is_allowed() -> None:
    assert parse_yaml("%YAML 1.1\n---\na: 1\n").data == {"a": 1}


def test_a_key_that_is_a_list_is_refused() -> None:
    assert [(p.code, p.line, p.column, p.params) for p in parse_yaml("? [a, b]\n: x\n").problems
            ] == [("E120", 1, 3, {"key": "…"})]


def test_a_null_key_is_refused() -> None:
    assert codes("~: x\n") == [("E120", 1, 1)]


def test_an_anchor_is_never_expanded() -> None:
    parsed = parse_yaml("a: &x [1, 2]\nb: *x\n")
    assert parsed.data is None
    assert codes("a: &x [1, 2]\nb: *x\n") == [("E111", 1, 4), ("E111", 2, 4)]


def test_a_conflict_marker_stops_before_parsing() -> None:
    parsed = parse_yaml("a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> main\n")
    assert parsed.root is None
    assert [p.line for p in parsed.problems] == [2, 4, 6]


def test_seven_equals_signs_inside_a_text_are_not_a_conflict() -> None:
    assert parse_yaml("note: 'a ======= b'\n").problems == []


@pytest.mark.parametrize(("raw", "expected", "lang", "today"), ALL_CASES)
def test_the_pure_python_parser_reports_the_same_codes(
    raw: str | bytes, expected: list[str], lang: str, today: dt.date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without libyaml (a PyYAML built without it) the same mistakes get the same codes."""
    monkeypatch.setattr(yamlread, "_Loader", yaml.SafeLoader)
    found = problem_lines(raw, lang, today)
    assert [line.split(" ")[1] for line in found] == [line.split(" ")[1] for line in expected]
