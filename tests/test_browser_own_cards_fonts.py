"""The own-cards fonts load only when a card image is drawn, as the WOFF2 subsets (issue 24)."""
from __future__ import annotations

import pytest

from test_browser_own_cards import MAKER, open_maker

pytestmark = pytest.mark.browser


def test_the_fonts_load_when_an_image_is_drawn_not_with_the_page(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER)
    fonts: list[str] = []
    page.on("request", lambda request: fonts.append(request.url) if request.resource_type == "font" else None)
    page.reload(wait_until="networkidle")
    page.wait_for_selector("[data-lv-ek]:not([hidden])")
    assert fonts == []
    page.locator(".lv-ek-card").first.locator("[data-ek=titel]").fill("Eerst de cliënt – € 5")
    with page.expect_download():
        page.locator(".lv-ek-card").first.locator("[data-ek-action=image]").click()
    assert sorted(url.rsplit("/", 1)[1] for url in fonts) == ["Kaartletter-Bold.woff2", "Kaartletter-Regular.woff2"]
    # Drawn with the subsets themselves, not with a Liberation Sans the machine happens to have.
    assert page.evaluate("() => [...document.fonts].filter(f => f.family.includes('Kaartletter'))"
                         ".map(f => f.status)") == ["loaded", "loaded"]
    context.close()
