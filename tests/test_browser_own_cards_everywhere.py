"""The own-cards maker everywhere the site works: keyboard only, axe in light and dark, a phone of 360 px,
no request to another origin, a browser that keeps nothing, and the offline zip opened from disk."""
from __future__ import annotations

import pytest
from PIL import Image

from axe_check import violations_in_both_schemes
from test_browser_own_cards import CARDS, MAKER, fill_cards, open_maker, shown, wait_for_outputs

pytestmark = pytest.mark.browser


def test_the_maker_works_by_keyboard_alone(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER)

    def tab_to(selector: str) -> None:
        for _ in range(120):
            page.keyboard.press("Tab")
            if page.evaluate("s => document.activeElement.matches(s)", selector):
                return
        raise AssertionError(f"Tab never reached {selector}")

    tab_to("#lv-ek-titel")
    page.keyboard.type("Team Zuid")
    tab_to("[data-ek=soort]")
    page.keyboard.press("ArrowDown")  # radio buttons: the arrow chooses the next kind
    tab_to("[data-ek=titel]")
    page.keyboard.type("Eerst bellen")
    tab_to("[data-lv-ek-add=denk]")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.matches('.lv-ek-card:nth-child(2) [data-ek=titel]')")
    page.keyboard.type("Tweede")
    tab_to(".lv-ek-card:nth-child(2) [data-ek-action=up]")
    page.keyboard.press("Enter")
    assert [c[1] for c in shown(page)["kaarten"]] == ["Tweede", "Eerst bellen"]
    assert shown(page)["kaarten"][1][0] == "doe"
    assert page.evaluate("document.activeElement.closest('.lv-ek-card') === document.querySelector('.lv-ek-card')")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    context.close()


def test_no_axe_violations_light_and_dark_and_nothing_sideways_on_a_phone(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER, color_scheme="light", viewport={"width": 360, "height": 740})
    fill_cards(page, CARDS[:2] + [("denk", "Veel te lang " * 5, "Tekst")])
    found = violations_in_both_schemes(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert not found and width <= 360, found or width


def test_no_request_leaves_the_site_and_no_errors(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER)
    foreign, errors = [], []
    page.on("request", lambda r: None if r.url.startswith((site_url, "data:", "blob:")) else foreign.append(r.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.reload()
    fill_cards(page, CARDS)
    with page.expect_download():
        page.click("[data-lv-ek-action=zip]")
    fonts = page.evaluate("[...document.fonts].filter(f => f.family.includes('Kaartletter')).map(f => f.status)")
    assert context.cookies() == []
    context.close()
    assert foreign == [] and errors == [] and fonts == ["loaded", "loaded"]


def test_the_maker_works_from_the_offline_zip(browser, unpacked):
    context, page = open_maker(browser, (unpacked / "eigen-kaartjes.html").as_uri())
    remote = []
    page.on("request", lambda request: remote.append(request.url) if request.url.startswith("http") else None)
    fill_cards(page, CARDS[:2])
    with page.expect_download() as download:
        page.locator("[data-ek-action=image]").first.click()
    assert Image.open(download.value.path()).size == (1200, 630)
    assert page.evaluate("[...document.fonts].filter(f => f.family.includes('Kaartletter')).map(f => f.status)") == [
        "loaded", "loaded"], "from disk too, the images use the committed font"
    # A link to a file on this computer would open nothing elsewhere: the shared link is the site online.
    assert page.input_value("#lv-ek-link").startswith("https://") and "#set=1." in page.input_value("#lv-ek-link")
    page.reload()
    assert [c[1] for c in shown(page)["kaarten"]] == [CARDS[0][1], CARDS[1][1]]
    context.close()
    assert remote == []


def test_a_browser_that_keeps_nothing_says_so(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    # As in a private window with a full quota: every write fails.
    context.add_init_script("Storage.prototype.setItem = function () { throw new DOMException('vol', 'QuotaExceededError'); };")
    page = context.new_page()
    page.goto(site_url + MAKER + "?van=gw")
    assert page.input_value("[data-lv-ek-start]") == "gw", "a deck's link chooses that deck to start from"
    page.locator("[data-ek=titel]").fill("Even proberen")
    status = page.locator("[data-lv-ek-status]")
    assert "opslag van je browser is vol" in status.inner_text() and "bestand" in status.inner_text()
    wait_for_outputs(page, "Even proberen")
    page.reload()  # the link in the address bar still keeps the cards
    assert shown(page)["kaarten"][0][1] == "Even proberen"
    context.close()
