"""One build, as one object: the site's settings, the catalogue, the plan of generated pages, and what
the pages ask for while they render. It knows nothing of the engine.

The engine's adapter (macros/hooks.py for MkDocs and ProperDocs) makes one `Build` at the start of every
build and hands it to each step, so nothing lives between builds: `make serve` starts each rebuild
from scratch, and two builds in one process give the same site (tests/test_build_core.py).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import assets, pages
from .addresses import Addresses
from .loader import Catalog, load_catalog

DATA_FILE = "data/leermateriaal.yml"
# A site without a site_url still needs absolute addresses for previews and QR codes.
LOCAL_URL = "http://127.0.0.1:8000/"
# Config key under which the adapter hands the build to later events (see macros/hooks.py).
CONFIG_KEY = "lv_build"


@dataclass(frozen=True)
class Site:
    """The settings of the site that the core needs, read from any engine's configuration."""

    name: str
    description: str
    url: str
    directory_urls: bool
    docs_dir: Path
    site_dir: Path
    project_dir: Path
    redirects: Mapping[str, str] = field(default_factory=dict)
    # The engine's command: 'serve' for a preview that the engine itself changes (live reload), else 'build'.
    command: str = "build"

    @classmethod
    def from_config(cls, config: Mapping, project_dir: Path, command: str = "build") -> "Site":
        """Only plain keys of mkdocs.yml, so any engine that reads that file can make one."""
        extra = config.get("extra") or {}
        return cls(name=config["site_name"], description=config.get("site_description") or "",
                   url=config.get("site_url") or LOCAL_URL,
                   directory_urls=bool(config.get("use_directory_urls", True)),
                   docs_dir=Path(config["docs_dir"]), site_dir=Path(config["site_dir"]),
                   project_dir=project_dir, redirects=dict(extra.get("oude_adressen") or {}), command=command)

    def absolute(self, path: str) -> str:
        return self.url.rstrip("/") + "/" + path


@dataclass
class Build:
    site: Site
    catalog: Catalog
    pages: dict[str, pages.GeneratedPage]
    # Preview pictures that pages without a card or module of their own ask for while they render;
    # drawn at the end (build_outputs.write_all). Key: (title, description).
    page_images: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def urls(self) -> Addresses:
        return self.catalog.urls

    @property
    def cache_dir(self) -> Path:
        return self.site.project_dir / ".cache" / "assets"

    @cached_property
    def fingerprint(self) -> str:
        """Computed once per build: see assets.fingerprint."""
        return assets.fingerprint()

    def generated(self, src_uri: str) -> pages.GeneratedPage | None:
        """The generated page at this source path, or None for a page written by hand."""
        return self.pages.get(src_uri)


def start_build(site: Site) -> Build:
    """Read and validate the data (a mistake stops the build here, first) and plan the generated pages."""
    catalog = load_catalog(site.docs_dir / DATA_FILE, site.docs_dir, Addresses(site.directory_urls))
    build = Build(site=site, catalog=catalog, pages=pages.generated_pages(catalog))
    # The home page's picture also serves pages that have no page of their own, such as 404.html.
    build.page_images["p-start"] = (site.name, site.description)
    return build
