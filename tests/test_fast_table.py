"""render.fast_table prints a table byte for byte as rich.table does: many random tables
(every width, wide and combining characters, emoji, ellipses, right-justified columns, with
and without the reference column, both languages, plain and colour), compared with the
text rich.table gives for the same rows; and rich.table itself for what it does not handle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich import box
from rich.errors import MarkupError
from rich.table import Table
from rich.text import Text

from medborgarlofte.core.progress.activity import LoggedActivity
from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.schema.model import Pledge
from medborgarlofte.i18n import t
from medborgarlofte.render import events as events_render
from medborgarlofte.render import fast_table
from medborgarlofte.render.events import count_line, render_events_table, text_console
from medborgarlofte.render.status import render_to_text

PIECES = [
    "a", "b", "Z", "0", "7", " ", " ", "-", ".", ",", "#", "'", "å", "ä", "ö", "É", "ß",
    "polisen", "kommunen", "Olofström centrum", "Kontroll av A-traktorer", "ca 60", "✔",
    "中", "文字", "ｶ", "Ａ", "한", "😀", "👍🏽", "👨‍👩‍👧", "🇸🇪", "e\u0301", "\u0308", "\u200d",
    "\ufe0f", "…", "·", "–", "\u00a0", "\u3000", "x" * 40, "ordet-som-aldrig-tar-slut" * 2,
    ":smile:", "https://polisen.se", "1.5", "0x1F",
]
"""Text a pledge may hold: ASCII, Swedish, CJK and full-width, emoji with modifiers and
joiners, combining marks, non-breaking and ideographic spaces, very long words."""
TRIGGERS = ["\n", "\t", "[bold]fet[/bold]", "[1]", "\\[x]", "[/x]", "\x07", "\r", "\u2028",
            "[red]röd", "[i]kursiv[/i]"]
"""What Rich reads more into than text: only in the tables that may fall back. (Not
`[link=…]`: Rich gives each link a random id, so two prints of it differ.)"""

text_cells = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)
any_cells = st.lists(st.sampled_from(PIECES + TRIGGERS), max_size=6).map("".join)


def _render(width: int, color: bool) -> Callable[[Table], str]:
    return lambda table: render_to_text([table], width, color)


Columns = list[tuple[str, str, int | None]]
"""(header, justify, ratio) of each column."""


@st.composite
def tables(draw: st.DrawFn, cells: st.SearchStrategy[str]) -> tuple[
        Columns, list[list[str]], int, bool]:
    """A table of the events kind (SIMPLE_HEAD, no padding, no_wrap, ellipsis): random
    columns (justify, ratio, headers), rows, width and colour."""
    ncols = draw(st.integers(1, 7))
    columns = [(draw(cells | st.sampled_from(["Datum", "Löfte", "Antal", "Anteckning", ""])),
                draw(st.sampled_from(["left", "right"])),
                draw(st.none() | st.integers(1, 3))) for _ in range(ncols)]
    width = draw(st.integers(1, 180))
    rows = draw(st.lists(st.lists(cells, min_size=ncols, max_size=ncols), min_size=1,
                         max_size=12))
    return columns, rows, width, draw(st.booleans())


def _maker(columns: Columns, width: int) -> Callable[[], Table]:
    def make() -> Table:
        table = Table(box=box.SIMPLE_HEAD, width=width, pad_edge=False, show_edge=False,
                      padding=0)
        for header, justify, ratio in columns:
            table.add_column(header, justify=justify,  # type: ignore[arg-type]
                             ratio=ratio, no_wrap=True, overflow="ellipsis")
        return table
    return make


def _both(make: Callable[[], Table], rows: list[list[str]], width: int,
          color: bool) -> tuple[str | None, str]:
    """(what the fast path prints, or None when it hands over; what rich.table prints)."""
    try:
        fast: str | None = fast_table._fast(make, rows, _render(width, color),  # noqa: SLF001
                                            text_console(width, color), color)
    except fast_table._Fallback:  # noqa: SLF001
        fast = None
    return fast, fast_table.rich_table_text(make, rows, _render(width, color))


@settings(max_examples=400, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(tables(text_cells))
def test_text_tables_are_printed_fast_and_as_rich_prints_them(
        table: tuple[Columns, list[list[str]], int, bool]) -> None:
    columns, rows, width, color = table
    make = _maker(columns, width)
    fast, rich = _both(make, rows, width, color)
    try:
        fast_table._widths(_proxy(make, rows), text_console(width, color))  # noqa: SLF001
        wide = True
    except fast_table._Fallback:  # noqa: SLF001
        wide = False  # a column narrower than one cell: rich.table prints
    if wide:  # plain text: never handed over
        assert fast is not None
    if fast is not None:
        assert fast == rich


@settings(max_examples=200, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(tables(any_cells))
def test_any_table_prints_as_rich_prints_it(
        table: tuple[Columns, list[list[str]], int, bool]) -> None:
    columns, rows, width, color = table
    make = _maker(columns, width)
    render = _render(width, color)
    try:
        expected: str | type[Exception] = fast_table.rich_table_text(make, rows, render)
    except MarkupError:
        expected = MarkupError  # a tag that closes nothing: rich.table raises, so do we
    if expected is MarkupError:
        with pytest.raises(MarkupError):
            fast_table.table_text(make, rows, render, text_console(width, color), color)
    else:
        assert fast_table.table_text(make, rows, render, text_console(width, color),
                                     color) == expected


def _proxy(make: Callable[[], Table], rows: list[list[str]]) -> Table:
    table = make()
    for row in rows:
        table.add_row(*row)
    return table


@pytest.mark.parametrize(("cell", "color"), [
    ("två\nrader", False), ("tab\there", False), ("[bold]fet[/bold]", True),
    ("\x1b[31m", False), ("\u2028", False), ("[/x]", False)])
def test_what_rich_does_more_with_is_handed_to_rich(cell: str, color: bool) -> None:
    make = _table_maker(60)
    rows = [["2024-01-01", cell], ["2024-01-02", "text"]]
    with pytest.raises(fast_table._Fallback):  # noqa: SLF001
        fast_table._fast(make, rows, _render(60, color), text_console(60, color), color)  # noqa: SLF001


@pytest.mark.parametrize(("cell", "color", "shown"), [
    ("[1] och \\[2]", False, "[1] och [2]"), ("[1] och \\[2]", True, "[1] och [2]"),
    ("[bold]fet[/bold] text", False, "fet text"), ("klocka\x07 ringer", False, "klocka ringer")])
def test_what_rich_reads_as_text_is_read_so(cell: str, color: bool, shown: str) -> None:
    """Markup that styles nothing (or a plain view, which shows no style), and the
    control codes Rich drops: the fast path reads them as Rich does."""
    make, render = _table_maker(60), _render(60, color)
    rows = [["2024-01-01", cell], ["2024-01-02", "text"]]
    fast = fast_table._fast(make, rows, render, text_console(60, color), color)  # noqa: SLF001
    assert fast == fast_table.rich_table_text(make, rows, render)
    assert shown in fast


def test_other_kinds_of_table_go_to_rich() -> None:
    def make() -> Table:
        table = Table(box=box.SIMPLE_HEAD, width=60)  # padded: not the kind handled
        table.add_column("a", no_wrap=True)
        return table
    with pytest.raises(fast_table._Fallback):  # noqa: SLF001
        fast_table._fast(make, [["x"]], _render(60, False), text_console(60, False), False)  # noqa: SLF001
    assert fast_table.table_text(make, [["x"]], _render(60, False), text_console(60, False),
                                 False) == fast_table.rich_table_text(make, [["x"]],
                                                                      _render(60, False))


def test_a_wrong_line_hands_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extreme rows are printed both ways; when they differ, rich.table prints."""
    widths = fast_table._widths  # noqa: SLF001
    monkeypatch.setattr(fast_table, "_widths",
                        lambda proxy, console: [w + 1 for w in widths(proxy, console)])
    make, render = _table_maker(60), _render(60, False)
    rows = [["2024-01-01", "en anteckning"], ["2024-01-02", "text"]]
    with pytest.raises(fast_table._Fallback):  # noqa: SLF001
        fast_table._fast(make, rows, render, text_console(60, False), False)  # noqa: SLF001
    assert fast_table.table_text(make, rows, render, text_console(60, False),
                                 False) == fast_table.rich_table_text(make, rows, render)


