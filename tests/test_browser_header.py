"""The header, as a reader meets it. The light and the dark view (docs/assets/js/weergave.js and the header script
before it): the system's choice from the first paint, the toggle by keyboard, the choice kept and shared between
tabs, and damaged, crafted, full or blocked storage. And the icons' hover texts (docs/assets/js/kop-titels.js)."""
from __future__ import annotations

import json

import pytest

from conftest import until

pytestmark = pytest.mark.browser

PAGE = "modules/wat-is-vertrouwen/"
STATE = """() => ({
    scheme: document.body.getAttribute("data-md-color-scheme"),
    shown: [...document.querySelectorAll(".lv-scheme-toggle > button")].filter(b => !b.hidden).map(b => b.getAttribute("aria-label")),
    root: getComputedStyle(document.documentElement).colorScheme,
})"""
TOGGLE = ".lv-scheme-toggle > button:not([hidden])"
# Colour transitions still running two frames after a switch (a link's colour takes 125 ms).
SLIDING = """() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve(
    document.getAnimations().filter(a => a instanceof CSSTransition && a.transitionProperty.includes("color")).length))))"""
# Two frames: the browser reports a change of the system's colour scheme while it renders.
FRAMES = "() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))"
STORED = "() => Object.entries(localStorage).filter(([key]) => key.endsWith('.__palette')).map(([, value]) => value)"


def opened(browser, site_url, scheme, scripts=True, init=None, **options):
    context = browser.new_context(locale="nl-NL", color_scheme=scheme, **options)
    if init:
        context.add_init_script(init)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    if not scripts:
        # Only the header's own script may run: the view must be right before the page's scripts arrive.
        page.route("**/*.js", lambda route: route.abort())
    page.goto(site_url + PAGE)
    return context, page, errors


def shows(page, scheme):
    until(page, f"() => document.body.getAttribute('data-md-color-scheme') === '{scheme}'")


def system_turns(page, *schemes):
    """The system's colour scheme changes, one after another, each seen by the page."""
    for scheme in schemes:
        page.emulate_media(color_scheme=scheme)
        page.evaluate(FRAMES)


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
    page.locator(TOGGLE).focus()
    page.keyboard.press("Enter")
    shows(page, "slate")
    assert page.evaluate(STATE) == {"scheme": "slate", "shown": ["Lichte weergave"], "root": "dark"}
    # Focus moves to the button now shown, so the next key press switches back.
    assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "Lichte weergave"
    assert json.loads(page.evaluate(STORED)[0])["color"]["scheme"] == "slate"
    page.reload()
    assert page.evaluate(STATE)["scheme"] == "slate", "the choice outlives a reload"
    page.locator(TOGGLE).focus()
    page.keyboard.press("Space")
    shows(page, "default")
    assert not errors
    context.close()


def test_a_switch_leaves_focus_where_it_was_and_slides_no_colours(browser, site_url):
    context, page, _ = opened(browser, site_url, "light")
    page.locator(".md-content a[href]").first.focus()
    page.evaluate("selector => document.querySelector(selector).click()", TOGGLE)
    shows(page, "slate")
    assert page.evaluate("() => document.activeElement.matches('.md-content a[href]')"), "focus stays in the text"
    # Links change colour with a transition; during a switch none may run, from a click or from another tab.
    other = context.new_page()
    other.goto(site_url + PAGE)
    other.locator(TOGGLE).click()
    shows(page, "default")
    assert page.evaluate(SLIDING) == 0
    page.locator(TOGGLE).click()
    assert page.evaluate(SLIDING) == 0
    context.close()


def test_a_second_tab_follows_the_choice(browser, site_url):
    context, page, _ = opened(browser, site_url, "light")
    other = context.new_page()
    other.goto(site_url + PAGE)
    page.locator(TOGGLE).click()
    shows(other, "slate")
    assert other.evaluate(STATE)["shown"] == ["Lichte weergave"]
    # Wiping the site's data elsewhere brings back the system's choice.
    page.evaluate("() => localStorage.clear()")
    shows(other, "default")
    context.close()


def test_the_system_switch_counts_until_the_reader_chooses(browser, site_url):
    context, page, _ = opened(browser, site_url, "light")
    page.emulate_media(color_scheme="dark")
    shows(page, "slate")
    page.locator(TOGGLE).click()
    shows(page, "default")
    system_turns(page, "light", "dark")
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
    page.locator(TOGGLE).click()
    shows(page, "default")
    assert not errors
    context.close()


@pytest.mark.parametrize("storage", [
    # Full: Material's writer catches this itself. Blocked: merely reading window.localStorage throws.
    "Storage.prototype.setItem = () => { throw new DOMException('vol', 'QuotaExceededError'); };",
    "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('geblokkeerd', 'SecurityError'); } });",
])
def test_a_full_or_blocked_storage_still_switches_for_this_page(browser, site_url, storage):
    context, page, errors = opened(browser, site_url, "light", init=storage)
    page.locator(TOGGLE).click()
    shows(page, "slate")
    # The system switches twice: the reader's choice still holds for this page, though nothing could keep it.
    system_turns(page, "dark", "light")
    assert page.evaluate(STATE)["scheme"] == "slate"
    assert not [error for error in errors if "weergave" in error or "__lv_scheme" in error], errors
    context.close()


# Counts Material's tooltips added to the page, from before the first script runs.
COUNT_TOOLTIPS = """window.__lvTooltips = 0;
new MutationObserver(records => records.forEach(record => record.addedNodes.forEach(node => {
    if (node.classList && node.classList.contains("md-tooltip")) window.__lvTooltips += 1;
}))).observe(document, { childList: true, subtree: true });"""


def test_the_header_icons_keep_their_hover_text_without_materials_measured_tooltips(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    context.add_init_script(COUNT_TOOLTIPS)
    page = context.new_page()
    page.goto(site_url + PAGE)
    icons = "[...document.querySelectorAll('.md-header :is(a, button)[aria-label]')]"
    labels = page.evaluate(f"() => {icons}.map(e => e.getAttribute('aria-label'))")
    assert sorted(labels) == ["Donkere weergave", "Leegmaken", "Lichte weergave", "Vertrouwen en gelijkwaardig samenwerken"]
    until(page, f"() => {icons}.every(e => e.getAttribute('title') === e.getAttribute('aria-label'))")
    assert page.evaluate("() => window.__lvTooltips") == 0, "Material measured a tooltip for a header icon"
    context.close()


@pytest.mark.parametrize("width", [360, 1280])
def test_a_keyboard_user_sees_the_toggles_name_on_focus(browser, site_url, width):
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 700})
    page = context.new_page()
    page.goto(site_url + PAGE)
    for _ in range(30):  # by Tab, the way a keyboard user gets there
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement === document.querySelector(selector)", TOGGLE):
            break
    label = page.evaluate("selector => getComputedStyle(document.querySelector(selector), '::after').content", TOGGLE)
    assert label == '"Donkere weergave"'
    # The name stays on the screen: inside the viewport, not cut off at a narrow phone's right edge.
    box = page.evaluate("""selector => {
        const button = document.querySelector(selector).getBoundingClientRect();
        const width = parseFloat(getComputedStyle(document.querySelector(selector), '::after').width);
        return {right: button.right, left: button.right - width, viewport: innerWidth};
    }""", TOGGLE)
    assert 0 <= box["left"] and box["right"] <= box["viewport"], box
    page.mouse.click(5, 300)
    assert page.evaluate("selector => getComputedStyle(document.querySelector(selector), '::after').content", TOGGLE) == "none"
    context.close()
