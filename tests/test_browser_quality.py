"""The real site in a real browser: accessibility (axe-core), privacy, keyboard use and small screens."""
from __future__ import annotations

import pytest

from axe_check import violations_in_both_schemes
from conftest import site_pages

pytestmark = pytest.mark.browser

# A filled-in selection page too: its content only exists after the script has run.
SELECTION = "selectie/?m=keten&k=kt-01,kt-02&o=kt-o1&w=kt-omgangsregels&d=2026-12-03&t=14:00"


def test_every_page_has_no_axe_violations_light_and_dark(browser, real_site, site_url):
    context = browser.new_context(color_scheme="light", locale="nl-NL")
    page = context.new_page()
    failures = {}
    for path in site_pages(real_site, sample_generated=True) + [SELECTION]:
        page.goto(site_url + path)
        # The whole course in one page: the same content as the module pages, and slow to check twice.
        found = violations_in_both_schemes(page, other_scheme=path != "print_page/")
        if found:
            failures[path] = found
    context.close()
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


# Grey text that only one scheme's background makes too faint: #595959 is 7:1 on white and too dark on slate,
# #b0b0b0 the other way round. The helper must name each one under its own scheme, and nothing else.
FAINT = """() => { for (const [id, colour] of [["lv-dark-only", "#595959"], ["lv-light-only", "#b0b0b0"]]) {
    const p = document.createElement("p"); p.id = id; p.textContent = "Te vage tekst voor de test.";
    p.style.color = colour; document.querySelector(".md-content").prepend(p); } }"""


def test_the_axe_check_finds_faint_text_in_the_scheme_where_it_is_faint(browser, site_url):
    context = browser.new_context(color_scheme="light", locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + "kaartjes/wv-01/")
    assert violations_in_both_schemes(page) == ""
    page.evaluate(FAINT)
    found = violations_in_both_schemes(page).splitlines()
    context.close()
    assert [line.split(" -> ")[0] for line in found] == [
        "[default] color-contrast (serious): Elements must meet minimum color contrast ratio thresholds",
        "[slate] color-contrast (serious): Elements must meet minimum color contrast ratio thresholds"]
    assert found[0].endswith("#lv-light-only") and found[1].endswith("#lv-dark-only")


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
