"""The loop closed in a real browser (issue 22, parts 4 to 6): at the next meeting the participant's own page
shows their own agreements in the look back, and nothing else from their notebook; crafted agreement texts
stay text; the room's view shows only the question; "Dit ga ik doen" in the closing block lands in the
notebook and comes back in the look back; the week's card comes from the session's own cards; the
begeleider's follow-up message and the next meeting's .ics; axe in light and dark at 360 px."""
from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from axe_check import violations_in_both_schemes
from macros.inline import plain_text

pytestmark = pytest.mark.browser

READY = "traject-wijkteam-2"  # the second meeting of a traject: it opens with the look back
GROUP = f"bijeenkomst/?klaar={READY}"
CRAFTED = "<img src=x onerror=\"window.__pwned=1\"> Ik bel Sanne; {{ x }} & \"nu\" 🙂"
PRIVATE = "Mijn geheime antwoord op een vraag"


def entry(entry_id, soort, antwoord, **extra):
    return {"id": entry_id, "soort": soort, "module": "gelijkwaardigheid", "titel": "Een titel", "vraag": "Een vraag",
            "antwoord": antwoord, "gewijzigd": "2026-11-18T10:00:00.000Z", **extra}


def notebook(*entries):
    return {"formaat": 1, "antwoorden": {item["id"]: item for item in entries}}


def two_agreements_and_others():
    return notebook(entry("afspraak-gw-02", "afspraak", "Ik vraag Ahmed wat hij zelf wil.", wanneer="2026-11-20"),
                    entry("afspraak-ds-07", "afspraak", CRAFTED, wanneer="2026-11-27"),
                    entry("gw-o5", "vraag", PRIVATE),
                    entry("gw-01", "kaartje", "Mijn antwoord op een denkkaartje"))


def open_group(browser, site_url, stored, **options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url + "mijn-antwoorden/")
    if stored is not None:
        page.evaluate("nb => localStorage.setItem('lv-antwoorden', JSON.stringify(nb))", stored)
    page.goto(site_url + GROUP)
    page.locator(".lv-pl-sheet").wait_for()
    return context, page, errors


def look_back(page):
    return page.locator(".lv-pl-sheet__block", has=page.locator(".lv-lookback"))


def stored(page) -> dict:
    return json.loads(page.evaluate("localStorage.getItem('lv-antwoorden')"))["antwoorden"]


def test_the_look_back_shows_the_own_agreements_and_nothing_else(browser, site_url):
    context, page, errors = open_group(browser, site_url, two_agreements_and_others())
    block = look_back(page)
    assert block.locator("h3").inner_text().endswith("Terugblik op de afspraken")
    items = block.locator(".lv-lookback__item")
    assert items.count() == 2
    texts = [items.nth(i).locator("strong").inner_text() for i in range(2)]
    assert texts == [CRAFTED + ".", "Ik vraag Ahmed wat hij zelf wil."], "both agreements, the latest day first"
    shown = block.inner_text()
    assert PRIVATE not in shown and "denkkaartje" not in shown, "an answer of another kind is not an agreement"
    assert "vrijdag 27 november 2026" in items.first.inner_text() and "Wat deed je? Wat merkte je?" in items.first.inner_text()
    # Crafted text stays text: no element made from it, no script run, the braces as typed.
    assert page.locator("img[src=x]").count() == 0 and page.evaluate("window.__pwned") is None
    # Each agreement has its own answer field, and the answer lands in the notebook.
    items.nth(1).locator(".lv-answer__toggle").click()
    items.nth(1).locator("textarea").fill("Ik vroeg het, en Ahmed wist precies wat hij wilde.")
    items.nth(1).locator(".lv-answer__status").filter(has_text="Bewaard").wait_for()
    answer = stored(page)["terugblik-afspraak-gw-02-20261120"]
    assert answer["soort"] == "vraag" and "Ik vraag Ahmed wat hij zelf wil." in answer["vraag"]
    page.reload()
    assert look_back(page).locator("textarea").nth(1).input_value().startswith("Ik vroeg het")
    assert errors == []
    context.close()


def test_without_an_agreement_a_kind_line_and_a_field_of_its_own(browser, site_url, catalog):
    context, page, errors = open_group(browser, site_url, notebook(entry("gw-o5", "vraag", PRIVATE)))
    block = look_back(page)
    assert block.locator(".lv-lookback__item strong").count() == 0
    assert not block.locator(".lv-lookback__intro").is_visible(), "no 'here are your agreements' above none"
    assert plain_text(catalog.data.terugblik.leeg) in block.locator(".lv-lookback__empty").inner_text()
    assert block.locator(".lv-lookback__empty .lv-answer__toggle").count() == 1
    assert PRIVATE not in block.inner_text()
    assert errors == []
    context.close()


