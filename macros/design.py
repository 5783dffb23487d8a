"""Design facts, defined once: the card kinds (label, symbol, colours), the card size and the palette.

The screen card, the printed cut sheet, the PDF, the PNG and the scripts in the browser all show
the same kinds. Python reads this module directly; the build turns it into CSS custom properties
(`docs/assets/css/ontwerp.css`, written by `make bundles` from `stylesheet`) and a JSON blob for scripts (`for_scripts`), so the
places cannot drift apart. Change a colour here and every one of them follows. The card image's layout is
data here too (`CARD_LAYOUT`), drawn by Pillow in the build and by a canvas in the browser.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

# The one font folder: the build draws with these files, and `make fonts` cuts the browser's
# WOFF2 subsets (docs/assets/fonts/) from them, so both draw with the same outlines.
FONTS = Path(__file__).resolve().parent / "fonts"


@dataclass(frozen=True)
class Kind:
    """One kind of card. The symbol makes the kind readable in black and white too."""

    id: str
    label: str  # as a heading on a card: "Denkkaartje"
    symbol: str
    colour: str  # on white: text and border keep at least 4.5:1
    colour_dark: str  # on the dark palette, lighter for the same contrast
    meaning: str  # what the kind asks of the reader

    @property
    def word(self) -> str:
        """The kind inside a sentence: 'denkkaartje'."""
        return self.label.lower()

    @property
    def plural(self) -> str:
        """As a filter's label: 'Denkkaartjes'."""
        return self.label + "s"

    @property
    def rgb(self) -> tuple[int, int, int]:
        return hex_to_rgb(self.colour)


KINDS: dict[str, Kind] = {
    "denk": Kind("denk", "Denkkaartje", "?", "#00695c", "#80cbc4", "een vraag om over na te denken"),
    "doe": Kind("doe", "Doekaartje", "!", "#bf360c", "#ffab91", "een kleine actie voor deze week"),
}

# The palette. PRIMARY is the denk colour: the site's own teal, darker than Material's (3.7:1).
INK = "#212121"
MUTED = "#545454"
PAPER = "#ffffff"
CUT_LINE = "#9e9e9e"
PRIMARY = KINDS["denk"].colour
ACCENT = KINDS["doe"].colour
# Material's lighter and darker shades of the primary colour (hover, header on scroll).
PRIMARY_LIGHT = "#00796b"
PRIMARY_DARK = "#004d40"
# The edge of a card on screen, light and dark, and a card's background on the dark palette.
CARD_LINE = "#b0bec5"
SLATE_CARD = "#232634"
SLATE_LINE = "#4b5164"
# The link previews (images.py): the kicker and footer on the primary colour.
BANNER_KICKER = "#b2dfdb"
BANNER_FOOTER = "#e0f2f1"

# The printed card: 95 x 65 mm, two columns of four on A4, as business-card sheets are. With 10 mm
# side margins that is wide enough for office printers, which cannot print to the edge of the sheet.
CARD_WIDTH_MM = 95.0
CARD_HEIGHT_MM = 65.0
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0  # A4
SHEET_COLUMNS = 2
SHEET_ROWS = 4
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
# How pages say it, in one phrase: "acht kaartjes per A4".
_NUMBER_WORDS = {4: "vier", 6: "zes", 8: "acht", 10: "tien", 12: "twaalf"}
CARDS_PER_SHEET_WORD = _NUMBER_WORDS.get(CARDS_PER_SHEET, str(CARDS_PER_SHEET))
CARDS_PER_SHEET_LABEL = f"{CARDS_PER_SHEET_WORD} kaartjes per A4"
# The shared picture of a card, as chat apps show link previews.
IMAGE_SIZE = (1200, 630)


