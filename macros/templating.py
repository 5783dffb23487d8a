"""The one Jinja environment for our markup: autoescape on, undefined names are errors.

Python prepares data and these templates (`macros/templates/*.html`) turn it into HTML, so every
value is escaped unless it is already `Markup` made by another of our templates or by
`macros.inline`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import addresses, design

HERE = Path(__file__).parent


@lru_cache(maxsize=None)
def _environment() -> Environment:
    environment = Environment(
        # The theme's partials of ours come second: a block that both the theme and our pages show
        # (link preview, sharing block) is written once, in overrides/partials/.
        loader=ChoiceLoader([FileSystemLoader(HERE / "templates"),
                             FileSystemLoader(HERE.parent / "overrides" / "partials")]),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Design facts and anchor formats are defined once in Python; templates read them, never repeat them.
    environment.globals.update(design=design.template_globals(), anchor=addresses.anchor)
    return environment


def render_template(template: str, **context) -> Markup:
    html = _environment().get_template(template).render(**context)
    # Markdown ends an HTML block at a blank line, so the output must not contain one.
    return Markup(re.sub(r"\n\s*\n", "\n", html).strip())