def test_the_room_sees_the_question_and_never_an_agreement(browser, site_url, catalog):
    context, page, _ = open_group(browser, site_url, two_agreements_and_others())
    lead = context.new_page()
    lead.goto(f"{site_url}begeleiden/?klaar={READY}")
    lead.locator("[data-bg-app]").wait_for()
    with context.expect_page() as opened:
        lead.click("[data-bg-act=window]")
    room = opened.value
    room.locator("[data-bg-app]").wait_for()
    lead.keyboard.press("ArrowRight")  # block 2, step 1: the look back
    room.locator("[data-bg-slot=title]", has_text="Terugblik op de afspraken").wait_for()
    assert plain_text(catalog.data.terugblik.openingsvraag) in room.locator("[data-bg-slot=lines]").inner_text()
    assert room.locator("[data-bg-slot=form]").inner_text() == "Alleen"
    for view in (room, lead):
        text = view.locator("body").inner_text()
        assert "Ahmed" not in text and "Sanne" not in text and PRIVATE not in text
    context.close()


def test_dit_ga_ik_doen_in_the_closing_block_comes_back_in_the_look_back(browser, site_url, catalog, tmp_path):
    context, page, errors = open_group(browser, site_url, None, accept_downloads=True)
    closing = page.locator(".lv-pl-sheet__block").last
    assert "Afsluiting" in closing.locator("h3").inner_text()
    cards = closing.locator(".lv-pl-sheet__agreement article.lv-card--doe")
    modules = {"gelijkwaardigheid", "deskundigheid"}
    expected = [c.id for d in catalog.data.kaartensets if d.module in modules for c in d.kaarten if c.soort == "doe"]
    assert sorted(cards.evaluate_all("nodes => nodes.map(n => n.id.slice(6))")) == sorted(expected)
    # The doekaartjes of whole modules are many, so they come folded, and open with one tap.
    summary = closing.locator(".lv-pl-sheet__choose summary")
    assert summary.inner_text() == f"Toon de doekaartjes ({len(expected)})" and not cards.first.is_visible()
    summary.click()
    card = cards.first
    card.locator(".lv-agreement__toggle").click()
    card.get_by_label("Mijn eigen zin", exact=True).fill("Ik vraag morgen wat de ander beter weet.")
    card.get_by_role("button", name="Bewaar mijn afspraak").click()
    card.locator(".lv-agreement__status").filter(has_text="staat in Mijn antwoorden").wait_for()
    # The calendar's link goes to the card's own page: this page's address is a plan, not a place to come back to.
    with page.expect_download() as download:
        card.get_by_role("button", name="Zet in mijn agenda").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    [event] = icalendar.Calendar.from_ical(path.read_bytes().decode("utf-8")).walk("VEVENT")
    card_id = card.get_attribute("id").removeprefix("kaart-")
    assert str(event["URL"]) == f"{site_url}kaartjes/{card_id}/"
    page.reload()
    assert look_back(page).locator(".lv-lookback__item strong").all_inner_texts() == ["Ik vraag morgen wat de ander beter weet."]
    assert errors == []
    context.close()


def test_the_weeks_card_comes_from_the_sessions_own_cards(browser, site_url, catalog):
    context, page, _ = open_group(browser, site_url, None)
    box = page.locator(".lv-pl-sheet .lv-weekcard")
    week = dt.date.today().isocalendar().week
    assert box.locator(".lv-weekcard__label").inner_text() == f"Kaartje van week {week}"
    session = catalog.sessions[READY]
    own = [card for block in session.blokken if block.soort == "kaartjes" for card in block.kaarten]
    # The same rule as kaartje-week.js: whole weeks since Monday 5 January 1970, modulo the number of cards.
    index = (dt.date.today() - dt.date(1970, 1, 5)).days // 7 % len(own)
    chosen = catalog.cards[own[index]][2]
    assert box.locator("a").inner_text() == chosen.titel
    assert box.locator("a").get_attribute("href").endswith(f"kaartjes/{chosen.id}/")
    context.close()


