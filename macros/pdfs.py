"""PDFs (fpdf2): the cut sheet of each deck and a handout of each werkplaat.

Pure Python with the committed Liberation Sans and a fixed creation date, so a PDF is the
same, byte for byte, on every machine and in every build.
"""
from __future__ import annotations

from datetime import datetime, timezone

from fpdf import FPDF

from . import design
from .images import FONTS, INK, MUTED, PRIMARY as DENK
from .inline import plain_text
from .model import Card, Deck, Module, Werkplaat
from .qr import qr_matrix

FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)

# ----------------------------------------------------------------------------
# The page
# ----------------------------------------------------------------------------

# The card and the sheet are design facts (macros/design.py); the margins follow from them.
CARD_W, CARD_H = design.CARD_WIDTH_MM, design.CARD_HEIGHT_MM
COLS, ROWS = design.SHEET_COLUMNS, design.SHEET_ROWS
MARGIN_X = (design.PAGE_WIDTH_MM - COLS * CARD_W) / 2
MARGIN_Y = (design.PAGE_HEIGHT_MM - ROWS * CARD_H) / 2


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        # Regular and bold only: every font added is parsed and subset for each PDF (27 ms each).
        self.add_font("Sans", "", str(FONTS / "LiberationSans-Regular.ttf"))
        self.add_font("Sans", "B", str(FONTS / "LiberationSans-Bold.ttf"))
        self.set_creation_date(FIXED_DATE)
        self.set_producer("leerlijn vertrouwen")
        self.set_auto_page_break(False)
        self.set_margins(15, 15, 15)

    def qr(self, url: str, x: float, y: float, size: float) -> None:
        """A vector QR code: sharp at any printer resolution."""
        matrix = qr_matrix(url)
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
    colour = design.KINDS[card.soort].rgb
    pdf.set_fill_color(*colour)
    pdf.rect(x, y, CARD_W, 2.5 if card.soort == "denk" else 4, style="F")
    pdf.set_text_color(*colour)
    pdf.set_font("Sans", "B", 8)
    pdf.set_xy(x + pad, y + 5)
    pdf.cell(60, 4, f"{design.KINDS[card.soort].symbol}  {design.KINDS[card.soort].label.upper()}")
    pdf.set_text_color(*INK)
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(x + pad, y + 10.5)
    pdf.multi_cell(CARD_W - 2 * pad, 5.2, card.titel, align="L")
    pdf.set_font("Sans", "", 10)
    pdf.set_x(x + pad)
    pdf.multi_cell(CARD_W - 2 * pad - 16, 4.5, plain_text(card.tekst), align="L")
    if deck.opdracht:
        # A set such as "Twaalf vragen" has a text that is someone else's question; the task line says what to do.
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(x + pad, pdf.get_y() + 1)
        pdf.multi_cell(CARD_W - 2 * pad - 16, 4.5, deck.opdracht, align="L")
    pdf.qr(url, x + CARD_W - pad - 15, y + CARD_H - pad - 15, 15)
    pdf.set_text_color(*MUTED)
    pdf.set_font("Sans", "", 7)
    pdf.set_xy(x + pad, y + CARD_H - pad - 7)
    pdf.cell(CARD_W - 2 * pad - 18, 3.5, f"{deck.titel} · {number}/{len(deck.kaarten)}")
    pdf.set_xy(x + pad, y + CARD_H - pad - 3.5)
    pdf.cell(CARD_W - 2 * pad - 18, 3.5, short)


def deck_pdf(deck: Deck, card_urls: dict[str, str], short_urls: dict[str, str], site_name: str) -> bytes:
    """The cut sheet of a deck: design.CARDS_PER_SHEET cards per A4 page, single-sided, with cut marks."""
    pdf = _Pdf()
    pdf.set_title(f"Kaartjes: {deck.titel}")
    pdf.set_author(site_name)
    pdf.set_lang("nl")
    per_page = design.CARDS_PER_SHEET
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


def werkplaat_pdf(werkplaat: Werkplaat, module: Module, url: str, short: str, site_name: str,
                  safety: tuple[str, list[str], str] | None = None) -> bytes:
    """A handout that a group can use on its own: goal, time, materials, the group agreements, steps and notes.

    `safety` is the title, the lines and the address of "Veiligheid in de groep" (see macros/safety.py)."""
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
        if label:
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
    if safety:
        title, lines, safety_url = safety
        block(title, [*lines[:-1], f"{lines[-1]} {safety_url}"])
    block("Stappen", [f"{step.label}: {step.tekst}" for step in werkplaat.stappen], numbered=True)
    if werkplaat.begeleidersnotities:
        block("Voor de begeleider", werkplaat.begeleidersnotities)
    footer = f"{site_name} · {url}"
    if werkplaat.uitdeelblad:
        _footer(pdf, width, footer)
        # On a page of its own, so the begeleider can print just that page for each participant.
        pdf.add_page()
        sheet = werkplaat.uitdeelblad
        pdf.set_text_color(*INK)
        pdf.set_font("Sans", "B", 16)
        pdf.multi_cell(width, 8, f"Uitdeelblad: {sheet.titel}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9)
        pdf.set_text_color(*MUTED)
        pdf.cell(width, 5, f"Bij de werkplaat {werkplaat.titel}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        if sheet.inleiding:
            pdf.set_text_color(*INK)
            pdf.set_font("Sans", "", 11)
            pdf.multi_cell(width, 5.8, plain_text(sheet.inleiding), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        block("", list(sheet.punten))
    _footer(pdf, width, footer)
    return bytes(pdf.output())


def _footer(pdf: _Pdf, width: float, text: str) -> None:
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*MUTED)
    pdf.cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
