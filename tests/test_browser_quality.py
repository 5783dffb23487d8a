"""The real site in a real browser: accessibility (axe-core), privacy, keyboard use and small screens."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import site_pages

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} -> "
                     + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                                 for n in v["nodes"][:3])
                     for v in violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_no_axe_violations(browser, real_site, site_url, scheme):
    axe = Axe()
    context = browser.new_context(color_scheme=scheme, locale="nl-NL")
    page = context.new_page()
    failures = {}
    # A filled-in selection page too: its content only exists after the script has run.
    selection = "selectie/?m=keten&k=kt-01,kt-02&o=kt-o1&w=kt-omgangsregels&d=2026-12-03&t=14:00"
    for path in site_pages(real_site, sample_generated=True) + [selection]:
        if path == "print_page/" and scheme == "dark":
            continue  # the whole course in one page: the same content as the module pages, and slow to check
        page.goto(site_url + path)
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                        "resultTypes": ["violations"]})
        violations = result.response["violations"]
        if violations:
            failures[path] = describe(violations)
    context.close()
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_no_request_leaves_the_site_and_no_cookies_or_console_errors(browser, real_site, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    foreign, errors = [], []
    page.on("request", lambda request: None if request.url.startswith((site_url, "data:", "blob:"))
            else foreign.append(request.url))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in site_pages(real_site, sample_generated=True):
        page.goto(site_url + path, wait_until="networkidle")
    cookies = context.cookies()
    context.close()
    assert foreign == []
    assert cookies == []
    # The 404 page is requested on purpose once above; its own load is not a console error of ours.
    assert [e for e in errors if "404" not in e] == []


def test_keyboard_reaches_skip_link_and_card_filter(page, site_url):
    page.goto(site_url + "kaartjes/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className + ' ' + document.activeElement.textContent")
    assert "md-skip" in focused
    # The filter is reachable by Tab and works with the arrow keys, without a mouse.
    total = page.locator(".lv-card:visible").count()
    page.focus("input[name=soort][value='']")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.value") == "denk"
    shown = page.locator(".lv-card:visible").count()
    assert 0 < shown < total
    assert page.locator(".lv-filter__status").inner_text() == f"Je ziet {shown} van de {total} kaartjes."
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused control must show a visible focus"


def test_module_filter_shows_only_that_module(page, site_url, catalog):
    page.goto(site_url + "kaartjes/")
    module = catalog.data.modules[0]
    page.select_option("#lv-filter-module", module.id)
    expected = sum(len(deck.kaarten) for deck in catalog.decks_of(module.id))
    assert page.locator(".lv-card:visible").count() == expected


@pytest.mark.parametrize("path", ["", "modules/geven-en-ontvangen/", "kaartjes/", "kaartjes/wv-01/",
                                  "kaartensets/tv/print/", "uitnodigen/", "trainers/"])
def test_nothing_overflows_sideways_on_a_phone(browser, site_url, path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 360
