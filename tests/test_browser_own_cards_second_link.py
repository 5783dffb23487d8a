"""A link with cards opened in a tab where the maker is already open (issue 20, point 15). Every case
gets a message: the set that is already open says so; a damaged link gets a Dutch message and the
cards stay as they were; another set asks whether to open it (your set goes to Kaartjes van eerder),
to put its cards under yours, or to keep only yours. "Beside" is in this one maker, not in a second
tab: two tabs share one draft and would ask each other on every save which one wins (issue 18).
At 360 px and at desktop size, light and dark, with axe at 0 violations."""
from __future__ import annotations

import json

import pytest

from test_browser_own_cards import CARDS, MAKER, fill_cards, shown
from test_browser_own_cards_attack import BACKUPS, STORE, packed
from test_browser_own_cards_remove import VIEWS, WIDTHS, axe_clean, open_view

pytestmark = pytest.mark.browser

THEIRS = {"t": "Kaartjes van team Zuid", "m": "", "o": "", "k": [
    ["denk", "Wie zit er niet aan tafel?", "Wie hoort bij dit besluit, maar zit vandaag niet aan tafel?"],
    ["doe", "Vraag het de ouder", "Vraag de ouder deze week wat volgens haar de eerste stap is."]]}


def ready_with_three(browser, site_url, width, scheme):
    context, page = open_view(browser, site_url + MAKER, width, scheme)
    fill_cards(page, CARDS)
    page.locator("#lv-ek-yaml").scroll_into_view_if_needed()  # the user is far down the page
    return context, page, shown(page)


def paste_hash(page, hash_: str) -> None:
    """As pasting a link into the address bar of the open tab: only the part after '#' changes."""
    page.evaluate("hash => { location.hash = hash; }", hash_)


def in_view(page, selector: str) -> bool:
    """Whether the box comes into sight below the site's header (the page may scroll smoothly there)."""
    page.wait_for_function("""s => { const box = document.querySelector(s).getBoundingClientRect();
        const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
        return box.top >= header - 1 && box.top < innerHeight - 40; }""", arg=selector, timeout=5000)
    return True


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_the_link_of_the_set_that_is_open_says_it_is_open(browser, site_url, width, scheme):
    context, page, before = ready_with_three(browser, site_url, width, scheme)
    link = page.input_value("#lv-ek-link")
    # The same set, as a chat app passes it on: the dot escaped, so the address really changes.
    paste_hash(page, "#set=" + link.split("#set=", 1)[1].replace(".", "%2E", 1))
    notice = page.locator("[data-lv-ek-notice]")
    notice.wait_for(state="visible")
    assert "staan al open" in notice.inner_text() and in_view(page, "[data-lv-ek-notice]")
    assert page.locator("[data-lv-ek-newlink]").is_hidden() and page.locator("[data-lv-ek-alert]").is_hidden()
    assert shown(page) == before and page.locator(BACKUPS).count() == 0
    context.close()


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_a_damaged_link_says_so_in_dutch_and_keeps_the_set(browser, site_url, width, scheme):
    context, page, before = ready_with_three(browser, site_url, width, scheme)
    stored = page.evaluate(f"localStorage.getItem('{STORE}')")
    good = packed(json.dumps(THEIRS))
    paste_hash(page, "#set=" + good[:-10])  # cut off, as a chat app may do
    alert = page.locator("[data-lv-ek-alert]")
    alert.wait_for(state="visible")
    assert "beschadigd of niet compleet" in alert.inner_text() and "blijven staan" in alert.inner_text()
    assert in_view(page, "[data-lv-ek-alert]")
    assert shown(page) == before and page.evaluate(f"localStorage.getItem('{STORE}')") == stored
    assert page.locator("[data-lv-ek-newlink]").is_hidden()
    context.close()


@pytest.mark.parametrize("width, scheme", VIEWS)
@pytest.mark.parametrize("choice", ["open", "add", "keep"])
def test_another_set_asks_open_add_or_keep(browser, site_url, width, scheme, choice):
    context, page, before = ready_with_three(browser, site_url, width, scheme)
    paste_hash(page, "#set=" + packed(json.dumps(THEIRS)))
    ask = page.locator("[data-lv-ek-newlink]")
    ask.wait_for(state="visible")
    assert "Kaartjes van team Zuid, 2 kaartjes" in ask.inner_text() and in_view(page, "[data-lv-ek-newlink]")
    name = {"open": "Open de kaartjes uit de link", "add": "Zet ze onder mijn kaartjes",
            "keep": "Houd alleen mijn kaartjes"}[choice]
    ask.get_by_role("button", name=name).click()
    assert ask.is_hidden()
    status = page.locator("[data-lv-ek-status]").inner_text()
    titles = [c[1] for c in shown(page)["kaarten"]]
    if choice == "open":
        assert titles == [row[1] for row in THEIRS["k"]] and shown(page)["titel"] == THEIRS["t"]
        assert "Team Noord, 3 kaartjes" in page.locator(BACKUPS).first.inner_text()
        assert "uit de link" in status
    elif choice == "add":
        assert titles == [c[1] for c in CARDS] + [row[1] for row in THEIRS["k"]]
        assert shown(page)["titel"] == before["titel"] and "onder je eigen kaartjes" in status
    else:
        assert shown(page) == before and "niet geopend" in status
        # The address holds your own set again, so a reload shows it.
        page.reload()
        page.wait_for_selector("[data-lv-ek]:not([hidden])")
        assert shown(page) == before
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_no_axe_violations_with_the_question_and_the_messages_light_and_dark(browser, site_url, width):
    context, page, _ = ready_with_three(browser, site_url, width, "light")
    paste_hash(page, "#set=" + packed(json.dumps(THEIRS)))
    page.locator("[data-lv-ek-newlink]").wait_for(state="visible")
    axe_clean(page, width)
    paste_hash(page, "#set=1.%")
    page.locator("[data-lv-ek-alert]").wait_for(state="visible")
    axe_clean(page, width)
    context.close()
