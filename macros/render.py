"""Render the learning material to HTML. Python prepares the data; Jinja templates hold the markup.

Every function here is plain: it takes the catalogue and ids, and returns HTML. The macros in
`macros/__init__.py` only pass the current page along.
"""
from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import addresses
from .assets import qr_svg
from .errors import UnknownIdError
from .inline import inline_markdown
from .loader import Catalog

KIND_LABELS = {"denk": "Denkkaartje", "doe": "Doekaartje"}


@lru_cache(maxsize=None)
def _templates() -> Environment:
    return Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _render(template: str, **context) -> Markup:
    html = _templates().get_template(template).render(**context)
    # Markdown ends an HTML block at a blank line, so the output must not contain one.
    return Markup(re.sub(r"\n\s*\n", "\n", html).strip())


# ----------------------------------------------------------------------------
# Addresses
# ----------------------------------------------------------------------------

page_url = addresses.page_url


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
        if target == "./":
            target = "./"
    return target + anchor


def card_anchor(card_id: str) -> str:
    return f"kaart-{card_id}"


def deck_anchor(deck_id: str) -> str:
    return f"kaartenset-{deck_id}"


# ----------------------------------------------------------------------------
# Look-ups that fail with a trainer's message
# ----------------------------------------------------------------------------

def _lookup(table: dict, what: str, item_id: str):
    if item_id not in table:
        raise UnknownIdError(what, item_id, sorted(table))
    return table[item_id]


# ----------------------------------------------------------------------------
# The render functions
# ----------------------------------------------------------------------------

