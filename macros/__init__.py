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

from . import glossary, invitation, live_view, material, notebook, own_cards, planner, safety, sessions, sharing, week_card
from .build import CONFIG_KEY


# Every macro a page can call, by name: a plain function of the build's catalogue, the site, the URL of
# the page it stands on, and the macro's own arguments. The engine's adapter registers them
# (`define_env` for mkdocs-macros); `make content` calls them itself (macros/content.py).
MACROS = {
    "kaartje": lambda catalog, site, here, card_id: material.render_card(catalog, card_id, current_url=here),
    "kaartenset": lambda catalog, site, here, deck_id: material.render_deck(catalog, deck_id, here),
    "overdenking": lambda catalog, site, here, module_id: material.render_prompts(catalog, module_id),
    "werkplaat": lambda catalog, site, here, werkplaat_id: material.render_werkplaat(catalog, werkplaat_id),
    "casus": lambda catalog, site, here, case_id: material.render_case(catalog, case_id),
    "casussen": lambda catalog, site, here, module_id: material.render_cases(catalog, module_id),
    "leerlijn": lambda catalog, site, here: material.render_learning_path(catalog, here),
    "kaartenindex": lambda catalog, site, here: material.render_card_index(catalog, here),
    "uitnodigingsbouwer": lambda catalog, site, here: invitation.render_invitation_builder(catalog, here, site.url),
    "kaartjesmaker": lambda catalog, site, here: own_cards.render_maker(catalog, here, site.url, site.name),
    "selectie": lambda catalog, site, here: invitation.render_selection(catalog, here, site.url),
    "sessieplan": lambda catalog, site, here, session_id: sessions.render_session(catalog, session_id, here),
    "sessieplannen": lambda catalog, site, here, kort=False: sessions.render_sessions(catalog, here, short=kort),
    "trajecten": lambda catalog, site, here: sessions.render_trajects(catalog, here),
    "groepsafspraken": lambda catalog, site, here: safety.render_safety(catalog, here),
    "planner": lambda catalog, site, here: planner.render_planner(catalog, here, site.url),
    "begeleiden": lambda catalog, site, here: live_view.render_live_view(catalog, here, site.url),
    "bijeenkomst": lambda catalog, site, here: planner.render_group_view(catalog, here, site.url),
    "deeltabel": lambda catalog, site, here: sharing.render_share_table(catalog, here, site.url),
    "kaartjevandeweek": lambda catalog, site, here: week_card.render_week_card(catalog, here),
    "mijnantwoorden": lambda catalog, site, here: notebook.render_notebook(catalog, here, site.url),
    "woordenlijst": lambda catalog, site, here: glossary.render_glossary(site.docs_dir / "data/woordenlijst.md"),
}


def define_env(env) -> None:
    from . import engine  # noqa: F401 - registers our messages for a macro's errors with mkdocs-macros

    def register(name: str, render) -> None:
        @pass_context
        def call(context, *args, **options):
            build = env.conf[CONFIG_KEY]
            return render(build.catalog, build.site, context["page"].url, *args, **options)
        env.macro(call, name)

    for name, render in MACROS.items():
        register(name, render)
