"""The pages of the site, each made of the report's HTML parts (render.report.html_page) in
the site's frame: the start page (and its pre-sorted copies), a page per pledge, per
follow-up period, per commitment and per effect goal.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from medborgarlofte.core.progress.kinds import CountResult
from medborgarlofte.core.progress.periods import ReportWindow
from medborgarlofte.core.progress.report import (
    CommitmentReport,
    IndicatorReport,
    Report,
    activity_months,
)
from medborgarlofte.core.progress.values import CATEGORIES
from medborgarlofte.i18n import t
from medborgarlofte.render.report.html_page import ReportPage
from medborgarlofte.render.report.html_parts import indicator_html
from medborgarlofte.render.report.text import (
    goal_phrase,
    long_date,
    pledge_period_text,
    span_text,
)
from medborgarlofte.render.site import paths
from medborgarlofte.render.site.frame import Frame, Image, render_page
from medborgarlofte.render.site.model import PeriodReport, Site, SitePledge
from medborgarlofte.render.site.rules import status_rule
from medborgarlofte.render.words import status_label, status_word, summary_text

SORT_KEYS = ("name", "activities", "met", "on_track", "behind", "missed")
"""The columns the comparison table can be sorted by (each a pre-sorted page)."""


def pledge_name(sp: SitePledge) -> str:
    """'Medborgarlöfte 2024, Olofströms kommun'."""
    return f"{sp.pledge.pledge.title}, {sp.pledge.pledge.municipality}"


def share_alt(sp: SitePledge, lang: str, label: str | None = None) -> str:
    """The share image in words: the same numbers the image shows."""
    report = next(p.report for p in sp.periods if p.period.label == label) if label else sp.report
    window = label or span_text(sp.pledge.pledge.period.start, sp.as_of, lang)
    return t("site.share_alt", lang, name=pledge_name(sp), window=window,
             summary=summary_text(report.progress.summary, lang),
             date=long_date(report.window.end, lang))


def _short(text: str, limit: int = 60) -> str:
    """A breadcrumb's text: a long commitment cut at a word, with '…'."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def activity_total(sp: SitePledge) -> int:
    """Activities counted by the day the pledge is judged on (a record's count included)."""
    return sum(m.count for m in sp.report.chart)


