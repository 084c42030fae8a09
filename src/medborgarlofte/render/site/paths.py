"""The site's addresses: stable, from ids only (a pledge's id and a commitment's id), never
from a position in a list, so a page keeps its address when the file grows.

A pledge's id is its municipality and first year ("olofstroms-kommun-2024"); all its files
live under that folder. Links between pages are relative, so the site works from any folder,
from a file:// URL, and under any base address.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata

STYLE = "style.css"
SITE_FEED = "feed.atom"
SITEMAP = "sitemap.xml"
SCHEMA = "schema/site-data-v1.schema.json"


def slug(text: str) -> str:
    """'Olofströms kommun' -> 'olofstroms-kommun': a-z, digits and single hyphens."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "x"


def start_page() -> str:
    return "index.html"


def sorted_page(key: str) -> str:
    """The start page with its comparison table sorted by `key`."""
    return "index.html" if key == "name" else f"sort-{key}.html"


def pledge_page(pledge_id: str) -> str:
    return f"{pledge_id}/index.html"


def period_page(pledge_id: str, label: str) -> str:
    """'olofstroms-kommun-2024/2024-t2.html'."""
    return f"{pledge_id}/{slug(label)}.html"


def commitment_page(pledge_id: str, target_id: str) -> str:
    return f"{pledge_id}/c/{target_id}.html"


def indicator_page(pledge_id: str, indicator_id: str) -> str:
    return f"{pledge_id}/i/{indicator_id}.html"


def pledge_feed(pledge_id: str) -> str:
    return f"{pledge_id}/feed.atom"


def pledge_json(pledge_id: str) -> str:
    return f"{pledge_id}/data.json"


def pledge_csv(pledge_id: str) -> str:
    """The commitments, one row each (the report's CSV table)."""
    return f"{pledge_id}/commitments.csv"


def activities_csv(pledge_id: str) -> str:
    return f"{pledge_id}/activities.csv"


def share_image(pledge_id: str, label: str | None = None) -> str:
    """The pledge's share image, or one period's."""
    return f"{pledge_id}/{slug(label) if label else 'share'}.png"


def href(from_page: str, to_file: str) -> str:
    """The relative link from the page at `from_page` to `to_file` (both site paths)."""
    return posixpath.relpath(to_file, posixpath.dirname(from_page) or ".")
