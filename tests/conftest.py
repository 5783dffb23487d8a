"""Shared fixtures: building sites for real, once per session where possible.

`make test` runs the files in parallel, each file whole in one worker (pytest-xdist, --dist loadfile),
so a module fixture is built once. The real site is built once for all workers (shared_site.py).
"""
from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from shared_site import SharedSite
from shared_site import run_build as run_mkdocs_build  # noqa: F401 - the tests import it from here

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
_SHARED_SITE = SharedSite()


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Start the real build in the background as soon as a selected test needs it, and run the files
    that do not need it first, so both cores have work while it builds."""
    needs = {item.path for item in items if "real_site" in item.fixturenames}
    if needs and not config.option.collectonly:
        _SHARED_SITE.start()
    items.sort(key=lambda item: item.path in needs)  # stable: each file keeps its order


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """A copy of the small fixture site, with the project's macros package and theme overrides beside it."""
    project = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", project)
    for folder in ("macros", "overrides"):
        (project / folder).symlink_to(ROOT / folder, target_is_directory=True)
    return project


@pytest.fixture(scope="session")
def real_site() -> Path:
    """The real site with its offline zip, built once with --strict and shared by every worker. Read-only."""
    return _SHARED_SITE.path()


@pytest.fixture(scope="session")
def catalog():
    from macros.loader import load_catalog

    return load_catalog(ROOT / "docs/data/leermateriaal.yml", ROOT / "docs")


# ----------------------------------------------------------------------------
# Browser fixtures: Debian's chromium driven by Playwright, the real site on localhost
# ----------------------------------------------------------------------------

# Debian's headless shell of chromium: the same engine without the desktop browser around it, which takes
# about a third less CPU time per test than chromium --headless (measured on the own-cards and notebook tests).
CHROMIUM = "/usr/bin/chromium-headless-shell"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    # Without these, chromium tries to reach Google's services and floods the closed network.
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # The hinting the desktop chromium takes from fontconfig; the shell would hint fully, and set text wider.
    "--font-render-hinting=slight",
]


def _site_url_setting() -> str:
    for line in (ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines():
        if line.startswith("site_url:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError("mkdocs.yml has no site_url")


class _SiteHandler(__import__("http.server").server.SimpleHTTPRequestHandler):
    """Serves the site folder, except the URL paths a test has put in `instead` (path -> bytes)."""

    def __init__(self, *args, instead: dict[str, bytes], **kwargs) -> None:
        self.instead = instead
        super().__init__(*args, **kwargs)

    def send_head(self):
        body = self.instead.get(urlsplit(self.path).path)
        if body is None:
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(self.path))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:  # the test output is no place for an access log
        pass


def _quiet_server():
    from http.server import ThreadingHTTPServer

    class QuietServer(ThreadingHTTPServer):
        def handle_error(self, request, client_address) -> None:
            # A browser that leaves a page mid-download closes the connection: no failure, and no traceback.
            if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
                super().handle_error(request, client_address)

    return QuietServer


@pytest.fixture(scope="session")
def _site_server(real_site: Path, tmp_path_factory: pytest.TempPathFactory):
    """The real site over HTTP on a free port of 127.0.0.1 (one server per worker), and its `instead` table."""
    import functools
    import threading

    # Serve under the same path as site_url, so absolute links (the 404 page has them) resolve.
    prefix = urlsplit(_site_url_setting()).path.strip("/")
    root = tmp_path_factory.mktemp("served")  # this worker's own folder: the shared site stays untouched
    target = root / prefix if prefix else root
    target.parent.mkdir(parents=True, exist_ok=True)
    target.symlink_to(real_site, target_is_directory=True)
    instead: dict[str, bytes] = {}
    handler = functools.partial(_SiteHandler, directory=str(root), instead=instead)
    server = _quiet_server()(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{prefix + '/' if prefix else ''}", instead
    server.shutdown()


@pytest.fixture(scope="session")
def site_url(_site_server) -> str:
    """The address of the real site on this worker's loopback server."""
    return _site_server[0]


@pytest.fixture
def serve_instead(_site_server):
    """serve_instead("sw.js", text): site_url answers that path with text, until the test ends.
    The shared site is read by other workers at the same time, so no test writes into it."""
    url, instead = _site_server
    base = urlsplit(url).path

    def put(path: str, text: str) -> None:
        instead[base + path] = text.encode("utf-8")

    yield put
    instead.clear()


@pytest.fixture(scope="session")
def browser():
    # The browser tests must never skip silently: a missing chromium is a failure with advice.
    assert Path(CHROMIUM).exists(), "Debians chromium-headless-shell ontbreekt: draai `make test` (als root) of `apt-get install chromium-headless-shell`"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        # A new context is a first visit: the service worker would fetch the whole site (300 files, 8 MB) in
        # the background of every test, half the CPU time of the browser tests. So a context is a browser
        # without service workers (the site's own branch for those), unless the test passes
        # service_workers="allow" because it is about the worker or the pages it serves.
        new_context = browser.new_context

        def context_without_worker(**options):
            context = new_context(**options)
            if "service_workers" not in options:
                context.add_init_script("delete Navigator.prototype.serviceWorker;")
            return context

        browser.new_context = context_without_worker
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def until(page, predicate: str, seconds: float = 10) -> None:
    """Waits until predicate (a function) is true in the page, asking from here with page.evaluate.

    wait_for_function polls with the page's own animation frames and timers. Those stand still under
    context.clock, and a page whose redirect is held pending may never paint another frame, so that wait
    can ask once and never again."""
    from playwright.sync_api import Error

    for _ in range(int(seconds * 20)):
        try:
            if page.evaluate(predicate):
                return
        except Error:  # a navigation destroyed the context between two asks: ask the next document
            pass
        page.wait_for_timeout(50)
    raise AssertionError(f"{predicate} stayed false for {seconds} s")


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
