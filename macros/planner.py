"""The planner (docs/plannen.md): the data and the markup its scripts work with.

A begeleider builds a session from blocks in the browser; the plan lives in the page's address.
The page gets everything from the build, so the scripts repeat nothing: the phases with their labels,
the material with its phases and durations, the ready plans, and the markup of a werkplaat,
a case and a prompt as `<template>` elements rendered by the same Jinja templates as the module pages.
The scripts (docs/assets/planner*.js) only choose, count and clone; text goes in with `textContent`.
"""
from __future__ import annotations


from markupsafe import Markup

from . import addresses, design, look_back, safety
from .inline import inline_markdown
from .loader import Catalog
from .material import render_case, render_werkplaat
from .model import PHASES
from .templating import render_template

PAGE = addresses.TOOL_PAGES["planner"]
# The participants' own page: the same plan link, their edition only, with a preview of its own.
GROUP_PAGE = addresses.TOOL_PAGES["bijeenkomst"]
PHASE_LABELS = {"openen": "Openen", "verkennen": "Verkennen", "verdiepen": "Verdiepen",
                "afspreken": "Afspreken", "afsluiten": "Afsluiten"}
# What each phase asks of the group, shown beside the phase in the planner.
PHASE_HINTS = {"openen": "landen en kennismaken met het thema",
               "verkennen": "ervaringen ophalen en verhalen delen",
               "verdiepen": "samen dieper nadenken en oefenen",
               "afspreken": "kiezen wat je gaat doen",
               "afsluiten": "terugkijken en afronden"}
KIND_LABELS = {"werkplaat": "Werkplaat", "kaartjes": "Kaartjes", "casus": "Casus",
               "overdenking": "Ter overdenking", "pauze": "Pauze", "vrij": "Eigen blok"}
def _plain(text: str) -> str:
    """A text from the data file without its inline Markdown, for lists and the invitation text."""
    return Markup(inline_markdown(text)).striptags()


def _block(block) -> dict:
    ids = ([block.werkplaat] if block.werkplaat else []) + ([block.casus] if block.casus else []) + \
        list(block.kaarten) + list(block.vragen)
    return {"soort": block.soort, "ids": ids, "minuten": block.minuten, "fase": block.fase,
            # The block's text as plain text, as the planner shows every other text (scripts use textContent).
            "titel": block.titel or "", "tekst": _plain(block.tekst or "")}


