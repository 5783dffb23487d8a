"""Pages and blocks for sharing and printing: a card's page, a deck's page, the cut sheet, and the
sharing block with short link, QR code and downloads; plus the table of all of them for trainers.
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses, design
from .errors import lookup
from .inline import inline_markdown
from .loader import Catalog
from .material import render_card, render_deck
from .qr import qr_svg
from .templating import render_template
from .week_card import site_cards


def _link(href: str, label: str, note: str = "", download: bool = False) -> dict:
    return {"href": href, "label": label, "note": note, "download": download}


def share_block(key: str, short_path: str, public_path: str, current_url: str, site_url: str,
                links: list[dict]) -> dict:
    """What the sharing block shows: a short link, its QR code and the downloads."""
    short = addresses.absolute_url(site_url, public_path)
    return {
        "id": addresses.anchor("delen", key),
        "short_href": addresses.relative_url(current_url, short_path),
        "short_label": addresses.short_label(short),
        "qr_svg": Markup(qr_svg(short, title=f"QR-code naar {addresses.short_label(short)}")),
        "links": links + [
            _link(addresses.relative_url(current_url, addresses.qr_svg(key)), "QR-code als SVG", "voor print", True),
            _link(addresses.relative_url(current_url, addresses.qr_png(key)), "QR-code als PNG", "voor dia's", True),
        ],
    }


def render_card_page(catalog: Catalog, card_id: str, current_url: str, site_url: str) -> Markup:
    deck, number, card = lookup(catalog.cards, "kaartje", card_id)
    module = catalog.modules[deck.module]
    index = number - 1

    def neighbour(position: int) -> dict | None:
        if 0 <= position < len(deck.kaarten):
            other = deck.kaarten[position]
            return {"card": other, "url": addresses.relative_url(current_url, catalog.urls.generated_page("kaartje", other.id))}
        return None

    links = [
        _link(addresses.relative_url(current_url, addresses.card_image(card.id)), "Afbeelding van dit kaartje",
              "PNG, om te delen in WhatsApp", True),
        _link(addresses.relative_url(current_url, catalog.urls.generated_page("printvel", deck.id)), "Printvel van de hele set",
              design.CARDS_PER_SHEET_LABEL),
        _link(addresses.relative_url(current_url, addresses.deck_pdf(deck.id)), "PDF van de hele set",
              "om te printen of te mailen", True),
    ]
    return render_template(
        "card_page.html",
        card=card, site_cards=site_cards(catalog), card_html=render_card(catalog, card.id, heading=2), deck=deck, module=module, number=number,
        deck_url=addresses.relative_url(current_url, catalog.urls.generated_page("kaartenset", deck.id)),
        module_url=addresses.relative_url(current_url, catalog.urls.page_url(module.pagina)),
        previous=neighbour(index - 1), next=neighbour(index + 1),
        share=share_block(f"k-{card.id}", catalog.urls.short_link("kaartje", card.id), addresses.short_public("kaartje", card.id),
                          current_url, site_url, links),
    )


def render_deck_page(catalog: Catalog, deck_id: str, current_url: str, site_url: str) -> Markup:
    deck = lookup(catalog.decks, "kaartenset", deck_id)
    module = catalog.modules[deck.module]
    links = [
        _link(addresses.relative_url(current_url, catalog.urls.generated_page("printvel", deck.id)), "Printvel", design.CARDS_PER_SHEET_LABEL),
        _link(addresses.relative_url(current_url, addresses.deck_pdf(deck.id)), "PDF van deze set",
              "om te printen of te mailen", True),
    ]
    return render_template(
        "deck_page.html",
        deck=deck, module=module, module_url=addresses.relative_url(current_url, catalog.urls.page_url(module.pagina)),
        deck_html=render_deck(catalog, deck.id, current_url, heading=2),
        share=share_block(f"m-{module.id}", catalog.urls.short_link("module", module.nummer),
                          addresses.short_public("module", module.nummer), current_url, site_url, links),
    )


def render_sheet(catalog: Catalog, deck_id: str, current_url: str, site_url: str) -> Markup:
    deck = lookup(catalog.decks, "kaartenset", deck_id)
    items = []
    for number, card in enumerate(deck.kaarten, start=1):
        short = addresses.absolute_url(site_url, addresses.short_public("kaartje", card.id))
        items.append({"card": card, "kind": design.KINDS[card.soort], "number": number,
                      "text": inline_markdown(card.tekst),
                      "short_label": addresses.short_label(short), "qr_svg": Markup(qr_svg(short))})
    per_sheet = design.CARDS_PER_SHEET
    sheets = [items[start:start + per_sheet] for start in range(0, len(items), per_sheet)]
    return render_template("sheet.html", deck=deck, sheets=sheets,
                   pdf_url=addresses.relative_url(current_url, addresses.deck_pdf(deck.id)),
                   deck_url=addresses.relative_url(current_url, catalog.urls.generated_page("kaartenset", deck.id)))


def module_share(catalog: Catalog, module_id: str, current_url: str, site_url: str) -> dict:
    """The sharing block of a module page, as data: the theme shows it with overrides/partials/lv-share.html."""
    module = lookup(catalog.modules, "module", module_id)
    links = []
    for deck in catalog.decks_of(module.id):
        links.append(_link(addresses.relative_url(current_url, catalog.urls.generated_page("printvel", deck.id)),
                           f"Printvel: {deck.titel}", design.CARDS_PER_SHEET_LABEL))
        links.append(_link(addresses.relative_url(current_url, addresses.deck_pdf(deck.id)),
                           f"PDF: {deck.titel}", "om te printen of te mailen", True))
    for werkplaat in catalog.werkplaten_of(module.id):
        links.append(_link(addresses.relative_url(current_url, addresses.werkplaat_pdf(werkplaat.id)),
                           f"Werkplaat als PDF: {werkplaat.titel}", "handout voor de groep", True))
    return share_block(f"m-{module.id}", catalog.urls.short_link("module", module.nummer),
                       addresses.short_public("module", module.nummer), current_url, site_url, links)


def render_share_table(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    rows = []
    for module in sorted(catalog.data.modules, key=lambda module: module.nummer):
        links = []
        for deck in catalog.decks_of(module.id):
            links.append(_link(addresses.relative_url(current_url, catalog.urls.generated_page("printvel", deck.id)), f"printvel {deck.titel}"))
            links.append(_link(addresses.relative_url(current_url, addresses.deck_pdf(deck.id)), f"PDF {deck.titel}", "", True))
        for werkplaat in catalog.werkplaten_of(module.id):
            links.append(_link(addresses.relative_url(current_url, addresses.werkplaat_pdf(werkplaat.id)),
                               f"werkplaat {werkplaat.titel} (PDF)", "", True))
        short = addresses.absolute_url(site_url, addresses.short_public("module", module.nummer))
        rows.append({
            "module": module, "url": addresses.relative_url(current_url, catalog.urls.page_url(module.pagina)),
            "short_href": addresses.relative_url(current_url, catalog.urls.short_link("module", module.nummer)),
            "short_label": addresses.short_label(short),
            "qr_svg": addresses.relative_url(current_url, addresses.qr_svg(f"m-{module.id}")),
            "qr_png": addresses.relative_url(current_url, addresses.qr_png(f"m-{module.id}")),
            "links": links,
        })
    return render_template("share_table.html", rows=rows)
