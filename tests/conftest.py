"""Shared fixtures: building sites for real, once per session where possible."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.offline import engine

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_mkdocs_build(project: Path, site_dir: Path, *options: str) -> subprocess.CompletedProcess:
    """Build a site the way `make site` does (with the engine ENGINE names), and return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    return subprocess.run(
        [sys.executable, "-m", engine(), "build", "--strict", *options, "--site-dir", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """A copy of the small fixture site, with the project's macros package and theme overrides beside it."""
    project = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", project)
    for folder in ("macros", "overrides"):
        (project / folder).symlink_to(ROOT / folder, target_is_directory=True)
    return project


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with --strict into a temporary folder."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    # `make site` also packs the offline edition into the site; so does this fixture.
    offline = subprocess.run([sys.executable, "-m", "macros.offline", "--site-dir", str(site_dir)],
                             cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert offline.returncode == 0, offline.stdout + offline.stderr
    return site_dir


@pytest.fixture(scope="session")
def catalog():
    from macros.loader import load_catalog

    return load_catalog(ROOT / "docs/data/leermateriaal.yml", ROOT / "docs")


# ----------------------------------------------------------------------------
# Browser fixtures: Debian's chromium driven by Playwright, the real site on localhost
# ----------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    # Without these, chromium tries to reach Google's services and floods the closed network.
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _site_url_setting() -> str:
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_url:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError("mkdocs.yml has no site_url")


class _QuietHandler(__import__("http.server").server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # the test output is no place for an access log
        pass


@pytest.fixture(scope="session")
def site_url(real_site: Path):
    """The real site served over HTTP on a free port of 127.0.0.1."""
    import functools
    import threading
    from http.server import ThreadingHTTPServer

    # Serve under the same path as site_url, so absolute links (the 404 page has them) resolve.
    from urllib.parse import urlparse

    prefix = urlparse(_site_url_setting()).path.strip("/")
    root = real_site.parent / f"{real_site.name}-served"
    target = root / prefix if prefix else root
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(real_site, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{prefix + '/' if prefix else ''}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    # The browser tests must never skip silently: a missing chromium is a failure with advice.
    assert Path(CHROMIUM).exists(), "Debian's chromium ontbreekt: draai `make test` (als root) of `apt-get install chromium`"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def site_pages(site: Path, sample_generated: bool = False) -> list[str]:
    """Every HTML page of a built site, as a URL path relative to the root.

    With sample_generated, pages made from one template (card pages, deck pages, print sheets)
    are represented by the first of each kind, and short links (which only redirect) are left
    out, to keep browser runs short.
    """
    pages = []
    seen_kinds: set[str] = set()
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        url = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        if sample_generated:
            parts = url.strip("/").split("/")
            if parts[0] in {"k", "m"} and len(parts) == 2:
                continue
            kind = {("kaartjes", 2): "card", ("kaartensets", 2): "deck", ("kaartensets", 3): "sheet"}.get(
                (parts[0], len(parts)))
            if kind:
                if kind in seen_kinds:
                    continue
                seen_kinds.add(kind)
        pages.append(url)
    return pages


@pytest.fixture(scope="session")
def unpacked(real_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline zip of the real site, unpacked once, as a user does before opening index.html."""
    import zipfile

    from macros.offline import TOP_FOLDER, ZIP_PATH

    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(real_site / ZIP_PATH) as archive:
        archive.extractall(folder)
    return folder / TOP_FOLDER
