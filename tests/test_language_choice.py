"""The one rule for the run's language (i18n.choice), for help and messages alike."""

from __future__ import annotations

import pytest

from medborgarlofte.i18n.choice import lang_in_args, locale_language, run_language


@pytest.mark.parametrize(("args", "env", "text", "expected"), [
    (["--lang", "en", "--help"], {"PLEDGE_LANG": "sv"}, "  language: sv\n", "en"),
    (["status", "--help", "--lang=sv"], {"PLEDGE_LANG": "en"}, None, "sv"),
    (["status"], {"PLEDGE_LANG": "en"}, "  language: sv\n", "en"),
    (["status"], {"LANG": "en_US.UTF-8"}, "pledge:\n  language: sv\n", "sv"),
    (["status"], {"LANG": "sv_SE.UTF-8"}, "pledge:\n  language: en\n", "en"),
    (["status"], {"LANG": "en_US.UTF-8"}, "pledge:\n  title: x\n", "sv"),  # Swedish default
    (["status"], {"LANG": "en_US.UTF-8"}, None, "en"),
    (["status"], {"LANG": "C.UTF-8"}, None, "sv"),
    (["status"], {}, None, "sv"),
    (["status", "--lang", "de"], {"LC_ALL": "de_DE"}, None, "en"),
])
def test_run_language(args: list[str], env: dict[str, str], text: str | None,
                      expected: str) -> None:
    assert run_language(args, env, lambda _: text) == expected


def test_the_file_named_with_f_is_the_one_read() -> None:
    seen: list[str | None] = []
    run_language(["status", "-f", "other.yaml"], {}, lambda f: seen.append(f) or None)
    run_language(["status", "--file=x.yaml"], {}, lambda f: seen.append(f) or None)
    assert seen == ["other.yaml", "x.yaml"]


def test_lang_after_a_double_dash_is_an_argument() -> None:
    assert lang_in_args(["log", "--", "--lang", "en"]) is None


@pytest.mark.parametrize(("env", "expected"), [
    ({"LC_ALL": "sv_SE.UTF-8", "LANG": "en_US"}, "sv"), ({"LC_MESSAGES": "en_GB"}, "en"),
    ({"LANG": "POSIX"}, "sv"), ({"LANG": "C"}, "sv"),
])
def test_locale(env: dict[str, str], expected: str) -> None:
    assert locale_language(env) == expected
