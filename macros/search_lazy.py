"""Fetch the search index when the reader starts to search, not with every page.

Material 9.8.1 asks for the index as soon as a page loads: `search/search_index.json` online, or
the offline plugin's `search/search_index.js` from disk. For this site that is about 44 KB gzip,
a third of the first view, spent on every page while most readers never search. Material offers
no setting for this (`__search` only lets a page hand over an index it already has), so one
rewrite of the minified bundle, after the build, makes the index wait for an event, and
`macros/search_start.js` (appended to the bundle) sends that event when the reader focuses the
search field or opens a page from a search result.

The rewrite uses three of the bundle's own RxJS functions by their minified names: `H` (defer),
`b` (switchMap) and `Z` (shareReplay). Like macros/search_stemming.py it is tied to the pinned
Material version: when the bundle no longer has exactly the code it replaces, or those names mean
something else, the build stops with a message instead of silently loading the index at once.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

START_JS = Path(__file__).with_name("search_start.js")
EVENT = "lv:search-start"

# Where the bundle makes its index observable: `ks()` loads it, `tt` is NEVER (a page without search).
ORIGINAL = 'zi=document.forms.namedItem("search")?ks():tt'
# The same, started by the event: defer a promise of the event, then switch to the real load, shared
# by the search worker and the highlighter, which both subscribe at once.
REPLACEMENT = ('zi=document.forms.namedItem("search")?H(()=>new Promise(r=>addEventListener('
               f'"{EVENT}",r,{{once:!0}}))).pipe(b(()=>ks()),Z(1)):tt')
# The definitions the replacement relies on, each exactly once: what the minified names stand for.
ANCHORS = [
    ("defer", "function H(e){return new F(function(t){U(e()).subscribe(t)})}"),
    ("switchMap", "function b(e,t){return E(function(r,o){var n=null,i=0,s=!1,"),
    ("shareReplay", 'function Z(e,t,r){var o,n,i,s,a=!1;return e&&typeof e=="object"?(o=e.bufferSize'),
    ("de index laden", 'function ks(){return location.protocol==="file:"?'),
]
MARKER = "/* leerlijn: macros/search_start.js */"
SOURCE_MAP = "//# sourceMappingURL="


def _changed(name: str, what: str) -> PluginError:
    return PluginError(
        f"Zoeken: {name} is veranderd (nieuwe versie van Material?). Pas macros/search_lazy.py aan, "
        f"anders laadt elke pagina de hele zoekindex. Niet gevonden: {what}")


def patched_bundle(code: str, name: str = "Material's bundle") -> str:
    """The bundle with a lazy index and the starter; raises PluginError when its shape changed."""
    if MARKER in code:
        return code
    for purpose, anchor in ANCHORS:
        if code.count(anchor) != 1:
            raise _changed(name, f"{purpose}: {anchor}")
    if code.count(ORIGINAL) != 1:
        raise _changed(name, ORIGINAL)
    code = code.replace(ORIGINAL, REPLACEMENT)
    body, map_sep, source_map = code.rpartition(SOURCE_MAP)
    if not map_sep:
        body, source_map = code, ""
    # The starter goes last, before the source-map comment: the bundle has registered its listener
    # for the event by then, and the line numbers of the bundle's own code stay as the map says.
    starter = START_JS.read_text(encoding="utf-8")
    return f"{body.rstrip()}\n{MARKER}\n{starter.rstrip()}\n{map_sep}{source_map}"


def patch_bundle(site_dir: str | Path) -> Path:
    """Rewrite Material's bundle in the built site; return the file that was changed."""
    bundles = sorted(Path(site_dir, "assets/javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise PluginError(f"Zoeken: verwacht één Material-bundle in {site_dir}, gevonden: {len(bundles)}.")
    bundle = bundles[0]
    code = bundle.read_text(encoding="utf-8")
    patched = patched_bundle(code, bundle.name)
    if patched != code:
        bundle.write_text(patched, encoding="utf-8")
    return bundle
