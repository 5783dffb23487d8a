"""Pages made from the data file at build time: one per card, one per deck and a print sheet per deck.

They exist only in memory (MkDocs' `File.generated`); nothing is written into docs/.
Their front matter holds ids only: the title and description come from `macros.page_meta`, which
escapes them, because front matter is printed by the theme without escaping. Their body is empty;
`generated_body` renders it from the same templates as every other page, called by the build hook,
so no Python writes template source for mkdocs-macros to parse.
"""
from __future__ import annotations

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from markupsafe import Markup
from mkdocs.structure.pages import Page

from . import addresses, sharing
from .loader import Catalog


def _page(config: MkDocsConfig, src_uri: str, meta: dict) -> File:
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False).strip()
    return File.generated(config, src_uri, content=f"---\n{front}\n---\n", inclusion=InclusionLevel.NOT_IN_NAV)


def generated_files(catalog: Catalog, config: MkDocsConfig) -> list[File]:
    # The design's CSS (design.stylesheet) goes into the committed stylesheet bundles: docs/assets/css/ontwerp.css.
    files = []
    for deck in catalog.data.kaartensets:
        files.append(_page(config, addresses.generated_src("kaartenset", deck.id), {"lv_deck": deck.id}))
        files.append(_page(config, addresses.generated_src("printvel", deck.id),
                           {"lv_deck": deck.id, "lv_sheet": True, "hide": ["navigation", "toc"]}))
        for card in deck.kaarten:
            files.append(_page(config, addresses.generated_src("kaartje", card.id), {"lv_card": card.id, "hide": ["toc"]}))
    return files


def generated_body(page: Page, catalog: Catalog, site_url: str) -> Markup | None:
    """The markup of a generated page, or None for a page written by hand."""
    meta = page.meta
    if "lv_card" in meta:
        return sharing.render_card_page(catalog, meta["lv_card"], page.url, site_url)
    if "lv_deck" in meta and meta.get("lv_sheet"):
        return sharing.render_sheet(catalog, meta["lv_deck"], page.url, site_url)
    if "lv_deck" in meta:
        return sharing.render_deck_page(catalog, meta["lv_deck"], page.url, site_url)
    return None
