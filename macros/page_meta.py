"""Page meta from the data file: the one place where data text becomes a page's title and description.

MkDocs renders theme templates with autoescape off, and Material prints `page.meta.title` and
`page.meta.description` straight into `<title>`, `<meta name="description">` and the header. A card
title with a quote would end the attribute and whatever follows would run as markup. So:

- pages generated from the data carry only ids in their front matter, never data text
  (mkdocs-macros would also evaluate `{{ }}` in a front-matter title);
- after mkdocs-macros has run, `apply` sets title and description from the catalogue, and escapes
  the title and description of *every* page once, as `Markup`, before Material sees them;
- our own code reads them back as plain text with `plain`, and lets autoescaping templates escape
  again where it prints them, so nothing is escaped twice or not at all.
"""
from __future__ import annotations

from markupsafe import Markup, escape
from mkdocs.structure.pages import Page

from . import design
from .inline import plain_text
from .loader import Catalog

TEXT_KEYS = ("title", "description")

# Pages a reader should not land on from search: each card stands on its module page already,
# and print sheets, the cards overview and the selection page only repeat what is there.
SEARCH_EXCLUDED_KEYS = ("lv_card", "lv_deck")
SEARCH_EXCLUDED_PAGES = {"kaartjes.md", "selectie.md", "print_page.md",
                         # The tools: their page is a form and templates, not text a reader looks for.
                         "uitnodigen.md", "plannen.md", "eigen-kaartjes.md", "mijn-antwoorden.md"}
# Module pages are where a reader should land for a topic, above statement pages that mention it.
MODULE_SEARCH_BOOST = 3
# Statements about the site (sources, privacy, accessibility) answer few readers' questions.
STATEMENT_FOLDER, STATEMENT_SEARCH_BOOST = "over/", 0.5


def data_texts(page: Page, catalog: Catalog) -> dict[str, str]:
    """Title and description, as plain text, of a page that shows an item of the data file."""
    meta, module = page.meta, catalog.module_by_page(page.file.src_uri)
    if "lv_card" in meta:
        deck, _, card = catalog.cards[meta["lv_card"]]
        return {"title": f"{card.titel} ({design.KINDS[card.soort].word})", "description": plain_text(card.tekst)}
    if "lv_deck" in meta:
        deck = catalog.decks[meta["lv_deck"]]
        deck_module = catalog.modules[deck.module]
        if meta.get("lv_sheet"):
            return {"title": f"Printvel: {deck.titel}",
                    "description": f"De kaartjes van {deck.titel} om te printen en uit te knippen: acht per A4."}
        return {"title": f"Kaartjes: {deck.titel}",
                "description": f"{len(deck.kaarten)} denk- en doekaartjes bij module {deck_module.nummer}, "
                               f"{deck_module.titel}. Om te lezen, te printen en te delen."}
    if module is not None:
        return {"title": module.titel, "description": module.beschrijving}
    return {}


def apply(page: Page, catalog: Catalog) -> None:
    """Set data texts, search settings and escaping on one page. Runs after mkdocs-macros."""
    meta = page.meta
    meta.update(data_texts(page, catalog))
    for key in TEXT_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            meta[key] = escape(value)
    search = dict(meta.get("search") or {})
    if any(key in meta for key in SEARCH_EXCLUDED_KEYS) or page.file.src_uri in SEARCH_EXCLUDED_PAGES:
        search["exclude"] = True
    elif catalog.module_by_page(page.file.src_uri) is not None:
        search.setdefault("boost", MODULE_SEARCH_BOOST)
    elif page.file.src_uri.startswith(STATEMENT_FOLDER):
        search.setdefault("boost", STATEMENT_SEARCH_BOOST)
    if search:
        meta["search"] = search


def plain(page: Page, key: str, default: str = "") -> str:
    """A title or description as plain text, for previews, alt texts and images."""
    value = page.meta.get(key)
    if not value and key == "title":
        value = page.title  # a page without a front-matter title takes its first heading
    if not value:
        return default
    return value.unescape() if isinstance(value, Markup) else str(value)
