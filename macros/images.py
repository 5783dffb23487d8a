"""Pictures of cards, modules and pages (Pillow): 1200 x 630, for phones and link previews.

Pure Python with the committed Liberation Sans (macros/fonts/), so a picture is the same on every machine.
The colours and labels come from macros/design.py, as on the site and in the PDFs; so does the card
image's layout, which this module only interprets (`paint`).
"""
from __future__ import annotations

import io
import re
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


# ---------------------------------------------------------------------------- the card's layout
# The card image is drawn from design.CARD_LAYOUT, a list of operations. This is its interpreter for
# Pillow; docs/assets/js/eigen-kaartjes-tekenen.js is the same for a canvas. Neither holds a number
# of the layout, so the build's cards and a team's own cards cannot drift apart.

def _colour(layout: dict, name: str, kind: design.Kind) -> tuple[int, int, int]:
    return kind.rgb if name == "kind" else design.hex_to_rgb(layout["colours"][name])


def _text(op: dict, fields: dict) -> str:
    """The op's template with the card's fields put in; only the template is searched for {names}."""
    text = re.sub(r"\{(\w+)\}", lambda match: str(fields[match.group(1)]), op["text"])
    return text.upper() if op.get("upper") else text


def _flow(draw, text: str, op: dict, y: int):
    """A wrapped text: the largest size that fits its lines (or the room above `bottom`), else cut off."""
    weight = "Bold" if op.get("bold") else "Regular"
    if "lines" in op:
        return _fit(draw, text, op["width"], op["lines"], op["sizes"], weight)
    for size in op["sizes"]:
        room = max(1, int((op["bottom"] - y) // (size * op["leading"])))
        font, lines = _fit(draw, text, op["width"], room, [size], weight)
        if not lines or not lines[-1].endswith(" …"):
            break
    return font, lines


def paint(image: Image.Image, layout: dict, fields: dict, kind: design.Kind) -> list[dict]:
    """Draw the layout's operations on `image`; return where each mark and text went (the tests compare)."""
    draw = ImageDraw.Draw(image)
    placed, y = [], 0
    for index, op in enumerate(layout["ops"]):
        colour = _colour(layout, op["colour"], kind)
        if op["op"] == "fill":
            image.paste(colour, (0, 0, *image.size))
        elif op["op"] == "box":
            draw.rounded_rectangle(tuple(op["box"]), radius=op["radius"], fill=colour)
        elif op["op"] == "mark":
            if op["shape"][kind.id] == "circle":
                draw.ellipse(tuple(op["box"]), outline=colour, width=op["line"])
            else:
                draw.rounded_rectangle(tuple(op["box"]), radius=op["radius"], outline=colour, width=op["line"])
            placed.append({"op": index, "box": list(op["box"])})
        elif op["op"] == "text":
            text, font, at = _text(op, fields), _font(op["size"], "Bold" if op.get("bold") else "Regular"), tuple(op["at"])
            draw.text(at, text, font=font, fill=colour, anchor=op["anchor"])
            placed.append({"op": index, "box": list(draw.textbbox(at, text, font=font, anchor=op["anchor"]))})
        elif op["op"] == "flow":
            y = op.get("y", y)
            font, lines = _flow(draw, _text(op, fields), op, y)
            below = _draw_lines(draw, lines, font, op["x"], y, colour, op["leading"])
            placed.append({"op": index, "y": y, "size": font.size, "lines": lines,
                           "box": [op["x"], y, op["x"] + op["width"], below]})
            y = below + op.get("gap", 0)
        else:
            raise ValueError(f"design.CARD_LAYOUT: onbekende tekenstap '{op['op']}'")
    return placed


def card_fields(card: Card, deck: Deck, number: int, short_url: str, site_name: str) -> dict:
    """What a card's image says, by the names the layout's texts use."""
    kind = design.KINDS[card.soort]
    return {"title": card.titel, "text": plain_text(card.tekst), "symbol": kind.symbol, "label": kind.label,
            "deck": deck.titel, "number": number, "total": len(deck.kaarten), "address": short_url, "site": site_name}


def draw_card(card: Card, deck: Deck, number: int, short_url: str, site_name: str) -> tuple[Image.Image, list[dict]]:
    """The card's picture from design.CARD_LAYOUT (read now, so a changed layout counts), and its placements."""
    image = Image.new("RGB", design.IMAGE_SIZE, PAPER)
    placed = paint(image, design.CARD_LAYOUT, card_fields(card, deck, number, short_url, site_name),
                   design.KINDS[card.soort])
    return image, placed


def card_image(card: Card, deck: Deck, number: int, short_url: str, site_name: str) -> bytes:
    """A 1200 x 630 picture of the card: readable on a phone, and the card's link preview."""
    layout, kind = design.CARD_LAYOUT, design.KINDS[card.soort]
    image, _ = draw_card(card, deck, number, short_url, site_name)
    return _png(image, [_colour(layout, name, kind) for name in layout["exact"]])


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
