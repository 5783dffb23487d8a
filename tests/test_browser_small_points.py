"""The smaller points of issue 20 (point 12), each in the browser where a user meets it."""
from __future__ import annotations

import pytest

from test_browser_planner import READY

pytestmark = pytest.mark.browser


def planner_page(browser, site_url, query, **options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    page.goto(f"{site_url}plannen/{query}")
    page.locator("[data-lv-pl]:not([hidden])").wait_for()
    page.evaluate("window.print = () => {}")
    return context, page


def test_the_begeleider_print_carries_the_group_size(browser, site_url):
    context, page = planner_page(browser, site_url, f"?klaar={READY}&g=12")
    page.click("[data-lv-pl-print=begeleider]")
    assert "Voor 12 deelnemers." in page.locator(".lv-pl-paper .lv-pl-sheet__when").inner_text()
    page.click("[data-lv-pl-print=deelnemers]")
    assert "12 deelnemers" not in page.locator(".lv-pl-paper .lv-pl-sheet__when").inner_text()
    context.close()


@pytest.mark.parametrize("width", [360, 1280])
def test_the_message_after_opening_a_plan_stands_near_it(browser, site_url, width):
    context, page = planner_page(browser, site_url, "", viewport={"width": width, "height": 800})
    page.click("[data-lv-pl-action=ready]")
    status = page.locator("[data-lv-pl-status]")
    status.filter(has_text="staat hieronder").wait_for()
    distance = status.bounding_box()["y"] - page.locator("#lv-pl-stap-plan").bounding_box()["y"]
    assert 0 < distance < 300, f"the message stands {distance:.0f} px below the plan's heading"
    context.close()


def test_a_case_prints_at_ten_points_at_least(browser, site_url):
    context, page = planner_page(browser, site_url, f"?klaar={READY}")
    page.click("[data-lv-pl-print=deelnemers]")
    page.emulate_media(media="print")
    sizes = page.locator(".lv-pl-paper .lv-case p").evaluate_all(
        "nodes => nodes.map(n => parseFloat(getComputedStyle(n).fontSize))")
    assert sizes and min(sizes) >= 10 * 96 / 72 - 0.01, sizes
    context.close()


def test_card_titles_in_the_schedule_do_not_run_together(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(f"{site_url}bijeenkomst/?klaar={READY}")
    page.locator(".lv-pl-paper .lv-pl-sheet").wait_for()
    agenda = page.locator(".lv-pl-paper .lv-pl-sheet__agenda").inner_text()
    assert "?, " not in agenda and " · " in agenda
    context.close()


def test_the_invitation_has_no_double_punctuation_and_labels_are_24_px(browser, site_url, catalog):
    module = next(m for m in catalog.data.modules if m.titel.endswith("?"))
    context = browser.new_context(locale="nl-NL", viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(site_url + "uitnodigen/")
    page.select_option("#lv-b-module", module.id)
    page.locator(".lv-builder__choice label").first.wait_for()
    text = page.input_value("#lv-b-text")
    assert f"module {module.nummer}: {module.titel}" in text and f"{module.titel}." not in text
    heights = page.locator(".lv-builder__choice label").evaluate_all("nodes => nodes.map(n => n.getBoundingClientRect().height)")
    assert min(heights) >= 24, min(heights)
    context.close()


@pytest.mark.parametrize("width", [360, 1280])
def test_date_place_and_name_are_asked_first_and_kept_in_the_link(browser, site_url, width):
    """Point 8: asked with the start time, so a print made in the order of the steps carries them."""
    context, page = planner_page(browser, site_url, "", viewport={"width": width, "height": 800})
    order = page.locator("#lv-pl-datum, #lv-pl-start, #lv-pl-plek, #lv-pl-naam, [data-lv-pl-print]").evaluate_all(
        "nodes => nodes.map(n => n.id || 'print')")
    assert order[:4] == ["lv-pl-datum", "lv-pl-start", "lv-pl-plek", "lv-pl-naam"], order
    page.fill("#lv-pl-datum", "2026-12-03")
    page.fill("#lv-pl-plek", "Wijkcentrum De Brug")
    page.locator("#lv-pl-plek").press("Tab")
    page.fill("#lv-pl-naam", "Fatima")
    page.locator("#lv-pl-naam").press("Tab")
    page.click("[data-lv-pl-action=ready]")
    page.click("[data-lv-pl-print=begeleider]")
    when = page.locator(".lv-pl-paper .lv-pl-sheet__when").inner_text()
    assert "3 december 2026" in when and "Wijkcentrum De Brug" in when
    assert "naam=Fatima" in page.url and "naam=" not in page.input_value("#lv-pl-link")
    page.reload()
    page.locator(".lv-pl-block").first.wait_for()
    assert page.input_value("#lv-pl-naam") == "Fatima"
    assert page.input_value("#lv-pl-bericht").rstrip().endswith("Fatima")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()
