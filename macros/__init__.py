"""The mkdocs-macros module of the site: it loads the data file once and registers the macros.

Each macro is one line that hands the current page to a plain render function in
`macros.render`, so the functions can be tested without MkDocs.
"""
from __future__ import annotations

from pathlib import Path

from . import render, search_stemming
from .loader import load_catalog

DATA_FILE = "data/leermateriaal.yml"


def define_env(env) -> None:
    docs_dir = Path(env.conf["docs_dir"])
    catalog = load_catalog(docs_dir / env.conf.get("extra", {}).get("leermateriaal", DATA_FILE), docs_dir)
    env.variables["leermateriaal"] = catalog

    def current_url() -> str:
        return env.page.url

    env.macro(lambda card_id: render.render_card(catalog, card_id), "kaartje")
    env.macro(lambda deck_id: render.render_deck(catalog, deck_id), "kaartenset")
    env.macro(lambda module_id: render.render_prompts(catalog, module_id), "overdenking")
    env.macro(lambda werkplaat_id: render.render_werkplaat(catalog, werkplaat_id), "werkplaat")
    env.macro(lambda: render.render_learning_path(catalog, current_url()), "leerlijn")
    env.macro(lambda: render.render_card_index(catalog), "kaartenindex")


def on_post_build(env) -> None:
    search_stemming.patch_search_worker(env.conf["site_dir"])
