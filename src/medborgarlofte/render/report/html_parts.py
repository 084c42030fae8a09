"""Smaller parts of the HTML report, kept apart so report_html.py stays short: indicators."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from medborgarlofte.core.progress.report import IndicatorReport
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import signed_text
from medborgarlofte.render.report.text import decimal_text
from medborgarlofte.render.words import threshold_text


def _value(value: float | None, unit: str | None, lang: str) -> str:
    if value is None:
        return "–"
    return decimal_text(value, lang) + (f" {unit}" if unit else "")


def indicator_html(item: IndicatorReport, lang: str, src: Callable[..., str], *,
                   href: Callable[[str], str] | None = None, heading: bool = True) -> str:
    """One effect goal: its direction, latest value, change and trend, and a table of its
    measurements up to the window's end. `src` marks text from the file with its language;
    `href` links the heading to the goal's own page; `heading=False` leaves the heading out
    (the goal's own page has it as its title)."""
    p = item.progress
    unit = p.unit
    details = [("report.direction", escape(t(f"status.direction.{p.direction}", lang)))]
    if p.latest_date is not None:
        details.append(("report.latest", f"{escape(_value(p.latest_value, unit, lang))} "
                                         f"({p.latest_date.isoformat()})"))
    if p.reference_date is not None:
        details.append(("report.reference", f"{escape(_value(p.reference_value, unit, lang))} "
                                            f"({p.reference_date.isoformat()})"))
    if p.change is not None:
        details.append(("report.change", escape(signed_text(p.change, lang))))
    details.append(("report.trend", escape(t(f"status.trend.{p.trend}", lang))))
    judged = threshold_text(p.meets, p.threshold, lang)
    if judged:
        details.append(("report.threshold", escape(judged)))
    if item.source:
        details.append(("report.col.source", src(item.source)))
    dl = "".join(f"<dt>{escape(t(k, lang))}</dt><dd>{v}</dd>" for k, v in details)
    title = src(p.text)
    if href is not None:
        title = f'<a href="{escape(href(p.id), quote=True)}">{title}</a>'
    parts = [f'<h3 id="i-{p.id}">{title}</h3>'] if heading else []
    parts.append(f'<dl class="details">{dl}</dl>')
    rows = item.table_rows
    if not rows:
        parts.append(f"<p>{escape(t('report.no_measurements', lang))}</p>")
        return "\n".join(parts)
    heads = "".join(f'<th scope="col"{cls}>{escape(t(k, lang))}</th>' for k, cls in (
        ("report.col.date", ' class="date"'), ("report.col.value", ' class="num"'),
        ("report.col.source", ""), ("report.col.note", "")))
    body = "".join(
        f'<tr><td><span class="day">{m.date.isoformat()}</span></td>'
        f'<td class="num">{escape(_value(m.value, unit, lang))}</td>'
        f"<td>{src(m.source or '')}</td><td>{src(m.note or '')}</td></tr>" for m in rows)
    caption = escape(t("report.measurements_caption", lang, text=p.text))
    parts.append(f"<table><caption>{caption}</caption><thead><tr>{heads}</tr></thead>"
                 f"<tbody>{body}</tbody></table>")
    return "\n".join(parts)