def planner_data(catalog: Catalog, current_url: str, site_url: str) -> dict:
    """What the planner's scripts read from the page (as JSON, escaped by Jinja's tojson)."""
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    order = {module.id: module.nummer for module in modules}

    def link(path: str) -> str:
        return addresses.relative_url(current_url, path)

    return {
        "phases": [{"id": phase, "label": PHASE_LABELS[phase], "hint": PHASE_HINTS[phase]} for phase in PHASES],
        "kinds": look_back.kinds(catalog, KIND_LABELS),
        "cardKinds": {kind.id: kind.label for kind in design.KINDS.values()},
        # The look back's texts and minutes (its minutes are data: the sum of its steps).
        "lookBack": look_back.planner_data(catalog),
        "modules": [{"id": m.id, "nummer": m.nummer, "titel": m.titel, "url": link(catalog.urls.page_url(m.pagina))}
                    for m in modules],
        "decks": [{"id": deck.id, "titel": deck.titel, "module": deck.module,
                   "print": link(catalog.urls.generated_page("printvel", deck.id)), "pdf": link(addresses.deck_pdf(deck.id))}
                  for deck in sorted(catalog.data.kaartensets, key=lambda d: order[d.module])],
        "cards": [{"id": card.id, "module": deck.module, "deck": deck.id, "soort": card.soort, "titel": card.titel,
                   "tekst": _plain(card.tekst), "fasen": list(card.fasen)}
                  for deck in sorted(catalog.data.kaartensets, key=lambda d: order[d.module]) for card in deck.kaarten],
        "cases": [{"id": case.id, "module": case.module, "titel": case.titel, "fasen": list(case.fasen)}
                  for case in sorted(catalog.data.casussen, key=lambda c: order[c.module])],
        "prompts": [{"id": prompt.id, "module": module_id, "tekst": _plain(prompt.tekst)}
                    for module_id in sorted(catalog.prompts, key=order.get) for prompt in catalog.prompts[module_id]],
        "werkplaten": [{"id": w.id, "module": w.module, "titel": w.titel, "fase": w.fase, "duur": w.duur_minuten,
                        "groep": [w.groep.min, w.groep.max], "groepsgrootte": w.groepsgrootte,
                        "materialen": [_plain(item) for item in w.materialen]}
                       for w in sorted(catalog.data.werkplaten, key=lambda w: order[w.module])],
        # What a block says once its material is swapped: the words of a ready plan name their own case.
        "werkwijzen": {kind: _plain(text) for kind, text in dict(catalog.data.werkwijzen or {}).items() if text},
        "sessions": [{"id": s.id, "module": s.module, "titel": s.titel, "start": s.start, "duur": s.duur_minuten,
                      "blokken": [_block(block) for block in s.blokken]}
                     for s in sorted(catalog.data.sessies, key=lambda s: order[s.module])],
        # A link made in the offline edition (file://) must still open for the group, so links point online.
        "publicUrl": addresses.absolute_url(site_url, addresses.public_page_url(PAGE)),
        "groupPublicUrl": addresses.absolute_url(site_url, addresses.public_page_url(GROUP_PAGE)),
        "groupUrl": link(catalog.urls.tool_page("bijeenkomst")),
        "trainersUrl": link(catalog.urls.page_url("trainers/index.md")),
        "liveUrl": link(catalog.urls.tool_page("begeleiden")),
    }


def item_templates(catalog: Catalog) -> list[dict]:
    """The markup of every werkplaat, case and prompt, for the print editions and the participant view."""
    items = [{"key": f"werkplaat:{w.id}", "html": render_werkplaat(catalog, w.id)} for w in catalog.data.werkplaten]
    items += [{"key": f"casus:{case.id}", "html": render_case(catalog, case.id)} for case in catalog.data.casussen]
    items += [{"key": f"overdenking:{prompt.id}",
               "html": render_template("prompt_item.html", prompt=prompt, text=inline_markdown(prompt.tekst))}
              for prompts in catalog.prompts.values() for prompt in prompts]
    return items + look_back.item_templates(catalog)


def render_planner(catalog: Catalog, current_url: str, site_url: str, template: str = "planner.html",
                   group: bool = False) -> Markup:
    data, items = planner_data(catalog, current_url, site_url), item_templates(catalog)
    if group:  # the participants' own parts: their agreements, the doekaartjes to choose from, the week's card
        data["cardUrls"] = look_back.card_urls(catalog, current_url)
        items += look_back.group_items(catalog, current_url)
    return render_template(template, data=data, look_back=catalog.data.terugblik,
                           base=addresses.site_root(current_url), items=items,
                           phases=[{"id": p, "label": PHASE_LABELS[p]} for p in PHASES],
                           kinds=look_back.kinds(catalog, KIND_LABELS),
                           safety_title=catalog.data.veiligheid.titel if catalog.data.veiligheid else "",
                           safety=safety.render_safety(catalog, current_url, link=True) if catalog.data.veiligheid else "",
                           sessions=sorted(catalog.data.sessies, key=lambda s: catalog.modules[s.module].nummer),
                           modules=sorted(catalog.data.modules, key=lambda m: m.nummer), modules_by_id=catalog.modules,
                           traject_ids={m.sessie for t in catalog.data.trajecten for m in t.bijeenkomsten})


def render_group_view(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    """The participants' page (docs/bijeenkomst.md): the plan from the link as their edition, nothing to edit."""
    return render_planner(catalog, current_url, site_url, template="planner_group.html", group=True)
