"""The invitation builder and the page that shows a trainer's selection to participants.

Both get the material as JSON, with each item's markup made by the same templates as elsewhere;
the script only chooses and arranges (docs/assets/uitnodiging.js).
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses
from .inline import inline_markdown
from .loader import Catalog
from .material import render_card, render_werkplaat
from .templating import render_template


def selection_data(catalog: Catalog, current_url: str, site_url: str) -> dict:
    """Everything the invitation pages need, with markup rendered by the same templates as elsewhere."""
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    order = {module.id: index for index, module in enumerate(modules)}
    return {
        "modules": [{
            "id": m.id, "nummer": m.nummer, "titel": m.titel, "beschrijving": m.beschrijving,
            "duur": m.leestijd_minuten, "url": addresses.relative_url(current_url, addresses.page_url(m.pagina)),
        } for m in modules],
        "cards": [{
            "id": card.id, "module": deck.module, "soort": card.soort, "titel": card.titel,
            "html": str(render_card(catalog, card.id, current_url=current_url, heading=4)),
        } for deck in sorted(catalog.data.kaartensets, key=lambda d: order[d.module]) for card in deck.kaarten],
        "prompts": [{
            "id": prompt.id, "module": module_id,
            "html": render_template("prompt_item.html", prompt=prompt, text=inline_markdown(prompt.tekst)),
        } for module_id in sorted(catalog.prompts, key=order.get) for prompt in catalog.prompts[module_id]],
        "werkplaten": [{
            "id": w.id, "module": w.module, "titel": w.titel, "duur": w.duur_minuten,
            "html": str(render_werkplaat(catalog, w.id)),
        } for w in sorted(catalog.data.werkplaten, key=lambda w: order[w.module])],
        "selectionPath": addresses.relative_url(current_url, addresses.selection_page()),
    }


def _json_script(data: dict) -> Markup:
    # Jinja's tojson escapes <, >, & and ' as \u sequences, so no text can end the script element.
    return render_template("json_data.html", data=data)


def _invitation_scripts(current_url: str) -> Markup:
    base = addresses.relative_url(current_url, "")
    return render_template("invitation_scripts.html", base="" if base == "./" else base)


def render_invitation_builder(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return (_json_script(selection_data(catalog, current_url, site_url)) + render_template("invitation_builder.html")
            + _invitation_scripts(current_url))


def render_selection(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return (_json_script(selection_data(catalog, current_url, site_url))
            + render_template("selection.html", path_url=addresses.relative_url(current_url, addresses.page_url("modules/index.md")))
            + _invitation_scripts(current_url))
