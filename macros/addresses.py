"""Every address of the site in one place, derived from data ids and never from titles.

Links in e-mails, WhatsApp messages and printed cards point here, so these paths are a promise:
change them only together with a redirect (see `redirect_maps` in mkdocs.yml).

The online site uses directory URLs (`kaartjes/gw-07/`); the offline edition, opened from
disk, cannot, so there every page is a file (`kaartjes/gw-07.html`). That choice belongs to one
build: the build makes one `Addresses` with it (macros/build.py) and hands it along, inside the
catalogue, to every function that links to a page. The plain functions below take the choice as an
argument and default to the online form, which public addresses (QR codes, short links in texts)
always use.
"""
from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass


def page_url(src_uri: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown file: 'a/b.md' -> 'a/b/' (or 'a/b.html' offline)."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def public_page_url(src_uri: str) -> str:
    """The online address of a page, for QR codes, PDFs and link previews, whatever this build uses."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index" or stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


# Pages generated from the data file (see macros/pages.py): an item's page by kind, as a source path.
GENERATED_PAGES = {
    "kaartje": "kaartjes/{}.md",
    "kaartenset": "kaartensets/{}/index.md",
    "printvel": "kaartensets/{}/print.md",
}
# The pages of the browser tools, by name: the one list. Search leaves them out (page_meta.py) and the
# printed book too (print-site's `exclude` in mkdocs.yml, checked against this list by a test).
TOOL_PAGES = {"eigen-kaartjes": "eigen-kaartjes.md", "planner": "plannen.md", "selectie": "selectie.md",
              "uitnodigen": "uitnodigen.md", "mijn-antwoorden": "mijn-antwoorden.md",
              "begeleiden": "begeleiden.md",
              "bijeenkomst": "bijeenkomst.md"}
# Short links: a card by id, a module by its number. Always a folder with an index.html of our own.
SHORT_LINKS = {"kaartje": "k/{}/", "module": "m/{}/"}


def generated_src(kind: str, item_id: str) -> str:
    return GENERATED_PAGES[kind].format(item_id)


def short_public(kind: str, key: str | int) -> str:
    """The short link as it is printed and shared: 'k/gw-07/'."""
    return SHORT_LINKS[kind].format(key)


@dataclass(frozen=True)
class Addresses:
    """The addresses of one build: online (directory URLs) or offline (a file per page)."""

    directory_urls: bool = True

    def page_url(self, src_uri: str) -> str:
        return page_url(src_uri, self.directory_urls)

    def generated_page(self, kind: str, item_id: str) -> str:
        return self.page_url(generated_src(kind, item_id))

    def tool_page(self, name: str) -> str:
        return self.page_url(TOOL_PAGES[name])

    def short_link(self, kind: str, key: str | int) -> str:
        """A short link inside this build: a folder with an index.html of our own (a file path offline)."""
        path = short_public(kind, key)
        return path if self.directory_urls else path + "index.html"


ONLINE = Addresses(directory_urls=True)


# Downloads: plain files, the same online and offline. One pattern per kind, the key in place of {}.
def _file(pattern: str) -> Callable[[str], str]:
    return lambda key: pattern.format(key)


deck_pdf = _file("downloads/kaartjes-{}.pdf")
werkplaat_pdf = _file("downloads/werkplaat-{}.pdf")
card_image = _file("downloads/kaartjes/{}.png")
social_image = _file("assets/social/{}.png")
qr_svg = _file("downloads/qr/{}.svg")
qr_png = _file("downloads/qr/{}.png")


# Links between addresses: relative inside the site (so it works in any folder and from disk),
# absolute only where a link leaves the site (QR codes, previews, messages).
def relative_url(from_url: str, to_url: str) -> str:
    """A link from one site URL to another, relative so the site works in any folder and from disk."""
    anchor = ""
    if "#" in to_url:
        to_url, anchor = to_url.split("#", 1)
        anchor = "#" + anchor
    start = posixpath.dirname(from_url.rstrip("/")) if not from_url.endswith("/") else from_url.rstrip("/")
    target = posixpath.relpath(to_url.rstrip("/") or ".", start or ".")
    if to_url.endswith("/") or to_url == "":
        target = target.rstrip("/") + "/"
    return target + anchor


def site_root(current_url: str) -> str:
    """The way from a page to the site's root folder, as a prefix for asset paths ('' on the home page)."""
    base = relative_url(current_url, "")
    return "" if base == "./" else base


def absolute_url(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + path


def short_label(url: str) -> str:
    """An address as people type it: without https://."""
    return url.split("://", 1)[-1]


# Anchors inside a page, so a link can point at one item: every format, by kind. Templates get
# `anchor` as a Jinja global (macros/templating.py); scripts get the prefixes as data (`anchor_prefixes`).
ANCHORS = {"kaartje": "kaart-{}", "kaartenset": "kaartenset-{}", "werkplaat": "werkplaat-{}", "casus": "casus-{}",
           "overdenking": "overdenking-{}", "sessie": "sessie-{}", "delen": "delen-{}"}


def anchor(kind: str, item_id: str) -> str:
    """'werkplaat', 'x' -> 'werkplaat-x'. A module's list of prompts is 'overdenking-<module id>'."""
    return ANCHORS[kind].format(item_id)


def card_anchor(card_id: str) -> str:
    return anchor("kaartje", card_id)


def deck_anchor(deck_id: str) -> str:
    return anchor("kaartenset", deck_id)


def anchor_prefixes() -> dict[str, str]:
    """The anchors as prefixes ('kaart-'), for scripts that build a link from an id."""
    return {kind: anchor(kind, "") for kind in ANCHORS}
