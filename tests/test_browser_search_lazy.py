"""The search index and worker are fetched when the reader starts to search, not with every page (issue 24)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

MODULE = "modules/wat-is-vertrouwen/"


def _wait_until_ready(page) -> None:
    # A locator, not wait_for_function: the site's Content-Security-Policy forbids the eval behind the latter.
    page.locator(".md-search-result__meta", has_text="Typ om").wait_for(timeout=15000)


def _index_requests(page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda request: found.append(request.url) if "/search/search_index" in request.url else None)
    return found


def test_a_page_loads_without_the_index_until_the_field_gets_focus(page, site_url):
    requested = _index_requests(page)
    scripts: list[str] = []
    page.on("request", lambda request: scripts.append(request.url) if "/javascripts/" in request.url else None)
    page.goto(site_url + MODULE, wait_until="networkidle")
    assert requested == []
    # Nor the search worker with lunr: only Material's bundle.
    assert [url.rsplit("/", 1)[1].split(".")[0] for url in scripts] == ["bundle"], scripts
    page.locator("input.md-search__input").focus()
    _wait_until_ready(page)
    assert len(requested) == 1, requested
    page.locator("input.md-search__input").press_sequentially("fietsen", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=8000)
    assert len(requested) == 1, requested


@pytest.mark.parametrize("key", ["/", "s", "f"])
def test_materials_search_keys_start_the_search(page, site_url, key):
    requested = _index_requests(page)
    page.goto(site_url + MODULE, wait_until="networkidle")
    page.keyboard.press(key)
    _wait_until_ready(page)
    assert len(requested) == 1, requested


def test_a_phone_opens_search_by_its_button(browser, site_url):
    context = browser.new_context(locale="nl-NL", viewport={"width": 360, "height": 740})
    page = context.new_page()
    requested = _index_requests(page)
    page.goto(site_url + MODULE, wait_until="networkidle")
    page.locator("label.md-header__button[for=__search]").click()
    _wait_until_ready(page)
    assert len(requested) == 1, requested
    context.close()


def test_a_page_opened_from_a_result_highlights_its_words_at_once(page, site_url):
    page.goto(site_url + MODULE + "?h=fiets")
    page.wait_for_selector("mark[data-md-highlight]", timeout=15000)
