"""Pages made from the data file at build time: one per card, one per deck and a print sheet per deck.

They exist only in memory (MkDocs' `File.generated`); nothing is written into docs/.
Each page holds a single macro call, so its markup lives in the templates like every other page.
"""
from __future__ import annotations

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from . import addresses
from .inline import plain_text
from .loader import Catalog


def _page(config: MkDocsConfig, src_uri: str, meta: dict, body: str) -> File:
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False).strip()
    return File.generated(config, src_uri, content=f"---\n{front}\n---\n\n{body}\n",
                          inclusion=InclusionLevel.NOT_IN_NAV)


def generated_files(catalog: Catalog, config: MkDocsConfig) -> list[File]:
    files = []
    for deck in catalog.data.kaartensets:
        module = catalog.modules[deck.module]
        files.append(_page(config, addresses.deck_page_src(deck.id), {
            "title": f"Kaartjes: {deck.titel}",
            "description": f"{len(deck.kaarten)} denk- en doekaartjes bij module {module.nummer}, "
                           f"{module.titel}. Om te lezen, te printen en te delen.",
            "lv_deck": deck.id,
        }, f'{{{{ kaartensetpagina("{deck.id}") }}}}'))
        files.append(_page(config, addresses.deck_print_page_src(deck.id), {
            "title": f"Printvel: {deck.titel}",
            "description": f"De kaartjes van {deck.titel} om te printen en uit te knippen: acht per A4.",
            "lv_deck": deck.id,
            "lv_sheet": True,
            "hide": ["navigation", "toc"],
        }, f'{{{{ printvel("{deck.id}") }}}}'))
        for card in deck.kaarten:
            files.append(_page(config, addresses.card_page_src(card.id), {
                "title": card.titel,
                "description": plain_text(card.tekst),
                "lv_card": card.id,
                "hide": ["toc"],
            }, f'{{{{ kaartpagina("{card.id}") }}}}'))
    return files
