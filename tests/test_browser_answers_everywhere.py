"""My answers everywhere the site works: without JavaScript, with storage that fails, from the offline
zip (file://), with the keyboard only, at 360 px, and without axe violations in light and dark."""
from __future__ import annotations


import pytest

from axe_check import violations_in_both_schemes
from conftest import until

pytestmark = pytest.mark.browser

MODULE = "modules/wat-is-vertrouwen/"
NOTEBOOK = "mijn-antwoorden/"
PROMPT = "#overdenking-wv-o1"


def test_without_javascript_the_prompts_read_as_before(browser, site_url):
    context = browser.new_context(locale="nl-NL", java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + MODULE)
    assert page.locator(".lv-answer").count() == 0
    assert page.locator(f"{PROMPT} p").first.is_visible()
    page.emulate_media(media="print")
    assert page.locator(f"{PROMPT} .lv-prompt__lines").is_visible(), "paper still has writing lines"
    page.emulate_media(media="screen")
    page.goto(site_url + NOTEBOOK)
    assert "werkt met JavaScript" in page.locator("article").inner_text()
    assert page.locator("[data-lv-notebook]").is_hidden()
    context.close()


@pytest.mark.parametrize("error, words", [("QuotaExceededError", "vol"), ("SecurityError", "niets bewaren")])
def test_storage_that_fails_says_the_answer_is_not_kept(browser, site_url, error, words):
    context = browser.new_context(locale="nl-NL")
    context.add_init_script(
        f"Storage.prototype.setItem = function () {{ throw new DOMException('x', '{error}'); }};")
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.locator(f"{PROMPT} .lv-answer__toggle").click()
    page.locator(f"{PROMPT} textarea").fill("Dit blijft niet bewaard.")
    status = page.locator(f"{PROMPT} .lv-answer__status")
    status.filter(has_text="Niet bewaard").wait_for()
    assert words in status.inner_text()
    page.goto(site_url + NOTEBOOK)
    assert "worden niet bewaard" in page.locator("[data-lv-nb-notes]").inner_text()
    context.close()




def test_from_the_offline_zip_answers_are_kept_and_the_page_says_where(browser, unpacked, tmp_path):
    """Chromium gives every file:// page one shared origin: answers work from disk, apart from the site
    online, and any other page opened from disk can read them. The notebook says so."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    remote = []
    page.on("request", lambda request: remote.append(request.url) if request.url.startswith("http") else None)
    page.goto((unpacked / "modules/wat-is-vertrouwen.html").as_uri())
    page.locator(f"{PROMPT} .lv-answer__toggle").click()
    page.locator(f"{PROMPT} textarea").fill("Vanaf schijf.")
    page.locator(f"{PROMPT} .lv-answer__status").filter(has_text="Bewaard op dit apparaat").wait_for()
    page.goto((unpacked / "mijn-antwoorden.html").as_uri())
    assert page.locator(".lv-notebook__answer").all_inner_texts() == ["Vanaf schijf."]
    assert "vanaf je eigen computer" in page.locator("[data-lv-nb-notes]").inner_text()
    stranger = tmp_path / "ander.html"
    stranger.write_text("<title>Een ander bestand</title>")
    page.goto(stranger.as_uri())
    # The note on the notebook page is true. The last write may still be on its way from the previous
    # page's process, so this asks again for a while instead of once (CI saw it arrive late).
    until(page, "() => localStorage.getItem('lv-antwoorden') !== null", 5)
    assert remote == []
    context.close()


def test_keyboard_only(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.focus(f"{PROMPT} .lv-answer__toggle")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA", "opening the field moves focus into it"
    page.keyboard.type("Met het toetsenbord.")
    page.keyboard.press("Tab")
    page.locator(f"{PROMPT} .lv-answer__status").filter(has_text="Bewaard").wait_for()
    page.goto(site_url + NOTEBOOK)
    page.focus("[data-lv-nb=wipe]")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.dataset.lvNb") == "wipe-no"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.dataset.lvNb") == "wipe", "no: focus returns, nothing wiped"
    assert page.locator(".lv-notebook__item").count() == 1
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # from "Nee, laat staan" (the safe choice comes first) on to "Ja, wis alles"
    assert page.evaluate("document.activeElement.dataset.lvNb") == "wipe-yes"
    page.keyboard.press("Enter")
    assert page.locator(".lv-notebook__item").count() == 0
    context.close()


@pytest.mark.parametrize("path", [MODULE, NOTEBOOK])
def test_at_360_pixels_nothing_sticks_out(browser, site_url, path):
    context = browser.new_context(locale="nl-NL", viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.locator(f"{PROMPT} .lv-answer__toggle").tap()
    page.locator(f"{PROMPT} textarea").fill("Op mijn telefoon.")
    page.locator(f"{PROMPT} .lv-answer__status").filter(has_text="Bewaard").wait_for()
    page.goto(site_url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    box = page.locator(f"{PROMPT} textarea" if path == MODULE else ".lv-notebook__item").first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    context.close()


def _check(page, name: str, failures: dict[str, str]) -> None:
    """axe's WCAG violations on the page as it is now, light and dark, described under `name`."""
    found = violations_in_both_schemes(page)
    if found:
        failures[name] = found


def test_no_axe_violations_with_an_open_field_and_on_the_notebook_light_and_dark(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.locator(f"{PROMPT} .lv-answer__toggle").click()
    page.locator(f"{PROMPT} textarea").fill("Een antwoord.")
    page.locator(f"{PROMPT} .lv-answer__status").filter(has_text="Bewaard").wait_for()
    page.locator("article.lv-card--denk .lv-answer__toggle").first.click()
    failures = {}
    for path in [MODULE, NOTEBOOK]:
        if path == NOTEBOOK:
            page.goto(site_url + NOTEBOOK)
            page.click("[data-lv-nb=wipe]")  # the confirmation open too
        _check(page, path, failures)
    context.close()
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_no_axe_violations_in_a_conflict_between_tabs_and_in_the_import_preview(browser, site_url, tmp_path):
    context = browser.new_context(locale="nl-NL")
    first, second = context.new_page(), context.new_page()
    second.goto(site_url + MODULE)
    first.goto(site_url + MODULE)
    second.locator(f"{PROMPT} .lv-answer__toggle").click()
    second.evaluate(f"document.querySelector('{PROMPT} textarea').value = 'Nog niet bewaard.'")  # typed, not yet saved
    first.locator(f"{PROMPT} .lv-answer__toggle").click()
    first.locator(f"{PROMPT} textarea").fill("Uit het andere venster.")
    second.locator(f"{PROMPT} .lv-answer__conflict").wait_for()
    path = tmp_path / "in.json"
    path.write_text('{"soort": "mijn-antwoorden", "antwoorden": [{"id": "wv-o2", "antwoord": "x", '
                    '"gewijzigd": "2026-03-01T10:00:00.000Z"}]}', encoding="utf-8")
    first.goto(site_url + NOTEBOOK)
    first.set_input_files("[data-lv-nb-import]", str(path))
    first.locator("[data-lv-nb-preview]").wait_for()
    failures = {}
    for name, page in [("conflict", second), ("preview", first)]:
        _check(page, name, failures)
    context.close()
    assert not failures, "\n".join(f"{name}:\n{text}" for name, text in failures.items())
