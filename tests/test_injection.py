"""The injection trial: every free-text field of the data file carries an attack, and no page runs it.

A copy of the real data file gets a payload in every text field (titles, texts, descriptions,
goals, steps, materials, notes, module fields). The whole site is built from that copy. The
payloads must show as text, because a trainer may write `<` or quotes; refusing them is not the
answer. Then every built page is opened in Chromium with a dialog listener, and a check that no
payload set a global. The query strings that pages read get the same treatment.
"""
from __future__ import annotations

import functools
import itertools
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
import yaml

from conftest import ROOT, run_mkdocs_build, site_pages, until

# Each payload either opens a dialog or sets window.lvPwned when it runs.
PAYLOADS = [
    '"><img src=x onerror=alert(1)>',
    "'><img src=x onerror=alert(2)>",
    "</title><script>window.lvPwned=3</script>",
    "<svg onload=window.lvPwned=4>",
    "[klik](javascript:window.lvPwned=5)",
    "{{ 123*1000 }}",
    "{% if true %}lvsjabloon{% endif %}",
]
# What a page must never contain outside escaping: the markup of a payload that would run.
RAW_MARKUP = ["<img src=x", "<script>window.lvPwned", "<svg onload", 'href="javascript:', "123000", ">lvsjabloon<"]

# Fields that are ids, references or numbers: the model only allows safe values there.
NOT_TEXT = {"id", "module", "pagina", "nummer", "soort", "vorm", "minuten", "duur_minuten", "leestijd_minuten",
            "start", "fase", "werkplaat", "casus", "sessie",
            # Search words are single lowercase words by the model; the test below proves a payload cannot get in.
            "zoekwoorden"}
# Lists of ids or phases (a plan's cards and prompts, an item's phases); the same keys also hold items.
REFERENCE_LISTS = {"kaarten", "vragen", "fasen"}
LIMITS = {("kaarten", "titel"): 50, ("kaarten", "tekst"): 220, ("vragen", "tekst"): 300,
          ("modules", "beschrijving"): 300, ("kaartensets", "opdracht"): 60}


def _poison(value: str, limit: int | None, payloads) -> str:
    """Append payloads to a text, as many as fit its limit (at least one)."""
    out = value
    for payload in payloads:
        candidate = f"{out} {payload}"
        if limit and len(candidate) > limit:
            if out == value:  # the text itself is too long: keep the start, so the payload fits
                out = f"{value[: max(0, limit - len(payload) - 1)].rstrip()} {payload}"
            break
        out = candidate
    return out


def poisoned(data, section: str = "", payloads=None):
    """The data with a payload in every free-text field, in turn, so each kind of field gets each payload."""
    payloads = payloads if payloads is not None else itertools.cycle(range(len(PAYLOADS)))
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            if key in NOT_TEXT or (key in REFERENCE_LISTS and all(isinstance(v, str) for v in value)):
                out[key] = value
            elif isinstance(value, str):
                start = next(payloads)
                order = PAYLOADS[start:] + PAYLOADS[:start]
                out[key] = _poison(value, LIMITS.get((section, key)), order)
            else:
                out[key] = poisoned(value, key if isinstance(value, list) else section, payloads)
        return out
    if isinstance(data, list):
        items = []
        for item in data:
            if isinstance(item, str):
                start = next(payloads)
                items.append(_poison(item, None, PAYLOADS[start:] + PAYLOADS[:start]))
            else:
                items.append(poisoned(item, section, payloads))
        return items
    return data


@pytest.fixture(scope="module")
def attacked_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("aanval")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    (project / "macros").symlink_to(ROOT / "macros", target_is_directory=True)
    data_file = project / "docs/data/leermateriaal.yml"
    data = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    data_file.write_text(yaml.safe_dump(poisoned(data), allow_unicode=True, sort_keys=False), encoding="utf-8")
    site = project / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, "the site must build with payloads as text:\n" + result.stdout + result.stderr
    return site


def test_every_text_field_carries_a_payload():
    data = yaml.safe_load((ROOT / "docs/data/leermateriaal.yml").read_text(encoding="utf-8"))
    attacked = poisoned(data)
    card = attacked["kaartensets"][0]["kaarten"][0]
    assert any(p in card["titel"] for p in PAYLOADS) and any(p in card["tekst"] for p in PAYLOADS)
    step = attacked["werkplaten"][0]["stappen"][0]
    assert any(p in step["tekst"] for p in PAYLOADS) and step["minuten"] == data["werkplaten"][0]["stappen"][0]["minuten"]
    assert all(any(p in text for p in PAYLOADS) for text in attacked["werkplaten"][0]["materialen"])
    assert any(p in attacked["modules"][0]["titel"] for p in PAYLOADS)


@pytest.mark.slow
def test_no_built_file_contains_a_payload_as_markup(attacked_site):
    offenders = {}
    for path in attacked_site.rglob("*"):
        if path.suffix not in {".html", ".json", ".xml", ".js"} or "vendor" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        found = [raw for raw in RAW_MARKUP if raw in text]
        if found:
            offenders[path.relative_to(attacked_site).as_posix()] = found
    assert offenders == {}


