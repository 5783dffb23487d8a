"""Material's palette stylesheet, cut down to the colours this site uses.

Material ships one palette.css with every scheme, primary and accent colour it offers (about 12 KB), and
every page loads it. This site uses its own colours ("custom", set in docs/assets/css/leerlijn.css) and
the two schemes of mkdocs.yml, so most of those rules can never match. After the build, the file keeps only
the rules whose `[data-md-color-…=value]` selectors name values from the palette in mkdocs.yml: 12 KB
become 2.6 KB, and the first view of every page is about 1.4 KB gzip lighter, with nothing changed for a
reader.

The stylesheet is parsed with tinycss2, never cut with a regular expression. A rule stays when one of its
selectors asks only for values that mkdocs.yml uses; a selector that names no palette value always stays, and
so does a value inside a function such as `:not()`. When a value of mkdocs.yml had rules in Material's file and
has none left, the build stops instead of serving a view without colours.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import tinycss2

from .errors import BuildError

# A palette attribute in an attribute selector's brackets: `data-md-color-scheme=slate`, quoted or not.
_VALUE = re.compile(r"""^data-md-color-(scheme|primary|accent)=["']?([\w-]+)["']?$""")
_DEFAULTS = {"scheme": "default", "primary": "indigo", "accent": "indigo"}  # Material's, for an option without them


def used_values(palette: Iterable[Mapping] | Mapping | None) -> dict[str, set[str]]:
    """Each palette attribute and the values mkdocs.yml gives it (spaces as dashes, as Material writes them)."""
    options = [palette] if isinstance(palette, Mapping) else list(palette or [])
    return {kind: {str(option.get(kind) or default).replace(" ", "-") for option in options}
            for kind, default in _DEFAULTS.items()}


def _selectors(prelude: list) -> list[list[tuple[str, str]]]:
    """The palette values each selector of a rule asks for. Only brackets outside a function count: in
    `[data-md-color-primary=lime]:not([data-md-color-scheme=slate])` the rule holds on the light view."""
    selectors: list[list[tuple[str, str]]] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            selectors.append([])
        elif token.type == "[] block":
            found = _VALUE.match(tinycss2.serialize(token.content).strip())
            if found:
                selectors[-1].append((found[1], found[2]))
    return selectors


def _kept(rules: list, used: dict[str, set[str]], name: str) -> list:
    kept = []
    for rule in rules:
        if rule.type == "error":
            raise BuildError(f"Kleuren: {name} van Material is niet te lezen ({rule.message}). "
                             "Vraag de beheerder van de site om macros/palette_css.py na te kijken.")
        if rule.type == "qualified-rule":
            if any(all(value in used[kind] for kind, value in selector) for selector in _selectors(rule.prelude)):
                kept.append(rule)
        elif rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content is not None:
            inner = _kept(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), used, name)
            if inner:
                kept.append(f"@media{tinycss2.serialize(rule.prelude)}{{{_joined(inner)}}}")
        else:  # other at-rules stay whole
            kept.append(rule)
    return kept


def _named(rules: list) -> set[tuple[str, str]]:
    """Every palette value that a selector of these rules names, at any depth."""
    named = set()
    for rule in rules:
        if rule.type == "qualified-rule":
            named.update(pair for selector in _selectors(rule.prelude) for pair in selector)
        elif rule.type == "at-rule" and rule.content is not None:
            named |= _named(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
    return named


def _joined(rules: list) -> str:
    return "".join(rule if isinstance(rule, str) else rule.serialize() for rule in rules)


def subset(css: str, used: dict[str, set[str]], name: str = "palette.css") -> str:
    """The stylesheet with only the rules that can match. Raises BuildError when a value of mkdocs.yml that
    Material's file has rules for would lose them all: the cut went wrong, so nothing is served."""
    # Without comments: the source map's would point at the file as it was.
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    result = _joined(_kept(rules, used, name))
    wanted = {(kind, value) for kind, values in used.items() for value in values}
    lost = sorted((wanted & _named(rules)) - _named(tinycss2.parse_stylesheet(result, skip_comments=True)))
    if lost:
        kind, value = lost[0]
        raise BuildError(f"Kleuren: na het inkorten van {name} ontbreken de regels voor {kind} '{value}' uit mkdocs.yml, "
                         "dus die weergave zou zonder kleuren zijn. Vraag de beheerder van de site om "
                         "macros/palette_css.py na te kijken (nieuwe versie van Material?).")
    return result + "\n"


def trim_site(site_dir: str | Path, palette) -> Path:
    """Rewrite the built site's palette stylesheet, which Material always copies (and links when mkdocs.yml
    has a palette); return it."""
    found = sorted(Path(site_dir, "assets/stylesheets").glob("palette.*.min.css"))
    if len(found) != 1:
        raise BuildError(f"Kleuren: verwacht één palette-bestand van Material in {site_dir}, gevonden: {len(found)}. "
                         "Bouw de site opnieuw in een lege map.")
    stylesheet = found[0]
    stylesheet.write_text(subset(stylesheet.read_text(encoding="utf-8"), used_values(palette), stylesheet.name),
                          encoding="utf-8")
    stylesheet.with_name(stylesheet.name + ".map").unlink(missing_ok=True)
    return stylesheet
