"""A one-line-per-row table printed as `rich.table` prints it, without Rich's layout of
every row (about 0.25 ms a row: 2.5 s for a log of 10,000 activities).

`rich.table` sizes its columns from each column's *measurement* alone: the widest cell and
the widest word of each column (headers included). So a small table of the same columns
holding only each column's extreme cells gets exactly the widths the whole table gets;
Rich renders that table (its header and rule are the whole table's header and rule) and
gives the widths; every row is then padded or cut to them with `rich.cells` as
`rich.text.Text` does (left: cut with an ellipsis, padded; right: trailing spaces
dropped, cut with an ellipsis, padded on the left). The extreme rows are also rendered by
this module and compared with Rich's own lines: any difference, and every case not
handled here (a cell of several lines, a tab, a control character, Rich markup that
styles a coloured cell, a table other than the one-line `SIMPLE_HEAD` kind, a column
narrower than one cell), takes `rich.table` for the whole table, so the text is
what Rich prints: `tests/test_fast_table.py` compares both on many random tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from rich import box
from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.errors import MarkupError
from rich.table import Table

_RICH_TOUCHES = re.compile(r"[\[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""A character Rich's text handling may act on (markup, control codes, line breaks)."""
_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""What still makes a cell more than plain one-line text once Rich has read it."""


class _Fallback(Exception):
    """This table is printed by rich.table itself."""


def table_text(make_table: Callable[[], Table], rows: Sequence[Sequence[str]],
               render: Callable[[Table], str], console: Console, color: bool) -> str:
    """The text `render(table)` gives for the table `make_table()` (columns only) with
    `rows` added; `render` prints with `console`'s settings (plain text loses trailing
    spaces unless `color`)."""
    try:
        return _fast(make_table, rows, render, console, color)
    except _Fallback:
        return rich_table_text(make_table, rows, render)


def rich_table_text(make_table: Callable[[], Table], rows: Sequence[Sequence[str]],
                    render: Callable[[Table], str]) -> str:
    """The same through rich.table, row by row."""
    table = make_table()
    for row in rows:
        table.add_row(*row)
    return render(table)


def _fast(make_table: Callable[[], Table], rows: Sequence[Sequence[str]],
          render: Callable[[Table], str], console: Console, color: bool) -> str:
    proxy = make_table()
    _check_kind(proxy)
    count = len(proxy.columns)
    if not rows or any(len(row) != count for row in rows):
        raise _Fallback
    columns: list[Sequence[str]] = list(zip(*rows, strict=True))
    distinct = [dict.fromkeys(column) for column in columns]  # each text once, in order
    if _RICH_TOUCHES.search("".join("".join(values) for values in distinct)):
        read = [{cell: _plain(cell, console, color) for cell in values} for values in distinct]
        columns = [[shown[cell] for cell in column] for shown, column in zip(read, columns,
                                                                              strict=True)]
        distinct = [dict.fromkeys(column) for column in columns]
    extremes = _extremes(columns, distinct)
    for index in extremes:
        proxy.add_row(*rows[index])
    widths = _widths(proxy, console)
    printed = render(proxy).split("\n")
    if len(printed) != len(extremes) + 3 or printed[-1] != "":
        raise _Fallback  # a header or an extreme cell of more than one line
    cells = []
    for column, values, width, spec in zip(columns, distinct, widths, proxy.columns,
                                           strict=True):
        if spec.justify == "right":
            shown = {value: _right(value, width) for value in values}
        else:  # str.ljust for what is plain ASCII and fits: the same as _left, in C
            shown = {value: value.ljust(width) if value.isascii() and len(value) <= width
                     else _left(value, width) for value in values}
        cells.append(map(shown.__getitem__, column))
    lines = list(map(" ".join, zip(*cells, strict=True)))
    if not color:
        lines = [line.rstrip() for line in lines]
    for index, line in zip(extremes, printed[2:], strict=False):
        if lines[index] != line:
            raise _Fallback
    return "\n".join([*printed[:2], *lines, ""])


def _check_kind(table: Table) -> None:
    """Only the kind of table this module prints: one line a row, no borders but the
    header's rule, no styles but the header's."""
    plain_table = (table.box is box.SIMPLE_HEAD and table.show_header and not table.show_edge
                   and not table.show_footer and not table.show_lines and not table.leading
                   and not table.pad_edge and not any(table.padding) and not table.title
                   and not table.caption and not table.row_styles and table.style in ("", "none")
                   and not table.border_style and not table.highlight
                   and not table.collapse_padding and table.min_width is None)
    columns_ok = all(c.no_wrap and c.overflow == "ellipsis" and c.justify in ("left", "right")
                     and not c.style and c.vertical == "top" and c.width is None
                     and c.min_width is None and c.max_width is None and not c.highlight
                     and isinstance(c.header, str) and not c.footer for c in table.columns)
    if not (plain_table and columns_ok and table.columns):
        raise _Fallback


def _plain(cell: str, console: Console, color: bool) -> str:
    """The text of a cell as Rich shows it; _Fallback when Rich would do more with it."""
    if not _RICH_TOUCHES.search(cell):
        return cell
    try:
        text = console.render_str(cell, highlight=False)
    except MarkupError:
        raise _Fallback from None  # rich.table raises the same
    if (color and text.spans) or _LINE_BREAKS.search(text.plain):
        raise _Fallback
    return text.plain


def _width(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _narrowest(text: str) -> int:
    """The narrowest Rich can print a cell (its widest word), as Text.__rich_measure__."""
    words = text.split()
    return max(_width(word) for word in words) if words else _width(text)


def _extremes(columns: Sequence[Sequence[str]],
              distinct: Sequence[Iterable[str]]) -> list[int]:
    """Rows that hold, for each column, its widest cell and its widest word: the column
    widths depend on nothing else."""
    chosen: set[int] = set()
    for cells, values in zip(columns, distinct, strict=True):
        lengths = {value: len(value) if value.isascii() else cell_len(value)
                   for value in values}
        widest = max(lengths, key=lengths.__getitem__)
        best, narrowest = -1, widest
        for value, length in lengths.items():
            if length > best or not value.isascii():  # an ASCII word is no wider than its cell
                words = _narrowest(value)
                if words > best:
                    best, narrowest = words, value
        chosen.update((cells.index(widest), cells.index(narrowest)))
    return sorted(chosen)


def _widths(proxy: Table, console: Console) -> list[int]:
    """The column widths rich.table gives `proxy` (and so the whole table)."""
    try:
        options = console.options.update_width(proxy.width or console.width)
        widths = proxy._calculate_column_widths(  # noqa: SLF001 -- Rich's own width code
            console, options.update_width(options.max_width - proxy._extra_width))
    except AttributeError:  # another Rich: let it print
        raise _Fallback from None
    if any(width < 1 for width in widths):
        raise _Fallback
    return list(widths)


def _left(text: str, width: int) -> str:
    """Text.truncate(width, overflow="ellipsis", pad=True), then as the table's lines."""
    length = _width(text)
    if length > width:
        text = set_cell_size(text, width - 1) + "…"
    elif length < width:
        text += " " * (width - length)
    return text if text.isascii() else _shaped(text, width)


def _right(text: str, width: int) -> str:
    """Lines.justify "right": rstrip, truncate with an ellipsis, pad on the left."""
    text = text.rstrip()
    if _width(text) > width:
        text = set_cell_size(text, width - 1) + "…"
    length = _width(text)
    if length < width:
        text = " " * (width - length) + text
    return text if text.isascii() else _shaped(text, width)


def _shaped(text: str, width: int) -> str:
    """The cell as console.render_lines and Segment.set_shape leave it: each pads or cuts
    the line to `width` by the cells of its pieces (joiners, combining marks and emoji
    make a text's width other than the sum of its parts')."""
    return "".join(_adjust(_adjust([text], width), width))


def _adjust(pieces: list[str], width: int) -> list[str]:
    """Segment.adjust_line_length(pieces, width, pad=True) on the texts of the segments."""
    total = sum(cell_len(piece) for piece in pieces)
    if total < width:
        return [*pieces, " " * (width - total)]
    if total == width:
        return pieces
    kept: list[str] = []
    used = 0
    for piece in pieces:
        length = cell_len(piece)
        if used + length < width:
            kept.append(piece)
            used += length
        else:
            kept.append(set_cell_size(piece, width - used))
            break
    return kept
