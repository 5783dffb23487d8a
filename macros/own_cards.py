"""The own-cards maker (docs/eigen-kaartjes.md): the data and the markup its scripts work with.

A team types its own denk- and doekaartjes in the browser. The page gets everything it needs from
the build, so the scripts repeat nothing: the design (`design.for_scripts`), the limits of the data
file (`model`), the site's decks to start from, and the markup of a card and of a cut-sheet card as
`<template>` elements rendered by the same Jinja templates as the site's own cards. The scripts
(docs/assets/eigen-kaartjes*.js) clone those templates and fill them with `textContent`.
"""
from __future__ import annotations

from types import SimpleNamespace

from markupsafe import Markup

from . import addresses, design, model, session_rules
from .loader import Catalog
from .templating import render_template

PAGE = addresses.TOOL_PAGES["eigen-kaartjes"]
# A link with more cards gets long for chat apps and for a QR code; the export file has no limit.
LINK_MAX_CARDS = 40
# Chat apps and mail programs pass links of this length intact; longer ones get cut.
LINK_MAX_CHARS = 8000
# Where in a session a new card fits, until the maintainer decides: the planner's rule (session_rules).
DEFAULT_PHASES = session_rules.RULES["cardPhases"]


def maker_data(catalog: Catalog, site_url: str, site_name: str) -> dict:
    """What the maker's scripts read from the page (as JSON, escaped by Jinja's tojson)."""
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    return {
        "design": design.for_scripts(),
        "limits": {"title": model.CARD_TITLE_MAX, "text": model.CARD_TEXT_MAX,
                   "cards": LINK_MAX_CARDS, "linkChars": LINK_MAX_CHARS},
        "phases": list(model.PHASES),
        "defaultPhases": DEFAULT_PHASES,
        "modules": [{"id": m.id, "nummer": m.nummer, "titel": m.titel} for m in modules],
        "decks": [{
            "id": deck.id, "module": module.id, "label": f"Module {module.nummer}: {deck.titel}",
            "titel": deck.titel,
            "kaarten": [{"soort": c.soort, "titel": c.titel, "tekst": c.tekst, "fasen": list(c.fasen)}
                        for c in deck.kaarten],
        } for module in modules for deck in catalog.decks_of(module.id)],
        # The footer of a card image, as on the images the build makes: the site and its address.
        "siteName": site_name,
        "siteAddress": addresses.short_label(site_url).rstrip("/"),
        # A link made from the offline edition (file://) must still open for someone else.
        "publicUrl": addresses.absolute_url(site_url, addresses.public_page_url(PAGE)),
    }


def _card_template() -> Markup:
    """An empty screen card from card.html, the one markup of a card on the site."""
    card = SimpleNamespace(soort="denk", titel="")
    deck = SimpleNamespace(titel="", module="", kaarten=[card])
    return render_template("card.html", card=card, deck=deck, number=1, anchor=False, anchor_id="",
                           kind=design.KINDS["denk"], text="", card_url=None, heading=3)


def _sheet_template() -> Markup:
    """An empty cut sheet with one card from sheet.html: the scripts copy its sheet and its card."""
    card = SimpleNamespace(soort="denk", titel="", id="eigen")
    deck = SimpleNamespace(titel="", kaarten=[card])
    item = {"card": card, "kind": design.KINDS["denk"], "number": 1, "text": "", "short_label": "",
            "qr_svg": Markup("")}
    return render_template("sheet.html", deck=deck, sheets=[[item]], pdf_url="", deck_url="")


def render_maker(catalog: Catalog, current_url: str, site_url: str, site_name: str) -> Markup:
    return render_template(
        "own_cards.html",
        data=maker_data(catalog, site_url, site_name), base=addresses.site_root(current_url),
        kinds=list(design.KINDS.values()), card_template=_card_template(), sheet_template=_sheet_template(),
    )
