"""The agreement form comes only on "Dit ga ik doen", the calendar writer only on "Zet in mijn agenda"
(docs/assets/js/later/, lv/later.js): not in a module page's first view, fetched once, from disk too, and a
file that does not arrive gives a Dutch message, keeps the agreement, and the next click tries again."""
from __future__ import annotations

import pytest

from test_browser_afspraak import MODULE, agree, doe_card

pytestmark = pytest.mark.browser

LATE = "assets/bundles/agenda.js"
FORM = "assets/bundles/afspraak-formulier.js"


def test_the_calendar_writer_comes_on_the_click_once(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(site_url + MODULE, wait_until="load")
    page.wait_for_load_state("networkidle")
    assert [url for url in asked if url.endswith((LATE, FORM))] == []
    item = agree(page, doe_card(catalog))
    for name in ["Zet in mijn agenda", "Herinner me na 1, 3 en 6 weken"]:
        with page.expect_download() as download:
            item.get_by_role("button", name=name).click()
        assert download.value.suggested_filename.endswith(".ics")
    assert len([url for url in asked if url.endswith(LATE)]) == 1
    other = page.locator("article.lv-card--doe[id^='kaart-']").nth(1)
    other.locator(".lv-agreement__toggle").click()
    other.get_by_role("button", name="Bewaar mijn afspraak").wait_for()
    assert len([url for url in asked if url.endswith(FORM)]) == 1, "the form is fetched once for every card"
    context.close()


def test_a_form_that_does_not_arrive_says_so_and_the_next_click_tries_again(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.route("**/" + FORM, lambda route: route.abort())
    page.goto(site_url + MODULE)
    item = page.locator(f"#kaart-{doe_card(catalog).id}")
    toggle = item.locator(".lv-agreement__toggle")
    toggle.click()
    status = item.locator(".lv-agreement__status")
    status.filter(has_text="kon niet laden").wait_for()
    assert toggle.get_attribute("aria-expanded") == "true" and status.is_visible()
    page.unroute("**/" + FORM)
    toggle.click()
    item.get_by_role("button", name="Bewaar mijn afspraak").wait_for()
    assert item.locator(".lv-agreement__status").inner_text() == "" and toggle.get_attribute("aria-expanded") == "true"
    context.close()


def test_a_calendar_writer_that_does_not_arrive_says_so_and_the_next_click_tries_again(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    page.goto(site_url + MODULE)
    card = doe_card(catalog)
    item = agree(page, card)
    page.route("**/" + LATE, lambda route: route.abort())
    item.get_by_role("button", name="Zet in mijn agenda").click()
    status = item.locator(".lv-agreement__status")
    status.filter(has_text="Het lukte niet").wait_for()
    assert status.inner_text() == ("Het lukte niet om je agendabestand te maken. Je afspraak is wel bewaard. "
                                   "Laad de pagina opnieuw en probeer het nog eens.")
    assert f"afspraak-{card.id}" in page.evaluate("localStorage.getItem('lv-antwoorden')")
    page.unroute("**/" + LATE)
    with page.expect_download() as download:
        item.get_by_role("button", name="Zet in mijn agenda").click()
    assert download.value.suggested_filename == f"afspraak-afspraak-{card.id}.ics"
    context.close()


def test_the_calendar_file_is_made_from_disk_too(browser, unpacked, catalog):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    page.goto((unpacked / "modules/wat-is-vertrouwen.html").as_uri())
    item = agree(page, doe_card(catalog))
    with page.expect_download() as download:
        item.get_by_role("button", name="Zet in mijn agenda").click()
    assert download.value.suggested_filename.endswith(".ics")
    context.close()
