"""My answers in two tabs of one browser (issue 18, finding 2): real storage events between pages of
one context. An idle field follows the other tab, a field being typed in asks before either text is
lost, an empty field never replaces an answer written elsewhere, and "Alles wissen" is not undone
by the next keystroke in another tab."""
from __future__ import annotations

import pytest

from test_browser_answers import MODULE, NOTEBOOK, answer, stored
from test_browser_answers_attack import PROMPT, entry, put, status

pytestmark = pytest.mark.browser

# The field's save waits 400 ms after the last keystroke. On a page with this script it waits a minute,
# so the test can act in another tab while this one is still "being typed in"; leaving the field saves.
SLOW_TYPING = """(() => { const later = window.setTimeout;
  window.setTimeout = (fn, ms, ...rest) => later(fn, ms === 400 ? 60000 : ms, ...rest); })();"""


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="nl-NL")
    yield context
    context.close()



def test_an_empty_field_in_a_second_tab_follows_and_never_replaces_a_long_answer(context, site_url):
    first, second = context.new_page(), context.new_page()
    second.goto(site_url + MODULE)
    first.goto(site_url + MODULE)
    long = "Een lang antwoord over mijn eerste teamleider. " * 20
    answer(first, PROMPT, long)
    field = second.locator(f"{PROMPT} textarea")
    field.wait_for()
    assert field.input_value() == long, "the idle field in the other tab follows"
    status(second).filter(has_text="ander venster").wait_for()
    field.focus()
    second.keyboard.press("End")
    second.keyboard.type(" Nog iets.")
    status(second).filter(has_text="Bewaard op dit apparaat").wait_for()
    assert stored(second)["wv-o1"]["antwoord"] == long + " Nog iets."


def test_an_answer_being_typed_asks_before_either_text_is_lost(context, site_url):
    first, second = context.new_page(), context.new_page()
    second.add_init_script(SLOW_TYPING)
    second.goto(site_url + MODULE)
    first.goto(site_url + MODULE)
    second.locator(f"{PROMPT} .lv-answer__toggle").click()
    second.locator(f"{PROMPT} textarea").fill("Mijn tekst in het tweede venster.")
    second.locator(f"{PROMPT} textarea").press("End")
    answer(first, PROMPT, "De tekst uit het eerste venster.")
    notice = status(second).filter(has_text="in een ander venster veranderd")
    notice.wait_for()
    assert notice.get_attribute("aria-live") == "polite"
    conflict = second.locator(f"{PROMPT} .lv-answer__conflict")
    assert "De tekst uit het eerste venster." in conflict.inner_text()
    second.keyboard.type(" En meer.")
    second.locator(f"{PROMPT} textarea").blur()
    status(second).filter(has_text="Kies eerst").wait_for()
    assert stored(second)["wv-o1"]["antwoord"] == "De tekst uit het eerste venster.", "nothing is written before the choice"
    assert second.locator(f"{PROMPT} textarea").input_value() == "Mijn tekst in het tweede venster. En meer."
    conflict.get_by_role("button", name="Houd mijn tekst").click()
    assert stored(second)["wv-o1"]["antwoord"] == "Mijn tekst in het tweede venster. En meer."
    status(first).filter(has_text="Bijgewerkt vanuit een ander venster").wait_for()
    assert first.locator(f"{PROMPT} textarea").input_value() == "Mijn tekst in het tweede venster. En meer."


def test_after_alles_wissen_elsewhere_the_old_answer_is_not_written_back(context, site_url):
    module, notebook = context.new_page(), context.new_page()
    module.goto(site_url + MODULE)
    answer(module, PROMPT, "Mijn oude antwoord.")
    notebook.goto(site_url + NOTEBOOK)
    notebook.click("[data-lv-nb=wipe]")
    notebook.click("[data-lv-nb=wipe-yes]")
    status(module).filter(has_text="gewist").wait_for()
    field = module.locator(f"{PROMPT} textarea")
    assert field.input_value() == "", "the idle field clears with the wipe"
    field.focus()
    module.keyboard.press("End")
    module.keyboard.type("Nieuw begin.")
    status(module).filter(has_text="Bewaard op dit apparaat").wait_for()
    assert stored(module)["wv-o1"]["antwoord"] == "Nieuw begin."


def test_a_wipe_elsewhere_while_typing_asks_and_writes_nothing_until_then(context, site_url):
    module, notebook = context.new_page(), context.new_page()
    module.add_init_script(SLOW_TYPING)
    module.goto(site_url + MODULE)
    put(module, {"wv-o1": entry("wv-o1", "Bewaard antwoord.")})
    module.reload()
    module.locator(f"{PROMPT} textarea").fill("Bewaard antwoord, en nog wat.")
    notebook.goto(site_url + NOTEBOOK)
    notebook.click("[data-lv-nb=wipe]")
    notebook.click("[data-lv-nb=wipe-yes]")
    status(module).filter(has_text="in een ander venster gewist").wait_for()
    module.locator(f"{PROMPT} textarea").blur()
    assert stored(module) == {}, "the wipe holds until the reader chooses"
    module.get_by_role("button", name="Bewaar mijn tekst toch").click()
    assert stored(module)["wv-o1"]["antwoord"] == "Bewaard antwoord, en nog wat."


def test_without_the_storage_event_an_empty_field_still_never_replaces_an_answer(context, site_url):
    """Even when a tab misses the event (asleep, or a browser that drops it), a save compares first."""
    first, second = context.new_page(), context.new_page()
    second.add_init_script("window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true);")
    second.goto(site_url + MODULE)
    first.goto(site_url + MODULE)
    answer(first, PROMPT, "Een lang antwoord dat in het eerste venster staat.")
    assert second.locator(f"{PROMPT} textarea").input_value() == "", "this tab heard nothing"
    second.locator(f"{PROMPT} .lv-answer__toggle").click()
    second.locator(f"{PROMPT} textarea").fill("x")
    status(second).filter(has_text="in een ander venster veranderd").wait_for()
    assert stored(second)["wv-o1"]["antwoord"] == "Een lang antwoord dat in het eerste venster staat."
