"""The card filter on kaartjes/ speaks in full sentences (docs/assets/js/kaartfilter.js): how many
kaartjes you see, what to do when a choice leaves none, and, when the filter cannot start, that every
kaartje is still there, without the advice about links that the link tools give."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser


def test_the_status_says_how_many_kaartjes_you_see(page, site_url, real_site):
    page.goto(site_url + "kaartjes/")
    status = page.locator(".lv-filter__status")
    total = page.locator(".lv-card").count()
    assert status.inner_text() == f"Je ziet alle {total} kaartjes."
    # Without JavaScript the build's sentence stands there: the same words.
    built = (real_site / "kaartjes/index.html").read_text(encoding="utf-8")
    assert f">Je ziet alle {total} kaartjes.</p>" in built
    assert page.get_by_label("Alle soorten").is_checked()
    page.get_by_label("Doekaartjes").check()
    shown = page.locator(".lv-card:visible").count()
    assert 0 < shown < total
    assert status.inner_text() == f"Je ziet {shown} van de {total} kaartjes."
    page.get_by_label("Alle soorten").check()
    assert status.inner_text() == f"Je ziet alle {total} kaartjes."


def test_a_choice_without_kaartjes_says_what_to_do(page, site_url):
    page.goto(site_url + "kaartjes/")
    page.locator(".lv-filter").wait_for()
    # No module has a kind that no card has, so the test makes one: every doekaartje of this module gets another kind.
    page.evaluate("""() => { const module = document.querySelector('#lv-filter-module option:nth-child(2)').value;
        document.querySelectorAll(`.lv-card[data-module="${module}"][data-soort="doe"]`).forEach(c => c.dataset.soort = 'x');
        return module; }""")
    page.get_by_label("Doekaartjes").check()
    page.select_option("#lv-filter-module", index=1)
    assert page.locator(".lv-card:visible").count() == 0
    assert page.locator(".lv-filter__status").inner_text() == \
        "Bij deze keuze hoort geen enkel kaartje. Kies een andere soort of een andere module."


def test_a_broken_filter_says_so_and_keeps_every_kaartje(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()

    def without_status(route):
        # A page whose status line is missing: the filter cannot start.
        response = route.fetch()
        body = re.sub(r'<p class="lv-filter__status"[^>]*>.*?</p>', "", response.text(), flags=re.S)
        route.fulfill(response=response, body=body)

    page.route(re.compile(r".*/kaartjes/(index\.html)?$"), without_status)
    page.goto(site_url + "kaartjes/")
    notice = page.locator("[data-lv-broken]")
    notice.wait_for()
    assert notice.inner_text().split("\n")[0] == "Het filter werkt niet"
    assert "Je ziet daarom alle kaartjes onder elkaar." in notice.inner_text()
    assert "link" not in notice.inner_text().lower()
    assert page.locator(".lv-card:visible").count() == page.locator(".lv-card").count() > 50
    context.close()
