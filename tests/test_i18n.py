"""The message catalogue and docs/diagnostics.md: complete, consistent, and true.

- every key has Swedish and English text with the same {placeholders};
- every message key the source uses exists, and every diagnostic code is used;
- every diagnostic code is documented in docs/diagnostics.md, and each documented example
  produces exactly the documented message (in both languages) when validated.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from pathlib import Path

import pytest

from medborgarlofte.i18n import CATALOGUE, LANGUAGES, t
from medborgarlofte.i18n import diagnostics as diagnostic_messages
from medborgarlofte.io.loader import describe_path, load_pledge_bytes
from medborgarlofte.render.diagnostics import problem_message, problem_record
from tests.conftest import ROOT

SOURCE = ROOT / "src" / "medborgarlofte"
DOC = ROOT / "docs" / "diagnostics.md"
CODE = re.compile(r"^[EW]\d{3}$")
DIAGNOSTIC_CODES = sorted(k for k in diagnostic_messages.MESSAGES if CODE.match(k))
DOC_TODAY = dt.date(2024, 12, 31)
WHOLE_FILE = "# the whole file\n"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# --- the catalogue ------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    sv, en = CATALOGUE[key]
    assert sv.strip() and en.strip()
    assert placeholders(sv) == placeholders(en)


def test_the_languages_are_swedish_and_english() -> None:
    assert LANGUAGES == ("sv", "en")


def test_nested_names_are_translated() -> None:
    assert t("E203", "sv", expected="type.date", value="x") == (
        "väntade ett datum (ÅÅÅÅ-MM-DD), fick 'x'")
    assert t("E109", "en", detail="yaml.flow_sequence") == (
        "YAML syntax error: a list in [ ] lacks a ',' or a ']'")


def _source_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCE.rglob("*.py"))
                     if "i18n" not in p.parts)


_USED_CODE = re.compile(r"""["']([EW]\d{3}(?:\.\w+)?)["']""")
_USED_NESTED = re.compile(r"""["']((?:hint|type|kind|yaml)\.[a-z_.]+)["']""")


def test_every_code_and_key_the_diagnostics_use_is_in_the_catalogue() -> None:
    text = _source_text()
    used = set(_USED_CODE.findall(text)) | set(_USED_NESTED.findall(text))
    used |= {f"type.{name}" for name in re.findall(r'": "(\w+)"', _type_names(text))}
    assert used, "the scan found nothing: the pattern is broken"
    assert sorted(k for k in used if k not in CATALOGUE) == []


def _type_names(text: str) -> str:
    start = text.index("_TYPE_NAMES = {")
    return text[start:text.index("}", start)]


def test_every_diagnostic_code_is_used_somewhere() -> None:
    used = set(_USED_CODE.findall(_source_text()))
    assert [code for code in DIAGNOSTIC_CODES if code not in used] == []


def test_every_hint_and_name_of_the_diagnostics_is_used() -> None:
    used = set(_USED_NESTED.findall(_source_text()))
    text = _source_text()
    used |= {f"type.{name}" for name in re.findall(r'": "(\w+)"', _type_names(text))}
    used |= {f"kind.{name}" for name in ("empty", "list", "scalar")}
    nested = [k for k in diagnostic_messages.MESSAGES if k.startswith(("hint.", "yaml.",
                                                                           "type.", "kind."))]
    assert [k for k in nested if k not in used] == []


# --- docs/diagnostics.md ------------------------------------------------------------------


def doc_sections() -> dict[str, str]:
    """Each code's section of the docs, by code ('#### E301 – ...' up to the next heading)."""
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^#### ", text, flags=re.M)[1:]
    return {part.split(" ", 1)[0]: re.split(r"^#{2,3} ", part, flags=re.M)[0]
            for part in parts}  # a '# comment' inside a yaml example is no heading


def code_blocks(section: str) -> list[tuple[str, str]]:
    return re.findall(r"^```(\w*)\n(.*?)^```$", section, flags=re.M | re.S)


def base_file() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index("## The codes")
    return next(body for kind, body in code_blocks(text[start:]) if kind == "yaml")


def validate_example(example: str, lang: str) -> list[str]:
    text = example if example.startswith(WHOLE_FILE) else base_file() + example
    loaded = load_pledge_bytes(text.encode("utf-8"), Path("pledge.yaml"), DOC_TODAY)
    return [f"pledge.yaml:{p.line}:{p.column}: "
            f"{problem_message(p, lang, describe_path(p.path, loaded.data))}"
            for p in loaded.problems]


def test_every_code_is_documented_once() -> None:
    text = DOC.read_text(encoding="utf-8")
    headings = re.findall(r"^#### ([EW]\d{3}) – ", text, flags=re.M)
    assert sorted(headings) == DIAGNOSTIC_CODES


def test_the_base_file_of_the_examples_is_valid() -> None:
    loaded = load_pledge_bytes(base_file().encode(), Path("pledge.yaml"), DOC_TODAY)
    assert loaded.problems == [] and loaded.pledge is not None


def _sections_with(kind: str) -> list[str]:
    return [code for code, section in doc_sections().items()
            if any(k == kind for k, _ in code_blocks(section))]


@pytest.mark.parametrize("code", _sections_with("yaml"))
def test_a_documented_example_gives_the_documented_messages(code: str) -> None:
    blocks = code_blocks(doc_sections()[code])
    example = next(body for kind, body in blocks if kind == "yaml")
    sv, en = next(body for kind, body in blocks if kind == "text").splitlines()
    assert sv in validate_example(example, "sv")
    assert en in validate_example(example, "en")
    assert sv.split(" ")[1] == en.split(" ")[1] == code


def _template(code: str, lang: str) -> re.Pattern[str]:
    text = t(code, lang)
    pattern = "".join(re.escape(literal) + ("(.+?)" if name else "")
                      for literal, name, _, _ in string.Formatter().parse(text))
    return re.compile(pattern + "(?: – .+)?")


@pytest.mark.parametrize("code", [c for c in DIAGNOSTIC_CODES if c not in _sections_with("yaml")])
def test_a_documented_message_without_a_yaml_example_follows_the_catalogue(code: str) -> None:
    blocks = code_blocks(doc_sections()[code])
    lines = next(body for kind, body in blocks if kind == "text").splitlines()
    assert len(lines) == 2
    for line, lang in zip(lines, LANGUAGES, strict=True):
        rest = re.sub(r"^(pledge: |[^ :]+:\d+:\d+: )", "", line)
        assert rest.startswith(code + " ")
        message = rest[len(code) + 1:]
        without_path = re.sub(r"^\S+: ", "", message)
        assert (_template(code, lang).fullmatch(message)
                or _template(code, lang).fullmatch(without_path)), line


def test_the_documented_json_has_the_shape_validate_prints() -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## JSON"):text.index("## GitHub")]
    shown = json.loads(next(body for kind, body in code_blocks(section) if kind == "json"))
    record = shown["files"][0]["problems"][0]
    loaded = load_pledge_bytes((base_file() + "events:\n  - date: 2024-03-01\n    target: "
                                "polis-moped\n").encode(), Path("pledge.yaml"), DOC_TODAY)
    problem = loaded.problems[0]
    assert record == problem_record(problem, "sv", describe_path(problem.path, loaded.data),
                                    strict=False)
    assert set(shown) == {"valid", "files"}
    assert set(shown["files"][0]) == {"file", "valid", "problems"}


def test_the_documented_grace_is_the_code_s() -> None:
    from medborgarlofte.core.schema.checks import GRACE_DAYS

    assert f"**`GRACE_DAYS = {GRACE_DAYS}`**" in DOC.read_text(encoding="utf-8")
