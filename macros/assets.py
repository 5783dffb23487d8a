"""Generated downloads: card images, link-preview images, QR codes and PDFs.

Everything here is pure Python (Pillow, segno, fpdf2) with the committed Liberation Sans
font, so the output is the same on every machine and needs no network. Each file is cached
under `.cache/assets/` by the hash of everything that goes into it; a build with unchanged
data only copies files from the cache.
"""
from __future__ import annotations

import hashlib
import io
import json
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Callable

import segno
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from .inline import plain_text
from .model import Card, Deck, Module, Werkplaat

FONTS = Path(__file__).parent / "fonts"
# Bump when the drawing code changes, so cached files are made again.
GENERATOR_VERSION = "5"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)

INK = (33, 33, 33)
MUTED = (84, 84, 84)
DENK = (0, 105, 92)
DOE = (191, 54, 12)
PAPER = (255, 255, 255)
KIND_COLOURS = {"denk": DENK, "doe": DOE}
KIND_LABELS = {"denk": "DENKKAARTJE", "doe": "DOEKAARTJE"}
KIND_SYMBOLS = {"denk": "?", "doe": "!"}


# ----------------------------------------------------------------------------
# The cache
# ----------------------------------------------------------------------------

@dataclass
class AssetCache:
    """Makes a file once per distinct input and copies it into the site on every build."""

    folder: Path
    made: int = 0
    reused: int = 0

    def provide(self, target: Path, inputs: object, make: Callable[[], bytes]) -> Path:
        digest = hashlib.sha256(json.dumps([GENERATOR_VERSION, inputs], sort_keys=True,
                                           ensure_ascii=False, default=str).encode()).hexdigest()[:20]
        cached = self.folder / f"{digest}{target.suffix}"
        if cached.exists():
            self.reused += 1
        else:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(".part")
            partial.write_bytes(make())
            partial.replace(cached)
            self.made += 1
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)
        return target


# ----------------------------------------------------------------------------
# QR codes
# ----------------------------------------------------------------------------

def qr_svg(url: str, title: str = "") -> str:
    """An SVG QR code that scales with its box (used inline on pages and as a download)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(
        buffer, kind="svg", xmldecl=False, svgns=True, scale=1, border=2, omitsize=True,
        title=title or None, dark="#000", light="#fff", svgclass="lv-qr", lineclass=None)
    return buffer.getvalue().decode("utf-8")


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=12, border=2)
    return buffer.getvalue()


# ----------------------------------------------------------------------------
# Images (Pillow)
# ----------------------------------------------------------------------------

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


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    # A palette image keeps a card well under the 300 KB that WhatsApp and link previews allow.
    image.convert("P", palette=Image.Palette.ADAPTIVE, colors=64).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def card_image(card: Card, deck: Deck, number: int, short_url: str, site_name: str) -> bytes:
    """A 1200 x 630 picture of the card: readable on a phone, and the card's link preview."""
    width, height = 1200, 630
    colour = KIND_COLOURS[card.soort]
    image = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40, 40, width - 40, height - 40), radius=28, fill=PAPER)
    # The kind is a word and a symbol, so it reads without colour too.
    draw.ellipse((90, 84, 150, 144), outline=colour, width=6) if card.soort == "denk" else \
        draw.rounded_rectangle((90, 84, 150, 144), radius=8, outline=colour, width=6)
    draw.text((120, 114), KIND_SYMBOLS[card.soort], font=_font(40, "Bold"), fill=colour, anchor="mm")
    draw.text((172, 114), KIND_LABELS[card.soort], font=_font(34, "Bold"), fill=colour, anchor="lm")
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
    return _png(image)


def _draw_lines(draw, lines: list[str], font, x: int, y: int, fill, leading: float) -> int:
    """Draw lines of text downwards from y; return the y below the last line."""
    for line in lines:
        draw.text((x, y), line, font=font, fill=fill)
        y += int(font.size * leading)
    return y


