"""Inline Markdown for texts from the data file, with raw HTML shown as text.

Trainers may write *nadruk*, **sterk** and [links](https://...) in a card or prompt.
Anything that looks like HTML is escaped, because the data file is edited by many hands
and a page must never run what someone pasted into it. Links keep only http(s) addresses, and
images are not Markdown here: a picture from elsewhere would be a request to a third party.
"""
from __future__ import annotations

import re
from functools import lru_cache
from xml.etree.ElementTree import Element

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

_SAFE_SCHEME = re.compile(r"^https?://", re.IGNORECASE)


class _SafeLinks(Treeprocessor):
    """Keep only http(s) links; an address such as javascript: or data: could run code."""

    def run(self, root: Element) -> None:
        for link in root.iter("a"):
            if _SAFE_SCHEME.match(link.get("href", "").strip()):
                link.set("rel", "noopener")
            else:
                # The text stays; it is no longer a link. (An <a> without href is plain text.)
                link.attrib.pop("href", None)


class _NoRawHtml(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - Markdown's API name
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        for pattern in ("image_link", "image_reference", "short_image_ref"):
            md.inlinePatterns.deregister(pattern)
        md.treeprocessors.register(_SafeLinks(md), "lv_safe_links", 0)


@lru_cache(maxsize=None)
def _converter() -> markdown.Markdown:
    return markdown.Markdown(extensions=[_NoRawHtml()])


@lru_cache(maxsize=4096)
def inline_markdown(text: str) -> Markup:
    """Render one short text as inline HTML: no surrounding paragraph, no raw HTML."""
    converter = _converter()
    converter.reset()
    html = converter.convert(text.strip())
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


def plain_text(text: str) -> str:
    """The same text without Markdown marks, for titles, alt texts, link previews, images and PDFs.

    It goes through the same Markdown pass as the page, so both read a text alike; striptags then
    drops the markup and turns entities back into characters (the caller escapes again if needed)."""
    return inline_markdown(text).striptags()


def sentences(*parts: str) -> str:
    """Join a title and a text into running text, without a double full stop after a '?'."""
    out = ""
    for part in (p.strip() for p in parts if p and p.strip()):
        if out and out[-1] not in ".?!:":
            out += "."
        out = f"{out} {part}" if out else part
    return out
