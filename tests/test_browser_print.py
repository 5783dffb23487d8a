"""Printing from the browser (Ctrl+P): a module as a handout and a deck as a cut sheet, on A4."""
from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from macros import addresses
from macros.inline import plain_text
from macros.addresses import page_url

pytestmark = pytest.mark.browser

MM = 96 / 25.4  # CSS pixels per millimetre


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("\u00ad", "")


def print_pdf(browser, url: str, scheme: str = "dark") -> tuple[list[str], object]:
    """Print like a user would: in the browser, with print media, on A4 (dark mode must not reach paper)."""
    context = browser.new_context(color_scheme=scheme, locale="nl-NL")
    page = context.new_page()
    page.goto(url)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    pages = [flat(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    return pages, (context, page)


@pytest.fixture(scope="module")
def module_prints(browser, site_url, catalog):
    prints = {}
    for module in catalog.data.modules:
        pages, (context, page) = print_pdf(browser, site_url + page_url(module.pagina))
        qr_width = page.evaluate("document.querySelector('.lv-print-header__qr svg').getBoundingClientRect().width")
        colours = page.evaluate("""() => [document.body, document.querySelector('.md-typeset')]
            .map(node => [getComputedStyle(node).backgroundColor, getComputedStyle(node).color])""")
        prints[module.id] = {"pages": pages, "qr_width": qr_width, "colours": colours}
        context.close()
    return prints


def test_module_printout_has_every_card_and_prompt_and_no_navigation(module_prints, catalog):
    for module in catalog.data.modules:
        text = " ".join(module_prints[module.id]["pages"])
        for deck in catalog.decks_of(module.id):
            for card in deck.kaarten:
                assert flat(plain_text(card.tekst))[:40] in text, (module.id, card.id)
        for prompt in catalog.prompts.get(module.id, []):
            assert flat(plain_text(prompt.tekst))[:40] in text, (module.id, prompt.id)
        for absent in ["Zoeken", "Inhoudsopgave", "Naar inhoud", "Delen en printen", "Made with"]:
            assert absent not in text, (module.id, absent)


def test_module_printout_starts_with_title_duration_short_link_and_qr(module_prints, catalog, site_url):
    for module in catalog.data.modules:
        first = module_prints[module.id]["pages"][0]
        assert module.titel in first
        assert flat(catalog.time_label(module.id)) in first
        assert addresses.ONLINE.short_link("module", module.nummer) in first
        assert module_prints[module.id]["qr_width"] >= 20 * MM, "the QR code is at least 2 by 2 cm"


def test_module_printout_has_a_sensible_length(module_prints, catalog):
    for module in catalog.data.modules:
        assert 3 <= len(module_prints[module.id]["pages"]) <= 16, module.id


def test_paper_is_light_even_in_dark_mode(module_prints):
    # The page is printed from the dark scheme; on paper the page and the text area are white, the text dark.
    for result in module_prints.values():
        for background, colour in result["colours"]:
            assert background == "rgb(255, 255, 255)"
            red, green, blue = (int(v) for v in re.findall(r"\d+", colour)[:3])
            assert max(red, green, blue) < 80, colour


def test_no_card_is_split_across_pages(module_prints, catalog):
    # A card is whole on a page when its title and the end of its text stand on the same page.
    for module in catalog.data.modules:
        pages = module_prints[module.id]["pages"]
        for deck in catalog.decks_of(module.id):
            for card in deck.kaarten:
                tail = flat(plain_text(card.tekst))[-25:]
                assert any(card.titel in page and tail in page for page in pages), (module.id, card.id)


def test_card_boxes_stay_inside_one_a4_page(browser, site_url, catalog):
    """With print media, every card box on the cut sheet lies within one page of 65 mm rows."""
    deck = catalog.data.kaartensets[0]
    pages, (context, page) = print_pdf(browser, site_url + addresses.ONLINE.generated_page("printvel", deck.id), "light")
    boxes = page.evaluate("""() => [...document.querySelectorAll('.lv-sheet')].map(sheet => {
        const top = sheet.getBoundingClientRect().top;
        return [...sheet.querySelectorAll('.lv-sheetcard')].map(card => {
            const box = card.getBoundingClientRect();
            return {top: box.top - top, bottom: box.bottom - top, width: box.width, height: box.height};
        });
    })""")
    context.close()
    printable_height = (297 - 2 * 18.5) * MM
    for sheet in boxes:
        assert len(sheet) <= 8
        for box in sheet:
            assert box["bottom"] <= printable_height + 1
            assert abs(box["width"] - 95 * MM) < 2 and abs(box["height"] - 65 * MM) < 2
    assert len(pages) == len(boxes) == -(-len(deck.kaarten) // 8)
    for number, card in enumerate(deck.kaarten):
        assert card.titel in pages[number // 8]


def test_external_links_show_their_address_on_paper(browser, site_url, catalog):
    # Modules may link out in their Bronnen; the accessibility statement links to WCAG.
    paths = [page_url(module.pagina) for module in catalog.data.modules] + ["over/toegankelijkheid/"]
    checked = 0
    for path in paths:
        context = browser.new_context()
        page = context.new_page()
        page.goto(site_url + path)
        page.emulate_media(media="print")
        external = page.evaluate("""() => [...document.querySelectorAll('.md-content a[href^="http"]')]
            .filter(a => a.offsetParent !== null)
            .map(a => [a.href, getComputedStyle(a, '::after').content])""")
        internal = page.evaluate("""() => [...document.querySelectorAll('.md-content a:not([href^="http"])')]
            .filter(a => a.offsetParent !== null).map(a => getComputedStyle(a, '::after').content)""")
        context.close()
        for href, after in external:
            assert href.rstrip("/") in after, (path, href, after)
            checked += 1
        assert all(content in ("none", "normal", "") for content in internal), (path, "internal links stay clean")
    assert checked >= 1