def _banner(kicker: str, title: str, text: str, footer: list[tuple[str, str]]) -> bytes:
    """A 1200 x 630 preview in the site's colour: an optional kicker, a title, a text and footer lines."""
    width, height = 1200, 630
    image = Image.new("RGB", (width, height), DENK)
    draw = ImageDraw.Draw(image)
    y = 150
    if kicker:
        draw.text((80, 90), kicker, font=_font(32, "Bold"), fill=(178, 223, 219))
    else:
        y = 170
    title_font, title_lines = _fit(draw, title, 1040, 2, [76, 66, 58], "Bold")
    y = _draw_lines(draw, title_lines, title_font, 80, y, PAPER, 1.18) + 20
    text_font, text_lines = _fit(draw, text, 1040, 4, [38, 34, 30])
    _draw_lines(draw, text_lines, text_font, 80, y, PAPER, 1.35)
    # One footer item per line, so a long site name and a long address never run into each other.
    for index, (line, weight) in enumerate(reversed(footer)):
        draw.text((80, height - 58 - 42 * index), line, font=_font(28, weight), fill=(224, 242, 241), anchor="ls")
    return _png(image)


def module_image(module: Module, site_name: str, short_url: str) -> bytes:
    """The link preview of a module: number, reading time, title and description."""
    return _banner(f"MODULE {module.nummer} · {module.leestijd_minuten} MINUTEN LEZEN", module.titel,
                   module.beschrijving,
                   [(site_name, "Regular"), (short_url, "Bold")])


def page_image(title: str, subtitle: str, site_name: str) -> bytes:
    """The link preview for pages without a card or module of their own."""
    return _banner("", title, subtitle, [(site_name, "Regular")])


# ----------------------------------------------------------------------------
# PDFs (fpdf2)
# ----------------------------------------------------------------------------

# Eight cards of 95 x 65 mm fit on A4 with 10 mm side margins: wide enough for office
# printers, which cannot print to the edge of the sheet.
CARD_W, CARD_H = 95.0, 65.0
COLS, ROWS = 2, 4
MARGIN_X = (210 - COLS * CARD_W) / 2
MARGIN_Y = (297 - ROWS * CARD_H) / 2


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("Sans", "", str(FONTS / "LiberationSans-Regular.ttf"))
        self.add_font("Sans", "B", str(FONTS / "LiberationSans-Bold.ttf"))
        self.add_font("Sans", "I", str(FONTS / "LiberationSans-Italic.ttf"))
        self.set_creation_date(FIXED_DATE)
        self.set_producer("leerlijn vertrouwen")
        self.set_auto_page_break(False)
        self.set_margins(15, 15, 15)

    def qr(self, url: str, x: float, y: float, size: float) -> None:
        """A vector QR code: sharp at any printer resolution."""
        matrix = segno.make(url, error="m", micro=False).matrix
        cell = size / len(matrix)
        self.set_fill_color(0, 0, 0)
        for row_index, row in enumerate(matrix):
            for col_index, dark in enumerate(row):
                if dark:
                    self.rect(x + col_index * cell, y + row_index * cell, cell, cell, style="F")


def _cut_marks(pdf: _Pdf) -> None:
    """Short marks outside the cards, where the cutter lines up the ruler."""
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    xs = [MARGIN_X + i * CARD_W for i in range(COLS + 1)]
    ys = [MARGIN_Y + j * CARD_H for j in range(ROWS + 1)]
    for x in xs:
        pdf.line(x, MARGIN_Y - 8, x, MARGIN_Y - 2)
        pdf.line(x, 297 - MARGIN_Y + 2, x, 297 - MARGIN_Y + 8)
    for y in ys:
        pdf.line(MARGIN_X - 8 if MARGIN_X > 8 else 1, y, MARGIN_X - 2, y)
        pdf.line(210 - MARGIN_X + 2, y, 210 - MARGIN_X + 8 if MARGIN_X > 8 else 209, y)
    # A faint dotted line on the cards themselves helps when cutting with scissors.
    pdf.set_draw_color(170, 170, 170)
    pdf.set_dash_pattern(dash=1, gap=1.5)
    for x in xs:
        pdf.line(x, MARGIN_Y, x, 297 - MARGIN_Y)
    for y in ys:
        pdf.line(MARGIN_X, y, 210 - MARGIN_X, y)
    pdf.set_dash_pattern()


