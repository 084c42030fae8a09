"""The frame around every page of the site: head (title, description, share card, feeds),
a skip link, breadcrumbs, and a footer with the open data and the 'senast uppdaterad' date.

The page's own content comes from render.site.pages, built of the report's HTML parts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files
from string import Template

from medborgarlofte.i18n import t
from medborgarlofte.render.report.text import long_date
from medborgarlofte.render.site import paths

_TEMPLATES = files("medborgarlofte.render.site").joinpath("templates")
_REPORT_TEMPLATES = files("medborgarlofte.render.report").joinpath("templates")


def stylesheet() -> str:
    """The site's stylesheet: the report's own, then what the site adds."""
    return (_REPORT_TEMPLATES.joinpath("report.css").read_text(encoding="utf-8") + "\n"
            + _TEMPLATES.joinpath("site.css").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Image:
    """A share image of the page: its site path and its text alternative."""

    path: str
    alt: str


@dataclass(frozen=True)
class Frame:
    """What a page tells its frame: where it lives, its title, how to get back, its data."""

    path: str
    title: str
    description: str
    crumbs: tuple[tuple[str, str | None], ...]
    """(label, site path) from the start page down; the last (this page) has no path."""
    feeds: tuple[tuple[str, str], ...] = ()
    """(title, site path) of the Atom feeds of this page."""
    data: tuple[tuple[str, str], ...] = ()
    """(label, site path) of the open data linked from this page."""
    image: Image | None = None
    updated: dt.date | None = None
    extra_footer: tuple[str, ...] = field(default_factory=tuple)
    source_lang: str | None = None
    """The language of the pledge file, which names the pages after the start page."""


def absolute(base_url: str | None, path: str, page: str) -> str:
    """The address of `path`: under `base_url` when given, else relative to `page`."""
    if base_url:
        return base_url.rstrip("/") + "/" + path
    return paths.href(page, path)


def render_page(frame: Frame, header: str, main: str, lang: str, base_url: str | None) -> str:
    """The whole HTML page."""
    def link(target: str) -> str:
        return escape(paths.href(frame.path, target), quote=True)

    crumbs = []
    other = frame.source_lang if frame.source_lang not in (None, lang) else None
    for index, (label, target) in enumerate(frame.crumbs):
        marked = f' lang="{other}"' if other and index > 0 else ""
        if target is None:
            crumbs.append(f'<li><span aria-current="page"{marked}>{escape(label)}</span></li>')
        else:
            crumbs.append(f'<li><a href="{link(target)}"{marked}>{escape(label)}</a></li>')
    meta = [f'<meta property="og:title" content="{escape(frame.title, quote=True)}">',
            f'<meta property="og:description" content="{escape(frame.description, quote=True)}">',
            '<meta property="og:type" content="website">',
            f'<meta property="og:locale" content="{"sv_SE" if lang == "sv" else "en_GB"}">']
    if base_url:
        url = escape(absolute(base_url, frame.path, frame.path), quote=True)
        meta += [f'<link rel="canonical" href="{url}">',
                 f'<meta property="og:url" content="{url}">']
    if frame.image is not None:
        image = escape(absolute(base_url, frame.image.path, frame.path), quote=True)
        meta += [f'<meta property="og:image" content="{image}">',
                 '<meta property="og:image:type" content="image/png">',
                 '<meta property="og:image:width" content="1200">',
                 '<meta property="og:image:height" content="630">',
                 f'<meta property="og:image:alt" content="{escape(frame.image.alt, quote=True)}">',
                 '<meta name="twitter:card" content="summary_large_image">']
    meta += [f'<link rel="alternate" type="application/atom+xml" '
             f'title="{escape(title, quote=True)}" href="{link(target)}">'
             for title, target in frame.feeds]
    meta += [f'<link rel="alternate" type="application/json" href="{link(target)}">'
             for label, target in frame.data if target.endswith(".json")]
    template = Template(_TEMPLATES.joinpath("page.html").read_text(encoding="utf-8"))
    return template.substitute(
        lang=lang, title=escape(frame.title), description=escape(frame.description, quote=True),
        meta="\n".join(meta), style=link(paths.STYLE), skip=escape(t("site.skip", lang)),
        crumbs_label=escape(t("site.crumbs", lang)), crumbs="".join(crumbs),
        header=header, main=main, footer=_footer(frame, lang, link),
    )


def _footer(frame: Frame, lang: str, link: Callable[[str], str]) -> str:
    items = [f'<li><a href="{link(target)}">{escape(label)}</a></li>'
             for label, target in frame.data]
    items += [f'<li><a href="{link(target)}">{escape(title)}</a></li>'
              for title, target in frame.feeds]
    items.append(f'<li><a href="{link(paths.SCHEMA)}">{escape(t("site.schema", lang))}</a></li>')
    lines = [f'<h2 class="footer-h" id="data-h">{escape(t("site.open_data_h", lang))}</h2>',
             f'<ul class="links" aria-labelledby="data-h">{"".join(items)}</ul>']
    if frame.updated is not None:
        lines.append(f'<p>{escape(t("site.updated", lang, date=long_date(frame.updated, lang)))}'
                     "</p>")
    lines += list(frame.extra_footer)
    lines.append(f"<p>{escape(t('site.made_by', lang))}</p>")
    return "\n".join(lines)
