"""The report as one self-contained, accessible HTML page (WCAG 2.1 AA).

Inline CSS (templates/report.css) and inline SVG, no script and no outside request, so the
file can be published as it is or printed to an A4 PDF. Every chart has a text alternative
and its numbers in a table; statuses carry a symbol and a word besides their colour. Text
from the pledge file keeps its own `lang` when the report is in another language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from importlib.resources import files
from string import Template

from medborgarlofte.core.progress.report import CommitmentReport, Report
from medborgarlofte.core.progress.types import CountResult
from medborgarlofte.i18n import t
from medborgarlofte.render.report.html_parts import indicator_html
from medborgarlofte.render.report.svg import activity_chart_svg, progress_bar_svg
from medborgarlofte.render.report.text import (
    activity_amount,
    chart_description,
    decimal_text,
    done_in_total,
    done_in_window,
    expected_phrase,
    extra_facts,
    final_lede,
    forecast_phrase,
    goal_phrase,
    join_names,
    long_date,
    outcome_text,
    pledge_facts,
    pledge_period_text,
    summary_sentence,
    window_name,
    window_with_state,
)
from medborgarlofte.render.words import amount_text, status_label

_TEMPLATES = files("medborgarlofte.render.report").joinpath("templates")


def render_report_html(report: Report, lang: str) -> str:
    """The whole page."""
    page = ReportPage(report, lang)
    template = Template(_TEMPLATES.joinpath("report.html").read_text(encoding="utf-8"))
    return template.substitute(
        lang=lang,
        title=escape(t("report.doc_title", lang, title=report.info.title,
                       window=window_name(report.window))),
        css=_TEMPLATES.joinpath("report.css").read_text(encoding="utf-8"),
        header=page.header(), main=page.main(), footer=page.footer(),
    )


Href = Callable[[str], str]
"""The address of a commitment's or an effect goal's own page, from its id (the site's)."""


class ReportPage:
    """Builds the parts of the page for one report in one language. The report uses them in
    one page; the site (render.site) puts the same parts in its own pages, and passes
    `commitment_href` / `indicator_href` to link each commitment and effect goal to its page."""

    def __init__(self, report: Report, lang: str, commitment_href: Href | None = None,
                 indicator_href: Href | None = None) -> None:
        self.r, self.lang = report, lang
        self.commitment_href, self.indicator_href = commitment_href, indicator_href

    def tr(self, key: str, **params: object) -> str:
        """A catalogue text, escaped."""
        return escape(t(key, self.lang, **params))

    def src(self, text: str, tag: str = "span", cls: str = "") -> str:
        """Text from the pledge file, escaped, marked with its language when it differs."""
        attrs = f' class="{cls}"' if cls else ""
        if self.r.info.language != self.lang:
            attrs += f' lang="{self.r.info.language}"'
        return f"<{tag}{attrs}>{escape(text)}</{tag}>"

    def header(self) -> str:
        r, info = self.r, self.r.info
        parties = join_names(list(r.party_names.values()), self.lang)
        period = pledge_period_text(info, self.lang)
        window = escape(window_with_state(r.window, self.lang))
        lede = self.tr("report.from_parties", parties=parties, municipality=info.municipality)
        final = final_lede(r, self.lang)
        if final:
            lede = f"{escape(final)} {lede}"
        return "\n".join([
            f'<p class="kicker">{self.tr("report.kicker")}</p>',
            f"<h1>{escape(info.title)}</h1>",
            f'<p class="lede">{lede}</p>',
            '<dl class="facts">',
            f'<dt>{self.tr("report.window")}</dt><dd>{window}</dd>',
            f'<dt>{self.tr("report.pledge_period")}</dt><dd>{escape(period)}</dd>',
            *([f'<dt>{self.tr("report.police_area")}</dt><dd>{escape(info.police_area)}</dd>']
              if info.police_area else []),
            *(f"<dt>{self.tr(k)}</dt><dd>{escape(v)}</dd>"
              for k, v in pledge_facts(info, self.lang)),
            f'<dt>{self.tr("report.produced")}</dt>'
            f"<dd>{escape(long_date(r.produced, self.lang))}</dd>",
            "</dl>",
        ])

    def main(self) -> str:
        return "\n".join([self.summary(), self.chart(), self.situation(), self.commitments(),
                          self.indicators(), self.signatures()])

    def summary(self) -> str:
        r = self.r
        rows = []
        for c in r.commitments:
            p = c.progress
            rows.append(
                f'<tr><th scope="row"><a href="#c-{p.id}">{escape(p.text)}</a></th>'
                f'<td class="wide-only">{escape(join_names(c.owner_names, self.lang))}</td>'
                f'<td><span class="status {p.category}">'
                f"{escape(status_label(p.status, self.lang))}</span></td>"
                f'<td class="wide-only">{escape(done_in_window(c, self.lang))}</td>'
                f'<td class="wide-only">{escape(done_in_total(c, self.lang))}</td></tr>')
        heads = "".join(f'<th scope="col"{cls}>{self.tr(k)}</th>' for k, cls in (
            ("report.col.commitment", ""), ("report.col.owner", ' class="wide-only"'),
            ("report.col.status", ' class="status-col"'),
            ("report.col.in_window", ' class="wide-only"'),
            ("report.col.total", ' class="wide-only"')))
        as_of = escape(summary_sentence(r, self.lang))
        return "\n".join([
            '<section aria-labelledby="summary-h">',
            f'<h2 id="summary-h">{self.tr("report.summary_h")}</h2>',
            f"<p>{as_of}</p>",
            f'<table><caption>{self.tr("report.overview_caption")}</caption>',
            f"<thead><tr>{heads}</tr></thead>", "<tbody>", *rows, "</tbody></table>",
            "</section>",
        ])

    def chart(self, goal: tuple[int, str] | None = None) -> str:
        """The activity chart and its table; `goal` (number, words) draws the number promised
        as a dashed line and says it in the caption (a commitment's own chart on the site)."""
        r, lang = self.r, self.lang
        months = r.chart
        desc = chart_description(r, lang) + (f" {goal[1]}." if goal else "")
        rows = "".join(
            f'<tr><th scope="row">{escape(t(f"report.month.{m.start.month}", lang))} '
            f'{m.start.year}</th><td class="num">{escape(amount_text(m.done, self.lang))}</td>'
            f'<td class="num">{escape(amount_text(m.done_so_far, self.lang))}</td></tr>'
            for m in months)
        heads = "".join(f'<th scope="col"{cls}>{self.tr(k)}</th>' for k, cls in (
            ("report.col.month", ""), ("report.col.count", ' class="num"'),
            ("report.col.total", ' class="num"')))
        return "\n".join([
            '<section aria-labelledby="chart-h">',
            f'<h2 id="chart-h">{self.tr("report.chart_h")}</h2>',
            "<figure>",
            activity_chart_svg(months, lang, t("report.chart_h", lang), desc, goal),
            f'<figcaption>{escape(desc)} {self.tr("report.chart_note")} '
            f'{self.tr("report.chart_shaded")}</figcaption>',
            "</figure>",
            f'<table><caption>{self.tr("report.chart_caption")}</caption>',
            f"<thead><tr>{heads}</tr></thead><tbody>{rows}</tbody></table>",
            "</section>",
        ])

    def situation(self) -> str:
        text = self.r.info.situation
        if not text or not text.strip():
            return ""
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        return "\n".join([
            '<section aria-labelledby="situation-h">',
            f'<h2 id="situation-h">{self.tr("report.situation_h")}</h2>',
            *(self.src(p, "p") for p in paragraphs), "</section>",
        ])

    def commitments(self) -> str:
        # after the period there is no pace: the bars have no marker, the legend none either
        legend = "report.bar_legend_over" if self.r.progress.over else "report.bar_legend"
        parts = ['<section aria-labelledby="commitments-h">',
                 f'<h2 id="commitments-h">{self.tr("report.commitments_h")}</h2>',
                 f'<p class="legend">{self.tr(legend)}</p>']
        for section in self.r.sections:
            title = (self.src(section.title or section.text or "") if section.id
                     else self.tr("report.other_commitments"))
            parts.append(f"<h3>{title}</h3>")
            if section.id and section.title and section.text:
                parts.append(self.src(section.text, "p", "priority-text"))
            parts += [self.commitment(c) for c in section.commitments]
        parts.append("</section>")
        return "\n".join(parts)

    def commitment(self, c: CommitmentReport) -> str:
        p = c.progress
        title = self.src(p.text)
        if self.commitment_href is not None:
            title = f'<a href="{escape(self.commitment_href(p.id), quote=True)}">{title}</a>'
        return "\n".join([
            f'<article class="commitment {p.category}" id="c-{p.id}" '
            f'aria-labelledby="c-{p.id}-h">',
            f'<h4 id="c-{p.id}-h">{title}</h4>',
            self.details(c), self.progress(c), self.activities(c),
            "</article>",
        ])

    def details(self, c: CommitmentReport) -> str:
        """The facts of one commitment as a definition list: owner, goal, status, numbers."""
        p, lang, target = c.progress, self.lang, c.target
        details = [("report.owner", escape(join_names(c.owner_names, lang))),
                   ("report.goal", escape(goal_phrase(c, lang)))]
        if target.goal and target.goal.note:
            details.append(("report.goal_note", self.src(target.goal.note)))
        details += [
            ("report.status", f'<span class="status {p.category}">'
                              f"{escape(status_label(p.status, lang))}</span>"),
            ("report.done_window", escape(done_in_window(c, lang))),
            ("report.done_total", escape(done_in_total(c, lang))),
            ("report.due", escape(long_date(p.due, lang))),
        ]
        for key, values in (("report.partners", target.partners),
                            ("report.places", target.places)):
            if values:
                details.append((key, self.src(", ".join(values))))
        if target.condition:
            details.append(("report.condition", self.src(target.condition_text or "")))
        details += [(k, self.src(v)) for k, v in extra_facts(c, lang)]
        outcome = outcome_text(c, lang)
        if outcome:
            details.append(("report.reason", escape(outcome)))
        dl = "".join(f"<dt>{self.tr(k)}</dt><dd>{v}</dd>" for k, v in details)
        return f'<dl class="details">{dl}</dl>'

    def progress(self, c: CommitmentReport) -> str:
        lang = self.lang
        expected, forecast = expected_phrase(c, self.r.window, lang), forecast_phrase(c, lang)
        total = done_in_total(c, lang)
        result = c.progress.result
        if isinstance(result, CountResult) and expected:
            label = t("report.bar_label", lang, title=t("report.done_total", lang),
                      progress=total, expected=decimal_text(result.expected, lang))
        else:
            label = t("report.bar_label_plain", lang, title=t("report.done_total", lang),
                      progress=total)
        bar = progress_bar_svg(c, label, f"bar-{c.progress.id}")
        if not bar:
            return ""
        notes = "".join(f"<p>{escape(x)}</p>" for x in (expected, forecast) if x)
        return f'<div class="progress">{bar}{notes}</div>'

    def activities(self, c: CommitmentReport) -> str:
        if not c.window_activities:
            return f'<p>{self.tr("report.no_activities")}</p>'
        heads = "".join(f'<th scope="col"{cls}>{self.tr(k)}</th>' for k, cls in (
            ("report.col.date", ' class="date"'), ("report.col.place", ""),
            ("report.col.note", ""),
            ("report.col.count", ' class="num count"')))
        rows = []
        for e in c.window_activities:
            day = _day(e.date) + (f" – {_day(e.until)}" if e.until else "")
            count = activity_amount(e, self.lang)
            rows.append(f'<tr><td>{day}</td><td>{self.src(e.place or "")}</td>'
                        f'<td>{self.src(e.note or "")}</td>'
                        f'<td class="num">{escape(count)}</td></tr>')
        return (f'<table><caption>{self.tr("report.activities_caption")}</caption>'
                f'<thead><tr>{heads}</tr></thead><tbody>{"".join(rows)}</tbody></table>')

    def indicators(self) -> str:
        if not self.r.indicators:
            return ""
        return "\n".join([
            '<section aria-labelledby="indicators-h">',
            f'<h2 id="indicators-h">{self.tr("report.indicators_h")}</h2>',
            *(indicator_html(i, self.lang, self.src, href=self.indicator_href)
              for i in self.r.indicators),
            "</section>",
        ])

    def signatures(self) -> str:
        if not self.r.signatures:
            return ""
        items = "".join(f"<li>{escape(s.name)}<span>{escape(s.role)}</span>"
                        f"<span>{escape(s.party)}</span></li>" for s in self.r.signatures)
        return "\n".join([
            '<section aria-labelledby="signatures-h">',
            f'<h2 id="signatures-h">{self.tr("report.signatories_h")}</h2>',
            f'<ul class="signatures">{items}</ul>', "</section>",
        ])

    def footer(self) -> str:
        lines = [f'<p>{self.tr("report.footer", date=long_date(self.r.produced, self.lang))}</p>']
        for source in self.r.info.sources:
            shown = escape(source)
            if source.startswith(("https://", "http://")):
                shown = f'<a href="{escape(source, quote=True)}">{shown}</a>'
            lines.append(f'<p>{self.tr("report.sources")}: {shown}</p>')
        return "\n".join(lines)


def _day(day: dt.date) -> str:
    """An ISO date that never breaks at its hyphens."""
    return f'<span class="day">{day.isoformat()}</span>'
