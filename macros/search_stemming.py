"""Make Material's search find inflected Dutch words.

Material's search worker adds a wildcard to every typed word ("fietsen" -> "fietsen*") so
that results appear while you type. Lunr skips the stemmer for a word with a wildcard,
while the index holds stems ("fiets"). So a full word finds nothing, and "samenwerking"
never finds "samenwerken". After the build we let the worker search for each word twice:
once stemmed (as "woord^1", which the worker leaves alone) and once as a prefix.

The worker is minified and the code below is tied to the pinned Material version; when it
no longer matches, the build stops with a message instead of silently losing stemming.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

ORIGINAL = ".map(r=>/(^[+-]|[~^]\\d+$)/.test(r)?r:`${r}*`)"
PATCHED = ".flatMap(r=>/(^[+-]|[~^]\\d+$)/.test(r)?[r]:[`${r}^1`,`${r}*`])"


def patch_search_worker(site_dir: str | Path) -> Path:
    """Rewrite the search worker in the built site; return the file that was changed."""
    workers = sorted(Path(site_dir, "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PluginError(f"Zoeken: verwacht één search worker in {site_dir}, gevonden: {len(workers)}.")
    worker = workers[0]
    code = worker.read_text(encoding="utf-8")
    if PATCHED in code:
        return worker
    if code.count(ORIGINAL) != 1:
        raise PluginError(f"Zoeken: {worker.name} is veranderd (nieuwe versie van Material?). "
                          "Pas macros/search_stemming.py aan, anders vindt de zoekfunctie geen verbogen woorden.")
    worker.write_text(code.replace(ORIGINAL, PATCHED), encoding="utf-8")
    return worker
