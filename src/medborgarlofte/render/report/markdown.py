"""The report as Markdown (CommonMark with pipe tables), for minutes and web publishing.

The same content and order as the HTML page; charts are given as their numbers (tables).
Text from the pledge file is escaped so that a '*' or '|' in a note stays a character.
"""

from __future__ import annotations

from medborgarlofte.core.progress.report import CommitmentReport, IndicatorReport, Report
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import signed_text
from medborgarlofte.render.cells import markdown_text as md
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
    window_with_state,
)
from medborgarlofte.render.words import amount_text, status_label, threshold_text


def _table(heads: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()) -> str:
    """A pipe table; the columns in `numeric` are right-aligned."""
    align = ["--:" if i in numeric else "---" for i in range(len(heads))]
    lines = [heads, align, *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def render_report_md(report: Report, lang: str) -> str:
    """The whole report."""
    parts = [_header(report, lang), _summary(report, lang), _chart(report, lang)]
    situation = report.info.situation
    if situation and situation.strip():
        paragraphs = [md(p) for p in situation.split("\n\n") if p.strip()]
        parts.append("\n\n".join([f"## {t('report.situation_h', lang)}", *paragraphs]))
    parts.append(f"## {t('report.commitments_h', lang)}")
    for section in report.sections:
        title = md(section.title or section.text or "") if section.id else t(
            "report.other_commitments", lang)
        parts.append(f"### {title}")
        if section.id and section.title and section.text:
            parts.append(f"*{md(section.text)}*")
        parts += [_commitment(c, report, lang) for c in section.commitments]
    if report.indicators:
        parts.append(f"## {t('report.indicators_h', lang)}")
        parts += [_indicator(i, lang) for i in report.indicators]
    if report.signatures:
        parts.append(f"## {t('report.signatories_h', lang)}\n\n" + "\n".join(
            f"- {md(s.name)}, {md(s.role)}, {md(s.party)}" for s in report.signatures))
    footer = [t("report.footer", lang, date=long_date(report.produced, lang))]
    footer += [f"{t('report.sources', lang)}: {md(s)}" for s in report.info.sources]
    parts.append("---\n\n" + "\n\n".join(footer))
    return "\n\n".join(parts) + "\n"


def _header(report: Report, lang: str) -> str:
    info, window = report.info, report.window
    facts = [("report.window", window_with_state(window, lang)),
             ("report.pledge_period", pledge_period_text(info, lang))]
    if info.police_area:
        facts.append(("report.police_area", md(info.police_area)))
    facts += [(k, md(v)) for k, v in pledge_facts(info, lang)]
    facts.append(("report.produced", long_date(report.produced, lang)))
    parties = join_names(list(report.party_names.values()), lang)
    lede = md(t("report.from_parties", lang, parties=parties, municipality=info.municipality))
    final = final_lede(report, lang)
    if final:
        lede = f"{md(final)} {lede}"
    return "\n\n".join([
        f"# {md(info.title)}", f"*{t('report.kicker', lang)}*", lede,
        "\n".join(f"- **{t(k, lang)}:** {v}" for k, v in facts),
    ])


def _summary(report: Report, lang: str) -> str:
    rows = [[md(c.progress.text), md(join_names(c.owner_names, lang)),
             status_label(c.progress.status, lang), md(done_in_window(c, lang)),
             md(done_in_total(c, lang))] for c in report.commitments]
    heads = [t(f"report.col.{k}", lang) for k in ("commitment", "owner", "status", "in_window",
                                                   "total")]
    as_of = summary_sentence(report, lang)
    return "\n\n".join([f"## {t('report.summary_h', lang)}", as_of, _table(heads, rows)])


def _chart(report: Report, lang: str) -> str:
    months = report.chart
    desc = chart_description(report, lang)
    rows = [[f"{t(f'report.month.{m.start.month}', lang)} {m.start.year}",
             amount_text(m.done, lang), amount_text(m.done_so_far, lang)] for m in months]
    heads = [t(f"report.col.{k}", lang) for k in ("month", "count", "total")]
    return "\n\n".join([f"## {t('report.chart_h', lang)}",
                        f"{desc} {t('report.chart_note', lang)}", _table(heads, rows, (1, 2))])


def _commitment(c: CommitmentReport, report: Report, lang: str) -> str:
    p, target = c.progress, c.target
    facts = [("report.owner", md(join_names(c.owner_names, lang))),
             ("report.goal", md(goal_phrase(c, lang)))]
    if target.goal and target.goal.note:
        facts.append(("report.goal_note", md(target.goal.note)))
    facts += [("report.status", status_label(p.status, lang)),
              ("report.done_window", md(done_in_window(c, lang))),
              ("report.done_total", md(done_in_total(c, lang)))]
    lines = [f"- **{t(k, lang)}:** {v}" for k, v in facts]
    lines += [f"- {md(x)}" for x in (expected_phrase(c, report.window, lang),
                                      forecast_phrase(c, lang)) if x]
    more = [("report.due", long_date(p.due, lang))]
    more += [(k, md(", ".join(v))) for k, v in (("report.partners", target.partners),
                                                ("report.places", target.places)) if v]
    if target.condition:
        more.append(("report.condition", md(target.condition_text or "")))
    more += [(k, md(v)) for k, v in extra_facts(c, lang)]
    outcome = outcome_text(c, lang)
    if outcome:
        more.append(("report.reason", md(outcome)))
    lines += [f"- **{t(k, lang)}:** {v}" for k, v in more]
    parts = [f"#### {md(p.text)}", "\n".join(lines)]
    if not c.window_activities:
        parts.append(f"*{t('report.no_activities', lang)}*")
    else:
        rows = []
        for e in c.window_activities:
            day = e.date.isoformat() + (f" – {e.until.isoformat()}" if e.until else "")
            count = activity_amount(e, lang)
            rows.append([day, md(e.place or ""), md(e.note or ""), count])
        heads = [t(f"report.col.{k}", lang) for k in ("date", "place", "note", "count")]
        parts.append(f"{t('report.activities_caption', lang)}:\n\n" + _table(heads, rows, (3,)))
    return "\n\n".join(parts)


def _indicator(item: IndicatorReport, lang: str) -> str:
    p = item.progress
    unit = f" {md(p.unit)}" if p.unit else ""
    facts = [("report.direction", t(f"status.direction.{p.direction}", lang))]
    if p.latest_value is not None and p.latest_date is not None:
        facts.append(("report.latest", f"{decimal_text(p.latest_value, lang)}{unit} "
                                       f"({p.latest_date.isoformat()})"))
    if p.reference_value is not None and p.reference_date is not None:
        facts.append(("report.reference", f"{decimal_text(p.reference_value, lang)}{unit} "
                                          f"({p.reference_date.isoformat()})"))
    if p.change is not None:
        facts.append(("report.change", signed_text(p.change, lang)))
    facts.append(("report.trend", t(f"status.trend.{p.trend}", lang)))
    judged = threshold_text(p.meets, p.threshold, lang)
    if judged:
        facts.append(("report.threshold", judged))
    if item.source:
        facts.append(("report.col.source", md(item.source)))
    parts = [f"### {md(p.text)}", "\n".join(f"- **{t(k, lang)}:** {v}" for k, v in facts)]
    rows = item.table_rows
    if not rows:
        parts.append(f"*{t('report.no_measurements', lang)}*")
    else:
        heads = [t(f"report.col.{k}", lang) for k in ("date", "value", "source", "note")]
        parts.append(_table(heads, [[m.date.isoformat(), decimal_text(m.value, lang) + unit,
                                     md(m.source or ""), md(m.note or "")] for m in rows], (1,)))
    return "\n\n".join(parts)