# ---------------------------------------------------------------------------- the card image
# The shared picture of a card as data: a list of drawing operations in pixels, in the order they are
# drawn. Two small interpreters read it and nothing else: macros/images.py (Pillow, the build's PNG)
# and docs/assets/js/eigen-kaartjes-tekenen.js (a canvas, a team's own cards, which gets this list
# through the page's JSON, `for_scripts`). So a number changed here moves both pictures.
# - A colour is "kind" (the card's kind) or a name from "colours".
# - A text is a template: {title}, {text} (without Markdown), {symbol}, {label}, {deck}, {number},
#   {total}, {address}, {site}. Only the template is read for names, so a title with braces stays text.
# - "text" draws one line at a point; its anchor is Pillow's two letters: horizontal l/m/r, vertical
#   a (top of the letters), m (middle) or s (baseline).
# - "flow" wraps a text to a width, at the largest of its sizes where it fits in "lines" (or in the room
#   above "bottom"), else at the smallest, cut off with " …". Each line hangs from the top of its
#   letters, size x leading apart; a flow without "y" starts "gap" below the one before it.
_W, _H = IMAGE_SIZE
CARD_LAYOUT: dict = {
    "colours": {"paper": PAPER, "ink": INK, "muted": MUTED},
    "ops": [
        # The kind's colour around a white card with round corners.
        {"op": "fill", "colour": "kind"},
        {"op": "box", "box": [40, 40, _W - 40, _H - 40], "radius": 28, "colour": "paper"},
        # The kind is a word and a symbol in a circle or a square, so it reads without colour too.
        # The line lies inside the box, as Pillow draws it.
        {"op": "mark", "box": [90, 84, 150, 144], "line": 6, "radius": 8, "colour": "kind",
         "shape": {"denk": "circle", "doe": "square"}},
        {"op": "text", "text": "{symbol}", "at": [120, 114], "anchor": "mm", "size": 40, "bold": True,
         "colour": "kind"},
        {"op": "text", "text": "{label}", "upper": True, "at": [172, 114], "anchor": "lm", "size": 34,
         "bold": True, "colour": "kind"},
        {"op": "flow", "text": "{title}", "x": 90, "y": 180, "width": 1020, "lines": 2, "sizes": [62, 54, 48],
         "leading": 1.2, "gap": 14, "bold": True, "colour": "ink"},
        # The text gets the room left above the footer: a long text gets a smaller size, never an overlap.
        {"op": "flow", "text": "{text}", "x": 90, "width": 1020, "bottom": _H - 150, "sizes": [42, 38, 34, 30, 27],
         "leading": 1.3, "colour": "ink"},
        {"op": "text", "text": "{deck} · kaartje {number} van {total}", "at": [90, _H - 118], "anchor": "ls",
         "size": 26, "colour": "muted"},
        {"op": "text", "text": "{address}", "at": [90, _H - 82], "anchor": "ls", "size": 26, "bold": True,
         "colour": "muted"},
        {"op": "text", "text": "{site}", "at": [_W - 90, _H - 82], "anchor": "rs", "size": 22, "colour": "muted"},
    ],
    # The build's PNG has a palette of 64 colours; these stay exact in it (images._png), in this order.
    "exact": ["paper", "kind", "ink", "muted"],
}


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def stylesheet() -> str:
    """CSS custom properties for the screen (light and dark) and for paper, which is always light."""
    light = [f"--lv-{kind.id}: {kind.colour};" for kind in KINDS.values()]
    dark = [f"--lv-{kind.id}: {kind.colour_dark};" for kind in KINDS.values()]
    sizes = [f"--lv-card-width: {CARD_WIDTH_MM:g}mm;", f"--lv-card-height: {CARD_HEIGHT_MM:g}mm;",
             f"--lv-sheet-columns: {SHEET_COLUMNS};", f"--lv-ink: {INK};", f"--lv-muted: {MUTED};",
             f"--lv-paper: {PAPER};", f"--lv-cut-line: {CUT_LINE};",
             f"--lv-primary: {PRIMARY};", f"--lv-accent: {ACCENT};",
             f"--lv-primary-light: {PRIMARY_LIGHT};", f"--lv-primary-dark: {PRIMARY_DARK};",
             f"--lv-card-line: {CARD_LINE};", f"--lv-slate-card: {SLATE_CARD};", f"--lv-slate-line: {SLATE_LINE};"]
    screen, dark_screen, paper = "\n  ".join(light + sizes), "\n  ".join(dark), "\n    ".join(light)
    return (
        "/* Made by the build from macros/design.py; change the design there, not here. */\n"
        f":root {{\n  {screen}\n}}\n"
        f"[data-md-color-scheme=\"slate\"] {{\n  {dark_screen}\n}}\n"
        f"@media print {{\n  :root, [data-md-color-scheme=\"slate\"] {{\n    {paper}\n  }}\n}}\n"
    )


def for_scripts() -> dict:
    """What the browser tools need to draw a card like the build does."""
    return {
        "kinds": {kind.id: {**asdict(kind), "word": kind.word} for kind in KINDS.values()},
        "ink": INK, "muted": MUTED, "paper": PAPER,
        "card": {"widthMm": CARD_WIDTH_MM, "heightMm": CARD_HEIGHT_MM, "perSheet": CARDS_PER_SHEET},
        "image": {"width": IMAGE_SIZE[0], "height": IMAGE_SIZE[1]},
        "cardLayout": CARD_LAYOUT,
    }


def template_globals() -> dict:
    """The design as Jinja globals (macros/templating.py): templates loop over the kinds and print sizes."""
    return {"kinds": KINDS, "per_sheet": CARDS_PER_SHEET, "per_sheet_word": CARDS_PER_SHEET_WORD,
            "per_sheet_label": CARDS_PER_SHEET_LABEL, "card_size": f"{CARD_WIDTH_MM:g} × {CARD_HEIGHT_MM:g} mm"}


def spec() -> dict:
    """Every design fact as data: what the asset cache fingerprints, so a changed colour redraws."""
    return {**for_scripts(), "cutLine": CUT_LINE, "primary": PRIMARY, "accent": ACCENT,
            "primaryShades": [PRIMARY_LIGHT, PRIMARY_DARK], "cardLines": [CARD_LINE, SLATE_CARD, SLATE_LINE],
            "banner": [BANNER_KICKER, BANNER_FOOTER],
            "sheet": {"columns": SHEET_COLUMNS, "rows": SHEET_ROWS,
                      "pageMm": [PAGE_WIDTH_MM, PAGE_HEIGHT_MM], "label": CARDS_PER_SHEET_LABEL,
                      "word": CARDS_PER_SHEET_WORD}}
