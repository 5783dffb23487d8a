"""Removing a card in the own-cards maker (issue 20, point 14): the card leaves a placeholder of its own
height with "Zet terug", so a second click on the same spot never hits the next card's "Verwijderen";
undo puts the card back in its place with its text, by mouse and by keyboard. At 360 px and at desktop
size, light and dark, with axe at 0 violations."""
from __future__ import annotations

import pytest

from axe_check import violations_in_both_schemes
from test_browser_own_cards import CARDS, MAKER, fill_cards, open_maker, shown

pytestmark = pytest.mark.browser

# A phone in light mode and a laptop in dark mode; the axe tests take both sizes, each light and dark.
VIEWS = [pytest.param(360, "light", id="360-light"), pytest.param(1280, "dark", id="desktop-dark")]
WIDTHS = [360, 1280]


def open_view(browser, url: str, width: int, scheme: str, **options):
    return open_maker(browser, url, viewport={"width": width, "height": 740}, color_scheme=scheme, **options)


def axe_clean(page, width: int, other_scheme: bool = True) -> None:
    """No axe violation, in both schemes unless other_scheme is False, and nothing sideways."""
    page.mouse.move(0, 0)
    found = violations_in_both_schemes(page, other_scheme)
    assert not found, found
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def under(page, point: dict) -> dict:
    """What the pointer is over at a point of the viewport."""
    return page.evaluate("""([x, y]) => {
        const node = document.elementFromPoint(x, y);
        return {remove: !!node.closest('[data-ek-action=remove]'), card: !!node.closest('.lv-ek-card'),
                gone: !!node.closest('.lv-ek-gone')};
    }""", [point["x"], point["y"]])


def centre(locator) -> dict:
    box = locator.bounding_box()
    return {"x": box["x"] + box["width"] / 2, "y": box["y"] + box["height"] / 2}


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_a_second_click_on_the_same_spot_removes_nothing_more(browser, site_url, width, scheme):
    context, page = open_view(browser, site_url + MAKER, width, scheme)
    fill_cards(page, CARDS)
    first = page.locator(".lv-ek-card").first
    first.locator("[data-ek-action=remove]").scroll_into_view_if_needed()
    point = centre(first.locator("[data-ek-action=remove]"))
    height = first.bounding_box()["height"]
    page.mouse.click(point["x"], point["y"])
    gone = page.locator(".lv-ek-gone")
    assert abs(gone.bounding_box()["height"] - height) < 2, "the placeholder is as tall as the card was"
    assert under(page, point) == {"remove": False, "card": False, "gone": True}
    page.mouse.click(point["x"], point["y"])  # the same spot again, as a hurried double click does
    assert [c[1] for c in shown(page)["kaarten"]] == [CARDS[1][1], CARDS[2][1]]
    assert "is verwijderd" in gone.inner_text() and CARDS[0][1] in gone.inner_text()
    assert "is verwijderd" in page.locator("[data-lv-ek-status]").inner_text()
    # The way back is in sight, wherever the card began, and puts the card back in its place with its text.
    undo = gone.get_by_role("button", name="Zet terug")
    assert undo.is_visible() and 0 <= undo.bounding_box()["y"] < 740
    undo.click()
    assert [tuple(c[1:3]) for c in shown(page)["kaarten"]] == [c[1:3] for c in CARDS]
    assert page.locator(".lv-ek-gone").count() == 0
    context.close()


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_remove_and_undo_by_keyboard_and_the_placeholder_stays_until_dismissed(browser, site_url, width, scheme):
    context, page = open_view(browser, site_url + MAKER, width, scheme)
    fill_cards(page, CARDS)
    page.locator(".lv-ek-card").nth(1).locator("[data-ek-action=remove]").focus()
    page.keyboard.press("Enter")
    # Focus moves to the way back, which names the card; Enter puts it back, at place 2 with its text.
    assert page.evaluate("document.activeElement.getAttribute('data-ek-gone')") == "undo"
    assert CARDS[1][1] in page.evaluate("document.activeElement.getAttribute('aria-label')")
    page.keyboard.press("Enter")
    assert [tuple(c[1:3]) for c in shown(page)["kaarten"]] == [c[1:3] for c in CARDS]
    assert page.evaluate("document.activeElement.closest('.lv-ek-card') === document.querySelectorAll('.lv-ek-card')[1]")
    # Two removed cards: each placeholder stays where its card was, and each puts its own card back.
    page.locator(".lv-ek-card").nth(0).locator("[data-ek-action=remove]").click()
    page.locator(".lv-ek-card").nth(1).locator("[data-ek-action=remove]").click()
    assert page.locator(".lv-ek-gone").count() == 2 and len(shown(page)["kaarten"]) == 1
    page.locator(".lv-ek-gone").last.get_by_role("button", name="Zet terug").click()
    assert [c[1] for c in shown(page)["kaarten"]] == [CARDS[1][1], CARDS[2][1]]
    # Sluiten takes the placeholder away; the card stays removed, also after a reload.
    page.locator(".lv-ek-gone").get_by_role("button", name="Sluiten").focus()
    page.keyboard.press("Enter")
    assert page.locator(".lv-ek-gone").count() == 0
    assert page.evaluate("document.activeElement.matches('[data-ek=titel]')")
    page.reload()
    page.wait_for_selector("[data-lv-ek]:not([hidden])")
    assert [c[1] for c in shown(page)["kaarten"]] == [CARDS[1][1], CARDS[2][1]]
    assert page.locator(".lv-ek-gone").count() == 0
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_axe_violations_with_a_removed_card_light_and_dark(browser, site_url, width):
    context, page = open_view(browser, site_url + MAKER, width, "light")
    fill_cards(page, CARDS[:2])
    page.locator(".lv-ek-card").first.locator("[data-ek-action=remove]").click()
    page.locator(".lv-ek-gone").wait_for()
    axe_clean(page, width)
    context.close()