class SitePages:
    """Every page of one site in one language: (site path, HTML) pairs."""

    def __init__(self, site: Site, lang: str) -> None:
        self.site, self.lang = site, lang

    def all(self) -> list[tuple[str, str]]:
        pages = [self.start(key) for key in (SORT_KEYS if len(self.site.pledges) > 1
                                             else ("name",))]
        for sp in self.site.pledges:
            pages.append(self.pledge(sp))
            pages += [self.period(sp, pr) for pr in sp.periods]
            pages += [self.commitment(sp, c) for c in sp.report.commitments]
            pages += [self.indicator(sp, i) for i in sp.report.indicators]
        return pages

    def tr(self, key: str, **params: object) -> str:
        return escape(t(key, self.lang, **params))

    def src(self, sp: SitePledge, text: str) -> str:
        """Text from a pledge file, marked with its language when it differs."""
        language = sp.pledge.pledge.language
        return (escape(text) if language == self.lang
                else f'<span lang="{language}">{escape(text)}</span>')

    def page(self, frame: Frame, header: str, main: str) -> tuple[str, str]:
        return frame.path, render_page(frame, header, main, self.lang, self.site.base_url)

    # -- shared pieces -----------------------------------------------------------------

    def site_title(self) -> str:
        if len(self.site.pledges) == 1:
            return pledge_name(self.site.pledges[0])
        return t("site.title", self.lang)

    def crumbs(self, sp: SitePledge | None = None) -> list[tuple[str, str | None]]:
        found: list[tuple[str, str | None]] = [(t("site.start", self.lang), paths.start_page())]
        if sp is not None:
            found.append((pledge_name(sp), paths.pledge_page(sp.id)))
        return found

    def pledge_frame(self, sp: SitePledge, path: str, title: str, description: str,
                     crumbs: list[tuple[str, str | None]], image: str | None = None) -> Frame:
        return Frame(
            path=path, title=title, description=description,
            crumbs=(*crumbs, (_short(title), None)),
            feeds=((t("site.feed_pledge", self.lang, name=pledge_name(sp)),
                    paths.pledge_feed(sp.id)),
                   (t("site.feed_site", self.lang), paths.SITE_FEED)),
            data=self.data_links(sp),
            image=Image(paths.share_image(sp.id, image), share_alt(sp, self.lang, image)),
            updated=sp.updated, source_lang=sp.pledge.pledge.language)

    def data_links(self, sp: SitePledge) -> tuple[tuple[str, str], ...]:
        return ((t("site.data_json", self.lang), paths.pledge_json(sp.id)),
                (t("site.data_csv", self.lang), paths.pledge_csv(sp.id)),
                (t("site.data_activities", self.lang), paths.activities_csv(sp.id)))

    def report_page(self, sp: SitePledge, report_path: str, report: Report) -> ReportPage:
        return ReportPage(
            report, self.lang,
            commitment_href=lambda tid: paths.href(report_path,
                                                   paths.commitment_page(sp.id, tid)),
            indicator_href=lambda iid: paths.href(report_path, paths.indicator_page(sp.id, iid)))

    def summary_line(self, sp: SitePledge) -> str:
        return self.tr("report.summary_as_of", date=long_date(sp.as_of, self.lang),
                       summary=summary_text(sp.report.progress.summary, self.lang))

    # -- the start page ------------------------------------------------------------------

    def start(self, key: str) -> tuple[str, str]:
        path = paths.sorted_page(key)
        header = "\n".join([f'<p class="kicker">{self.tr("report.kicker")}</p>',
                            f"<h1>{escape(self.site_title())}</h1>",
                            f'<p class="lede">{self.tr("site.lede")}</p>'])
        cards = []
        for sp in self.site.pledges:
            info = sp.pledge.pledge
            link = escape(paths.href(path, paths.pledge_page(sp.id)), quote=True)
            cards.append("\n".join([
                '<li class="card">',
                f'<h3><a href="{link}">{self.src(sp, pledge_name(sp))}</a></h3>',
                f"<p>{self.tr('report.pledge_period')}: "
                f"{escape(pledge_period_text(info, self.lang))}</p>",
                f"<p>{self.summary_line(sp)}</p>",
                "</li>"]))
        main = ['<section aria-labelledby="pledges-h">',
                f'<h2 id="pledges-h">{self.tr("site.pledges_h")}</h2>',
                f'<ul class="cards">{"".join(cards)}</ul>', "</section>"]
        if len(self.site.pledges) > 1:
            main.append(self.comparison(path, key))
        data = tuple(item for sp in self.site.pledges for item in (
            (f"{pledge_name(sp)}: {t('site.data_json', self.lang)}", paths.pledge_json(sp.id)),
            (f"{pledge_name(sp)}: {t('site.data_csv', self.lang)}", paths.pledge_csv(sp.id))))
        title = self.site_title()
        if key != "name":
            title = t("site.sorted_title", self.lang, title=title,
                      column=t(f"site.col.{key}", self.lang))
        first = self.site.pledges[0] if len(self.site.pledges) == 1 else None
        frame = Frame(path=path, title=title, description=t("site.lede", self.lang),
                      crumbs=((t("site.start", self.lang), None),),
                      feeds=((t("site.feed_site", self.lang), paths.SITE_FEED),),
                      data=data,
                      image=Image(paths.share_image(first.id), share_alt(first, self.lang))
                      if first else None,
                      updated=self.site.updated)
        return self.page(frame, header, "\n".join(main))

    def comparison(self, path: str, key: str) -> str:
        def value(sp: SitePledge, column: str) -> int:
            if column == "activities":
                return activity_total(sp)
            category = next(c for c in CATEGORIES if c == column)
            return sp.report.progress.summary.category(category)

        rows = sorted(self.site.pledges, key=lambda sp: pledge_name(sp).lower())
        if key != "name":
            rows.sort(key=lambda sp: -value(sp, key))
        heads = []
        for column in SORT_KEYS:
            label = self.tr(f"site.col.{column}")
            sort = ""
            if column == key:
                sort = ' aria-sort="ascending"' if key == "name" else ' aria-sort="descending"'
            cls = "" if column == "name" else ' class="num"'
            target = escape(paths.href(path, paths.sorted_page(column)), quote=True)
            heads.append(f'<th scope="col"{cls}{sort}><a href="{target}">{label}</a></th>')
        heads.append(f'<th scope="col" class="num">{self.tr("site.col.total")}</th>')
        body = []
        for sp in rows:
            link = escape(paths.href(path, paths.pledge_page(sp.id)), quote=True)
            cells = "".join(f'<td class="num">{value(sp, c)}</td>' for c in SORT_KEYS[1:])
            body.append(f'<tr><th scope="row"><a href="{link}">{self.src(sp, pledge_name(sp))}'
                        f"</a></th>{cells}"
                        f'<td class="num">{sp.report.progress.summary.total}</td></tr>')
        caption = self.tr("site.compare_caption", column=t(f"site.col.{key}", self.lang))
        return "\n".join([
            '<section aria-labelledby="compare-h">',
            f'<h2 id="compare-h">{self.tr("site.compare_h")}</h2>',
            f'<p>{self.tr("site.compare_note")}</p>',
            # a phone scrolls the table, not the page; a scrolling region must take focus
            '<div class="scroll" role="region" aria-labelledby="compare-c" tabindex="0">',
            f'<table class="compare"><caption id="compare-c">{caption}</caption>',
            f'<thead><tr>{"".join(heads)}</tr></thead><tbody>{"".join(body)}</tbody></table>',
            "</div>", "</section>"])

    # -- a pledge ------------------------------------------------------------------------

    def pledge(self, sp: SitePledge) -> tuple[str, str]:
        path = paths.pledge_page(sp.id)
        page = self.report_page(sp, path, sp.report)
        main = "\n".join([page.summary(), self.periods(sp, path), page.chart(),
                          page.situation(), page.commitments(), page.indicators(),
                          page.signatures()])
        frame = self.pledge_frame(
            sp, path, pledge_name(sp),
            t("report.summary_as_of", self.lang, date=long_date(sp.as_of, self.lang),
              summary=summary_text(sp.report.progress.summary, self.lang)),
            self.crumbs())
        return self.page(frame, page.header(), main)

    def periods(self, sp: SitePledge, path: str) -> str:
        parts = ['<section aria-labelledby="periods-h">',
                 f'<h2 id="periods-h">{self.tr("site.periods_h")}</h2>']
        for pr in sp.periods:
            window = pr.report.window
            label = pr.period.label
            state = (self.tr("site.period_ongoing", date=long_date(window.end, self.lang))
                     if window.ongoing else self.tr("site.period_ended"))
            activities = sum(m.count for m in pr.report.chart if m.in_window)
            link = escape(paths.href(path, paths.period_page(sp.id, label)), quote=True)
            image = escape(paths.href(path, paths.share_image(sp.id, label)), quote=True)
            as_of = self.tr("report.summary_as_of", date=long_date(window.end, self.lang),
                            summary=summary_text(pr.report.progress.summary, self.lang))
            parts += [
                f'<section class="period" aria-labelledby="p-{paths.slug(label)}-h">',
                f'<h3 id="p-{paths.slug(label)}-h">{escape(label)}: '
                f"{escape(span_text(window.start, window.nominal_end, self.lang))}</h3>",
                f"<p>{state} {as_of} {self.tr('site.period_activities', n=activities)}</p>",
                f'<ul class="links"><li><a href="{link}">'
                f'{self.tr("site.period_report", label=label)}</a></li>'
                f'<li><a href="{image}">{self.tr("site.share_image", label=label)}</a></li>'
                "</ul>", "</section>"]
        parts.append("</section>")
        return "\n".join(parts)

    def period(self, sp: SitePledge, pr: PeriodReport) -> tuple[str, str]:
        label = pr.period.label
        path = paths.period_page(sp.id, label)
        page = self.report_page(sp, path, pr.report)
        title = t("site.period_title", self.lang, label=label, name=pledge_name(sp))
        frame = self.pledge_frame(
            sp, path, title,
            t("report.summary_as_of", self.lang, date=long_date(pr.report.window.end, self.lang),
              summary=summary_text(pr.report.progress.summary, self.lang)),
            self.crumbs(sp), image=label)
        return self.page(frame, page.header(), page.main())

    # -- a commitment ----------------------------------------------------------------------

    def commitment(self, sp: SitePledge, c: CommitmentReport) -> tuple[str, str]:
        p = c.progress
        path = paths.commitment_page(sp.id, p.id)
        page = self.report_page(sp, path, sp.report)
        window = sp.report.window
        own = activity_months(list(p.activities), p.start,
                              ReportWindow(p.start, max(p.start, window.end), window.nominal_end))
        goal = None
        if isinstance(p.result, CountResult):
            goal = (p.result.goal,
                    t("site.chart_goal", self.lang, goal=goal_phrase(c, self.lang)))
        chart = self.report_page(sp, path, replace(sp.report, chart=own)).chart(goal)
        header = "\n".join([
            f'<p class="kicker">{self.src(sp, pledge_name(sp))}</p>',
            f"<h1>{self.src(sp, p.text)}</h1>",
            f'<p class="lede">{self.tr("site.commitment_lede", owner=", ".join(c.owner_names))}'
            "</p>"])
        main = "\n".join([
            '<section aria-labelledby="promise-h">',
            f'<h2 id="promise-h">{self.tr("site.promise_h")}</h2>',
            page.details(c), "</section>",
            '<section aria-labelledby="status-h">',
            f'<h2 id="status-h">{self.tr("site.status_h")}</h2>',
            f'<p><span class="status {p.category}">'
            f"{escape(status_label(p.status, self.lang))}</span> "
            f"{self.tr('site.judged_on', date=long_date(window.end, self.lang))}</p>",
            f'<p class="rule">{escape(status_rule(p, self.lang))}</p>',
            page.progress(c), self.changes(sp, p.id), "</section>",
            chart,
            '<section aria-labelledby="activities-h">',
            f'<h2 id="activities-h">{self.tr("site.activities_h")}</h2>',
            page.activities(c), "</section>"])
        frame = self.pledge_frame(
            sp, path, p.text, f"{status_label(p.status, self.lang)}: {p.text}", self.crumbs(sp))
        return self.page(frame, header, main)

    def changes(self, sp: SitePledge, target_id: str) -> str:
        rows = [c for c in sp.changes if c.target_id == target_id]
        if not rows:
            return f"<p>{self.tr('site.no_changes')}</p>"
        heads = "".join(f'<th scope="col">{self.tr(k)}</th>' for k in (
            "report.col.date", "site.col.before", "site.col.after"))
        body = "".join(
            f'<tr><td><span class="day">{c.day.isoformat()}</span></td>'
            f"<td>{escape(status_word(c.before, self.lang))}</td>"
            f"<td>{escape(status_word(c.after, self.lang))}</td></tr>" for c in rows)
        return (f'<table><caption>{self.tr("site.changes_caption")}</caption>'
                f"<thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table>")

    # -- an effect goal --------------------------------------------------------------------

    def indicator(self, sp: SitePledge, item: IndicatorReport) -> tuple[str, str]:
        p = item.progress
        path = paths.indicator_page(sp.id, p.id)
        header = "\n".join([
            f'<p class="kicker">{self.src(sp, pledge_name(sp))}</p>',
            f"<h1>{self.src(sp, p.text)}</h1>",
            f'<p class="lede">{self.tr("site.indicator_lede")}</p>'])
        language = sp.pledge.pledge.language

        def src(text: str, tag: str = "span", cls: str = "") -> str:
            attrs = f' class="{cls}"' if cls else ""
            if language != self.lang:
                attrs += f' lang="{language}"'
            return f"<{tag}{attrs}>{escape(text)}</{tag}>"

        main = "\n".join([
            '<section aria-labelledby="measurements-h">',
            f'<h2 id="measurements-h">{self.tr("site.measurements_h")}</h2>',
            indicator_html(item, self.lang, src, heading=False), "</section>"])
        frame = self.pledge_frame(sp, path, p.text, p.text, self.crumbs(sp))
        return self.page(frame, header, main)
