"""Start Material's search when the reader starts to search, not with every page.

Material 9.8.1 asks for the index as soon as a page loads: `search/search_index.json` online, or
the offline plugin's `search/search_index.js` from disk; and it starts its search worker. For
this site that is about 57 + 15 KB gzip, most of the first view, spent on every page while most
readers never search. Material offers no setting for this (`__search` only lets a page hand over
an index it already has), so two rewrites of the minified bundle, after the build, make it wait:
the index waits for `lvSearch.started`, and the worker is made through `lvSearch.worker`. Both
come from `macros/search_start.js`, put in front of the bundle (its source map is shifted to match).

The rewrites use three of the bundle's own RxJS functions by their minified names: `H` (defer),
`b` (switchMap) and `Z` (shareReplay). Like macros/search_stemming.py they are tied to the pinned
Material version: when the bundle no longer has exactly the code they replace, or those names
mean something else, the build stops with a message instead of silently loading everything at once.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import BuildError

START_JS = Path(__file__).with_name("search_start.js")

# Each rewrite: what it is for (in the error message), the exact original and its replacement.
REWRITES = [
    # `ks()` loads the index, `tt` is NEVER (a page without search). The load now waits for the
    # promise, and is shared by the search worker and the highlighter, which both subscribe at once.
    ("de zoekindex later laden", 'zi=document.forms.namedItem("search")?ks():tt',
     'zi=document.forms.namedItem("search")?H(()=>self.lvSearch.started).pipe(b(()=>ks()),Z(1)):tt'),
    # setupSearchWorker: `Mn(url, worker = new Worker(url))`; the stand-in makes the worker on the first message.
    ("de zoekhulp later starten", "function Ei(e,t){let r=Mn(e);",
     "function Ei(e,t){let r=Mn(e,self.lvSearch.worker(e));"),
]
# The definitions the replacement relies on, each exactly once: what the minified names stand for.
ANCHORS = [
    ("defer", "function H(e){return new F(function(t){U(e()).subscribe(t)})}"),
    ("switchMap", "function b(e,t){return E(function(r,o){var n=null,i=0,s=!1,"),
    ("shareReplay", 'function Z(e,t,r){var o,n,i,s,a=!1;return e&&typeof e=="object"?(o=e.bufferSize'),
    ("de index laden", 'function ks(){return location.protocol==="file:"?'),
    ("de zoekhulp maken", "function Mn(e,t=new Worker(e)){"),
]
MARKER = "/* leerlijn: macros/search_start.js */"


def _changed(name: str, what: str) -> BuildError:
    return BuildError(
        f"Zoeken: {name} is veranderd (nieuwe versie van Material?). Pas macros/search_lazy.py aan, "
        f"anders laadt elke pagina de hele zoekindex. Niet gevonden: {what}")


def prelude() -> str:
    """What goes in front of the bundle: the marker and the starter, ending in a line break. It
    starts with the bundle's own "use strict", which holds for a whole script only at its top."""
    return f'"use strict";{MARKER}\n{START_JS.read_text(encoding="utf-8").rstrip()}\n'


def patched_bundle(code: str, name: str = "Material's bundle") -> str:
    """The bundle with a lazy index and worker; raises BuildError when its shape changed."""
    if MARKER in code[:100]:
        return code
    for purpose, anchor in ANCHORS:
        if code.count(anchor) != 1:
            raise _changed(name, f"{purpose}: {anchor}")
    for purpose, original, replacement in REWRITES:
        if code.count(original) != 1:
            raise _changed(name, f"{purpose}: {original}")
        code = code.replace(original, replacement)
    # In front, so that `lvSearch` exists when the bundle sets up its search, synchronously.
    return prelude() + code


def shifted_source_map(text: str, lines: int) -> str:
    """The bundle's source map with every mapping moved down by the prelude's lines."""
    source_map = json.loads(text)
    source_map["mappings"] = ";" * lines + source_map["mappings"]
    return json.dumps(source_map, separators=(",", ":"))


def patch_bundle(site_dir: str | Path) -> Path:
    """Rewrite Material's bundle (and its source map) in the built site; return the bundle."""
    bundles = sorted(Path(site_dir, "assets/javascripts").glob("bundle.*.min.js"))
    if len(bundles) != 1:
        raise BuildError(f"Zoeken: verwacht één Material-bundle in {site_dir}, gevonden: {len(bundles)}.")
    bundle = bundles[0]
    code = bundle.read_text(encoding="utf-8")
    patched = patched_bundle(code, bundle.name)
    if patched != code:
        bundle.write_text(patched, encoding="utf-8")
        source_map = bundle.with_name(bundle.name + ".map")
        if source_map.is_file():
            source_map.write_text(shifted_source_map(source_map.read_text(encoding="utf-8"), prelude().count("\n")),
                                  encoding="utf-8")
    return bundle