def _table_maker(width: int) -> Callable[[], Table]:
    def make() -> Table:
        table = Table(box=box.SIMPLE_HEAD, width=width, pad_edge=False, show_edge=False,
                      padding=0)
        table.add_column("Datum", no_wrap=True)
        table.add_column("Anteckning", ratio=1, no_wrap=True, overflow="ellipsis")
        return table
    return make


# The events view itself, against the rich.table it printed before (render_events_table
# with `_events_table`), on the fixture of every kind and on generated events.

def _rich_events(items: Sequence[events_render.EventsItem], lang: str, width: int,
                 color: bool, refs: events_render.Refs | None) -> str:
    parts: list[object] = []
    for number, (_, progress, activities) in enumerate(items):
        parts.append(Text(t("status.events.heading", lang, title=progress.title,
                            municipality=progress.municipality,
                            today=progress.today.isoformat()), style="bold"))
        if activities:
            shown = ([events_render._ref(refs, number, a) for a in activities]  # noqa: SLF001
                     if refs is not None else None)
            parts.append(events_render._events_table(activities, lang, width, shown))  # noqa: SLF001
        parts += [Text(count_line(activities, lang)), Text("")]
    return render_to_text(parts, width, color).rstrip("\n") + "\n"  # type: ignore[arg-type]


