"""'Dit ga ik doen' in a real browser: choose an agreement under a doekaartje, reload, find it first in
the notebook, download the .ics and parse it, crafted texts stay text, and axe at 360 px light and dark."""
from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from axe_check import violations_in_both_schemes

pytestmark = pytest.mark.browser

MODULE = "modules/wat-is-vertrouwen/"
NOTEBOOK = "mijn-antwoorden/"
CRAFTED = "<img src=x onerror=alert(1)> Ik bel Sanne, echt; \"nu\" 🙂 {{ titel }}"


def doe_card(catalog):
    return next(c for d in catalog.decks_of("wat-is-vertrouwen") for c in d.kaarten if c.soort == "doe")


def agree(page, card, text=None, day=None):
    """Opens 'Dit ga ik doen' under the card, chooses, and saves."""
    item = page.locator(f"#kaart-{card.id}")
    item.locator(".lv-agreement__toggle").click()
    if text is not None:
        item.get_by_label("Mijn eigen zin", exact=True).fill(text)
    if day is not None:
        item.get_by_label("Datum van je afspraak").fill(day)
    item.get_by_role("button", name="Bewaar mijn afspraak").click()
    item.locator(".lv-agreement__status").filter(has_text="staat in Mijn antwoorden").wait_for()
    return item


def stored(page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('lv-antwoorden')"))["antwoorden"]


def test_choose_reload_and_find_it_first_in_the_notebook(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + MODULE)
    card = doe_card(catalog)
    # An answer first, so the agreement has something to come before.
    denk = next(c for d in catalog.decks_of("wat-is-vertrouwen") for c in d.kaarten if c.soort == "denk")
    page.locator(f"#kaart-{denk.id} .lv-answer__toggle").click()
    page.locator(f"#kaart-{denk.id} textarea").fill("Een antwoord.")
    page.locator(f"#kaart-{denk.id} .lv-answer__status").filter(has_text="Bewaard").wait_for()
    agree(page, card)
    entry = stored(page)[f"afspraak-{card.id}"]
    assert entry["soort"] == "afspraak" and entry["titel"] == card.titel and entry["wanneer"]
    day = dt.date.fromisoformat(entry["wanneer"])
    assert 0 <= (day - dt.date.today()).days <= 5, "this week: by Friday"
    page.reload()
    toggle = page.locator(f"#kaart-{card.id} .lv-agreement__toggle")
    assert toggle.inner_text() == "Je afspraak", "the button says the card has an agreement on this device"
    toggle.click()
    assert "staat in Mijn antwoorden" in page.locator(f"#kaart-{card.id} .lv-agreement__status").inner_text()
    page.goto(site_url + NOTEBOOK)
    first = page.locator("[data-lv-nb-list] > *").first
    assert first.inner_text() == "Dit ga ik doen"
    item = page.locator(".lv-notebook__item").first
    assert entry["antwoord"] in item.inner_text() and "Afgesproken voor" in item.inner_text()
    assert item.locator(".lv-notebook__link").get_attribute("href").endswith(f"#kaart-{card.id}")
    context.close()


def test_download_the_ics_and_parse_it_and_crafted_text_stays_text(browser, site_url, catalog, tmp_path):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    page.goto(site_url + MODULE)
    card = doe_card(catalog)
    item = agree(page, card, text=CRAFTED, day="2026-12-30")
    assert page.locator("img[src=x]").count() == 0
    assert CRAFTED in item.locator(".lv-agreement__status").inner_text()
    for name, days in [("Zet in mijn agenda", ["2026-12-30"]),
                       ("Herinner me na 1, 3 en 6 weken", ["2027-01-06", "2027-01-20", "2027-02-10"])]:
        with page.expect_download() as download:
            item.get_by_role("button", name=name).click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        assert path.name == f"afspraak-afspraak-{card.id}.ics"
        raw = path.read_bytes()
        assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
        events = icalendar.Calendar.from_ical(raw.decode("utf-8")).walk("VEVENT")
        assert [e.decoded("DTSTART") for e in events] == [dt.date.fromisoformat(d) for d in days]
        for event in events:
            assert str(event["SUMMARY"]) == "Dit ga ik doen: " + CRAFTED
            assert str(event["URL"]).endswith(f"/{MODULE}#kaart-{card.id}")
            assert event.walk("VALARM")
    page.goto(site_url + NOTEBOOK)
    assert page.locator("img[src=x]").count() == 0
    assert CRAFTED in page.locator(".lv-notebook__item").first.inner_text()
    context.close()


def test_no_axe_violations_at_360_pixels_light_and_dark(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site_url + MODULE)
    card = doe_card(catalog)
    agree(page, card, text="Ik vraag Sanne om feedback.")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    failures = {}
    for path in [MODULE, NOTEBOOK]:
        if path == NOTEBOOK:
            page.goto(site_url + NOTEBOOK)
        found = violations_in_both_schemes(page)
        if found:
            failures[path] = found
    context.close()
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_a_button_follows_an_agreement_saved_or_wiped_in_another_tab(browser, site_url, catalog):
    from playwright.sync_api import expect

    context = browser.new_context(locale="nl-NL")
    one, two = context.new_page(), context.new_page()
    for page in (one, two):
        page.goto(site_url + MODULE)
        page.locator("body[data-lv-afspraken-klaar]").wait_for(state="attached")
    card = doe_card(catalog)
    there = two.locator(f"#kaart-{card.id} .lv-agreement__toggle")
    assert there.inner_text() == "Dit ga ik doen"
    item = agree(one, card)
    expect(there).to_have_text("Je afspraak")
    # In the tab that saved it too, once its panel is closed; an open panel keeps its button as it is.
    here = item.locator(".lv-agreement__toggle")
    assert here.inner_text() == "Dit ga ik doen"
    here.click()
    expect(here).to_have_text("Je afspraak")
    # Wiped in one tab (as "Alles wissen" does): the other tab's button asks again.
    one.evaluate("() => localStorage.removeItem('lv-antwoorden')")
    expect(there).to_have_text("Dit ga ik doen")
    context.close()
