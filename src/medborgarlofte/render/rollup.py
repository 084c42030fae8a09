"""Several pledges at once: one summary row per pledge and a totals row (table, Markdown, CSV).

For an LPO that covers two municipalities, or a region comparing many. The JSON form is the
ordinary status JSON with several pledges (render.status_formats.render_status_json).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from medborgarlofte.core.progress.types import CATEGORIES, STATUS_ORDER, Summary
from medborgarlofte.i18n import t
from medborgarlofte.render import words
from medborgarlofte.render.cells import file_name, markdown_text
from medborgarlofte.render.report.csv_table import CsvDialect, render_csv
from medborgarlofte.render.report.tables import Cell
from medborgarlofte.render.status import render_to_text

if TYPE_CHECKING:
    from medborgarlofte.render.status_formats import Item

CATEGORY_SYMBOLS = {"met": "✔", "on_track": "●", "not_started": "○", "behind": "▲",
                    "missed": "✖", "ended": "■"}
"""Column heads of the roll-up; the legend under the table says what each means."""


def pledge_label(progress_item: Item) -> str:
    """'Olofströms kommun · Medborgarlöfte 2024'."""
    _, progress = progress_item
    return f"{progress.municipality} · {progress.title}"


def totals(items: Sequence[Item]) -> Summary:
    """The summaries of all pledges added up."""
    return sum((p.summary for _, p in items), Summary())


def legend(lang: str) -> str:
    """'✔ uppfyllt, klart, genomfört · ● i fas, pågår, aktivt · ...': the status words each
    symbol column counts, as the rows of `pledge status` show them."""
    return " · ".join(f"{CATEGORY_SYMBOLS[c]} {category_words(c, lang)}" for c in CATEGORIES)


def category_words(category: str, lang: str) -> str:
    """'uppfyllt, klart, genomfört': the status words of one category."""
    return ", ".join(words.status_word(s, lang) for s in STATUS_ORDER
                     if s.category == category)


def render_rollup_table(items: Sequence[Item], lang: str, *, width: int = 80,
                        color: bool = False) -> str:
    """One row per pledge with its counts per category, then the totals and a legend."""
    as_of = max(p.today for _, p in items)
    table = Table(box=box.SIMPLE_HEAD, width=width, pad_edge=False, show_edge=False,
                  padding=0, show_footer=True,
                  title=t("status.rollup.title", lang, n=len(items), today=as_of.isoformat()),
                  title_justify="left", title_style="bold")
    total = totals(items)
    table.add_column(t("status.col.pledge", lang), t("status.rollup.total", lang), ratio=1,
                     no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.count", lang), str(total.total), justify="right",
                     no_wrap=True)
    for category in CATEGORIES:
        table.add_column(CATEGORY_SYMBOLS[category], str(total.category(category)),
                         justify="right", no_wrap=True, min_width=3,
                         style=words.STYLES[category])
    for item in items:
        summary = item[1].summary
        table.add_row(pledge_label(item), str(summary.total),
                      *(str(summary.category(c)) for c in CATEGORIES))
    parts: list[RenderableType] = [table, Text(words.summary_text(total, lang), style="bold"),
                                   Text(legend(lang))]
    return render_to_text(parts, width, color)


def render_rollup_markdown(items: Sequence[Item], lang: str) -> str:
    """The roll-up as a Markdown table with a bold totals row."""
    head = [t("status.col.pledge", lang), t("status.col.count", lang),
            *(f"{CATEGORY_SYMBOLS[c]} {category_words(c, lang)}" for c in CATEGORIES)]
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for item in items:
        lines.append(_md_row(markdown_text(pledge_label(item)), item[1].summary))
    total = totals(items)
    lines.append(_md_row(f"**{t('status.rollup.total', lang)}**", total, bold=True))
    return "\n".join([*lines, "", f"**{words.summary_text(total, lang)}**"]) + "\n"


def _md_row(label: str, summary: Summary, bold: bool = False) -> str:
    numbers = [summary.total, *(summary.category(c) for c in CATEGORIES)]
    cells = [f"**{n}**" if bold else str(n) for n in numbers]
    return "| " + " | ".join([label, *cells]) + " |"


def render_rollup_csv(items: Sequence[Item], lang: str = "en",
                      dialect: CsvDialect = "machine") -> str:
    """One row per pledge (file, municipality, title, counts) and a last row 'total'."""
    columns = ("file", "municipality", "title", "total", *CATEGORIES)
    rows: list[list[Cell]] = []
    for file, progress in items:
        summary = progress.summary
        rows.append([file_name(file), progress.municipality, progress.title, summary.total,
                     *(summary.category(c) for c in CATEGORIES)])
    total = totals(items)
    label = "total" if dialect == "machine" else t("csv.rollup.total_row", lang)
    rows.append([label, "", "", total.total, *(total.category(c) for c in CATEGORIES)])
    headers = columns if dialect == "machine" else [t(f"csv.rollup.{c}", lang) for c in columns]
    return render_csv(headers, rows, lang, dialect)
