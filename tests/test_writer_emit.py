"""The emitter: every string reads back as itself; plain only when no YAML reader could
misread it."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from medborgarlofte.io.emit import Style, emit_item, emit_scalar, is_plain_safe


def _read_back(text: str, flow: bool) -> object:
    document = f"k: [{text}]" if flow else f"k: {text}"
    value = yaml.safe_load(document)["k"]
    return value[0] if flow else value


@settings(max_examples=500)
@given(st.text(), st.sampled_from(['"', "'"]), st.booleans())
def test_any_text_reads_back_as_itself(text: str, quote: str, flow: bool) -> None:
    assert _read_back(emit_scalar(text, quote, flow), flow) == text


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(),
                 st.dates()))
def test_other_scalars_keep_their_type(value: object) -> None:
    assert _read_back(emit_scalar(value), False) == value  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "no", "No", "yes", "on", "OFF", "y", "n", "true", "null", "~", "1e3", "12:30", "2024-13-01",
    "2024-03-12", "0x1F", "0o17", "+1", "-1", ".5", "1_000", "12,5", ".inf", "a: b", "a #b",
    "#a", "a:", " a", "a ", "- a", "? a", "[a]", "{a}", "a]", "&a", "*a", "!a", "|", ">", "'a",
    '"a', "%a", "@a", "`a", "a\nb", "a\tb", "\x85", "\u2028", "\ufeffa", "",
])
def test_what_yaml_could_misread_is_quoted(text: str) -> None:
    assert not is_plain_safe(text)
    assert emit_scalar(text)[0] in "\"'"


@pytest.mark.parametrize("text", [
    "Olofström centrum", "4 st insatser", "Råslätt, Holje", "A-traktorer", "it's", "x:y",
    "50%", "kl. 18", "https://example.org/a",
])
def test_ordinary_text_stays_plain(text: str) -> None:
    assert emit_scalar(text) == text


def test_commas_are_quoted_in_flow_context_only() -> None:
    assert (emit_scalar("a, b"), emit_scalar("a, b", flow=True)) == ("a, b", '"a, b"')


def test_single_quote_style() -> None:
    assert emit_scalar("a: it's", "'") == "'a: it''s'"
    assert emit_scalar("rad\nrad", "'") == '"rad\\nrad"'  # only double quotes can escape


def test_item_styles() -> None:
    item = {"date": dt.date(2024, 3, 1), "target": ["a", "b"], "note": None, "count": 2}
    assert emit_item(item, Style()) == "  - date: 2024-03-01\n    target: [a, b]\n    count: 2\n"
    assert emit_item(item, Style(indent=0, offset=4, newline="\r\n")) == (
        "-   date: 2024-03-01\r\n    target: [a, b]\r\n    count: 2\r\n")
    assert emit_item(item, Style(indent=6, flow=True)) == (
        "      - {date: 2024-03-01, target: [a, b], count: 2}\n")
    assert emit_item("text", Style()) == "  - text\n"


def test_float_without_dot_still_reads_as_a_float() -> None:
    assert emit_scalar(1e20) == "1.0e+20"
    assert _read_back(emit_scalar(1e20), False) == 1e20