@pytest.mark.slow
def test_payloads_show_as_text_in_head_and_body(attacked_site):
    cards = sorted((attacked_site / "kaartjes").glob("*/index.html"))
    head_hits = body_hits = 0
    for path in cards:
        html = path.read_text(encoding="utf-8")
        head = html.split("</head>")[0]
        head_hits += "&lt;img src=x onerror=alert(1)&gt;" in head or "&lt;svg onload=window.lvPwned=4&gt;" in head
        body_hits += "{{ 123*1000 }}" in html
    assert head_hits > 10 and body_hits > 10
    assert "{% if true %}lvsjabloon{% endif %}" in (attacked_site / "modules/keten/index.html").read_text("utf-8")


# ----------------------------------------------------------------------------
# In the browser: every page, and the query strings that pages read
# ----------------------------------------------------------------------------

class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def attacked_url(attacked_site):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(attacked_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


class Watch:
    """Dialogs and payload globals on one browser page."""

    def __init__(self, page) -> None:
        self.page, self.dialogs = page, []
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

    def ran(self) -> list[str]:
        pwned = self.page.evaluate("() => window.lvPwned || null")
        return self.dialogs + ([f"window.lvPwned={pwned}"] if pwned else [])


# A short link's page sends the browser on to its card or module page, which is a page of the crawl itself.
SHORT_LINK = re.compile(r"/[km]/[^/]+/$")
TARGET = re.compile(r"/(kaartjes|modules)/[^/]+/$")


def _stay_on_short_links(route) -> None:
    """Answer a short link's redirect with 204 No Content: the browser then stays on the short link's own page,
    so that page is the one checked, and its target is not loaded a second time."""
    request = route.request
    if request.is_navigation_request() and SHORT_LINK.search(request.headers.get("referer", "")):
        route.fulfill(status=204)
    else:
        route.continue_()


@pytest.mark.browser
@pytest.mark.slow
def test_no_page_runs_a_payload(browser, attacked_site, attacked_url):
    # Without the service worker: it renders no data, and its precaching of the whole site on the first page
    # would compete with the page loads. Pictures and PDFs say nothing about scripts; skipping them keeps it short.
    context = browser.new_context(locale="nl-NL", service_workers="block")
    context.route(re.compile(r".*\.(png|pdf|zip)$"), lambda route: route.abort())
    context.route(TARGET, _stay_on_short_links)
    page = context.new_page()
    watch = Watch(page)
    ran = {}
    for path in site_pages(attacked_site):
        if SHORT_LINK.search("/" + path):
            # The redirect stays pending, so Playwright's "load" would wait for it: wait for the page's own.
            page.goto(attacked_url + path, wait_until="commit")
            until(page, "() => document.readyState === 'complete'", seconds=30)
            assert urlsplit(page.url).path.endswith(path), page.url
        else:
            page.goto(attacked_url + path, wait_until="load")
        if watch.ran():
            ran[path] = watch.ran()
            watch.dialogs.clear()
            page.evaluate("() => { window.lvPwned = null; }")
    # Search shows titles and texts from the index: type a word that stands in every payload.
    page.goto(attacked_url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("onerror")
    page.locator(".md-search-result__item").first.wait_for()
    if watch.ran():
        ran["zoeken"] = watch.ran()
    links = page.evaluate("() => [...document.querySelectorAll('a[href]')].filter(a => /^\\s*javascript:/i.test(a.href)).length")
    context.close()
    assert ran == {}
    assert links == 0


CRAFTED = {
    "m": '"><img src=x onerror=alert(11)>',
    "k": "<svg onload=window.lvPwned=12>,wv-01",
    "o": "javascript:window.lvPwned=13",
    "w": "'><script>window.lvPwned=14</script>",
    "d": "<b>2026</b>",
    "t": '"><img src=x onerror=alert(15)>',
    "p": "<img src=x onerror=alert(16)> {{ 7*7 }}",
}


@pytest.mark.browser
@pytest.mark.parametrize("path", ["selectie/", "uitnodigen/"])
def test_crafted_query_strings_show_as_text(browser, real_site, site_url, path):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    watch = Watch(page)
    query = "&".join(f"{key}={quote(value)}" for key, value in CRAFTED.items())
    page.goto(f"{site_url}{path}?{query}", wait_until="load")
    page.wait_for_timeout(300)
    text = page.locator("article.md-content__inner").inner_text()
    assert watch.ran() == []
    assert page.locator("img[src='x'], svg[onload]").count() == 0
    if path == "selectie/":
        # The unknown ids are named, literally, so a participant can tell the trainer what is wrong.
        assert CRAFTED["m"] in text
    context.close()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_is_no_search_word(payload):
    from pydantic import ValidationError

    from macros.model import SearchSynonym

    with pytest.raises(ValidationError):
        SearchSynonym(site=payload, lezers=["hulpverlener"])
    with pytest.raises(ValidationError):
        SearchSynonym(site="professional", lezers=[payload])