def absolute_url(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + path


def short_label(url: str) -> str:
    """An address as people type it: without https://."""
    return url.split("://", 1)[-1]


def render_card(catalog: Catalog, card_id: str, anchor: bool = True, current_url: str | None = None,
                heading: int = 3) -> Markup:
    """One card; `heading` keeps the heading levels of the page in order (WCAG 1.3.1)."""
    deck, number, card = _lookup(catalog.cards, "kaartje", card_id)
    card_url = relative_url(current_url, addresses.card_page(card.id)) if current_url is not None else None
    return _render(
        "card.html",
        card=card, deck=deck, number=number, anchor=anchor, anchor_id=card_anchor(card.id),
        kind_label=KIND_LABELS[card.soort], text=inline_markdown(card.tekst), card_url=card_url, heading=heading,
    )


def render_deck(catalog: Catalog, deck_id: str, current_url: str | None = None, heading: int = 3) -> Markup:
    deck = _lookup(catalog.decks, "kaartenset", deck_id)
    return _render(
        "deck.html",
        deck=deck, anchor_id=deck_anchor(deck.id),
        description=inline_markdown(deck.beschrijving) if deck.beschrijving else None,
        denk_count=sum(card.soort == "denk" for card in deck.kaarten),
        doe_count=sum(card.soort == "doe" for card in deck.kaarten),
        cards=[render_card(catalog, card.id, current_url=current_url, heading=heading) for card in deck.kaarten],
        print_url=relative_url(current_url, addresses.deck_print_page(deck.id)) if current_url is not None else None,
        pdf_url=relative_url(current_url, addresses.deck_pdf(deck.id)) if current_url is not None else None,
        deck_url=relative_url(current_url, addresses.deck_page(deck.id)) if current_url is not None else None,
    )


def render_prompts(catalog: Catalog, module_id: str) -> Markup:
    _lookup(catalog.modules, "module", module_id)
    prompts = catalog.prompts.get(module_id, [])
    if not prompts:
        raise UnknownIdError("set overdenkingsvragen voor module", module_id, sorted(catalog.prompts))
    return _render("prompts.html", anchor_id=f"overdenking-{module_id}",
                   prompts=[(prompt, inline_markdown(prompt.tekst)) for prompt in prompts])


def render_werkplaat(catalog: Catalog, werkplaat_id: str) -> Markup:
    werkplaat = _lookup(catalog.werkplaten, "werkplaat", werkplaat_id)
    return _render(
        "werkplaat.html",
        werkplaat=werkplaat, goal=inline_markdown(werkplaat.doel),
        opening=inline_markdown(werkplaat.openingsvraag), space=inline_markdown(werkplaat.ruimte),
        participation=inline_markdown(werkplaat.deelname),
        materials=[inline_markdown(item) for item in werkplaat.materialen],
        steps=[(step, inline_markdown(step.tekst)) for step in werkplaat.stappen],
        notes=[inline_markdown(note) for note in werkplaat.begeleidersnotities],
    )


def render_learning_path(catalog: Catalog, current_url: str) -> Markup:
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    items = [
        {
            "module": module,
            "url": relative_url(current_url, page_url(module.pagina)),
            "cards": sum(len(deck.kaarten) for deck in catalog.decks_of(module.id)),
            "prompts": len(catalog.prompts.get(module.id, [])),
            "werkplaten": len(catalog.werkplaten_of(module.id)),
            "time_label": catalog.time_label(module.id),
        }
        for module in modules
    ]
    return _render("path.html", modules=items)


def render_card_index(catalog: Catalog, current_url: str | None = None) -> Markup:
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    order = {module.id: module.nummer for module in modules}
    decks = sorted(catalog.data.kaartensets, key=lambda deck: order[deck.module])
    cards = [render_card(catalog, card.id, current_url=current_url, heading=2) for deck in decks for card in deck.kaarten]
    return _render("card_index.html", modules=modules, cards=cards)


# ----------------------------------------------------------------------------
# Generated pages: a card, a deck, a print sheet, and the sharing block
# ----------------------------------------------------------------------------

def _link(href: str, label: str, note: str = "", download: bool = False) -> dict:
    return {"href": href, "label": label, "note": note, "download": download}


def share_block(key: str, short_path: str, public_path: str, current_url: str, site_url: str,
                links: list[dict]) -> dict:
    """What the sharing block shows: a short link, its QR code and the downloads."""
    short = absolute_url(site_url, public_path)
    return {
        "id": f"delen-{key}",
        "short_href": relative_url(current_url, short_path),
        "short_label": short_label(short),
        "qr_svg": Markup(qr_svg(short, title=f"QR-code naar {short_label(short)}")),
        "links": links + [
            _link(relative_url(current_url, addresses.qr_svg(key)), "QR-code als SVG", "voor print", True),
            _link(relative_url(current_url, addresses.qr_png(key)), "QR-code als PNG", "voor dia's", True),
        ],
    }


def render_card_page(catalog: Catalog, card_id: str, current_url: str, site_url: str) -> Markup:
    deck, number, card = _lookup(catalog.cards, "kaartje", card_id)
    module = catalog.modules[deck.module]
    index = number - 1

    def neighbour(position: int) -> dict | None:
        if 0 <= position < len(deck.kaarten):
            other = deck.kaarten[position]
            return {"card": other, "url": relative_url(current_url, addresses.card_page(other.id))}
        return None

    links = [
        _link(relative_url(current_url, addresses.card_image(card.id)), "Afbeelding van dit kaartje",
              "PNG, om te delen in WhatsApp", True),
        _link(relative_url(current_url, addresses.deck_print_page(deck.id)), "Printvel van de hele set",
              "acht kaartjes per A4"),
        _link(relative_url(current_url, addresses.deck_pdf(deck.id)), "PDF van de hele set",
              "om te printen of te mailen", True),
    ]
    return _render(
        "card_page.html",
        card_html=render_card(catalog, card.id, heading=2), deck=deck, module=module, number=number,
        deck_url=relative_url(current_url, addresses.deck_page(deck.id)),
        module_url=relative_url(current_url, page_url(module.pagina)),
        previous=neighbour(index - 1), next=neighbour(index + 1),
        share=share_block(f"k-{card.id}", addresses.card_short(card.id), addresses.card_short_public(card.id),
                          current_url, site_url, links),
    )


def render_deck_page(catalog: Catalog, deck_id: str, current_url: str, site_url: str) -> Markup:
    deck = _lookup(catalog.decks, "kaartenset", deck_id)
    module = catalog.modules[deck.module]
    links = [
        _link(relative_url(current_url, addresses.deck_print_page(deck.id)), "Printvel", "acht kaartjes per A4"),
        _link(relative_url(current_url, addresses.deck_pdf(deck.id)), "PDF van deze set",
              "om te printen of te mailen", True),
    ]
    return _render(
        "deck_page.html",
        deck=deck, module=module, module_url=relative_url(current_url, page_url(module.pagina)),
        deck_html=render_deck(catalog, deck.id, current_url, heading=2),
        share=share_block(f"m-{module.id}", addresses.module_short(module.nummer),
                          addresses.module_short_public(module.nummer), current_url, site_url, links),
    )


def render_sheet(catalog: Catalog, deck_id: str, current_url: str, site_url: str) -> Markup:
    deck = _lookup(catalog.decks, "kaartenset", deck_id)
    items = []
    for number, card in enumerate(deck.kaarten, start=1):
        short = absolute_url(site_url, addresses.card_short_public(card.id))
        items.append({"card": card, "number": number, "text": inline_markdown(card.tekst),
                      "short_label": short_label(short), "qr_svg": Markup(qr_svg(short))})
    sheets = [items[start:start + 8] for start in range(0, len(items), 8)]
    return _render("sheet.html", deck=deck, sheets=sheets,
                   pdf_url=relative_url(current_url, addresses.deck_pdf(deck.id)),
                   deck_url=relative_url(current_url, addresses.deck_page(deck.id)))


def render_module_share(catalog: Catalog, module_id: str, current_url: str, site_url: str) -> Markup:
    module = _lookup(catalog.modules, "module", module_id)
    links = []
    for deck in catalog.decks_of(module.id):
        links.append(_link(relative_url(current_url, addresses.deck_print_page(deck.id)),
                           f"Printvel: {deck.titel}", "acht kaartjes per A4"))
        links.append(_link(relative_url(current_url, addresses.deck_pdf(deck.id)),
                           f"PDF: {deck.titel}", "om te printen of te mailen", True))
    for werkplaat in catalog.werkplaten_of(module.id):
        links.append(_link(relative_url(current_url, addresses.werkplaat_pdf(werkplaat.id)),
                           f"Werkplaat als PDF: {werkplaat.titel}", "handout voor de groep", True))
    share = share_block(f"m-{module.id}", addresses.module_short(module.nummer),
                        addresses.module_short_public(module.nummer), current_url, site_url, links)
    return _render("share.html", share=share)


# ----------------------------------------------------------------------------
# Invitations: the builder and the page that shows a trainer's selection
# ----------------------------------------------------------------------------

def selection_data(catalog: Catalog, current_url: str, site_url: str) -> dict:
    """Everything the invitation pages need, with markup rendered by the same templates as elsewhere."""
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    order = {module.id: index for index, module in enumerate(modules)}
    return {
        "modules": [{
            "id": m.id, "nummer": m.nummer, "titel": m.titel, "beschrijving": m.beschrijving,
            "duur": m.leestijd_minuten, "url": relative_url(current_url, page_url(m.pagina)),
        } for m in modules],
        "cards": [{
            "id": card.id, "module": deck.module, "soort": card.soort, "titel": card.titel,
            "html": str(render_card(catalog, card.id, current_url=current_url, heading=4)),
        } for deck in sorted(catalog.data.kaartensets, key=lambda d: order[d.module]) for card in deck.kaarten],
        "prompts": [{
            "id": prompt.id, "module": module_id,
            "html": _render("prompt_item.html", prompt=prompt, text=inline_markdown(prompt.tekst)),
        } for module_id in sorted(catalog.prompts, key=order.get) for prompt in catalog.prompts[module_id]],
        "werkplaten": [{
            "id": w.id, "module": w.module, "titel": w.titel, "duur": w.duur_minuten,
            "html": str(render_werkplaat(catalog, w.id)),
        } for w in sorted(catalog.data.werkplaten, key=lambda w: order[w.module])],
        "selectionPath": relative_url(current_url, addresses.selection_page()),
    }


def _json_script(data: dict) -> Markup:
    # Jinja's tojson escapes <, >, & and ' as \u sequences, so no text can end the script element.
    return _render("json_data.html", data=data)


def _invitation_scripts(current_url: str) -> Markup:
    base = relative_url(current_url, "")
    return _render("invitation_scripts.html", base="" if base == "./" else base)


def render_invitation_builder(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return (_json_script(selection_data(catalog, current_url, site_url)) + _render("invitation_builder.html")
            + _invitation_scripts(current_url))


def render_selection(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    return (_json_script(selection_data(catalog, current_url, site_url))
            + _render("selection.html", path_url=relative_url(current_url, page_url("modules/index.md")))
            + _invitation_scripts(current_url))


# ----------------------------------------------------------------------------
# For trainers: session outlines and the table of things to share
# ----------------------------------------------------------------------------

SESSION_BUDGET = 170  # minutes: a part of a day, with a break, stays under three hours


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def session_blocks(catalog: Catalog, module_id: str, start: int = 13 * 60 + 30) -> tuple[list[dict], list]:
    """A ready outline for a session of two to three hours, from the module's own material."""
    module = _lookup(catalog.modules, "module", module_id)
    cards = [card for deck in catalog.decks_of(module_id) for card in deck.kaarten]
    denk = [card for card in cards if card.soort == "denk"]
    doe = [card for card in cards if card.soort == "doe"]
    prompts = catalog.prompts.get(module_id, [])
    blocks: list[tuple[int, str, str]] = [
        (10, "Welkom", f"Vertel het doel van de middag: {module.beschrijving}"),
        (15, "Kennismaken met een kaartje",
         f"Leg de {len(denk)} denkkaartjes open op tafel. Ieder kiest er één en vertelt in een minuut waarom."),
        (20, "De kern", f"Loop samen de kern van module {module.nummer} door. Vraag na elk kopje: "
                        "waar herken je dit in je eigen werk?"),
    ]
    used = sum(minutes for minutes, _, _ in blocks) + 15 + 15 + 15 + 10  # break, prompts, doe, closing
    chosen, spare = [], []
    for werkplaat in catalog.werkplaten_of(module_id):
        if used + werkplaat.duur_minuten <= SESSION_BUDGET or not chosen:
            chosen.append(werkplaat)
            used += werkplaat.duur_minuten
        else:
            spare.append(werkplaat)
    for index, werkplaat in enumerate(chosen):
        blocks.append((werkplaat.duur_minuten, f"Werkplaat: {werkplaat.titel}", werkplaat.doel))
        if index == 0:
            blocks.append((15, "Pauze", "Even weg van tafel."))
    if not chosen:
        blocks.append((15, "Pauze", "Even weg van tafel."))
    if prompts:
        blocks.append((15, "Ter overdenking", f"Kies twee van de {len(prompts)} vragen. Schrijf vijf minuten "
                                              "voor jezelf, en bespreek daarna in tweetallen wat je opviel."))
    if doe:
        blocks.append((15, "Doekaartje voor deze week",
                       f"Ieder kiest een van de {len(doe)} doekaartjes en zegt hardop wanneer hij het gaat doen."))
    blocks.append((10, "Afsluiting", "Lees samen de kernpunten. Spreek af wanneer je terugkijkt op de doekaartjes."))
    rows, clock = [], start
    for minutes, title, text in blocks:
        rows.append({"start": _clock(clock), "end": _clock(clock + minutes), "title": title, "text": text,
                     "minutes": minutes})
        clock += minutes
    return rows, spare


def render_session(catalog: Catalog, module_id: str, current_url: str) -> Markup:
    module = _lookup(catalog.modules, "module", module_id)
    rows, spare = session_blocks(catalog, module_id)
    module_url = relative_url(current_url, page_url(module.pagina))
    return _render("session.html", module=module, blocks=rows, total=sum(row["minutes"] for row in rows),
                   spare=[{"titel": w.titel, "duur_minuten": w.duur_minuten,
                           "url": f"{module_url}#werkplaat-{w.id}"} for w in spare])


def render_sessions(catalog: Catalog, current_url: str) -> Markup:
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    return Markup("\n").join(render_session(catalog, module.id, current_url) for module in modules)


def render_share_table(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    rows = []
    for module in sorted(catalog.data.modules, key=lambda module: module.nummer):
        links = []
        for deck in catalog.decks_of(module.id):
            links.append(_link(relative_url(current_url, addresses.deck_print_page(deck.id)), f"printvel {deck.titel}"))
            links.append(_link(relative_url(current_url, addresses.deck_pdf(deck.id)), f"PDF {deck.titel}", "", True))
        for werkplaat in catalog.werkplaten_of(module.id):
            links.append(_link(relative_url(current_url, addresses.werkplaat_pdf(werkplaat.id)),
                               f"werkplaat {werkplaat.titel} (PDF)", "", True))
        short = absolute_url(site_url, addresses.module_short_public(module.nummer))
        rows.append({
            "module": module, "url": relative_url(current_url, page_url(module.pagina)),
            "short_href": relative_url(current_url, addresses.module_short(module.nummer)),
            "short_label": short_label(short),
            "qr_svg": relative_url(current_url, addresses.qr_svg(f"m-{module.id}")),
            "qr_png": relative_url(current_url, addresses.qr_png(f"m-{module.id}")),
            "links": links,
        })
    return _render("share_table.html", rows=rows)


# ----------------------------------------------------------------------------
# The glossary page, from the same file that gives the tooltips
# ----------------------------------------------------------------------------

_GLOSSARY_LINE = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<text>.+)$")


def glossary_terms(path: Path) -> list[tuple[str, str]]:
    terms = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _GLOSSARY_LINE.match(line.strip())
        if match:
            terms.setdefault(match["term"].lower(), (match["term"], match["text"]))
    return sorted(terms.values(), key=lambda item: item[0].lower())


def render_glossary(path: Path) -> Markup:
    return _render("glossary.html", terms=glossary_terms(path))
