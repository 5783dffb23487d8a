"""The light and the dark view (docs/assets/js/weergave.js and the header script before it), as a reader meets it:
the system's choice from the first paint, the toggle by keyboard, the choice kept and shared between tabs, and
damaged or crafted stored values that fall back to the system's choice."""
from __future__ import annotations

import json

import pytest

from conftest import until

pytestmark = pytest.mark.browser

PAGE = "modules/wat-is-vertrouwen/"
STATE = """() => ({
    scheme: document.body.getAttribute("data-md-color-scheme"),
    shown: [...document.querySelectorAll(".lv-weergave > button")].filter(b => !b.hidden).map(b => b.getAttribute("aria-label")),
    root: getComputedStyle(document.documentElement).colorScheme,
})"""
STORED = "() => Object.entries(localStorage).filter(([key]) => key.endsWith('.__palette')).map(([, value]) => value)"


def opened(browser, site_url, scheme, scripts=True, **options):
    context = browser.new_context(locale="nl-NL", color_scheme=scheme, **options)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    if not scripts:
        # Only the header's own script may run: the view must be right before the page's scripts arrive.
        page.route("**/*.js", lambda route: route.abort())
    page.goto(site_url + PAGE)
    return context, page, errors


@pytest.mark.parametrize("system, scheme, button, root", [
    ("light", "default", "Donkere weergave", "normal"),
    ("dark", "slate", "Lichte weergave", "dark"),
])
def test_the_first_paint_follows_the_system_without_the_page_scripts(browser, site_url, system, scheme, button, root):
    context, page, errors = opened(browser, site_url, system, scripts=False)
    assert page.evaluate(STATE) == {"scheme": scheme, "shown": [button], "root": root}
    assert not errors
    context.close()


def test_the_toggle_works_by_keyboard_and_the_choice_stays(browser, site_url):
    context, page, errors = opened(browser, site_url, "light", viewport={"width": 360, "height": 700})
    toggle = page.locator(".lv-weergave > button:not([hidden])")
    toggle.focus()
    page.keyboard.press("Enter")
    until(page, "() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert page.evaluate(STATE) == {"scheme": "slate", "shown": ["Lichte weergave"], "root": "dark"}
    # Focus moves to the button now shown, so the next key press switches back.
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "Lichte weergave"
    assert json.loads(page.evaluate(STORED)[0])["color"]["scheme"] == "slate"
    until(page, "() => !document.body.hasAttribute('data-md-color-switching')")
    until(page, "() => document.querySelector('meta[name=theme-color]')?.content"
                " === getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    page.reload()
    assert page.evaluate(STATE)["scheme"] == "slate", "the choice outlives a reload"
    page.locator(".lv-weergave > button:not([hidden])").focus()
    page.keyboard.press("Space")
    until(page, "() => document.body.getAttribute('data-md-color-scheme') === 'default'")
    assert not errors
    context.close()


def test_a_second_tab_follows_the_choice(browser, site_url):
    context, page, _ = opened(browser, site_url, "light")
    other = context.new_page()
    other.goto(site_url + PAGE)
    page.locator(".lv-weergave > button:not([hidden])").click()
    until(other, "() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert other.evaluate(STATE)["shown"] == ["Lichte weergave"]
    # Wiping the site's data elsewhere brings back the system's choice.
    page.evaluate("() => localStorage.clear()")
    until(other, "() => document.body.getAttribute('data-md-color-scheme') === 'default'")
    context.close()


def test_the_system_switch_counts_until_the_reader_chooses(browser, site_url):
    context, page, _ = opened(browser, site_url, "light")
    page.emulate_media(color_scheme="dark")
    until(page, "() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.locator(".lv-weergave > button:not([hidden])").click()
    until(page, "() => document.body.getAttribute('data-md-color-scheme') === 'default'")
    page.emulate_media(color_scheme="light")
    page.emulate_media(color_scheme="dark")
    page.wait_for_timeout(200)
    assert page.evaluate(STATE)["scheme"] == "default", "the reader's choice wins over the system"
    context.close()


@pytest.mark.parametrize("stored", [
    "{kapot",
    json.dumps({"color": {"scheme": "constructor"}}),
    json.dumps({"color": {"scheme": "\"><img src=x onerror=alert(1)>"}}),
    json.dumps({"color": None}),
    json.dumps([1, 2]),
    "null",
])
def test_a_damaged_or_crafted_choice_falls_back_to_the_system(browser, site_url, stored):
    context, page, errors = opened(browser, site_url, "dark")
    page.evaluate("value => localStorage.setItem(__md_scope.pathname + '.__palette', value)", stored)
    page.reload()
    assert page.evaluate(STATE) == {"scheme": "slate", "shown": ["Lichte weergave"], "root": "dark"}
    page.locator(".lv-weergave > button:not([hidden])").click()
    until(page, "() => document.body.getAttribute('data-md-color-scheme') === 'default'")
    assert not errors
    context.close()


def test_a_full_storage_still_switches(browser, site_url):
    context, page, errors = opened(browser, site_url, "light")
    page.evaluate("() => { Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); }; }")
    page.locator(".lv-weergave > button:not([hidden])").click()
    until(page, "() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert not errors
    context.close()
