"""The participants' own page (bijeenkomst/, issue 20 points 1 and 2): its own title and link preview,
no trainer navigation, old links that still arrive, the offline zip, and an answer field under every
prompt that lands in Mijn antwoorden. At 360 px and desktop, light and dark, without axe violations."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from axe_check import assert_accessible
from test_browser_planner import READY

pytestmark = pytest.mark.browser

PREVIEW = "Uitnodiging voor een bijeenkomst"
QUERY = f"?klaar={READY}&d=2026-12-03&p={quote('Wijkcentrum De Brug')}"


def open_group(browser, site_url, query=QUERY, **options):
    context = browser.new_context(locale="nl-NL", **options)
    page = context.new_page()
    page.goto(f"{site_url}bijeenkomst/{query}")
    page.locator(".lv-pl-paper .lv-pl-sheet").wait_for()
    return context, page


def test_the_page_has_its_own_preview_and_no_trainer_navigation(browser, site_url, catalog):
    context, page = open_group(browser, site_url)
    assert page.locator("meta[property='og:title']").get_attribute("content") == PREVIEW
    assert "plannen" not in page.locator("meta[property='og:description']").get_attribute("content").lower()
    session = catalog.sessions[READY]
    # The tab's title comes from the link at runtime; a preview cannot, because it is made at build time.
    assert page.title().startswith(f"{session.titel} · donderdag 3 december 2026 · Wijkcentrum De Brug")
    assert page.locator("h1").inner_text() == session.titel
    assert page.locator(".md-footer__link").count() == 0, "no 'Volgende: …' to the trainers' pages"
    assert page.locator(".md-sidebar--primary").is_hidden() and page.locator(".lv-pl").count() == 0
    context.close()


def test_the_planner_links_to_it_and_old_links_arrive_there(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(f"{site_url}plannen/?klaar={READY}")
    page.locator(".lv-pl-block").first.wait_for()
    link = page.input_value("#lv-pl-link")
    assert "/bijeenkomst/?" in link and "voor=" not in link and "klaar=" not in link
    assert page.locator("[data-lv-pl-open]").get_attribute("href").startswith("../bijeenkomst/?")
    page.goto(f"{site_url}plannen/?klaar={READY}&voor=deelnemers#x")
    page.wait_for_url(re.compile(r"/bijeenkomst/\?klaar=.*#x$"))
    page.locator(".lv-pl-paper .lv-pl-sheet").wait_for()
    assert page.locator("meta[property='og:title']").get_attribute("content") == PREVIEW
    context.close()


def test_a_crafted_link_reaches_title_and_tab_as_text(browser, site_url):
    dialogs = []
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    title = '"><img src=x onerror=alert(1)></title><script>window.lvPwned=1</script>'
    page.goto(f"{site_url}bijeenkomst/?v=1&titel={quote(title)}&b=Vgw-01")
    page.locator(".lv-pl-paper .lv-pl-sheet").wait_for()
    assert dialogs == [] and page.evaluate("window.lvPwned || null") is None
    assert page.locator("img[src=x]").count() == 0 and "<img" in page.title()
    context.close()


def test_every_prompt_has_an_answer_field_that_lands_in_my_answers(browser, site_url):
    context, page = open_group(browser, site_url)
    prompts = page.locator(".lv-pl-paper li.lv-prompt[id^=overdenking-]")
    assert prompts.count() >= 1
    assert page.locator(".lv-pl-paper li.lv-prompt[id^=overdenking-] .lv-answer").count() == prompts.count()
    first = prompts.first
    first.locator(".lv-answer__toggle").click()
    first.locator("textarea").fill("Ik vraag eerst wat mijn collega nodig heeft.")
    first.locator(".lv-answer__status").filter(has_text="Bewaard").wait_for()
    page.goto(f"{site_url}mijn-antwoorden/")
    notebook = page.locator("[data-lv-notebook]")
    notebook.filter(has_text="Ik vraag eerst wat mijn collega nodig heeft.").wait_for()
    context.close()


def test_it_works_from_the_offline_zip(browser, unpacked):
    context = browser.new_context(locale="nl-NL")
    page, remote = context.new_page(), []
    page.on("request", lambda r: remote.append(r.url) if r.url.startswith("http") else None)
    page.goto((unpacked / "plannen.html").as_uri() + f"?klaar={READY}&voor=deelnemers")
    page.wait_for_url(re.compile(r"bijeenkomst\.html\?klaar="))
    page.locator(".lv-pl-paper .lv-pl-sheet").wait_for()
    assert page.locator(".lv-pl-paper .lv-answer").count() >= 1
    page.goto((unpacked / "plannen.html").as_uri() + f"?klaar={READY}")
    page.locator(".lv-pl-block").first.wait_for()
    assert re.match(r"https://.+/bijeenkomst/\?", page.input_value("#lv-pl-link")), "a link from disk points online"
    context.close()
    assert remote == []


@pytest.mark.parametrize("width", [360, 1280])
def test_no_axe_violations_light_and_dark_and_no_sideways_scroll(browser, site_url, width):
    context, page = open_group(browser, site_url, color_scheme="light", viewport={"width": width, "height": 800})
    assert_accessible(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


# ----------------------------------------------------------------------------
# Point 7: the schedule table, on screen for the group and on both print editions
# ----------------------------------------------------------------------------

MEASURE = """() => {
  const text = cell => { const r = document.createRange(); r.selectNodeContents(cell); return r.getBoundingClientRect(); };
  const table = [...document.querySelectorAll('.lv-pl-paper .lv-pl-sheet__agenda')].find(t => t.offsetParent !== null);
  const head = [...table.querySelectorAll('thead th')].map(text), rows = [...table.querySelectorAll('tbody tr')];
  const gaps = [], offsets = [];
  rows.forEach(row => { const cells = [...row.cells].map(text);
    cells.slice(1).forEach((cell, i) => gaps.push(cell.left - cells[i].right));
    cells.forEach((cell, i) => offsets.push(Math.abs(cell.left - head[i].left))); });
  return { gaps: Math.min(...gaps), offsets: Math.max(...offsets), right: table.getBoundingClientRect().right };
}"""


def assert_schedule_reads(page, width):
    found = page.evaluate(MEASURE)
    assert found["gaps"] >= 6, f"columns run together: {found}"
    assert found["offsets"] <= 1, f"headers are not over their data, on the left: {found}"
    assert found["right"] <= width, found


@pytest.mark.parametrize("width", [360, 1280])
def test_the_schedule_has_space_and_left_headers_in_the_group_view(browser, site_url, width):
    context, page = open_group(browser, site_url, viewport={"width": width, "height": 800})
    assert_schedule_reads(page, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


@pytest.mark.parametrize("edition", ["begeleider", "deelnemers"])
def test_the_schedule_has_space_and_left_headers_on_paper(browser, site_url, edition):
    context = browser.new_context(locale="nl-NL", viewport={"width": 794, "height": 1123})  # A4 at 96 px an inch
    page = context.new_page()
    page.goto(f"{site_url}plannen/{QUERY}")
    page.locator(".lv-pl-block").first.wait_for()
    page.evaluate("window.print = () => {}")
    page.click(f"[data-lv-pl-print={edition}]")
    page.emulate_media(media="print")
    assert_schedule_reads(page, 794)
    context.close()
