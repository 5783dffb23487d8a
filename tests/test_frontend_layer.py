"""The shared front-end layer (docs/assets/lv/) and the tools on it: text never becomes markup,
files stay small, and a link says plainly when it cannot be read."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYER = sorted((ROOT / "docs/assets/lv").glob("*.js"))
TOOLS = [ROOT / "docs/assets/uitnodiging.js",
         *sorted(path for pattern in ("antwoorden*.js", "planner*.js", "eigen-kaartjes*.js")
                 for path in (ROOT / "docs/assets").glob(pattern))]


@pytest.mark.parametrize("path", LAYER + TOOLS, ids=lambda p: p.name)
def test_no_markup_is_parsed_from_strings(path):
    source = path.read_text(encoding="utf-8")
    found = re.findall(r"\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment)\b", source)
    assert found == [], f"{path.name} parses markup from a string: {found}"


@pytest.mark.parametrize("path", LAYER + TOOLS, ids=lambda p: p.name)
def test_each_file_says_why_and_stays_small(path):
    source = path.read_text(encoding="utf-8")
    assert source.startswith("/*"), f"{path.name} has no header comment"
    assert len(source.splitlines()) <= 300, f"{path.name} has more than 300 lines"
    assert not re.search(r"^\s*(import|export)\b|\bimport\(", source.split("*/", 1)[1], re.M), \
        "no ES modules: file:// refuses them"


@pytest.mark.browser
def test_a_link_from_a_newer_site_says_so(page, site_url):
    page.goto(site_url + "selectie/?v=9&m=keten")
    notice = page.locator(".lv-selection__missing")
    notice.wait_for()
    assert "nieuwere versie" in notice.inner_text()


@pytest.mark.browser
def test_a_damaged_date_is_named_and_the_rest_shows(page, site_url, catalog):
    module = sorted(catalog.data.modules, key=lambda m: m.nummer)[0]
    page.goto(site_url + f"selectie/?m={module.id}&d=2026-02-31&t=14:00")
    notice = page.locator(".lv-selection__missing")
    notice.wait_for()
    assert "datum" in notice.inner_text()
    body = page.locator(".lv-selection").inner_text()
    assert module.titel in body and "om 14:00" in body


@pytest.mark.browser
def test_new_invitation_links_carry_their_version(page, site_url):
    page.goto(site_url + "uitnodigen/")
    page.locator("#lv-b-link").wait_for()
    assert "?v=1&m=" in page.input_value("#lv-b-link")
