"""The mkdocs-macros module of the site: it registers the macros, one line each.

Each macro hands the current page to a plain render function (`material`, `sharing`, `invitation`,
`sessions`, `glossary`), so the functions can be tested without MkDocs. The data file is read by
`loader.catalog_for`, which the build hooks (`macros/hooks.py`) share, so it is read once per build.
"""
from __future__ import annotations

from pathlib import Path

from . import addresses, glossary, invitation, material, notebook, own_cards, planner, safety, sessions, sharing
from .loader import catalog_for

DATA_FILE = "data/leermateriaal.yml"


def define_env(env) -> None:
    addresses.configure(env.conf["use_directory_urls"])
    docs_dir = Path(env.conf["docs_dir"])
    catalog = catalog_for(docs_dir / DATA_FILE, docs_dir)
    site_url = env.conf["site_url"] or "http://127.0.0.1:8000/"

    def here() -> str:
        return env.page.url

    env.macro(lambda card_id: material.render_card(catalog, card_id, current_url=here()), "kaartje")
    env.macro(lambda deck_id: material.render_deck(catalog, deck_id, here()), "kaartenset")
    env.macro(lambda module_id: material.render_prompts(catalog, module_id), "overdenking")
    env.macro(lambda werkplaat_id: material.render_werkplaat(catalog, werkplaat_id), "werkplaat")
    env.macro(lambda case_id: material.render_case(catalog, case_id), "casus")
    env.macro(lambda module_id: material.render_cases(catalog, module_id), "casussen")
    env.macro(lambda: material.render_learning_path(catalog, here()), "leerlijn")
    env.macro(lambda: material.render_card_index(catalog, here()), "kaartenindex")
    env.macro(lambda: invitation.render_invitation_builder(catalog, here(), site_url), "uitnodigingsbouwer")
    env.macro(lambda: own_cards.render_maker(catalog, here(), site_url, env.conf["site_name"]), "kaartjesmaker")
    env.macro(lambda: invitation.render_selection(catalog, here(), site_url), "selectie")
    env.macro(lambda session_id: sessions.render_session(catalog, session_id, here()), "sessieplan")
    env.macro(lambda kort=False: sessions.render_sessions(catalog, here(), short=kort), "sessieplannen")
    env.macro(lambda: sessions.render_trajects(catalog, here()), "trajecten")
    env.macro(lambda: safety.render_safety(catalog, here()), "groepsafspraken")
    env.macro(lambda: planner.render_planner(catalog, here(), site_url), "planner")
    env.macro(lambda: sharing.render_share_table(catalog, here(), site_url), "deeltabel")
    env.macro(lambda: notebook.render_notebook(catalog, here(), site_url), "mijnantwoorden")
    env.macro(lambda: glossary.render_glossary(docs_dir / "data/woordenlijst.md"), "woordenlijst")

