"""The share image of a pledge or a follow-up period: a 1200 × 630 PNG for social media.

Drawn with Pillow (a well-kept imaging library; PNG by hand would mean writing a font
rasteriser) from the same numbers as the page: the summary by category as a bar and as
words. Deterministic: no timestamp or other metadata is written, and the font is DejaVu Sans
(Debian's fonts-dejavu-core) when present, else Pillow's own default font, so the same input
on the same machine gives the same bytes. The page carries the image's text in og:image:alt.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from medborgarlofte.core.progress.types import CATEGORIES, Summary
from medborgarlofte.i18n import t
from medborgarlofte.render.words import summary_text

if TYPE_CHECKING:
    from PIL import ImageFont

WIDTH, HEIGHT = 1200, 630
_FONTS = Path("/usr/share/fonts/truetype/dejavu")
_COLOURS = {"met": "#1a6b31", "on_track": "#0b4f9c", "not_started": "#6b6b6b",
            "behind": "#b36200", "missed": "#a1122a", "ended": "#463c8c"}


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    path = _FONTS / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.is_file():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _lines(text: str, width: int, font: object, draw: object) -> list[str]:
    """`text` broken into lines no wider than `width` pixels."""
    lines: list[str] = []
    for word in text.split():
        trial = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(trial, font=font) <= width:  # type: ignore[attr-defined]
            lines[-1] = trial
        else:
            lines.append(word)
    return lines


def share_png(title: str, subtitle: str, summary: Summary, updated: str, lang: str) -> bytes:
    """The image: title, subtitle (municipality and window), the bar and the summary."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 16), fill="#0b4f9c")
    margin = 64
    draw.text((margin, 52), t("report.kicker", lang).upper(), fill="#4a4a4a",
              font=_font(26, bold=True))
    y = 100
    big = _font(54, bold=True)
    for line in _lines(title, WIDTH - 2 * margin, big, draw)[:2]:
        draw.text((margin, y), line, fill="#1b1b1b", font=big)
        y += 68
    draw.text((margin, y + 6), subtitle, fill="#1b1b1b", font=_font(32))
    top, bottom = 360, 420
    x = margin
    inner = WIDTH - 2 * margin
    draw.rectangle((margin, top, WIDTH - margin, bottom), outline="#6b6b6b", width=2,
                   fill="#eeeeee")
    if summary.total:
        for category in CATEGORIES:
            part = round(inner * summary.category(category) / summary.total)
            if part:
                draw.rectangle((x, top, min(x + part, WIDTH - margin), bottom),
                               fill=_COLOURS[category])
                if part >= 48:  # the count inside its segment, white on the dark colour
                    draw.text((x + 14, top + 12), str(summary.category(category)),
                              fill="#ffffff", font=_font(32, bold=True))
                x += part
    text_font = _font(30)
    y = 450
    for line in _lines(summary_text(summary, lang), WIDTH - 2 * margin, text_font, draw)[:2]:
        draw.text((margin, y), line, fill="#1b1b1b", font=text_font)
        y += 40
    draw.text((margin, HEIGHT - 60), updated, fill="#4a4a4a", font=_font(24))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, compress_level=9)
    return out.getvalue()
