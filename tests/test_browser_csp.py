"""The Content-Security-Policy (macros/csp.py) in a real browser, online and from the offline zip.

Every sampled page opens without a single `securitypolicyviolation` event and without a CSP message
on the console, and the parts that lean on scripts still work under the policy: Material's search,
the tools, a short link's redirect. Under file:// Chromium treats 'self' its own way, so the offline
zip is checked on its own. The online crawl also checks privacy: no request leaves the site, no cookie,
no console error.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import site_pages

pytestmark = pytest.mark.browser

# Collected in every document before its own scripts run; Playwright's init scripts are not subject to the page's policy.
LISTEN = """
window.__lvCsp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__lvCsp.push(
  e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')), true);
"""
# Pages whose scripts do the most: the tools with a filled-in link, and search.
TOOLS = {"plannen": "?klaar=sessie-gelijkwaardigheid", "selectie": "?m=keten&k=kt-01&o=kt-o1&w=kt-omgangsregels",
         "eigen-kaartjes": "", "uitnodigen": "", "mijn-antwoorden": ""}


def _context(browser):
    # With the service worker, as a reader has it: after the first pages it serves the rest.
    context = browser.new_context(locale="nl-NL", service_workers="allow")
    context.add_init_script(LISTEN)
    return context


def _visit(page, url: str, console: list[str], wait_until: str = "load") -> list[str]:
    page.goto(url, wait_until=wait_until)
    if wait_until == "load":
        page.wait_for_timeout(150)  # a policy event has no end to wait for: give late scripts a moment
    found = page.evaluate("window.__lvCsp || []")
    return found + [text for text in console if "Content Security Policy" in text or "Content-Security-Policy" in text]


def _run(browser, urls: list[str]) -> dict[str, list[str]]:
    context = _context(browser)
    page, console, failures = context.new_page(), [], {}
    page.on("console", lambda message: console.append(message.text))
    for url in urls:
        console.clear()
        problems = _visit(page, url, console)
        if problems:
            failures[url] = problems
    context.close()
    return failures


def _with_tools(paths: list[str]) -> list[str]:
    """The pages, where a tool is, with a filled-in link, so its scripts run their full course."""
    return [path + TOOLS.get(path.strip("/").removesuffix(".html"), "") for path in paths]


def test_every_page_has_the_policy_before_any_script(real_site):
    for path in [real_site / "index.html", real_site / "404.html", real_site / "print_page/index.html",
                 real_site / "k/wv-01/index.html", real_site / "plannen/index.html"]:
        html = path.read_text(encoding="utf-8")
        meta = html.find('http-equiv="Content-Security-Policy"')
        assert meta != -1, path
        assert meta < html.find("<script"), f"{path}: the policy must come before the first script"
        assert "'unsafe-inline'" not in html[meta:html.find(">", meta)] and "'unsafe-eval'" not in html[meta:html.find(">", meta)]


def test_no_page_breaks_the_policy_or_leaves_the_site_online(browser, real_site, site_url):
    """One crawl for the policy and for privacy: no CSP event, no request to another site, no cookie, and no
    console error. With the service worker, as a reader has it: the requests are watched on the whole context,
    so a page's own requests count even when the worker answers them, and so do the worker's own fetches."""
    pages = site_pages(real_site, sample_generated=True)
    # Each tool bare and with a filled-in link; and two short links, whose pages only redirect.
    paths = pages + [path for path in _with_tools(pages) if path not in pages] + ["k/wv-01/", "voor-trainers/"]
    context = _context(browser)
    foreign, errors = [], []
    context.on("request", lambda request: None if request.url.startswith((site_url, "data:", "blob:"))
               else foreign.append(request.url))
    page, console, failures = context.new_page(), [], {}
    page.on("console", lambda message: console.append(message.text))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    for path in paths:
        console.clear()
        # Until the network is quiet, so the requests and policy events of scripts that run after load count.
        problems = _visit(page, site_url + path, console, wait_until="networkidle")
        if problems:
            failures[path] = problems
    cookies = context.cookies()
    context.close()
    assert failures == {}, "\n".join(f"{url}: {problems}" for url, problems in failures.items())
    assert foreign == []
    assert cookies == []
    # The 404 page is requested on purpose once above; its own load is not a console error of ours.
    assert [e for e in errors if "404" not in e] == []


def _offline_url(folder: Path, path: str) -> str:
    bare, _, query = path.partition("?")
    target = folder / bare
    if not bare or bare.endswith("/"):
        target = target / "index.html"
    return target.as_uri() + ("?" + query if query else "")


def test_no_page_breaks_the_policy_from_the_offline_zip(browser, unpacked):
    paths = _with_tools(site_pages(unpacked, sample_generated=True)) + ["k/wv-01/"]
    failures = _run(browser, [_offline_url(unpacked, path) for path in paths])
    assert failures == {}, "\n".join(f"{url}: {problems}" for url, problems in failures.items())


@pytest.mark.parametrize("where", ["online", "offline"])
def test_search_and_the_tools_work_under_the_policy(browser, site_url, unpacked, where):
    context = _context(browser)
    page, console = context.new_page(), []
    page.on("console", lambda message: console.append(message.text))
    home = site_url if where == "online" else (unpacked / "index.html").as_uri()
    page.goto(home)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("vertrouwen", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    planner = site_url + "plannen/" if where == "online" else (unpacked / "plannen.html").as_uri()
    page.goto(planner + "?klaar=sessie-gelijkwaardigheid")
    page.locator(".lv-pl-block").first.wait_for()
    assert page.locator("[data-lv-pl-qr] svg").count() == 1
    assert page.evaluate("window.__lvCsp") == []
    context.close()
    assert [text for text in console if "Content Security Policy" in text] == []


def test_a_short_link_still_redirects_with_its_fragment(page, site_url):
    page.goto(site_url + "k/wv-01/#kaart-wv-01")
    page.wait_for_url("**/kaartjes/wv-01/#kaart-wv-01")
