"""Link previews (Open Graph and Twitter) and the print header of a page.

A trainer pastes a link into WhatsApp or an e-mail; the preview shows the page's own title,
description and picture. Cards preview as the card itself, modules as their title card.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from . import addresses, design, page_meta, sharing
from .qr import qr_svg
from .inline import plain_text, sentences
from .loader import Catalog


@dataclass
class PageImages:
    """The preview pictures that pages without a card or module of their own need in one build.

    The build hooks make one per build (macros/hooks.py), hand it to every page as it is annotated,
    and give it to build_outputs at the end, which draws the pictures."""

    wanted: dict[str, tuple[str, str]] = field(default_factory=dict)


def _absolute(config: MkDocsConfig, path: str) -> str:
    return addresses.absolute_url(config["site_url"] or "http://127.0.0.1:8000/", path)


def _page_key(src_uri: str) -> str:
    return "p-" + (re.sub(r"[^a-z0-9]+", "-", src_uri.lower().removesuffix(".md")).strip("-") or "start")


def add_site_defaults(config: MkDocsConfig, catalog: Catalog, page_images: PageImages) -> None:
    """Values the theme needs on pages that are not Markdown pages, such as 404.html."""
    page_images.wanted["p-start"] = (config["site_name"], config["site_description"] or "")
    default = {
        "title": config["site_name"], "description": config["site_description"] or "",
        "url": _absolute(config, ""), "image": _absolute(config, addresses.social_image("p-start")),
        "image_alt": sentences(config["site_name"], config["site_description"] or ""), "type": "website",
    }
    config["extra"]["lv"] = {
        "social": default,
        "modules": [
            {"nummer": m.nummer, "titel": m.titel, "url": _absolute(config, addresses.page_url(m.pagina))}
            for m in sorted(catalog.data.modules, key=lambda m: m.nummer)
        ],
        "cards_url": _absolute(config, "kaartjes/"),
        "home_url": _absolute(config, ""),
    }


def annotate_page(page: Page, catalog: Catalog, config: MkDocsConfig, page_images: PageImages) -> None:
    meta = page.meta
    # Plain text here; the template escapes it (see macros/page_meta.py).
    description = page_meta.plain(page, "description", config["site_description"] or "")
    title = config["site_name"] if page.is_homepage else page_meta.plain(page, "title", config["site_name"])
    module = catalog.module_by_page(page.file.src_uri)
    if "lv_card" in meta:
        deck, number, card = catalog.cards[meta["lv_card"]]
        image = addresses.card_image(card.id)
        alt = sentences(f"{design.KINDS[card.soort].label}: {card.titel}", plain_text(card.tekst))
    elif module is not None or "lv_deck" in meta:
        module = module or catalog.modules[catalog.decks[meta["lv_deck"]].module]
        image = addresses.social_image(f"m-{module.id}")
        alt = sentences(f"Module {module.nummer}: {module.titel}", module.beschrijving)
    else:
        key = _page_key(page.file.src_uri)
        page_images.wanted[key] = (title, description)
        image = addresses.social_image(key)
        alt = sentences(title, description)
    # Data, not markup: overrides/partials/lv-social.html shows it, escaped.
    meta["lv_social"] = {
        "title": title,
        "description": description,
        "url": page.canonical_url or _absolute(config, page.url),
        "image": _absolute(config, image),
        "image_alt": alt,
        "type": "article" if module or "lv_card" in meta else "website",
    }
    if module is not None and page.file.src_uri == module.pagina:
        _annotate_module(page, module, catalog, config)


def _annotate_module(page: Page, module, catalog: Catalog, config: MkDocsConfig) -> None:
    short = _absolute(config, addresses.short_public("module", module.nummer))
    page.meta["lv_print"] = {
        "nummer": module.nummer,
        "time_label": catalog.time_label(module.id),
        "short": addresses.short_label(short),
        "qr_svg": Markup(qr_svg(short, title=f"QR-code naar {addresses.short_label(short)}")),
    }
    page.meta["lv_share"] = sharing.module_share(catalog, module.id, page.url,
                                                 config["site_url"] or "http://127.0.0.1:8000/")
