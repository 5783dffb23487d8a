"""The site after one visit without internet (issue 21): the service worker and the manifest that the
build writes (macros/service_worker.py), in a real browser on the loopback server, under /leerlijn/."""
from __future__ import annotations

import json
import re

import pytest

from macros import service_worker

READY = "sessie-gelijkwaardigheid"


def test_the_list_has_a_revision_per_file_and_nothing_from_elsewhere(real_site):
    code = (real_site / "sw.js").read_text(encoding="utf-8")
    files = json.loads(re.search(r"var FILES = (\[.*?\]\]);", code).group(1))
    addresses = [address for address, _ in files]
    for needed in ["./", "begeleiden/", "plannen/", "modules/wat-is-vertrouwen/", "search/search_index.json",
                   "assets/bundles/begeleiden.js", "assets/images/icoon-192.png"]:
        assert needed in addresses, needed
    assert any(address.startswith("kaartjes/") for address in addresses), "the card pages"
    assert not [a for a in addresses if a.startswith(("http", "//", "downloads/")) or a.endswith(".map")]
    assert all(re.fullmatch(r"[0-9a-f]{12}", revision) for _, revision in files)
    assert files == service_worker.precache_list(real_site), "the same site gives the same list"
    manifest = json.loads((real_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["scope"] == "./" and {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}
    assert '<link rel="manifest"' in (real_site / "index.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_after_one_visit_the_site_works_offline_and_offers_a_new_version(browser, site_url, real_site,
                                                                           serve_instead):
    assert "/leerlijn/" in site_url, "the test serves the site under its own path, as online"
    context = browser.new_context(locale="nl-NL", service_workers="allow")
    page = context.new_page()
    page.goto(site_url)
    scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
    assert scope == site_url
    page.reload()  # now the worker controls the page
    assert page.evaluate("!!navigator.serviceWorker.controller")
    context.set_offline(True)
    page.goto(f"{site_url}begeleiden/?klaar={READY}")
    page.locator("[data-bg-app]").wait_for()
    assert page.locator("[data-bg-slot=title]").inner_text() == "Welkom en groepsafspraken"
    page.goto(f"{site_url}modules/wat-is-vertrouwen/")
    page.locator("h1").wait_for()
    page.goto(f"{site_url}plannen/?klaar={READY}")
    page.locator(".lv-pl-block").first.wait_for()
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("fietsen", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=8000)
    context.set_offline(False)
    # A changed build: the worker's list changes, so the browser finds a new version and the page says so.
    # The server answers with the changed file; the shared site itself stays as it is for the other workers.
    changed = (real_site / "sw.js").read_text(encoding="utf-8").replace('var VERSION = "', 'var VERSION = "nieuw-')
    serve_instead("sw.js", changed)
    page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    bar = page.locator(".lv-new-version")
    bar.wait_for(timeout=15000)
    assert bar.inner_text().startswith("Er is een nieuwe versie:")
    with page.expect_navigation():
        bar.locator("button", has_text="vernieuwen").click()
    page.locator("h1").wait_for()
    assert page.locator(".lv-new-version").count() == 0
    context.close()
