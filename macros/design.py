"""Design facts, defined once: the card kinds (label, symbol, colours), the card size and the palette.

The screen card, the printed cut sheet, the PDF, the PNG and the scripts in the browser all show
the same kinds. Python reads this module directly; the build turns it into CSS custom properties
(`docs/assets/css/ontwerp.css`, written by `make bundles` from `stylesheet`) and a JSON blob for scripts (`for_scripts`), so the
places cannot drift apart. Change a colour here and every one of them follows.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass


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

# The printed card: 95 x 65 mm, two columns of four on A4, as business-card sheets are.
CARD_WIDTH_MM = 95.0
CARD_HEIGHT_MM = 65.0
SHEET_COLUMNS = 2
SHEET_ROWS = 4
CARDS_PER_SHEET = SHEET_COLUMNS * SHEET_ROWS
# The shared picture of a card, as chat apps show link previews.
IMAGE_SIZE = (1200, 630)


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
             f"--lv-primary: {PRIMARY};", f"--lv-accent: {ACCENT};"]
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
    }
