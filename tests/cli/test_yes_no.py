"""Yes/no questions take Swedish and English answers and explain a wrong one."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from medborgarlofte.cli.common import ask_yes_no


def _app(lang: str, default: bool) -> typer.Typer:
    app = typer.Typer()

    @app.command()
    def ask() -> None:
        typer.echo(f"answer={ask_yes_no('Spara?' if lang == 'sv' else 'Save?', lang, default)}")

    return app


@pytest.mark.parametrize(("lang", "default", "typed", "answer"), [
    ("sv", True, "j", True), ("sv", True, "ja", True), ("sv", True, "Nej", False),
    ("sv", True, "", True), ("sv", False, "", False), ("sv", False, "y", True),
    ("en", True, "yes", True), ("en", False, "n", False),
])
def test_answers(lang: str, default: bool, typed: str, answer: bool) -> None:
    result = CliRunner().invoke(_app(lang, default), [], input=typed + "\n")
    assert result.stdout.endswith(f"answer={answer}\n")


def test_prompt_shows_the_choices_in_the_language() -> None:
    sv = CliRunner().invoke(_app("sv", True), [], input="\n")
    en = CliRunner().invoke(_app("en", False), [], input="\n")
    assert sv.stdout.startswith("Spara? [J/n]: ")
    assert en.stdout.startswith("Save? [y/N]: ")


def test_a_wrong_answer_is_explained_and_asked_again() -> None:
    result = CliRunner().invoke(_app("sv", True), [], input="kanske\nj\n")
    assert result.stderr == "Svara j (ja) eller n (nej).\n"
    assert result.stdout.count("Spara? [J/n]: ") == 2
    assert result.stdout.endswith("answer=True\n")
