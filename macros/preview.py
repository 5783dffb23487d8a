"""The link preview of an item, defined once: a card's page, its short link and a redirect all show it.

A trainer pastes a link into WhatsApp or an e-mail; the preview shows the page's own title,
description and picture. A card previews as the card itself, a module as its title card. The values
are plain text; the templates that print them (overrides/partials/lv-social.html) escape them.
"""
from __future__ import annotations

import re

from . import addresses, design
from .build import Build
from .inline import plain_text, sentences


def _view(build: Build, title: str, description: str, page_src: str, image: str, alt: str,
          kind: str) -> dict:
    return {"title": title, "description": description,
            "url": build.site.absolute(addresses.public_page_url(page_src)),
            "image": build.site.absolute(image), "image_alt": alt, "type": kind}


def card(build: Build, card_id: str) -> dict:
    _, _, item = build.catalog.cards[card_id]
    kind = design.KINDS[item.soort]
    text = plain_text(item.tekst)
    return _view(build, f"{item.titel} ({kind.word})", text, addresses.generated_src("kaartje", card_id),
                 addresses.card_image(card_id), sentences(f"{kind.label}: {item.titel}", text), "article")


def module(build: Build, module_id: str) -> dict:
    item = build.catalog.modules[module_id]
    return _view(build, item.titel, item.beschrijving, item.pagina, addresses.social_image(f"m-{item.id}"),
                 sentences(f"Module {item.nummer}: {item.titel}", item.beschrijving), "article")


def module_image(build: Build, module_id: str) -> tuple[str, str]:
    """A deck's page shows its module's picture: (image path, alt text)."""
    view = module(build, module_id)
    return addresses.social_image(f"m-{module_id}"), view["image_alt"]


def page_key(src_uri: str) -> str:
    """The picture of a page without a card or module of its own, by its source path: 'p-over-privacy'."""
    return "p-" + (re.sub(r"[^a-z0-9]+", "-", src_uri.lower().removesuffix(".md")).strip("-") or "start")


def site_default(build: Build) -> dict:
    """For pages that are not Markdown pages, such as 404.html."""
    site = build.site
    return {"title": site.name, "description": site.description, "url": site.absolute(""),
            "image": site.absolute(addresses.social_image("p-start")),
            "image_alt": sentences(site.name, site.description), "type": "website"}


def redirect(build: Build, new_src: str) -> dict:
    """An old address: the site's picture, and the new page as canonical address."""
    site = build.site
    return {"title": "Deze pagina staat op een ander adres", "type": "website", "description": site.description,
            "url": site.absolute(addresses.public_page_url(new_src)),
            "image": site.absolute(addresses.social_image("p-start")), "image_alt": site.name}
