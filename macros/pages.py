"""Pages made from the data file at build time: one per card, one per deck and a print sheet per deck.

They exist only in memory (MkDocs' `File.generated`); nothing is written into docs/.
Their front matter holds ids only: the title and description come from `macros.page_meta`, which
escapes them, because front matter is printed by the theme without escaping. Each page holds a
single macro call, so its markup lives in the templates like every other page; ids match
`model.ID_PATTERN`, so they cannot break out of that call.
"""
from __future__ import annotations

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from . import addresses, design
from .loader import Catalog


def _page(config: MkDocsConfig, src_uri: str, meta: dict, body: str) -> File:
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False).strip()
    return File.generated(config, src_uri, content=f"---\n{front}\n---\n\n{body}\n",
                          inclusion=InclusionLevel.NOT_IN_NAV)


def generated_files(catalog: Catalog, config: MkDocsConfig) -> list[File]:
    files = [File.generated(config, addresses.design_stylesheet(), content=design.stylesheet())]
    for deck in catalog.data.kaartensets:
        files.append(_page(config, addresses.generated_src("kaartenset", deck.id), {"lv_deck": deck.id},
                           f'{{{{ kaartensetpagina("{deck.id}") }}}}'))
        files.append(_page(config, addresses.generated_src("printvel", deck.id),
                           {"lv_deck": deck.id, "lv_sheet": True, "hide": ["navigation", "toc"]},
                           f'{{{{ printvel("{deck.id}") }}}}'))
        for card in deck.kaarten:
            files.append(_page(config, addresses.generated_src("kaartje", card.id), {"lv_card": card.id, "hide": ["toc"]},
                               f'{{{{ kaartpagina("{card.id}") }}}}'))
    return files
