"""Typing in the own-cards maker (issue 20, point 13). The link, the QR code, the file and the sheets
follow when typing pauses, and the QR code only once it is on screen; whatever reads them right after
typing (copy, print, a reload) gets the text as it is now. How fast it is, is measured by `make bench`
(tests/bench_own_cards.py), not here. At 360 px and at desktop size, light and dark, with axe."""
from __future__ import annotations

import base64
import io
import json
import zlib

import pytest
import zxingcpp
from PIL import Image

from test_browser_own_cards import CARDS, MAKER, fill_cards, shown
from test_browser_own_cards_remove import VIEWS, WIDTHS, axe_clean, open_view
from test_browser_qr import qr_form

pytestmark = pytest.mark.browser

CLIPBOARD = ["clipboard-read", "clipboard-write"]


def deck_in(link: str) -> dict:
    """The deck a share link carries, unpacked here as any reader of the format would."""
    payload = link.split("#set=", 1)[1].split(".", 1)[1]
    return json.loads(zlib.decompress(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


def card_text(page, index: int):
    return page.locator(".lv-ek-card").nth(index).locator("[data-ek=tekst]")


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_a_copy_right_after_typing_has_the_new_text_and_the_qr_waits_for_the_screen(browser, site_url, width, scheme):
    context, page = open_view(browser, site_url + MAKER, width, scheme, permissions=CLIPBOARD)
    fill_cards(page, CARDS[:2])
    # Off screen, the QR code is not drawn at all: that was most of each key's cost on a slow phone.
    assert page.locator("[data-lv-ek-qr] svg").count() == 0
    card_text(page, 1).press_sequentially(" Vandaag nog.")
    page.get_by_role("button", name="Kopieer de link").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert deck_in(copied)["k"][1][2] == CARDS[1][2] + " Vandaag nog."
    assert copied == page.input_value("#lv-ek-link")
    # Now the QR code is on screen: it is drawn, and it holds the link of the text as it is now.
    qr = page.locator("[data-lv-ek-qr] svg")
    qr.wait_for()
    image = Image.open(io.BytesIO(qr.screenshot()))
    assert [code.text for code in zxingcpp.read_barcodes(image.resize((image.width * 3, image.height * 3)))] == [qr_form(copied)]
    # The message copies the same link, even when typed just before.
    card_text(page, 0).press_sequentially(" Echt.")
    page.get_by_role("button", name="Kopieer de tekst").first.click()
    message = page.evaluate("navigator.clipboard.readText()")
    assert deck_in(next(word for word in message.split() if "#set=" in word))["k"][0][2].endswith(" Echt.")
    axe_clean(page, width, other_scheme=False)  # both schemes: the axe test below
    context.close()


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_print_and_reload_right_after_typing_have_the_new_text(browser, site_url, width, scheme):
    context, page = open_view(browser, site_url + MAKER, width, scheme)
    page.add_init_script("window.print = () => { window.__printed = true; };")
    page.reload()
    page.wait_for_selector("[data-lv-ek]:not([hidden])")
    fill_cards(page, CARDS[:2])
    card_text(page, 0).press_sequentially(" Nu.")
    page.locator("[data-lv-print]").click()
    assert page.evaluate("window.__printed") is True
    sheet = page.locator(".lv-sheetcard").first.text_content()
    assert CARDS[0][2] + " Nu." in sheet
    # A reload right after a key: the browser's copy of the draft wins, not the link of the set before it.
    card_text(page, 1).press_sequentially(" Later.")
    page.reload()
    page.wait_for_selector("[data-lv-ek]:not([hidden])")
    assert shown(page)["kaarten"][1][2] == CARDS[1][2] + " Later."
    assert page.locator("[data-lv-ek-undo]").is_hidden(), "no 'you opened a link' for your own typing"
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_axe_violations_with_the_qr_code_drawn_light_and_dark(browser, site_url, width):
    context, page = open_view(browser, site_url + MAKER, width, "light")
    fill_cards(page, CARDS)
    page.locator("[data-lv-ek-qr]").scroll_into_view_if_needed()
    page.locator("[data-lv-ek-qr] svg").wait_for()
    axe_clean(page, width)
    context.close()
