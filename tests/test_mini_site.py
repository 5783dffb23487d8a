"""The second tier: the small fixture site, built for real with the build hooks, in a few seconds.

It makes every kind of output the real site makes: card, deck and print pages, link previews, short
links, a redirect, card and module pictures, PDFs and QR codes. Output assertions live here; the
real build (conftest.real_site) is for the browser tests and the checks that need the real content.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, run_mkdocs_build
from macros.offline import engine


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("mini") / "mini"
    shutil.copytree(FIXTURES / "mini", project)
    for folder in ("macros", "overrides"):
        (project / folder).symlink_to(ROOT / folder, target_is_directory=True)
    result = run_mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def _html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_every_kind_of_output_is_made(mini_site):
    for path in ["kaartjes/pr-01/index.html", "kaartensets/pr/index.html", "kaartensets/pr/print/index.html",
                 "k/pr-01/index.html", "m/1/index.html", "oud/index.html",
                 "downloads/kaartjes/pr-01.png", "downloads/kaartjes-pr.pdf", "downloads/werkplaat-pr-werkplaat.pdf",
                 "downloads/qr/k-pr-01.svg", "downloads/qr/m-proef.png", "assets/social/m-proef.png",
                 "assets/social/p-start.png"]:
        assert (mini_site / path).is_file(), path


def test_a_card_page_its_short_link_share_one_preview(mini_site):
    def preview(html: str) -> dict[str, str]:
        return dict(re.findall(r'<meta property="og:(\w+(?::\w+)?)" content="([^"]*)"', html))

    page, short = preview(_html(mini_site, "kaartjes/pr-01/index.html")), preview(_html(mini_site, "k/pr-01/index.html"))
    assert page == short
    assert page["title"] == "Eerste vraag (denkkaartje)"
    assert page["image"] == "https://example.org/test/downloads/kaartjes/pr-01.png"
    assert page["url"] == "https://example.org/test/kaartjes/pr-01/"


def test_the_module_page_has_its_print_header_and_sharing_block(mini_site):
    html = _html(mini_site, "modules/proef/index.html")
    assert "Online: example.org/test/m/1/" in html
    assert 'id="delen-m-proef-kop"' in html
    assert 'href="../../eigen-kaartjes/?van=pr">Maak eigen kaartjes</a>' in html


def test_a_redirect_leads_to_the_new_page_in_dutch(mini_site):
    html = _html(mini_site, "oud/index.html")
    assert '<html lang="nl">' in html and 'url=../modules/proef/' in html
    assert '<meta property="og:url" content="https://example.org/test/modules/proef/">' in html


def test_the_404_page_reads_the_site_view(mini_site):
    html = _html(mini_site, "404.html")
    assert '<a href="https://example.org/test/modules/proef/">Proefmodule</a>' in html
    assert '<meta property="og:title" content="Testsite">' in html


def test_generated_pages_are_left_out_of_search(mini_site):
    index = _html(mini_site, "search/search_index.json")
    assert "kaartjes/pr-01/" not in index and "modules/proef/" in index


CSP_META = '<meta http-equiv="Content-Security-Policy"'


def test_every_page_of_a_build_carries_the_policy(mini_site):
    pages = sorted(mini_site.rglob("*.html"))
    assert len(pages) > 5
    assert [p.relative_to(mini_site).as_posix() for p in pages if CSP_META not in p.read_text(encoding="utf-8")] == []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_while_serving_pages_carry_no_policy_so_live_reload_runs(mini_project, tmp_path):
    """`mkdocs serve` adds a live-reload script that differs per request; the policy would block it,
    and the page would never refresh after an edit. So only a served page goes without the policy."""
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", engine(), "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=mini_project, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        html = None
        for _ in range(600):  # until the first build is done and the server answers (or it stopped)
            if server.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/test/modules/proef/", timeout=30) as response:
                    html = response.read().decode("utf-8")
                    break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert html is not None, log.read_text()
    assert "livereload(" in html, "the page is served with its live-reload script"
    assert CSP_META not in html


@pytest.mark.slow
def test_a_second_build_regenerates_nothing(mini_project, tmp_path):
    """A cold cache draws everything; a second build copies every file and draws nothing."""
    assert not (mini_project / ".cache").exists()
    first = run_mkdocs_build(mini_project, tmp_path / "one")
    assert first.returncode == 0, first.stderr
    assert re.search(r"Downloads: [1-9]\d* gemaakt", first.stderr + first.stdout)
    cache = mini_project / ".cache/assets"
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    second = run_mkdocs_build(mini_project, tmp_path / "two")
    assert second.returncode == 0, second.stderr
    assert re.search(r"Downloads: 0 gemaakt, \d+ uit de cache", second.stderr + second.stdout)
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before
    for name in ["downloads", "assets/social"]:
        one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one" / name).rglob("*") if p.is_file()}
        two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two" / name).rglob("*") if p.is_file()}
        assert one == two and one


@pytest.mark.slow
def test_make_content_stages_the_plan_for_an_engine_without_plugins(mini_project, tmp_path):
    """The staged docs_dir holds every page with its macros rendered and every generated page, so
    an engine that only renders Markdown builds them: here MkDocs itself, without macros or hooks."""
    from macros.content import stage_project

    data = mini_project / "docs/data/leermateriaal.yml"
    data.write_text(data.read_text(encoding="utf-8").replace("titel: Eerste actie", "titel: Eerste <b>actie</b>"),
                    encoding="utf-8")
    target = tmp_path / "content"
    count = stage_project(mini_project, target)
    staged = target / "docs"
    assert count == 6 and not (staged / "data").exists()
    module = (staged / "modules/proef.md").read_text(encoding="utf-8")
    assert "{{" not in module and 'id="kaart-pr-01"' in module
    card = (staged / "kaartjes/pr-01.md").read_text(encoding="utf-8")
    assert card.startswith("---\ntitle: Eerste vraag (denkkaartje)\n")
    for path in ["k/pr-01/index.html", "oud/index.html", "downloads/kaartjes-pr.pdf"]:
        assert (staged / path).is_file(), path
    config = (target / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks" not in config and "macros" not in config and "custom_dir" not in config
    result = run_mkdocs_build(target, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site/kaartjes/pr-01/index.html").read_text(encoding="utf-8")
    assert "<title>Eerste vraag (denkkaartje)" in html and "lv-cardpage" in html
    attacked = (tmp_path / "site/kaartjes/pr-02/index.html").read_text(encoding="utf-8")
    assert "<b>actie</b>" not in attacked and "Eerste &lt;b&gt;actie&lt;/b&gt;" in attacked
