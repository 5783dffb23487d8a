"""Make Material's search understand Dutch: inflected words and compounds.

Material 9.8.1 offers no hook for either. Its search plugin lets us choose the language
(lunr-languages' Dutch trimmer, stop words and Snowball stemmer) and the pipeline, and its
worker splits only Chinese text into known parts. So two small rewrites of the minified
worker, after the build, do the rest:

1. Stemming. The worker adds a wildcard to every typed word ("fietsen" -> "fietsen*") so that
   results appear while you type. Lunr skips the stemmer for a word with a wildcard, while the
   index holds stems ("fiets"), so "samenwerking" never found "samenwerken". The worker now
   searches each word twice: stemmed (as "woord^1", which it leaves alone) and as a prefix.
2. Compounds. Before the worker parses a query, `macros/search_compounds.js` (appended to the
   worker) splits a word that matches nothing into parts from the index's own vocabulary:
   "werkafspraken" is searched as "werk afspraken". The same file joins a reader's word to the
   site's word ("hulpverlener" -> also "professional"), from the data file's `zoekwoorden`,
   which goes into the worker as a JSON object: data, never code.

The rewrites are tied to the pinned Material version. When the worker no longer has exactly
the code they replace, the build stops with a message instead of silently losing either.
"""
from __future__ import annotations

import json
from pathlib import Path

from .errors import BuildError

COMPOUNDS_JS = Path(__file__).with_name("search_compounds.js")

# Each rewrite: what it is for (in the error message), the exact original and its replacement.
REWRITES = [
    ("verbogen woorden",
     ".map(r=>/(^[+-]|[~^]\\d+$)/.test(r)?r:`${r}*`)",
     ".flatMap(r=>/(^[+-]|[~^]\\d+$)/.test(r)?[r]:[`${r}^1`,`${r}*`])"),
    ("samengestelde woorden",
     'search(e){if(e=e.replace(new RegExp("\\\\p{sc=Han}+","gu")',
     'search(e){if(e=self.lvCompounds.rewriteForIndex(e,this.index,self.lvSearchSynonyms),e=e.replace(new RegExp("\\\\p{sc=Han}+","gu")'),
]
# The line that tells a patched worker from an unpatched one, so a second run changes nothing.
MARKER = "/* leerlijn: macros/search_compounds.js */"
SOURCE_MAP = "//# sourceMappingURL="


def patched_worker(code: str, name: str = "search worker", synonyms: dict[str, list[str]] | None = None) -> str:
    """Material's worker code with both rewrites, the compound splitter and the synonym table
    (site word -> readers' words); raises BuildError when the code does not have the expected shape."""
    if MARKER in code:
        return code
    for purpose, original, replacement in REWRITES:
        if code.count(original) != 1:
            raise BuildError(
                f"Zoeken: {name} is veranderd (nieuwe versie van Material?). Pas macros/search_stemming.py aan, "
                f"anders vindt de zoekfunctie geen {purpose}. Niet gevonden: {original}")
        code = code.replace(original, replacement)
    # The splitter goes before the source-map comment, which must stay the last line; the worker
    # calls it only when a query comes in, long after the whole file has run.
    body, map_sep, source_map = code.rpartition(SOURCE_MAP)
    if not map_sep:
        body, source_map = code, ""
    splitter = COMPOUNDS_JS.read_text(encoding="utf-8")
    # ensure_ascii escapes every character beyond ASCII, U+2028 included: the JSON is a plain JS literal.
    table = f"self.lvSearchSynonyms = {json.dumps(synonyms or {}, ensure_ascii=True, sort_keys=True)};"
    return f"{body.rstrip()}\n{MARKER}\n{table}\n{splitter.rstrip()}\n{map_sep}{source_map}"


def patch_search_worker(site_dir: str | Path, synonyms: dict[str, list[str]] | None = None) -> Path:
    """Rewrite the search worker in the built site; return the file that was changed."""
    workers = sorted(Path(site_dir, "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise BuildError(f"Zoeken: verwacht één search worker in {site_dir}, gevonden: {len(workers)}.")
    worker = workers[0]
    code = worker.read_text(encoding="utf-8")
    patched = patched_worker(code, worker.name, synonyms)
    if patched != code:
        worker.write_text(patched, encoding="utf-8")
    return worker
