"""Pictures of cards, modules and pages (Pillow): 1200 x 630, for phones and link previews.

Pure Python with the committed Liberation Sans (macros/fonts/), so a picture is the same on every machine.
The colours and labels come from macros/design.py, as on the site and in the PDFs.
"""
from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from . import design
from .inline import plain_text
from .model import Card, Deck, Module

FONTS = design.FONTS
INK = design.hex_to_rgb(design.INK)
MUTED = design.hex_to_rgb(design.MUTED)
PAPER = design.hex_to_rgb(design.PAPER)
PRIMARY = design.hex_to_rgb(design.PRIMARY)
KICKER = design.hex_to_rgb(design.BANNER_KICKER)
BANNER_FOOTER = design.hex_to_rgb(design.BANNER_FOOTER)


@lru_cache(maxsize=None)
def _font(size: int, weight: str = "Regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"LiberationSans-{weight}.ttf"), size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _fit(draw, text: str, width: int, max_lines: int, sizes: list[int], weight: str = "Regular"):
    for size in sizes:
        lines = _wrap(draw, text, _font(size, weight), width)
        if len(lines) <= max_lines:
            return _font(size, weight), lines
    font = _font(sizes[-1], weight)
    lines = _wrap(draw, text, font, width)[:max_lines]
    lines[-1] = lines[-1].rstrip(".,;:") + " …"
    return font, lines


def _png(image: Image.Image, exact: list[tuple[int, int, int]]) -> bytes:
    """A 64-colour palette PNG: a card stays well under the 300 KB that link previews allow.

    Measured on our cards: Pillow's median-cut palette and zlib level 9 took 78 ms a picture,
    the fast octree and level 6 take 11 ms, and the file is smaller (15 KB against 16 KB). The
    octree moves flat colours by a step or two; the nearest palette entry of each colour we drew
    with is set back to that colour, so white stays white and the kind colour stays exact.
    """
    quantized = image.quantize(colors=64, method=Image.Quantize.FASTOCTREE)
    palette = quantized.getpalette()[: 64 * 3]
    taken: set[int] = set()
    for colour in exact:
        entries = [i for i in range(len(palette) // 3) if i not in taken]
        nearest = min(entries, key=lambda i: sum((palette[3 * i + c] - colour[c]) ** 2 for c in range(3)))
        palette[3 * nearest:3 * nearest + 3] = colour
        taken.add(nearest)
    quantized.putpalette(palette)
    buffer = io.BytesIO()
    quantized.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def _draw_lines(draw, lines: list[str], font, x: int, y: int, fill, leading: float) -> int:
    """Draw lines of text downwards from y; return the y below the last line."""
    for line in lines:
        draw.text((x, y), line, font=font, fill=fill)
        y += int(font.size * leading)
    return y


def card_image(card: Card, deck: Deck, number: int, short_url: str, site_name: str) -> bytes:
    """A 1200 x 630 picture of the card: readable on a phone, and the card's link preview."""
    width, height = design.IMAGE_SIZE
    kind = design.KINDS[card.soort]
    colour = kind.rgb
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 40, width - 40, height - 40), radius=28, fill=PAPER)
    # The kind is a word and a symbol, so it reads without colour too.
    draw.ellipse((90, 84, 150, 144), outline=colour, width=6) if card.soort == "denk" else \
        draw.rounded_rectangle((90, 84, 150, 144), radius=8, outline=colour, width=6)
    draw.text((120, 114), kind.symbol, font=_font(40, "Bold"), fill=colour, anchor="mm")
    draw.text((172, 114), kind.label.upper(), font=_font(34, "Bold"), fill=colour, anchor="lm")
    title_font, title_lines = _fit(draw, card.titel, 1020, 2, [62, 54, 48], "Bold")
    y = _draw_lines(draw, title_lines, title_font, 90, 180, INK, 1.2) + 14
    # The text gets the room left above the footer; a long text gets a smaller size, never an overlap.
    room = height - 150 - y
    for size in [42, 38, 34, 30, 27]:
        text_font, text_lines = _fit(draw, plain_text(card.tekst), 1020, max(1, int(room // (size * 1.3))), [size])
        if not text_lines[-1].endswith(" …"):
            break
    _draw_lines(draw, text_lines, text_font, 90, y, INK, 1.3)
    footer = f"{deck.titel} · kaartje {number} van {len(deck.kaarten)}"
    draw.text((90, height - 118), footer, font=_font(26), fill=MUTED, anchor="ls")
    draw.text((90, height - 82), short_url, font=_font(26, "Bold"), fill=MUTED, anchor="ls")
    draw.text((width - 90, height - 82), site_name, font=_font(22), fill=MUTED, anchor="rs")
    return _png(image, [PAPER, colour, INK, MUTED])


def _banner(kicker: str, title: str, text: str, footer: list[tuple[str, str]]) -> bytes:
    """A 1200 x 630 preview in the site's colour: an optional kicker, a title, a text and footer lines."""
    width, height = design.IMAGE_SIZE
    image = Image.new("RGB", (width, height), PRIMARY)
    draw = ImageDraw.Draw(image)
    y = 150
    if kicker:
        draw.text((80, 90), kicker, font=_font(32, "Bold"), fill=KICKER)
    else:
        y = 170
    title_font, title_lines = _fit(draw, title, 1040, 2, [76, 66, 58], "Bold")
    y = _draw_lines(draw, title_lines, title_font, 80, y, PAPER, 1.18) + 20
    text_font, text_lines = _fit(draw, text, 1040, 4, [38, 34, 30])
    _draw_lines(draw, text_lines, text_font, 80, y, PAPER, 1.35)
    # One footer item per line, so a long site name and a long address never run into each other.
    for index, (line, weight) in enumerate(reversed(footer)):
        draw.text((80, height - 58 - 42 * index), line, font=_font(28, weight), fill=BANNER_FOOTER, anchor="ls")
    return _png(image, [PRIMARY, PAPER] + ([KICKER] if kicker else []) + [BANNER_FOOTER])


def module_image(module: Module, site_name: str, short_url: str) -> bytes:
    """The link preview of a module: number, reading time, title and description."""
    return _banner(f"MODULE {module.nummer} · {module.leestijd_minuten} MINUTEN LEZEN", module.titel,
                   module.beschrijving,
                   [(site_name, "Regular"), (short_url, "Bold")])


def page_image(title: str, subtitle: str, site_name: str) -> bytes:
    """The link preview for pages without a card or module of their own."""
    return _banner("", title, subtitle, [(site_name, "Regular")])
