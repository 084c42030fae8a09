"""Every file of the site, as bytes keyed by site path: `render_site(site, lang)`.

Pure and deterministic: the same pledges, language and base address give the same files with
the same bytes (no clock, sorted keys, fixed ids), so the repository's history of a published
site shows what changed and nothing else.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from medborgarlofte.i18n import t
from medborgarlofte.render.report.text import long_date, span_text
from medborgarlofte.render.site import feed, opendata, paths
from medborgarlofte.render.site.frame import absolute, stylesheet
from medborgarlofte.render.site.model import Site
from medborgarlofte.render.site.pages import SitePages, pledge_name
from medborgarlofte.render.site.share import share_png


def render_site(site: Site, lang: str) -> dict[str, bytes]:
    """The site's files: pages, stylesheet, feeds, open data, schema, images, sitemap."""
    out: dict[str, bytes] = {}
    pages = SitePages(site, lang).all()
    for path, html in pages:
        out[path] = html.encode("utf-8")
    out[paths.STYLE] = stylesheet().encode("utf-8")
    out[paths.SITE_FEED] = feed.site_feed(site, lang).encode("utf-8")
    out[paths.SCHEMA] = opendata.schema_text().encode("utf-8")
    for sp in site.pledges:
        out[paths.pledge_feed(sp.id)] = feed.pledge_feed(site, sp, lang).encode("utf-8")
        out[paths.pledge_json(sp.id)] = opendata.pledge_json(sp, lang).encode("utf-8")
        out[paths.pledge_csv(sp.id)] = opendata.pledge_csv(sp, lang).encode("utf-8")
        out[paths.activities_csv(sp.id)] = opendata.activities_csv(sp, lang).encode("utf-8")
        updated = t("site.updated", lang, date=long_date(sp.updated, lang))
        info = sp.pledge.pledge
        out[paths.share_image(sp.id)] = share_png(
            pledge_name(sp), span_text(info.period.start, sp.as_of, lang),
            sp.report.progress.summary, updated, lang)
        for pr in sp.periods:
            window = pr.report.window
            out[paths.share_image(sp.id, pr.period.label)] = share_png(
                pledge_name(sp),
                f"{pr.period.label}: {span_text(window.start, window.end, lang)}",
                pr.report.progress.summary, updated, lang)
    out[paths.SITEMAP] = sitemap(site, [path for path, _ in pages]).encode("utf-8")
    return dict(sorted(out.items()))


def sitemap(site: Site, pages: list[str]) -> str:
    """sitemap.xml (sitemaps.org 0.9) of every page, with the day its pledge was updated.
    Without a base address the locations are relative (give --base-url for search engines)."""
    updated = {sp.id: sp.updated for sp in site.pledges}
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for path in sorted(pages):
        day = updated.get(path.split("/")[0], site.updated)
        lines.append(f"<url><loc>{escape(absolute(site.base_url, path, paths.SITEMAP))}</loc>"
                     f"<lastmod>{day.isoformat()}</lastmod></url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
