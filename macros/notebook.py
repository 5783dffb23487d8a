"""My answers (docs/mijn-antwoorden.md): the data and the markup of the notebook page.

Answers live only in the participant's browser. The page gets the current text of every prompt and
denkkaartje, so the script (docs/assets/js/antwoorden-schrift.js) can group the answers by module and
say when a prompt has changed or gone since it was answered. The markup of one answer is a
`<template>` here; the script clones it and fills it with `textContent`.
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses, design
from .inline import plain_text
from .loader import Catalog
from .templating import render_template

PAGE = addresses.TOOL_PAGES["mijn-antwoorden"]


def notebook_data(catalog: Catalog, current_url: str, site_url: str) -> dict:
    """What the notebook's script reads from the page (as JSON, escaped by Jinja's tojson)."""
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)

    def link(path: str) -> str:
        return addresses.relative_url(current_url, path)

    items = []
    for module in modules:
        page = link(catalog.urls.page_url(module.pagina))
        # On a module page the cards come before the prompts; the notebook keeps that order.
        items += [{"id": card.id, "soort": "kaartje", "module": module.id, "titel": card.titel,
                   "vraag": plain_text(card.tekst), "url": f"{page}#{addresses.card_anchor(card.id)}"}
                  for deck in catalog.decks_of(module.id) for card in deck.kaarten if card.soort == "denk"]
        # A doekaartje's agreement ("Dit ga ik doen", afspraak.js) is kept as "afspraak-<card id>".
        items += [{"id": f"afspraak-{card.id}", "soort": "afspraak", "module": module.id, "titel": card.titel,
                   "vraag": plain_text(card.tekst), "url": f"{page}#{addresses.card_anchor(card.id)}"}
                  for deck in catalog.decks_of(module.id) for card in deck.kaarten if card.soort == "doe"]
        items += [{"id": prompt.id, "soort": "vraag", "module": module.id, "titel": "",
                   "vraag": plain_text(prompt.tekst), "url": f"{page}#{addresses.anchor('overdenking', prompt.id)}"}
                  for prompt in catalog.prompts.get(module.id, [])]
    return {
        "modules": [{"id": m.id, "nummer": m.nummer, "titel": m.titel} for m in modules],
        "items": items,
        "site": addresses.absolute_url(site_url, addresses.public_page_url(PAGE)),
    }


def render_notebook(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return render_template("notebook.html", data=notebook_data(catalog, current_url, site_url),
                           base=addresses.site_root(current_url), doe_symbol=design.KINDS["doe"].symbol)
