"""Copy buttons (issue 20, point 9): every copy button says *Gekopieerd* beside itself, in words that
fit what it copied, in a status line that screen readers announce. Planner, own cards, invitation builder."""
from __future__ import annotations

import pytest

from axe_check import assert_accessible
from test_browser_own_cards import CARDS, MAKER, fill_cards, open_maker
from test_browser_planner import READY

pytestmark = pytest.mark.browser

PLANNER = {"lv-pl-link": "de link in je bericht aan de groep", "lv-pl-bericht": "de uitnodiging in je e-mail of WhatsApp",
           "lv-pl-eigen": "bladwijzer"}
OWN_CARDS = {"lv-ek-link": "de link in een bericht aan je team", "lv-ek-bericht": "de tekst in je e-mail of WhatsApp"}


def check_copy_buttons(page, attr, expected, width):
    for field, words in expected.items():
        button = page.locator(f"button[{attr}={field}]")
        button.scroll_into_view_if_needed()
        button.click()
        status = page.locator(f"button[{attr}={field}] + [role=status]")
        status.filter(has_text="Gekopieerd").wait_for()
        assert words in status.inner_text(), (field, status.inner_text())
        assert page.evaluate("navigator.clipboard.readText()") == page.input_value(f"#{field}")
        near, box = button.bounding_box(), status.bounding_box()
        assert abs(box["y"] - near["y"]) < 80, f"{field}: the word is {box['y'] - near['y']:.0f} px from its button"
        assert box["x"] + box["width"] <= width + 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", [360, 1280])
def test_copy_in_the_planner_says_so_beside_the_button(browser, site_url, width):
    context = browser.new_context(locale="nl-NL", permissions=["clipboard-read", "clipboard-write"],
                                  viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{site_url}plannen/?klaar={READY}")
    page.locator(".lv-pl-block").first.wait_for()
    check_copy_buttons(page, "data-lv-pl-copy", PLANNER, width)
    context.close()


@pytest.mark.parametrize("width", [360, 1280])
def test_copy_in_the_own_cards_maker_says_so_beside_the_button(browser, site_url, width):
    context, page = open_maker(browser, site_url + MAKER, permissions=["clipboard-read", "clipboard-write"],
                               viewport={"width": width, "height": 800})
    fill_cards(page, CARDS[:2])
    check_copy_buttons(page, "data-lv-ek-copy", OWN_CARDS, width)
    context.close()


def test_no_axe_violations_after_copying_light_and_dark(browser, site_url):
    context = browser.new_context(locale="nl-NL", permissions=["clipboard-read", "clipboard-write"],
                                  viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{site_url}plannen/?klaar={READY}")
    page.locator(".lv-pl-block").first.wait_for()
    page.click("button[data-lv-pl-copy=lv-pl-link]")
    page.locator("button[data-lv-pl-copy=lv-pl-link] + [role=status]").filter(has_text="Gekopieerd").wait_for()
    page.mouse.move(0, 0)
    assert_accessible(page)
    context.close()
