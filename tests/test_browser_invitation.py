"""The invitation builder in a real browser: choose, share, copy, and open what participants see."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def builder(browser, site_url):
    context = browser.new_context(locale="nl-NL", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "uitnodigen/")
    yield page
    context.close()


def first_module_with_choices(catalog):
    for module in sorted(catalog.data.modules, key=lambda m: m.nummer):
        cards = [c for d in catalog.decks_of(module.id) for c in d.kaarten]
        if cards and catalog.prompts.get(module.id) and catalog.werkplaten_of(module.id):
            return module, cards, catalog.prompts[module.id], catalog.werkplaten_of(module.id)[0]
    raise AssertionError("no module with cards, prompts and a werkplaat")


def test_build_an_invitation_and_open_its_link(builder, catalog):
    module, cards, prompts, werkplaat = first_module_with_choices(catalog)
    page = builder
    page.select_option("#lv-b-module", module.id)
    page.check(f"#lv-b-cards-{cards[1].id}")
    page.check(f"#lv-b-prompts-{prompts[0].id}")
    page.check(f"#lv-b-werkplaat-{werkplaat.id}")
    page.fill("#lv-b-date", "2026-12-03")
    page.fill("#lv-b-time", "14:00")
    page.fill("#lv-b-place", "Wijkcentrum De Brug")
    page.fill("#lv-b-name", "Fatima")

    text = page.input_value("#lv-b-text")
    assert "donderdag 3 december 2026 om 14:00 in Wijkcentrum De Brug" in text
    assert module.titel in text and cards[1].titel in text and text.rstrip().endswith("Fatima")
    assert page.locator("[data-lv-qr] svg").count() == 1
    assert page.locator(f"[data-lv-preview] #kaart-{cards[1].id}").count() == 1

    link = page.input_value("#lv-b-link")
    page.goto(link)
    body = page.locator(".lv-selection")
    body.locator(f"#kaart-{cards[1].id}").wait_for()
    assert module.titel in body.inner_text()
    assert body.locator(f"#kaart-{cards[0].id}").count() == 0, "only the chosen cards"
    assert body.locator(f"#overdenking-{prompts[0].id}").count() == 1
    assert body.locator(f"#werkplaat-{werkplaat.id}").count() == 1
    assert "Wijkcentrum De Brug" in body.inner_text()
    assert page.locator(".lv-selection__missing").count() == 0


def test_the_whole_builder_works_with_the_keyboard(builder, catalog):
    module, cards, prompts, werkplaat = first_module_with_choices(catalog)
    page = builder
    page.focus("#lv-b-module")
    page.keyboard.press("Tab")  # to the first card
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.id") == f"lv-b-cards-{cards[0].id}"
    assert f"k={cards[0].id}" in page.input_value("#lv-b-link")


def test_copy_the_invitation_text(builder):
    page = builder
    page.fill("#lv-b-name", "Fatima")
    page.click("button[data-lv-copy=lv-b-text]")
    page.locator("button[data-lv-copy=lv-b-text] + [role=status]").filter(has_text="Gekopieerd").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#lv-b-text")


def test_a_removed_id_gets_a_clear_message(page, site_url, catalog):
    module, cards, prompts, werkplaat = first_module_with_choices(catalog)
    page.goto(site_url + f"selectie/?m={module.id}&k={cards[0].id},weg-99&w=oude-werkplaat")
    notice = page.locator(".lv-selection__missing")
    notice.wait_for()
    assert "kaartje 'weg-99'" in notice.inner_text() and "werkplaat 'oude-werkplaat'" in notice.inner_text()
    assert page.locator(f".lv-selection #kaart-{cards[0].id}").count() == 1, "the rest still shows"


def test_a_link_without_module_says_what_to_do(page, site_url):
    page.goto(site_url + "selectie/")
    assert "geen module" in page.locator(".lv-selection").inner_text()
