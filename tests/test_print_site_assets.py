"""The print-site plugin's stylesheets and script load on its print page only (macros/print_site.py).

They were three of a module page's ten first-view requests. The print page (the whole course as a
book) still needs them: they hide its table of contents on screen, take the navigation off and copy
the table of contents into the book. The browser tests print it as a reader would.
"""
from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

PLUGIN_FILES = ("css/print-site.css", "css/print-site-material.css", "js/print-site.js")
PRINT_PAGE = "print_page/index.html"


def _plugin_references(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="[^"]*?((?:css|js)/print-site[^"]*)"', html)


def test_only_the_print_page_loads_the_plugins_files(real_site):
    pages = [path for path in real_site.rglob("*.html") if path.relative_to(real_site).as_posix() != PRINT_PAGE]
    assert len(pages) > 100 and real_site / "404.html" in pages
    for path in pages:
        assert _plugin_references(path.read_text(encoding="utf-8")) == [], path
    book = (real_site / PRINT_PAGE).read_text(encoding="utf-8")
    assert sorted(_plugin_references(book)) == sorted(PLUGIN_FILES)
    for name in PLUGIN_FILES:
        assert (real_site / name).is_file(), name


def test_the_print_page_has_the_plugins_files_where_material_puts_them(real_site):
    # Stylesheets in the head before ours, so ours still win; the script after Material's bundle and before ours.
    book = (real_site / PRINT_PAGE).read_text(encoding="utf-8")
    head = book[:book.index("</head>")]
    assert head.index("css/print-site.css") < head.index("css/print-site-material.css") < head.index("bundles/site.css")
    body = book[book.index("<body"):]
    assert body.index("javascripts/bundle.") < body.index("js/print-site.js") < body.index("bundles/site.js")


@pytest.mark.browser
def test_the_book_works_with_the_plugins_files(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + "print_page/")
    # The plugin's script ran: the table of contents is copied into the book, the navigation is gone.
    page.wait_for_function("() => document.querySelector('#print-page-toc nav ul') !== null")
    assert page.locator("#print-page-toc nav ul li").count() >= 7
    assert page.evaluate("getComputedStyle(document.querySelector('.md-sidebar--primary')).display") == "none"
    # Its stylesheet applies: on screen the book's own table of contents is hidden.
    assert page.evaluate("getComputedStyle(document.querySelector('#print-page-toc')).display") == "none"
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('#print-page-toc')).display") != "none"
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    context.close()
    text = " ".join(sheet.extract_text() for sheet in pdf.pages[:4])
    assert "Inhoud" in text
    assert len(pdf.pages) > 20


@pytest.mark.browser
def test_a_module_page_does_not_ask_for_the_plugins_files(browser, site_url):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(site_url + "modules/wat-is-vertrouwen/", wait_until="load")
    page.wait_for_load_state("networkidle")
    context.close()
    assert any("bundles/site.js" in url for url in asked)
    assert [url for url in asked if "print-site" in url] == []