def test_the_follow_up_message_and_the_next_meeting_in_the_calendar(browser, site_url, catalog, tmp_path):
    context = browser.new_context(locale="nl-NL", accept_downloads=True,
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{site_url}plannen/?klaar={READY}")
    page.fill("#lv-pl-naam", "Anna")
    page.dispatch_event("#lv-pl-naam", "change")
    page.fill("#lv-pl-volgende-tijd", "13:30")
    page.dispatch_event("#lv-pl-volgende-tijd", "change")
    page.get_by_role("button", name="Zet de volgende bijeenkomst in je agenda (.ics)").click()
    page.locator("[data-lv-pl-next-status]", has_text="Vul eerst de datum").wait_for()
    page.fill("#lv-pl-volgende-datum", "2027-01-12")
    page.dispatch_event("#lv-pl-volgende-datum", "change")
    text = page.input_value("#lv-pl-nabericht")
    prompt = plain_text(next(p.tekst for ps in catalog.prompts.values() for p in ps if p.id == "gw-o5"))
    assert f"- {prompt}" in text
    doe = [c.titel for d in catalog.data.kaartensets if d.module in {"gelijkwaardigheid", "deskundigheid"}
           for c in d.kaarten if c.soort == "doe"]
    assert all(f"- {title}" in text for title in doe)
    assert "De volgende bijeenkomst is op dinsdag 12 januari 2027 om 13:30." in text
    assert page.input_value("#lv-pl-link") in text and text.endswith("Anna")
    query = parse_qs(urlsplit(page.url).query)
    assert query["vd"] == ["2027-01-12"] and query["vt"] == ["1330"], "the next meeting stays in the plan's link"
    page.get_by_role("button", name="Kopieer het bericht").click()
    page.locator(".lv-copy__status", has_text="Plak het bericht").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == text
    with page.expect_download() as download:
        page.get_by_role("button", name="Zet de volgende bijeenkomst in je agenda (.ics)").click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == "bijeenkomst-2027-01-12.ics"
    [event] = icalendar.Calendar.from_ical(path.read_bytes().decode("utf-8")).walk("VEVENT")
    assert event.decoded("DTSTART") == dt.datetime(2027, 1, 12, 13, 30)
    assert event.decoded("DTEND") == dt.datetime(2027, 1, 12, 15, 30)
    assert str(event["SUMMARY"]) == "Bijeenkomst: " + catalog.sessions[READY].titel
    assert str(event["URL"]) == page.input_value("#lv-pl-link")
    page.reload()
    assert page.input_value("#lv-pl-volgende-datum") == "2027-01-12"
    context.close()


def test_no_axe_violations_at_360_pixels_light_and_dark(browser, site_url):
    context, page, _ = open_group(browser, site_url, two_agreements_and_others(), color_scheme="light",
                                  viewport={"width": 360, "height": 740})
    failures = {}
    for path in [GROUP, f"plannen/?klaar={READY}&vd=2027-01-12"]:
        if path != GROUP:
            page.goto(site_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
        found = violations_in_both_schemes(page)
        if found:
            failures[path] = found
    context.close()
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_the_prints_have_the_steps_for_the_begeleider_and_no_agreement_from_this_device(browser, site_url, catalog):
    # The begeleider's own browser holds agreements too: the group's paper must never carry them.
    context, page, _ = open_group(browser, site_url, two_agreements_and_others())
    page.goto(f"{site_url}plannen/?klaar={READY}")
    page.evaluate("window.print = () => {}")
    look_back_item = catalog.data.terugblik
    page.click("[data-lv-pl-print=begeleider]")
    trainer = page.locator(".lv-pl-paper .lv-lookback-plan")
    assert trainer.count() == 1
    steps = trainer.locator(".lv-werkplaat__steps li").all_inner_texts()
    assert [text.split(" minuten")[0] for text in steps] == [s.label.split(" minuten")[0] for s in look_back_item.stappen]
    assert trainer.locator("details").get_attribute("open") is not None, "the notes are open on paper"
    assert plain_text(look_back_item.begeleidersnotities[0]) in trainer.inner_text()
    page.click("[data-lv-pl-print=deelnemers]")
    paper = page.locator(".lv-pl-paper").inner_text()
    assert plain_text(look_back_item.vraag) in paper
    assert "Ahmed" not in paper and "Sanne" not in paper and page.locator(".lv-pl-paper .lv-lookback__item").count() == 0
    context.close()


def test_a_full_notebook_shows_the_latest_agreements_and_counts_the_rest(browser, site_url):
    many = [entry(f"afspraak-zz-{n:02d}", "afspraak", f"Afspraak nummer {n}.", wanneer=f"2026-11-{n:02d}") for n in range(1, 15)]
    context, page, errors = open_group(browser, site_url, notebook(*many))
    block = look_back(page)
    shown = block.locator(".lv-lookback__item strong").all_inner_texts()
    assert shown == [f"Afspraak nummer {n}." for n in range(14, 2, -1)], "the twelve latest, the latest first"
    assert block.locator(".lv-lookback__more").inner_text() == "Je hebt nog 2 oudere afspraken. Die staan in Mijn antwoorden."
    assert errors == []
    context.close()
