"""The build core: one Build per build, nothing left behind, and no engine inside."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import ROOT

from macros import pages


def _tree(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def _build_in_process(project: Path, site_dir: Path, **options) -> dict[str, bytes]:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True, **options))
    return _tree(site_dir)


def test_two_builds_in_one_process_give_the_same_site(mini_project, tmp_path, monkeypatch):
    """As `make serve` does after an edit: the second build starts clean. An offline build in between
    (the offline plugin turns directory URLs off) must not leak its addresses into the next online
    build, and must use them everywhere itself: in pages, short links, redirects and the 404 page."""
    first = _build_in_process(mini_project, tmp_path / "one")
    monkeypatch.setenv("OFFLINE", "true")
    offline = _build_in_process(mini_project, tmp_path / "offline")
    monkeypatch.delenv("OFFLINE")
    second = _build_in_process(mini_project, tmp_path / "two")
    assert first == second
    assert "kaartjes/pr-01.html" in offline and "kaartjes/pr-01/index.html" in first
    card = first["kaartjes/pr-01/index.html"].decode()
    assert 'href="../../kaartensets/pr/"' in card and ".html" not in card.split("<article", 1)[1].split("</article>")[0]
    assert 'url=../../kaartjes/pr-01.html"' in offline["k/pr-01/index.html"].decode()
    assert 'url=modules/proef.html"' in offline["oud.html"].decode()
    assert "modules/proef.html" in offline["404.html"].decode()


def test_generated_pages_carry_no_messages_in_their_front_matter(catalog):
    plan = pages.generated_pages(catalog)
    assert {page.kind for page in plan.values()} == {"kaartje", "kaartenset", "printvel"}
    for src_uri, page in plan.items():
        assert page.src_uri == src_uri
        assert "lv_" not in page.source() and page.item_id not in page.source()


BLOCKED = ("mkdocs", "mkdocs_macros", "material", "properdocs")


def test_the_core_imports_without_the_engine(tmp_path):
    """Every module but the adapters (hooks.py, engine.py) imports, loads the data and renders a page
    with mkdocs, mkdocs-macros, Material and ProperDocs refused."""
    script = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        BLOCKED = {BLOCKED!r}

        class Refuse:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in BLOCKED:
                    raise ImportError(f"blocked: {{name}}")
                return None

        sys.meta_path.insert(0, Refuse())
        sys.path.insert(0, {str(ROOT)!r})
        import macros
        names = [m.name for m in pkgutil.iter_modules(macros.__path__) if m.name not in ("hooks", "engine")]
        for name in names:
            importlib.import_module(f"macros.{{name}}")
        from pathlib import Path
        from macros.build import Site, start_build
        from macros import social
        site = Site(name="S", description="D", url="https://example.org/", directory_urls=True,
                    docs_dir=Path({str(ROOT / "docs")!r}), site_dir=Path({str(tmp_path)!r}), project_dir=Path({str(tmp_path)!r}))
        build = start_build(site)
        page = next(iter(build.pages.values()))
        assert "lv-card" in page.body(build.catalog, "kaartjes/x/", site.url)
        assert not [m for m in sys.modules if m.split(".")[0] in BLOCKED]
        print(len(names))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 25


def test_a_data_error_is_a_plain_exception_in_the_core():
    from macros.errors import BuildError
    from macros.loader import DataError

    assert issubclass(DataError, BuildError)
    assert all(cls.__module__.split(".")[0] not in BLOCKED for cls in DataError.__mro__)


def test_links_to_pages_follow_the_builds_form():
    """Online a page is a folder, offline a file: a link to a page goes through the build's Addresses
    (catalog.urls or build.urls), never through the plain function, which always gives the online form."""
    import re

    offenders = []
    for path in sorted((ROOT / "macros").glob("*.py")):
        if path.name == "addresses.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\baddresses\.(page_url|generated_page|tool_page|short_link)\(", line):
                offenders.append(f"{path.name}:{number}")
    assert offenders == []
