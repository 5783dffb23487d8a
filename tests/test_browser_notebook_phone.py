"""Mijn antwoorden on a phone (issue 20, points 3 to 6): the answers on the first screen, import as a
labelled button, button colours that do not mislead, and a text file every phone opens."""
from __future__ import annotations

import pytest

from axe_check import assert_accessible

pytestmark = pytest.mark.browser

MODULE = "modules/wat-is-vertrouwen/"
NOTEBOOK = "mijn-antwoorden/"
PROMPT = "#overdenking-wv-o1"
PHONE = {"viewport": {"width": 360, "height": 740}, "has_touch": True, "is_mobile": True}
ACCENT = """() => { const probe = document.createElement('div');
  probe.style.background = 'var(--md-accent-fg-color)'; document.body.append(probe);
  const colour = getComputedStyle(probe).backgroundColor; probe.remove(); return colour; }"""


def phone_notebook(browser, site_url, **options):
    context = browser.new_context(locale="nl-NL", **{**PHONE, **options})
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.locator(f"{PROMPT} .lv-answer__toggle").click()
    page.locator(f"{PROMPT} textarea").fill("Ik zeg eerst wat ik zie.")
    page.locator(f"{PROMPT} .lv-answer__status").filter(has_text="Bewaard").wait_for()
    page.goto(site_url + NOTEBOOK)
    page.locator(".lv-notebook__item").first.wait_for()
    return context, page


def background(locator) -> str:
    return locator.evaluate("node => getComputedStyle(node).backgroundColor")


def test_the_first_answer_is_on_the_first_screen_of_a_phone(browser, site_url):
    context, page = phone_notebook(browser, site_url)
    top = page.locator(".lv-notebook__item").first.bounding_box()["y"]
    assert top + 40 < 740, f"the first answer starts at {top:.0f} px"
    context.close()


def test_import_is_a_labelled_button_of_at_least_24_px(browser, site_url, tmp_path):
    context, page = phone_notebook(browser, site_url)
    button = page.get_by_role("button", name="Open een bestand met antwoorden")
    assert button.bounding_box()["height"] >= 24 and button.bounding_box()["width"] >= 24
    assert page.locator("[data-lv-nb-import]").evaluate("n => n.getBoundingClientRect().height") <= 1
    with page.expect_download() as download:
        page.click("[data-lv-nb=file]")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    with page.expect_file_chooser() as chooser:
        button.click()
    chooser.value.set_files(str(path))
    page.locator("[data-lv-nb-status]").filter(has_text="al bekend").wait_for()
    context.close()


def test_the_safe_choice_is_not_the_warning_and_a_tap_leaves_no_orange(browser, site_url):
    context, page = phone_notebook(browser, site_url)
    accent = page.evaluate(ACCENT)
    wipe = page.locator("[data-lv-nb=wipe]")
    wipe.tap()
    safe, wipe_all = page.locator("[data-lv-nb=wipe-no]"), page.locator("[data-lv-nb=wipe-yes]")
    assert safe.is_visible() and "md-button--primary" in safe.get_attribute("class")
    assert "lv-button--warning" in wipe_all.get_attribute("class") and "md-button--primary" not in wipe_all.get_attribute("class")
    assert accent not in (background(wipe), background(safe)), "a tapped or focused-by-script button stays orange"
    red, green, blue = map(int, wipe_all.evaluate("n => getComputedStyle(n).color").strip("rgba()").split(",")[:3])
    assert red > 2 * max(green, blue), "the button that wipes is red"
    context.close()


def test_wrapped_buttons_keep_a_gap(browser, site_url):
    context, page = phone_notebook(browser, site_url)
    boxes = page.locator(".lv-notebook__actions p").first.locator(".md-button").evaluate_all(
        "nodes => nodes.map(n => n.getBoundingClientRect()).map(r => [r.top, r.bottom])")
    lines = sorted({round(top): bottom for top, bottom in boxes}.items())
    assert len(lines) >= 2, "at 360 px the three buttons wrap"
    assert all(lines[i + 1][0] - lines[i][1] >= 4 for i in range(len(lines) - 1)), lines
    context.close()


def test_save_as_text_gives_a_txt_file(browser, site_url):
    context, page = phone_notebook(browser, site_url)
    with page.expect_download() as download:
        page.click("[data-lv-nb=text]")
    assert download.value.suggested_filename.endswith(".txt")
    assert "Ik zeg eerst wat ik zie." in open(download.value.path(), encoding="utf-8").read()
    assert ".txt" in page.locator("[data-lv-nb=text]").inner_text()
    context.close()


@pytest.mark.parametrize("width", [360, 1280])
def test_no_axe_violations_with_the_confirmation_open_light_and_dark(browser, site_url, width):
    context, page = phone_notebook(browser, site_url, color_scheme="light", viewport={"width": width, "height": 740})
    page.click("[data-lv-nb=wipe]")
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
