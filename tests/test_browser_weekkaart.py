"""Kaartje van de week in a real browser: the deck's page shows this week's card, the same one Python
works out from the ISO week, and the card's page says why it was chosen."""
from __future__ import annotations

import datetime as dt

import pytest

from macros import addresses

pytestmark = pytest.mark.browser


def test_the_deck_page_shows_the_card_of_the_week_and_the_card_says_why(browser, site_url, catalog):
    deck = catalog.data.kaartensets[0]
    today = dt.date.today()
    card = deck.kaarten[((today - dt.date(1970, 1, 5)).days // 7) % len(deck.kaarten)]
    week = today.isocalendar().week
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + addresses.ONLINE.generated_page("kaartenset", deck.id))
    box = page.locator("[data-lv-weekcard]")
    assert box.is_visible()
    assert f"Kaartje van week {week}" in box.inner_text() and card.titel in box.inner_text()
    box.get_by_role("link", name=card.titel).click()
    page.wait_for_load_state()
    assert f"Dit is het kaartje van week {week}." in page.locator("[data-lv-weekcard-reason]").inner_text()
    other = next(c for c in deck.kaarten if c.id != card.id)
    page.goto(site_url + addresses.ONLINE.generated_page("kaartje", other.id))
    assert page.locator("[data-lv-weekcard-reason]").is_hidden(), "another card says nothing"
    context.close()


def test_the_home_page_shows_the_card_of_the_week_of_the_whole_site(browser, site_url, catalog):
    from macros.week_card import site_cards
    cards = site_cards(catalog)
    today = dt.date.today()
    card = cards[((today - dt.date(1970, 1, 5)).days // 7) % len(cards)]
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url)
    box = page.locator("[data-lv-weekcard]")
    assert f"Kaartje van week {today.isocalendar().week}" in box.inner_text()
    box.get_by_role("link", name=card.titel).click()
    page.wait_for_load_state()
    assert page.locator("[data-lv-weekcard-reason]").is_visible()
    assert f"kaartje van week {today.isocalendar().week}" in page.locator("[data-lv-weekcard-reason]").inner_text()
    context.close()
