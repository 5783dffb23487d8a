"""Kaartje van de week on the home page: every card of the site, in the site's order, as JSON, and the
place where the browser shows this week's card (docs/assets/js/kaartje-van-de-week.js). The choice is
made in the browser from the date, so the static page stays the same all year."""
from __future__ import annotations

from markupsafe import Markup

from . import addresses
from .loader import Catalog
from .templating import render_template


def site_cards(catalog: Catalog) -> list:
    """Every card in the site's order: by module, then by set, then as in the set."""
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    return [card for module in modules for deck in catalog.decks_of(module.id) for card in deck.kaarten]


def render_week_card(catalog: Catalog, current_url: str) -> Markup:
    cards = [{"id": card.id, "titel": card.titel,
              "url": addresses.relative_url(current_url, catalog.urls.generated_page("kaartje", card.id))}
             for card in site_cards(catalog)]
    return render_template("week_card.html", cards=cards)
