"""MkDocs hooks of the site: generated pages, link previews, short links and downloads.

MkDocs imports this file by path, so it cannot use relative imports: the project root goes
on sys.path once and the work is done by the `macros.*` modules. Each hook is a few lines
that hand off to a named helper.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.structure.files import Files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from macros import addresses, build_outputs, csp, page_meta, pages, redirects, search_lazy, search_stemming, social  # noqa: E402
from macros.loader import Catalog, catalog_for  # noqa: E402

DATA_FILE = "data/leermateriaal.yml"


def _catalog(config: MkDocsConfig) -> Catalog:
    docs_dir = Path(config["docs_dir"])
    return catalog_for(docs_dir / DATA_FILE, docs_dir)


# What one build collects while its pages render: made anew in on_config, so `make serve` starts
# every rebuild clean, and passed explicitly to the helpers that fill and read it.
_page_images = social.PageImages()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _page_images
    _page_images = social.PageImages()
    addresses.configure(config["use_directory_urls"])
    # Load (and so validate) before anything else, so a data error stops the build first.
    social.add_site_defaults(config, _catalog(config), _page_images)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for file in pages.generated_files(_catalog(config), config):
        files.append(file)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Hooks run after the plugins, so mkdocs-macros has rendered the page and never sees data text.
    page_meta.apply(page, _catalog(config))
    body = pages.generated_body(page, _catalog(config), config["site_url"] or "http://127.0.0.1:8000/")
    return markdown if body is None else str(body)


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    social.annotate_page(page, _catalog(config), config, _page_images)
    return context


def on_post_build(config: MkDocsConfig) -> None:
    build_outputs.write_all(_catalog(config), config, _page_images)
    redirects.write_redirects(config)
    synonyms = {entry.site: list(entry.lezers) for entry in _catalog(config).data.zoekwoorden}
    search_stemming.patch_search_worker(config["site_dir"], synonyms)
    search_lazy.patch_bundle(config["site_dir"])
    # Last, once every page is written (the print page and the short links too): the security policy.
    csp.protect_site(config["site_dir"])
