"""What every page's first view loads of ours stays lean (issue 24: at most 9 requests and 85 KB gzip on a
module page, measured by `make bench-web`). Most checks read the committed bundles, so a change that pulls
a tool's code back into the site bundle fails here at once, without a browser or a benchmark run; the last
one reads the built site, for what Material's script does with the page's text while it starts."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from macros import heading_links

BUNDLES = Path(__file__).resolve().parent.parent / "docs/assets/bundles"

# [a text that only that code has, the bundle where it belongs]
LATER = [
    ("BEGIN:VCALENDAR", "agenda.js"),                          # the calendar writer: fetched on "Zet in mijn agenda"
    ("Bewaar mijn afspraak", "afspraak-formulier.js"),         # the agreement form: fetched on "Dit ga ik doen"
    ("veel langer dan de site ooit maakt", "uitnodiging.js"),  # the link codec: only the link tools read links
    ("Bewaar als bestand", "antwoorden.js"),                   # the notebook's files: only on its own page
    ("lv-builder__form", "uitnodiging.css"),                   # the invitation builder's rules
    ("lv-notebook__item", "antwoorden.css"),                   # the notebook page's rules
    ("lv-agreement-sheet", "antwoorden.css"),                  # the agreement cards it prints
]


@pytest.mark.parametrize(("text", "home"), LATER, ids=[home for _, home in LATER])
def test_a_tools_own_code_stays_out_of_the_site_bundle(text, home):
    assert text in (BUNDLES / home).read_text(encoding="utf-8"), f"{text!r} should be in {home}"
    for name in ("site.js", "site.css"):
        assert text not in (BUNDLES / name).read_text(encoding="utf-8"), f"{text!r} is back in {name}"


def test_every_page_kind_has_a_script_and_a_stylesheet():
    # overrides/partials/lv-bundle.html picks one name for both.
    late = {path.stem for path in (BUNDLES.parent / "js/later").glob("*.js")}  # scripts fetched on a click
    scripts = {path.stem for path in BUNDLES.glob("*.js")} - late
    assert scripts == {path.stem for path in BUNDLES.glob("*.css")}


# Elements without an end tag: they open no level in _Titles.
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Titles(HTMLParser):
    """The heading links and the elements with a title inside a page's text (Material's article)."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # inside the text: the depth of open elements below its <article>
        self.links, self.titled = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth == 0 and tag == "article" and "md-content__inner" in (attrs.get("class") or ""):
            self.depth = 1
            return
        if self.depth:
            self.depth += tag not in VOID
            if "headerlink" in (attrs.get("class") or "").split():
                self.links.append(attrs)
            elif "title" in attrs:
                self.titled.append(tag)

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1



def test_heading_links_describe_themselves_without_a_title():
    """Material makes a tooltip of every element with a title in the text, and measures each one while
    the page starts (about 15 ms for a module's heading links on a fast computer). The link keeps its
    "¶" as its name, so a heading still reads as its own words, and says what it is as a description."""
    html = markdown.markdown("## Leerdoelen\n\nTekst.", extensions=[
        "toc", heading_links.HeadingLinksExtension()], extension_configs={
        "toc": {"permalink": True, "permalink_title": "Link naar dit kopje"}})
    assert '<a aria-description="Link naar dit kopje" class="headerlink" href="#leerdoelen">' in html
    assert "title=" not in html and "aria-label" not in html


def test_the_text_of_a_module_has_no_title_but_the_glossary_words(real_site):
    links = 0
    glossary = set()
    for page in sorted((real_site / "modules").glob("*/index.html")):
        found = _Titles()
        found.feed(page.read_text(encoding="utf-8"))
        assert found.links, f"{page}: no heading links found"
        for link in found.links:
            assert link.get("aria-description") == "Link naar dit kopje" and "title" not in link, (page, link)
        assert set(found.titled) <= {"abbr"}, (page, found.titled)
        links += len(found.links)
        glossary |= set(found.titled)
    assert links >= 50 and glossary == {"abbr"}, "the glossary words keep their title, for their tooltip"