def _pledge(notes: Sequence[str], places: Sequence[str]) -> Pledge:
    import yaml

    from tests.conftest import MINIMAL

    data = yaml.safe_load(MINIMAL)
    data["events"] = [{"date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
                       "target": "polis-mopedinsatser", "count": 1 + n % 5,
                       "note": note, "place": places[n % len(places)]}
                      for n, note in enumerate(notes)]
    return Pledge.model_validate(data)


@settings(max_examples=60, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(notes=st.lists(text_cells.filter(str.strip), min_size=1, max_size=15),
       places=st.lists(text_cells.filter(str.strip), min_size=1, max_size=3),
       width=st.integers(60, 200), color=st.booleans(), lang=st.sampled_from(["sv", "en"]),
       with_refs=st.booleans())
def test_events_view_is_what_rich_table_printed(notes: list[str], places: list[str],
                                                width: int, color: bool, lang: str,
                                                with_refs: bool) -> None:
    pledge = _pledge(notes, places)
    progress = compute_progress(pledge, dt.date(2024, 12, 31))
    activities = [LoggedActivity(n, e, tuple(e.by or ("polisen",)))
                  for n, e in enumerate(pledge.events or [])]
    items = [("f.yaml", progress, activities), ("g.yaml", progress, [])]
    refs = [[f"{n:06x}" for n in range(len(activities))], []] if with_refs else None
    assert render_events_table(items, lang, width=width, color=color, refs=refs) == \
        _rich_events(items, lang, width, color, refs)


def _items(notes: Sequence[str]) -> list[events_render.EventsItem]:
    pledge = _pledge(notes, ["Holje", "Jämshög"])
    progress = compute_progress(pledge, dt.date(2024, 12, 31))
    return [("f.yaml", progress, [LoggedActivity(n, e, ("polisen",))
                                  for n, e in enumerate(pledge.events or [])])]


def test_events_view_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    items = _items(["Kontroll av mopeder", "Möte med föreningslivet 中文 👍🏽", "[1] sid"])
    expected = _rich_events(items, "sv", 100, False, None)
    taken: list[int] = []
    monkeypatch.setattr(fast_table, "rich_table_text", lambda *a: taken.append(1) or "")
    assert render_events_table(items, "sv", width=100) == expected
    assert taken == []


def test_events_view_hands_a_note_of_two_lines_to_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    items = _items(["Kontroll av mopeder", "två\nrader"])
    expected = _rich_events(items, "sv", 100, False, None)
    rich = fast_table.rich_table_text
    taken: list[int] = []

    def counted(*args: object) -> str:
        taken.append(1)
        return rich(*args)  # type: ignore[arg-type]
    monkeypatch.setattr(fast_table, "rich_table_text", counted)
    assert render_events_table(items, "sv", width=100) == expected
    assert "två" in expected and "rader" in expected
    assert taken == [1]
