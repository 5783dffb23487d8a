"""The live view (begeleiden/, issue 21) in a real browser: two windows in step, every key and button,
the chime, a reload mid-step, a crafted link, the room without the begeleider's notes, axe, and the
offline edition from disk. Time is moved with Playwright's clock, never waited for."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from axe_check import assert_accessible
from conftest import until
from macros.inline import plain_text

READY = "sessie-gelijkwaardigheid"
WERKPLAAT = "gw-gegeven-ongelijkwaardigheid"  # block 6 of that plan, after the pause

# Records every tone of the chime instead of playing it (headless Chromium has no sound card).
AUDIO_STUB = """
window.__tones = 0;
window.AudioContext = class {
  constructor() { this.state = 'running'; this.currentTime = 0; this.destination = {}; }
  resume() { return Promise.resolve(); }
  createOscillator() { window.__tones += 1; return { type: '', frequency: { setValueAtTime() {} }, connect() {}, start() {}, stop() {} }; }
  createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect() {} }; }
};
"""


def open_live(context, url):
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.locator("[data-bg-app]").wait_for()
    return page, errors


def slot(page, name):
    return page.locator(f"[data-bg-slot={name}]").inner_text()


def seconds_left(page):
    minutes, seconds = slot(page, "left").split(":")
    return int(minutes) * 60 + int(seconds)


def about(page, seconds):
    """The clock shows seconds left, redrawn twice a second: the last redraw may be half a second old."""
    return abs(seconds_left(page) - seconds) <= 1


@pytest.mark.browser
def test_two_windows_stay_in_step_and_the_room_never_shows_notes(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL")
    lead, errors = open_live(context, f"{site_url}begeleiden/?klaar={READY}")
    with context.expect_page() as opened:
        lead.click("[data-bg-act=window]")
    room = opened.value
    room.locator("[data-bg-app]").wait_for()
    assert room.locator("[data-bg-lead]").count() == 0, "the begeleider's part is not in the room's window at all"
    lead.keyboard.press(" ")
    for _ in range(5):
        lead.keyboard.press("ArrowRight")
    assert slot(lead, "title") == "Gegeven ongelijkwaardigheid"
    room.locator("[data-bg-slot=title]", has_text="Gegeven ongelijkwaardigheid").wait_for()
    assert room.locator("[data-bg-slot=where]").inner_text() == slot(lead, "where")
    notes = [plain_text(note) for note in catalog.werkplaten[WERKPLAAT].begeleidersnotities]
    assert notes and notes[0] in lead.locator("[data-bg-slot=notes]").inner_text()
    shown = room.locator("body").inner_text()
    assert not [note for note in notes if note in shown], "a begeleidersnotitie reached the room"
    lead.keyboard.press("b")
    room.locator("[data-bg-blank]").wait_for(state="visible")
    assert not lead.locator("[data-bg-blank]").is_visible(), "the begeleider still sees the step"
    room.keyboard.press("b")  # a key in the room's window works too, and the begeleider follows
    lead.locator("[data-bg-act=blank][aria-pressed=false]").wait_for()
    room.close()
    lead.keyboard.press("ArrowRight")
    assert "stap 2 van" in slot(lead, "where") and errors == []
    context.close()


@pytest.mark.browser
def test_every_key_and_button_and_the_chime_that_can_be_turned_off(browser, site_url):
    context = browser.new_context(locale="nl-NL", viewport={"width": 360, "height": 740})
    context.add_init_script(AUDIO_STUB)
    page = context.new_page()
    page.clock.install()
    page.goto(f"{site_url}begeleiden/?klaar={READY}")
    page.locator("[data-bg-app]").wait_for()
    small = page.locator(".lv-bg button:visible").evaluate_all(
        "bs => bs.filter(b => b.getBoundingClientRect().height < 44 || b.getBoundingClientRect().width < 44).map(b => b.textContent)")
    assert small == [], "every control is at least 44 px at 360 px"
    assert slot(page, "left") == "15:00" and slot(page, "toggle") == "Start"
    page.keyboard.press(" ")
    assert slot(page, "toggle") == "Pauze" and "De tijd loopt" in page.locator("[data-bg-say]").inner_text()
    page.clock.run_for(60_000)
    assert about(page, 14 * 60)
    page.keyboard.press("+")
    assert about(page, 15 * 60)
    page.click("[data-bg-act=less]")
    page.keyboard.press("-")
    assert about(page, 13 * 60)
    page.click("[data-bg-act=more]")
    page.keyboard.press(" ")
    page.clock.run_for(5 * 60_000)
    assert about(page, 14 * 60) and page.locator("[data-bg-paused]").is_visible(), "a pause stops the clock"
    page.click("[data-bg-act=toggle]")
    page.clock.run_for(13 * 60_000 + 1000)
    assert "Nog één minuut" in page.locator("[data-bg-say]").inner_text()
    page.clock.run_for(60_000)
    page.locator("[data-bg-up]").wait_for(state="visible")
    assert "Tijd is om" in page.locator("[data-bg-say]").inner_text()
    assert page.evaluate("window.__tones") == 2, "the chime is two soft tones"
    page.clock.run_for(10 * 60_000)
    assert slot(page, "where") == "Blok 1 van 7", "it never moves on by itself"
    assert page.evaluate("window.__tones") == 2, "and chimes once"
    page.click("[data-bg-act=sound]")
    assert page.locator("[data-bg-act=sound]").inner_text() == "Geluid uit"
    page.keyboard.press("ArrowRight")
    assert slot(page, "where").startswith("Blok 2 van 7 ·") and slot(page, "left") == "10:00"
    assert page.locator("[data-bg-say]").inner_text() == "Kaartjes. In de groep, 10 minuten."
    page.clock.run_for(11 * 60_000)
    page.locator("[data-bg-up]").wait_for(state="visible")
    assert page.evaluate("window.__tones") == 2, "no chime when the sound is off"
    page.keyboard.press("ArrowLeft")
    page.click("[data-bg-act=next]")
    page.click("[data-bg-act=prev]")
    assert slot(page, "where") == "Blok 1 van 7"
    page.keyboard.press("?")
    page.locator("[data-bg-help]").wait_for(state="visible")
    assert page.evaluate("document.activeElement.getAttribute('data-bg-act')") == "close"
    page.keyboard.press("ArrowRight")
    assert slot(page, "where") == "Blok 1 van 7", "keys wait while the help is open"
    page.keyboard.press("Escape")
    assert page.locator("[data-bg-help]").is_hidden()
    page.click("[data-bg-act=view]")
    assert page.locator("[data-bg-lead]").is_hidden() and page.locator("[data-bg-room]").is_visible()
    page.click("[data-bg-act=view]")
    page.keyboard.press("f")
    # Full screen arrives a moment after the key (the request is a promise), or the page says why it cannot.
    until(page, "() => !!document.fullscreenElement || /scherm/.test(document.querySelector('[data-bg-say]').textContent)")
    context.close()


@pytest.mark.browser
def test_a_reload_mid_step_comes_back_with_the_time_left(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page, errors = open_live(context, f"{site_url}begeleiden/?klaar={READY}")
    for key in ["ArrowRight"] * 6 + [" ", "+", "+"]:
        page.keyboard.press(key)
    where, before = slot(page, "where"), seconds_left(page)
    assert where == "Blok 6 van 7 · stap 2 van 7" and before > 4 * 60
    page.reload()
    page.locator("[data-bg-app]").wait_for()
    assert slot(page, "where") == where
    assert 0 <= before - seconds_left(page) <= 5
    message = page.locator("[data-bg-message]").inner_text()
    assert "Je bent terug bij Gegeven ongelijkwaardigheid, stap 2 van 7" in message and "liep door" in message
    page.evaluate("localStorage.setItem('lv-begeleiden', '{kapot')")
    page.reload()
    page.locator("[data-bg-app]").wait_for()
    assert "beschadigd" in page.locator("[data-bg-message]").inner_text() and slot(page, "where") == "Blok 1 van 7"
    assert errors == []
    context.close()


@pytest.mark.browser
def test_a_crafted_link_shows_its_text_as_text(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    evil = '<img src=x onerror="document.title=1">{{ x }}'
    page, errors = open_live(context, f"{site_url}begeleiden/?v=1&b=VWconstructor&n={quote(evil)}")
    assert slot(page, "title") == evil
    assert page.locator(".lv-bg img").count() == 0 and errors == []
    assert "constructor" in page.locator("[data-bg-problems]").inner_text()
    bare = context.new_page()
    bare.goto(f"{site_url}begeleiden/")
    bare.locator("[data-bg-empty]").wait_for(state="visible")
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
def test_axe_finds_nothing_light_and_dark(browser, site_url, width):
    context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 800})
    lead, _ = open_live(context, f"{site_url}begeleiden/?klaar={READY}")
    room, _ = open_live(context, f"{site_url}begeleiden/?klaar={READY}&scherm=groep")
    lead.keyboard.press(" ")
    for page in (lead, room):
        assert_accessible(page)
    context.close()


@pytest.mark.browser
def test_the_offline_edition_runs_a_session_with_two_windows_from_disk(browser, unpacked):
    context = browser.new_context(locale="nl-NL")
    remote = []
    context.on("request", lambda request: remote.append(request.url) if request.url.startswith("http") else None)
    lead, errors = open_live(context, (unpacked / "begeleiden.html").as_uri() + f"?klaar={READY}")
    with context.expect_page() as opened:
        lead.click("[data-bg-act=window]")
    room = opened.value
    room.locator("[data-bg-app]").wait_for()
    lead.keyboard.press("ArrowRight")
    room.locator("[data-bg-slot=title]", has_text="Kaartjes").wait_for()
    planner = context.new_page()
    planner.goto((unpacked / "plannen.html").as_uri() + f"?klaar={READY}")
    href = planner.locator("[data-lv-pl-live]").get_attribute("href")
    assert href.startswith("begeleiden.html?v=1&") and f"klaar={READY}" in href
    assert errors == [] and remote == []
    context.close()


@pytest.mark.browser
def test_a_block_of_kaartjes_shows_one_card_at_a_time_in_both_windows(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL")
    lead, errors = open_live(context, f"{site_url}begeleiden/?klaar={READY}")
    room, _ = open_live(context, f"{site_url}begeleiden/?klaar={READY}&scherm=groep")
    assert lead.locator("[data-bg-cards]").is_hidden(), "no card buttons outside a block of kaartjes"
    lead.keyboard.press("ArrowRight")
    titles = [catalog.cards[card_id][2].titel for card_id in ("gw-01", "gw-05")]
    room.locator("[data-bg-slot=card-title]", has_text=titles[0]).wait_for()
    assert slot(room, "where") == "Blok 2 van 7 · kaartje 1 van 2"
    lead.click("[data-bg-act=card-next]")
    room.locator("[data-bg-slot=card-title]", has_text=titles[1]).wait_for()
    lead.click("[data-bg-act=card-next]")
    assert "laatste kaartje" in lead.locator("[data-bg-say]").inner_text()
    lead.click("[data-bg-act=card-draw]")
    room.locator("[data-bg-slot=card-title]", has_text=titles[0]).wait_for()
    lead.click("[data-bg-act=card-prev]")
    assert "eerste kaartje" in lead.locator("[data-bg-say]").inner_text() and errors == []
    context.close()


@pytest.mark.browser
def test_the_screen_stays_on_where_the_browser_can_and_says_so_where_not(browser, site_url):
    for script, said in [("", "Het scherm blijft aan"),
                         ("delete Navigator.prototype.wakeLock;", "Deze browser kan het scherm niet aan houden")]:
        context = browser.new_context(locale="nl-NL")
        # The headless shell refuses a wake lock unless it is granted, as a browser does on a low battery.
        context.grant_permissions(["screen-wake-lock"], origin=site_url)
        context.add_init_script(script or "void 0")
        page, errors = open_live(context, f"{site_url}begeleiden/?klaar={READY}")
        page.keyboard.press(" ")
        page.locator("[data-bg-slot=wake]", has_text=said).wait_for()
        assert errors == []
        context.close()


@pytest.mark.browser
def test_a_ready_plans_block_text_shows_without_markdown(browser, site_url, catalog):
    context = browser.new_context(locale="nl-NL")
    lead, errors = open_live(context, f"{site_url}begeleiden/?klaar={READY}")
    written = next(s for s in catalog.data.sessies if s.id == READY).blokken[1].tekst
    assert "*" in written, "this test needs block 2 of the ready plan to hold Markdown"
    lead.keyboard.press("ArrowRight")
    notes = lead.locator("[data-bg-slot=notes]").inner_text()
    assert plain_text(written) in notes and "*" not in notes and errors == []
    context.close()


@pytest.mark.browser
def test_axe_finds_nothing_in_full_screen_light_and_dark(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    room, errors = open_live(context, f"{site_url}begeleiden/?klaar={READY}&scherm=groep")
    # Headless Chromium grants a real full screen on a key press, so the page's own F key is tested.
    room.keyboard.press("f")
    room.wait_for_function("() => !!document.fullscreenElement")
    assert_accessible(room, "full screen")
    assert errors == []
    context.close()


@pytest.mark.browser
def test_the_room_chimes_itself_only_when_the_begeleiders_window_is_closed(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    context.add_init_script(AUDIO_STUB)
    context.clock.install()
    lead, errors = open_live(context, f"{site_url}begeleiden/?klaar={READY}")
    room, _ = open_live(context, f"{site_url}begeleiden/?klaar={READY}&scherm=groep")
    lead.keyboard.press(" ")
    room.locator("[data-bg-slot=toggle]", has_text="Pauze").wait_for(state="attached")
    context.clock.run_for(16 * 60_000)
    lead.locator("[data-bg-up]").wait_for(state="visible")
    room.locator("[data-bg-up]").wait_for(state="visible")
    assert lead.evaluate("window.__tones") == 2 and room.evaluate("window.__tones") == 0, "one laptop chimes once"
    lead.keyboard.press("ArrowRight")  # the next step starts running at once
    room.locator("[data-bg-slot=where]", has_text="Blok 2 van 7").wait_for()
    lead.close()
    # The browser lets go of the begeleider's lock a moment after the window closes; the room asks for it
    # when the step ends, so the step may only end once the lock is gone.
    until(room, "async () => (await navigator.locks.query()).held.length === 0")
    context.clock.run_for(11 * 60_000)
    room.locator("[data-bg-up]").wait_for(state="visible")
    until(room, "() => window.__tones >= 2")
    assert room.evaluate("window.__tones") == 2 and errors == []
    context.close()
