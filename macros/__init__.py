"""The mkdocs-macros module of the site: it registers the macros, one line each.

Each macro hands the current page's URL to a plain render function (`material`, `sharing`,
`invitation`, `sessions`, `glossary`), so the functions can be tested without MkDocs. The build's
catalogue comes from the one `Build` of this build, which macros/hooks.py made just before. The page
comes from the template context that mkdocs-macros renders with (`page`), passed as an argument.
The build is looked up when a macro runs, not when it is registered: mkdocs-macros registers the
macros in its on_config, before the hooks' on_config has made the build.

This file is also the package's `__init__`, so it imports nothing of mkdocs-macros at module level:
the core (every other module but hooks.py and engine.py) stays importable without the engine.
"""
from __future__ import annotations

from jinja2 import pass_context

from . import glossary, invitation, material, notebook, own_cards, planner, sessions, sharing
from .build import CONFIG_KEY


def define_env(env) -> None:
    from . import engine  # noqa: F401 - registers our messages for a macro's errors with mkdocs-macros

    def macro(name: str, render) -> None:
        @pass_context
        def call(context, *args):
            build = env.conf[CONFIG_KEY]
            return render(build.catalog, build.site, context["page"].url, *args)
        env.macro(call, name)

    macro("kaartje", lambda catalog, site, here, card_id: material.render_card(catalog, card_id, current_url=here))
    macro("kaartenset", lambda catalog, site, here, deck_id: material.render_deck(catalog, deck_id, here))
    macro("overdenking", lambda catalog, site, here, module_id: material.render_prompts(catalog, module_id))
    macro("werkplaat", lambda catalog, site, here, werkplaat_id: material.render_werkplaat(catalog, werkplaat_id))
    macro("casus", lambda catalog, site, here, case_id: material.render_case(catalog, case_id))
    macro("casussen", lambda catalog, site, here, module_id: material.render_cases(catalog, module_id))
    macro("leerlijn", lambda catalog, site, here: material.render_learning_path(catalog, here))
    macro("kaartenindex", lambda catalog, site, here: material.render_card_index(catalog, here))
    macro("uitnodigingsbouwer", lambda catalog, site, here: invitation.render_invitation_builder(catalog, here, site.url))
    macro("kaartjesmaker", lambda catalog, site, here: own_cards.render_maker(catalog, here, site.url, site.name))
    macro("selectie", lambda catalog, site, here: invitation.render_selection(catalog, here, site.url))
    macro("sessieplan", lambda catalog, site, here, session_id: sessions.render_session(catalog, session_id, here))
    macro("sessieplannen", lambda catalog, site, here: sessions.render_sessions(catalog, here))
    macro("planner", lambda catalog, site, here: planner.render_planner(catalog, here, site.url))
    macro("deeltabel", lambda catalog, site, here: sharing.render_share_table(catalog, here, site.url))
    macro("mijnantwoorden", lambda catalog, site, here: notebook.render_notebook(catalog, here, site.url))
    macro("woordenlijst", lambda catalog, site, here: glossary.render_glossary(site.docs_dir / "data/woordenlijst.md"))
