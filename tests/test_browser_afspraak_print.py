"""The agreement card on paper: printed from Mijn antwoorden in the browser, on A4 with four A6 cards,
with the agreement, its day, the card's title, and a QR code that a reader reads back from the PDF."""
from __future__ import annotations

import io
import subprocess

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from test_browser_afspraak import MODULE, NOTEBOOK, agree, doe_card

pytestmark = pytest.mark.browser

A4 = (595.28, 841.89)  # points
MM = 96 / 25.4


def test_print_the_agreement_cards_on_a4_with_a_readable_qr_code(browser, site_url, catalog, tmp_path):
    context = browser.new_context(locale="nl-NL", color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + MODULE)
    cards = [c for d in catalog.decks_of("wat-is-vertrouwen") for c in d.kaarten if c.soort == "doe"][:5]
    for number, card in enumerate(cards):
        page.locator(f"#kaart-{card.id}").scroll_into_view_if_needed()
        agree(page, card, text=f"Afspraak {number}: <b>ik bel</b> Sanne 🙂", day=f"2026-12-{10 + number}")
    page.goto(site_url + NOTEBOOK)
    page.evaluate("window.print = () => {}")  # the dialog; the test prints itself
    page.get_by_role("button", name="Print je afspraken als kaartjes").click()
    page.emulate_media(media="print")
    boxes = page.evaluate("""() => [...document.querySelectorAll('.lv-agreement-card')].map(card => {
        const box = card.getBoundingClientRect(); return [box.width, box.height]; })""")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    context.close()
    assert len(boxes) == len(cards)
    for width, height in boxes:
        assert abs(width - 105 * MM) < 2 and abs(height - 148 * MM) < 2, "A6"
    reader = PdfReader(io.BytesIO(pdf))
    expected_pages = -(-len(cards) // 4)
    assert len(reader.pages) == expected_pages, "four cards to a sheet, nothing else on paper"
    for sheet in reader.pages:
        box = sheet.mediabox
        assert abs(float(box.width) - A4[0]) < 1 and abs(float(box.height) - A4[1]) < 1
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Afspraak 0: <b>ik bel</b> Sanne" in text and "Mijn antwoorden" not in text.split("Afspraak 0")[0][-200:]
    assert "10 december 2026" in text and cards[0].titel in text
    assert "Bewaar als bestand" not in text, "only the sheet goes to paper"
    (tmp_path / "kaart.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "kaart.pdf"), str(tmp_path / "blad")], check=True)
    found = set()
    for image in sorted(tmp_path.glob("blad*.png")):
        found |= {code.text for code in zxingcpp.read_barcodes(Image.open(image))}
    assert {f"#kaart-{card.id}" for card in cards} == {url[url.index("#"):] for url in found}
    assert all(url.startswith("http") and f"/{MODULE}#" in url for url in found), found
