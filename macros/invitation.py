"""The invitation builder and the page that shows a trainer's selection to participants.

Both get the material as JSON data and the markup as `<template>` elements made by the site's own
Jinja templates: one empty card (card.html) and one empty prompt (prompt_item.html), which the script
(docs/assets/js/uitnodiging.js) clones and fills with `textContent`, and each werkplaat rendered whole by
werkplaat.html, which the script clones as it is. The script only chooses and arranges.
"""
from __future__ import annotations

from types import SimpleNamespace

from markupsafe import Markup

from . import addresses, design
from .inline import plain_text
from .loader import Catalog
from .material import render_werkplaat
from .templating import render_template


def selection_data(catalog: Catalog, current_url: str, site_url: str) -> dict:
    """Everything the invitation pages need as data; the markup comes from the templates below."""
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    order = {module.id: index for index, module in enumerate(modules)}
    return {
        "kinds": {kind.id: {"label": kind.label, "symbol": kind.symbol} for kind in design.KINDS.values()},
        "modules": [{
            "id": m.id, "nummer": m.nummer, "titel": m.titel, "beschrijving": m.beschrijving,
            "duur": m.leestijd_minuten, "url": addresses.relative_url(current_url, catalog.urls.page_url(m.pagina)),
        } for m in modules],
        "cards": [{
            "id": card.id, "module": deck.module, "soort": card.soort, "titel": card.titel,
            "tekst": plain_text(card.tekst), "anker": addresses.card_anchor(card.id),
            "meta": f"{deck.titel} · kaartje {number} van {len(deck.kaarten)}",
            "url": addresses.relative_url(current_url, catalog.urls.generated_page("kaartje", card.id)),
        } for deck in sorted(catalog.data.kaartensets, key=lambda d: order[d.module])
            for number, card in enumerate(deck.kaarten, start=1)],
        "prompts": [{"id": prompt.id, "module": module_id, "tekst": plain_text(prompt.tekst)}
                    for module_id in sorted(catalog.prompts, key=order.get) for prompt in catalog.prompts[module_id]],
        "werkplaten": [{"id": w.id, "module": w.module, "titel": w.titel, "duur": w.duur_minuten}
                       for w in sorted(catalog.data.werkplaten, key=lambda w: order[w.module])],
        "selectionPath": addresses.relative_url(current_url, catalog.urls.tool_page("selectie")),
    }


def _templates(catalog: Catalog) -> Markup:
    """The card and prompt templates, once, and every werkplaat as a ready item."""
    card = SimpleNamespace(soort="denk", titel="", id="")
    deck = SimpleNamespace(titel="", module="", kaarten=[card])
    # anchor=True gives the card its id and aria-labelledby; the script fills in the real ids.
    card_markup = render_template("card.html", card=card, deck=deck, number=1, anchor=True, anchor_id="",
                                  kind=design.KINDS["denk"], text="", card_url="#", heading=4)
    prompt_markup = render_template("prompt_item.html", prompt=SimpleNamespace(id=""), text="")
    werkplaten = [{"key": f"werkplaat:{w.id}", "html": render_werkplaat(catalog, w.id)} for w in catalog.data.werkplaten]
    return render_template("invitation_templates.html", card=card_markup, prompt=prompt_markup, items=werkplaten)


def _page_parts(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return render_template("json_data.html", data=selection_data(catalog, current_url, site_url)) + _templates(catalog)


def _invitation_scripts(current_url: str) -> Markup:
    return render_template("invitation_scripts.html", base=addresses.site_root(current_url))


def render_invitation_builder(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return (_page_parts(catalog, current_url, site_url) + render_template("invitation_builder.html")
            + _invitation_scripts(current_url))


def render_selection(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return (_page_parts(catalog, current_url, site_url)
            + render_template("selection.html", path_url=addresses.relative_url(current_url, catalog.urls.page_url("modules/index.md")))
            + _invitation_scripts(current_url))
