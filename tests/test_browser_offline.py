"""The offline edition: unpacked from its zip and opened from disk (file://), search included."""
from __future__ import annotations


import pytest


@pytest.mark.browser
def test_offline_edition_works_from_disk_with_search(browser, unpacked):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    remote = []
    page.on("request", lambda request: remote.append(request.url) if request.url.startswith("http") else None)
    page.goto((unpacked / "index.html").as_uri())
    page.locator("input.md-search__input").click()
    # A locator, not wait_for_function: the site's Content-Security-Policy forbids the eval behind the latter.
    page.locator(".md-search-result__meta", has_text="Typ om").wait_for(timeout=15000)
    page.locator("input.md-search__input").press_sequentially("fietsen", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=8000)
    first = page.locator(".md-search-result__item a").first.get_attribute("href")
    assert first.startswith("file://") or not first.startswith("http")
    # Links between pages lead to files, not to folders that the browser cannot open.
    page.goto((unpacked / "modules/wat-is-vertrouwen.html").as_uri())
    with page.expect_navigation():
        page.locator(".lv-card__meta a").first.click()
    assert page.url.endswith(".html")
    page.locator(".lv-cardpage").wait_for()
    context.close()
    assert remote == []
