"""The learning material as HTML: cards, decks, prompts, werkplaten, the learning path and the card index.

Every function is plain: it takes the catalogue and ids and returns markup made by an autoescaping
template, so it can be tested without MkDocs. `current_url` is the page the markup lands on; links are
made relative to it, so the site works in any folder and from disk.
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses, design
from .errors import UnknownIdError, lookup
from .inline import inline_markdown
from .loader import Catalog
from .templating import render_template


def render_card(catalog: Catalog, card_id: str, anchor: bool = True, current_url: str | None = None,
                heading: int = 3) -> Markup:
    """One card; `heading` keeps the heading levels of the page in order (WCAG 1.3.1)."""
    deck, number, card = lookup(catalog.cards, "kaartje", card_id)
    card_url = addresses.relative_url(current_url, catalog.urls.generated_page("kaartje", card.id)) if current_url is not None else None
    return render_template(
        "card.html",
        card=card, deck=deck, number=number, anchor=anchor, anchor_id=addresses.card_anchor(card.id),
        kind=design.KINDS[card.soort], text=inline_markdown(card.tekst), card_url=card_url, heading=heading,
    )


def render_deck(catalog: Catalog, deck_id: str, current_url: str | None = None, heading: int = 3) -> Markup:
    deck = lookup(catalog.decks, "kaartenset", deck_id)
    return render_template(
        "deck.html",
        deck=deck, anchor_id=addresses.deck_anchor(deck.id),
        description=inline_markdown(deck.beschrijving) if deck.beschrijving else None,
        denk_count=sum(card.soort == "denk" for card in deck.kaarten),
        doe_count=sum(card.soort == "doe" for card in deck.kaarten),
        cards=[render_card(catalog, card.id, current_url=current_url, heading=heading) for card in deck.kaarten],
        print_url=addresses.relative_url(current_url, catalog.urls.generated_page("printvel", deck.id)) if current_url is not None else None,
        pdf_url=addresses.relative_url(current_url, addresses.deck_pdf(deck.id)) if current_url is not None else None,
        deck_url=addresses.relative_url(current_url, catalog.urls.generated_page("kaartenset", deck.id)) if current_url is not None else None,
        maker_url=(addresses.relative_url(current_url, catalog.urls.tool_page("eigen-kaartjes")) + f"?van={deck.id}"
                   if current_url is not None else None),
    )


def render_prompts(catalog: Catalog, module_id: str) -> Markup:
    lookup(catalog.modules, "module", module_id)
    prompts = catalog.prompts.get(module_id, [])
    if not prompts:
        raise UnknownIdError("set overdenkingsvragen voor module", module_id, sorted(catalog.prompts))
    return render_template("prompts.html", anchor_id=addresses.anchor("overdenking", module_id),
                   prompts=[(prompt, inline_markdown(prompt.tekst)) for prompt in prompts])


def render_werkplaat(catalog: Catalog, werkplaat_id: str) -> Markup:
    werkplaat = lookup(catalog.werkplaten, "werkplaat", werkplaat_id)
    return render_template(
        "werkplaat.html",
        werkplaat=werkplaat, goal=inline_markdown(werkplaat.doel),
        opening=inline_markdown(werkplaat.openingsvraag), space=inline_markdown(werkplaat.ruimte),
        participation=inline_markdown(werkplaat.deelname),
        materials=[inline_markdown(item) for item in werkplaat.materialen],
        steps=[(step, inline_markdown(step.tekst)) for step in werkplaat.stappen],
        notes=[inline_markdown(note) for note in werkplaat.begeleidersnotities],
        handout=werkplaat.uitdeelblad,
        handout_intro=inline_markdown(werkplaat.uitdeelblad.inleiding)
        if werkplaat.uitdeelblad and werkplaat.uitdeelblad.inleiding else None,
        handout_points=[inline_markdown(point) for point in werkplaat.uitdeelblad.punten] if werkplaat.uitdeelblad else [],
    )


def render_learning_path(catalog: Catalog, current_url: str) -> Markup:
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    items = [
        {
            "module": module,
            "url": addresses.relative_url(current_url, catalog.urls.page_url(module.pagina)),
            "cards": sum(len(deck.kaarten) for deck in catalog.decks_of(module.id)),
            "prompts": len(catalog.prompts.get(module.id, [])),
            "werkplaten": len(catalog.werkplaten_of(module.id)),
            "time_label": catalog.time_label(module.id),
        }
        for module in modules
    ]
    return render_template("path.html", modules=items)


def render_card_index(catalog: Catalog, current_url: str | None = None) -> Markup:
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    order = {module.id: module.nummer for module in modules}
    decks = sorted(catalog.data.kaartensets, key=lambda deck: order[deck.module])
    cards = [render_card(catalog, card.id, current_url=current_url, heading=2) for deck in decks for card in deck.kaarten]
    return render_template("card_index.html", modules=modules, cards=cards)


def render_case(catalog: Catalog, case_id: str) -> Markup:
    case = lookup(catalog.cases, "casus", case_id)
    return render_template("case.html", case=case, text=inline_markdown(case.tekst),
                           question=inline_markdown(case.vraag),
                           listen=inline_markdown(case.luisteren_naar) if case.luisteren_naar else None)


def render_cases(catalog: Catalog, module_id: str) -> Markup:
    """All cases of a module, in the order of the data file."""
    lookup(catalog.modules, "module", module_id)
    cases = catalog.cases_of(module_id)
    if not cases:
        raise UnknownIdError("set casussen voor module", module_id, sorted({c.module for c in catalog.data.casussen}))
    return Markup("\n").join(render_case(catalog, case.id) for case in cases)
