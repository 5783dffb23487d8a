"""Which script files every page names early in its head, so the browser fetches them while it still waits
for the stylesheets.

Why this is needed: the page's Content-Security-Policy is a `<meta>` tag (a static host sets no headers),
and Chromium's preload scanner stops at such a tag, because the policy could forbid what it would fetch.
The scripts at the end of the body were then found only when the parser got there, after the first paint,
so Material's start and ours fell after it and counted as blocking time on a phone (issue 24, BENCHMARKS.md
section 5). A `<link rel="preload">` in the head is read by the parser itself, before the theme's inline
script that waits for the stylesheets.

Material's bundle carries a content hash in its name, so the name is read from the theme's own files.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import BuildError

BUNDLE_FOLDER = "assets/javascripts"


def theme_bundle(theme_dirs: Iterable[str | Path]) -> str:
    """The path of Material's script bundle inside the site, from the first theme folder that has one."""
    for folder in theme_dirs:
        found = sorted(Path(folder, BUNDLE_FOLDER).glob("bundle.*.min.js"))
        if len(found) == 1:
            return f"{BUNDLE_FOLDER}/{found[0].name}"
        if found:
            raise BuildError(f"Het thema heeft meer dan één script-bundel in {folder}/{BUNDLE_FOLDER}: "
                             f"{', '.join(path.name for path in found)}. Installeer het thema opnieuw.")
    raise BuildError(f"Het thema heeft geen script-bundel (bundle.*.min.js) in {BUNDLE_FOLDER}/, dus de pagina's "
                     "kunnen hem niet vooraf aankondigen. Is mkdocs-material goed geïnstalleerd?")