def _pdf_card(pdf: _Pdf, x: float, y: float, card: Card, deck: Deck, number: int, url: str, short: str) -> None:
    pad = 5
    colour = KIND_COLOURS[card.soort]
    pdf.set_fill_color(*colour)
    pdf.rect(x, y, CARD_W, 2.5 if card.soort == "denk" else 4, style="F")
    pdf.set_text_color(*colour)
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(x + pad, y + 5)
    pdf.cell(60, 4, f"{KIND_SYMBOLS[card.soort]}  {KIND_LABELS[card.soort]}")
    pdf.set_text_color(*INK)
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(x + pad, y + 10.5)
    pdf.multi_cell(CARD_W - 2 * pad, 5.2, card.titel, align="L")
    pdf.set_font("Sans", "", 10)
    pdf.set_x(x + pad)
    pdf.multi_cell(CARD_W - 2 * pad - 16, 4.5, plain_text(card.tekst), align="L")
    pdf.qr(url, x + CARD_W - pad - 15, y + CARD_H - pad - 15, 15)
    pdf.set_text_color(*MUTED)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(x + pad, y + CARD_H - pad - 7)
    pdf.cell(CARD_W - 2 * pad - 18, 3.5, f"{deck.titel} · {number}/{len(deck.kaarten)}")
    pdf.set_xy(x + pad, y + CARD_H - pad - 3.5)
    pdf.cell(CARD_W - 2 * pad - 18, 3.5, short)


def deck_pdf(deck: Deck, card_urls: dict[str, str], short_urls: dict[str, str], site_name: str) -> bytes:
    """The cut sheet of a deck: eight cards per A4 page, single-sided, with cut marks."""
    pdf = _Pdf()
    pdf.set_title(f"Kaartjes: {deck.titel}")
    pdf.set_author(site_name)
    pdf.set_lang("nl")
    per_page = COLS * ROWS
    for start in range(0, len(deck.kaarten), per_page):
        pdf.add_page()
        _cut_marks(pdf)
        for offset, card in enumerate(deck.kaarten[start:start + per_page]):
            row, col = divmod(offset, COLS)
            _pdf_card(pdf, MARGIN_X + col * CARD_W, MARGIN_Y + row * CARD_H, card, deck,
                      start + offset + 1, card_urls[card.id], short_urls[card.id])
        pdf.set_text_color(*MUTED)
        pdf.set_font("Sans", "", 7)
        pdf.set_xy(MARGIN_X, 297 - MARGIN_Y + 9)
        pdf.cell(190, 3, f"{deck.titel} · blad {start // per_page + 1} · enkelzijdig printen op 100 %, "
                         "niet passend maken · knip langs de streepjes", align="C")
    return bytes(pdf.output())


def werkplaat_pdf(werkplaat: Werkplaat, module: Module, url: str, short: str, site_name: str) -> bytes:
    """A handout that a group can use on its own: goal, time, materials, steps and notes."""
    pdf = _Pdf()
    pdf.set_title(f"Werkplaat: {werkplaat.titel}")
    pdf.set_author(site_name)
    pdf.set_lang("nl")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    width = 180
    pdf.set_text_color(*DENK)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(width - 30, 5, f"WERKPLAAT · MODULE {module.nummer}: {module.titel.upper()}", new_x="LMARGIN",
             new_y="NEXT")
    pdf.qr(url, 15 + width - 25, 12, 25)
    pdf.set_text_color(*INK)
    pdf.set_font("Sans", "B", 20)
    pdf.multi_cell(width - 30, 9, werkplaat.titel, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*MUTED)
    pdf.cell(width - 30, 5, f"Online: {short}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def block(label: str, lines: list[str], numbered: bool = False) -> None:
        pdf.set_text_color(*DENK)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(width, 7, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(*INK)
        pdf.set_font("Sans", "", 11)
        for index, line in enumerate(lines, start=1):
            bullet = f"{index}." if numbered else "•"
            pdf.cell(8, 5.8, bullet)
            pdf.multi_cell(width - 8, 5.8, plain_text(line), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(3)

    block("Doel", [werkplaat.doel])
    block("Openingsvraag", [werkplaat.openingsvraag])
    block("Duur en groep", [f"{werkplaat.duur_minuten} minuten", werkplaat.groepsgrootte, werkplaat.deelname])
    block("Ruimte en materiaal", [werkplaat.ruimte, *werkplaat.materialen])
    block("Stappen", [f"{step.label}: {step.tekst}" for step in werkplaat.stappen], numbered=True)
    if werkplaat.begeleidersnotities:
        block("Voor de begeleider", werkplaat.begeleidersnotities)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*MUTED)
    pdf.cell(width, 5, f"{site_name} · {url}", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
