"""Pages made from the data file at build time: one per card, one per deck and a print sheet per deck.

This is the plan: each page's source path, its kind and the id of its item. The engine's adapter
turns the plan into in-memory files (nothing is written into docs/), and looks a page up here by its
source path. The front matter holds only layout choices, never data text: the title and description
come from `macros.page_meta`, which escapes them, because the theme prints front matter unescaped.
The body is rendered from the same templates as every other page.
"""
from __future__ import annotations

from dataclasses import dataclass

import yaml
from markupsafe import Markup

from . import addresses, sharing
from .loader import Catalog


@dataclass(frozen=True)
class GeneratedPage:
    kind: str  # a key of addresses.GENERATED_PAGES: "kaartje", "kaartenset" or "printvel"
    item_id: str
    hide: tuple[str, ...] = ()

    @property
    def src_uri(self) -> str:
        return addresses.generated_src(self.kind, self.item_id)

    def source(self) -> str:
        """The Markdown source the engine reads: front matter only, the body is rendered by `body`."""
        if not self.hide:
            return ""
        front = yaml.safe_dump({"hide": list(self.hide)}, allow_unicode=True, sort_keys=False).strip()
        return f"---\n{front}\n---\n"

    def body(self, catalog: Catalog, current_url: str, site_url: str) -> Markup:
        render = {"kaartje": sharing.render_card_page, "kaartenset": sharing.render_deck_page,
                  "printvel": sharing.render_sheet}[self.kind]
        return render(catalog, self.item_id, current_url, site_url)


def generated_pages(catalog: Catalog) -> dict[str, GeneratedPage]:
    planned = []
    for deck in catalog.data.kaartensets:
        planned.append(GeneratedPage("kaartenset", deck.id))
        planned.append(GeneratedPage("printvel", deck.id, ("navigation", "toc")))
        planned += [GeneratedPage("kaartje", card.id, ("toc",)) for card in deck.kaarten]
    return {page.src_uri: page for page in planned}
