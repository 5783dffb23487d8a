"""Page meta from the data file: the one place where data text becomes a page's title and description.

MkDocs renders theme templates with autoescape off, and Material prints `page.meta.title` and
`page.meta.description` straight into `<title>`, `<meta name="description">` and the header. A card
title with a quote would end the attribute and whatever follows would run as markup. So:

- pages generated from the data carry no data text in their front matter (mkdocs-macros would also
  evaluate `{{ }}` in a front-matter title); the build plan says which item a page shows;
- after mkdocs-macros has run, `apply` sets title and description from the catalogue, and escapes
  the title and description of *every* page once, as `Markup`, before Material sees them;
- our own code reads them back as plain text with `plain`, and lets autoescaping templates escape
  again where it prints them, so nothing is escaped twice or not at all.
"""
from __future__ import annotations

from markupsafe import Markup, escape

from . import addresses, design
from .inline import plain_text
from .loader import Catalog
from .pages import GeneratedPage

TEXT_KEYS = ("title", "description")

# Pages a reader should not land on from search: each generated page (card, deck, print sheet) only
# repeats its module page, and so do the cards overview and the printed book. The tools' pages are a
# form and templates, not text a reader looks for.
SEARCH_EXCLUDED_PAGES = {"kaartjes.md", "print_page.md", *addresses.TOOL_PAGES.values()}
# Module pages are where a reader should land for a topic, above statement pages that mention it.
MODULE_SEARCH_BOOST = 3
# Statements about the site (sources, privacy, accessibility) answer few readers' questions.
STATEMENT_FOLDER, STATEMENT_SEARCH_BOOST = "over/", 0.5


def data_texts(src_uri: str, generated: GeneratedPage | None, catalog: Catalog) -> dict[str, str]:
    """Title and description, as plain text, of a page that shows an item of the data file."""
    module = catalog.module_by_page(src_uri)
    if generated is not None and generated.kind == "kaartje":
        deck, _, card = catalog.cards[generated.item_id]
        return {"title": f"{card.titel} ({design.KINDS[card.soort].word})", "description": plain_text(card.tekst)}
    if generated is not None:
        deck = catalog.decks[generated.item_id]
        deck_module = catalog.modules[deck.module]
        if generated.kind == "printvel":
            return {"title": f"Printvel: {deck.titel}",
                    "description": f"De kaartjes van {deck.titel} om te printen en uit te knippen: "
                                   f"{design.CARDS_PER_SHEET_WORD} per A4."}
        return {"title": f"Kaartjes: {deck.titel}",
                "description": f"{len(deck.kaarten)} denk- en doekaartjes bij module {deck_module.nummer}, "
                               f"{deck_module.titel}. Om te lezen, te printen en te delen."}
    if module is not None:
        return {"title": module.titel, "description": module.beschrijving}
    return {}


def apply(meta: dict, src_uri: str, generated: GeneratedPage | None, catalog: Catalog) -> None:
    """Set data texts, search settings and escaping in one page's meta. Runs after mkdocs-macros."""
    meta.update(data_texts(src_uri, generated, catalog))
    for key in TEXT_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            meta[key] = escape(value)
    search = dict(meta.get("search") or {})
    if generated is not None or src_uri in SEARCH_EXCLUDED_PAGES:
        search["exclude"] = True
    elif catalog.module_by_page(src_uri) is not None:
        search.setdefault("boost", MODULE_SEARCH_BOOST)
    elif src_uri.startswith(STATEMENT_FOLDER):
        search.setdefault("boost", STATEMENT_SEARCH_BOOST)
    if search:
        meta["search"] = search


def plain(meta: dict, key: str, default: str = "", heading: str | None = None) -> str:
    """A title or description as plain text, for previews, alt texts and images. A page without a
    front-matter title takes its first heading."""
    value = meta.get(key)
    if not value and key == "title":
        value = heading
    if not value:
        return default
    return value.unescape() if isinstance(value, Markup) else str(value)
