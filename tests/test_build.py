"""Building for real: the fixture site, broken inputs that must stop a build, and the real site."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_mkdocs_build
from macros.addresses import page_url


def html_of(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------
# The fixture site
# ----------------------------------------------------------------------------

def test_fixture_site_builds_with_every_item(mini_project, tmp_path):
    site = tmp_path / "out"
    result = run_mkdocs_build(mini_project, site)
    assert result.returncode == 0, result.stderr
    module = html_of(site, "modules/proef")
    for anchor in ["kaart-pr-01", "kaart-pr-02", "overdenking-pr-o1", "werkplaat-pr-werkplaat"]:
        assert f'id="{anchor}"' in module
    assert "<em>echt</em>" in module
    home = html_of(site, "")
    assert 'href="modules/proef/"' in home
    assert home.count('class="lv-card ') == 2, "the index shows every card"


BROKEN_INPUTS = {
    # name: (file, text, replacement, build options, what the output must name)
    "unknown id": ("docs/modules/proef.md", 'kaartenset("pr")', 'kaartenset("pq")', (),
                   ["modules/proef.md", "'pq'", "kaartenset"]),
    # Many CI set-ups build with -q; mkdocs-macros reports at WARNING level, which -q hides.
    "unknown id, quiet": ("docs/modules/proef.md", 'kaartenset("pr")', 'kaartenset("pr-99")', ("-q",),
                          ["ERROR", "modules/proef.md", "'pr-99'"]),
    "misspelt macro, quiet": ("docs/modules/proef.md", 'werkplaat("pr-werkplaat")', 'werkplaatt("pr-werkplaat")',
                              ("-q",), ["ERROR", "modules/proef.md", "werkplaatt"]),
    "wrong kind": ("docs/data/leermateriaal.yml", "soort: doe", "soort: doen", (),
                   ["leermateriaal.yml", "kaartje 'pr-02'", "veld 'soort'"]),
    # The core raises a plain exception; the adapter makes it MkDocs' own error, which -q still prints.
    "group numbers upside down, quiet": ("docs/data/leermateriaal.yml", "groep: {min: 3, max: 5}",
                                         "groep: {min: 5, max: 3}", ("-q",),
                                         ["leermateriaal.yml", "werkplaat 'pr-werkplaat'", "veld 'max'"]),
}


@pytest.mark.parametrize("name", BROKEN_INPUTS)
def test_broken_input_stops_the_build_with_a_clear_message(mini_project, tmp_path, name):
    file, text, replacement, options, named = BROKEN_INPUTS[name]
    path = mini_project / file
    source = path.read_text(encoding="utf-8")
    assert text in source
    path.write_text(source.replace(text, replacement), encoding="utf-8")
    result = run_mkdocs_build(mini_project, tmp_path / "out", *options)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert [part for part in named if part not in output] == []
    assert "Traceback" not in output


def test_yaml_error_stops_the_build_with_a_line_number(mini_project, tmp_path):
    data = mini_project / "docs/data/leermateriaal.yml"
    data.write_text(data.read_text(encoding="utf-8").replace("titel: Proefmodule", "titel: [Proef"),
                    encoding="utf-8")
    result = run_mkdocs_build(mini_project, tmp_path / "out")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert re.search(r"leermateriaal\.yml, regel \d+", output)
    assert "Traceback" not in output


# ----------------------------------------------------------------------------
# The real site
# ----------------------------------------------------------------------------

def all_pages(site: Path) -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in site.rglob("*.html")}


def test_real_site_has_no_leftover_template_marks(real_site):
    for path, html in all_pages(real_site).items():
        text = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
        for mark in ("{{", "{%", "///"):
            assert mark not in text, f"{mark} left in {path.relative_to(real_site)}"


def test_real_site_shows_every_item_on_its_module_page(real_site, catalog):
    for module in catalog.data.modules:
        html = html_of(real_site, page_url(module.pagina))
        for deck in catalog.decks_of(module.id):
            for card in deck.kaarten:
                assert f'id="kaart-{card.id}"' in html, (module.id, card.id)
        for prompt in catalog.prompts.get(module.id, []):
            assert f'id="overdenking-{prompt.id}"' in html, (module.id, prompt.id)
        for werkplaat in catalog.werkplaten_of(module.id):
            assert f'id="werkplaat-{werkplaat.id}"' in html, (module.id, werkplaat.id)


def test_cards_index_lists_every_card(real_site, catalog):
    html = html_of(real_site, "kaartjes")
    found = re.findall(r'<article class="lv-card[^"]*" id="kaart-([a-z0-9-]+)"', html)
    assert sorted(found) == sorted(catalog.cards)


def test_pages_are_dutch_and_make_no_third_party_requests(real_site):
    for path, html in all_pages(real_site).items():
        assert '<html lang="nl"' in html, path
        assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html, path
        for src in re.findall(r'<(?:script|link|img)\b[^>]*(?:src|href)="(https?://[^"]+)"', html):
            assert src.startswith("https://vertrouwen-leerlijn.github.io/"), (path, src)


def _engine_venv(name: str, remove: list[str]) -> Path:
    """A virtual environment under .cache with the pinned site requirements, minus the packages in
    `remove` (installed as dependencies, then uninstalled). Made again when requirements.txt changes."""
    requirements = (ROOT / "requirements.txt").read_text(encoding="utf-8").split("# Tests")[0]
    stamp_text = requirements + repr(remove)
    venv = ROOT / ".cache" / f"engine-{name}"
    stamp = venv / "requirements.stamp"
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != stamp_text:
        shutil.rmtree(venv, ignore_errors=True)
        # No pip of its own and no .pyc in advance: this venv is only run, by one build, so the main venv's
        # pip installs into it (--python) and Python compiles just the modules the build imports. A third
        # of the CPU time of a full install.
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
        pinned = venv / "requirements.txt"
        pinned.write_text(requirements, encoding="utf-8")
        pip = [sys.executable, "-m", "pip", "--quiet", "--disable-pip-version-check",
               "--python", str(venv / "bin/python")]
        subprocess.run([*pip, "install", "--no-compile", "-r", str(pinned)], check=True, timeout=900,
                       capture_output=True)
        subprocess.run([*pip, "uninstall", "--yes", *remove], check=True, capture_output=True)
        stamp.write_text(stamp_text, encoding="utf-8")
    return venv


@pytest.mark.slow
def test_properdocs_builds_the_same_site_without_mkdocs_installed(real_site, tmp_path):
    """ProperDocs, the maintained continuation of MkDocs 1.x, builds the same pages where the `mkdocs`
    package is not installed at all: Material, mkdocs-macros and our hooks import `mkdocs.*`, and
    ProperDocs answers those imports with its own modules."""
    venv = _engine_venv("properdocs", ["mkdocs"])
    python = str(venv / "bin/python")
    missing = subprocess.run([python, "-c", "import mkdocs"], capture_output=True, text=True)
    assert missing.returncode != 0 and "No module named 'mkdocs'" in missing.stderr
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run([python, "-m", "properdocs", "build", "--strict", "--site-dir", str(tmp_path / "pd")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    generator = re.compile(r'<meta name="generator" content="[^"]*">')
    revisions = re.compile(r'(\["[^"]+", |VERSION = )"[0-9a-f]+"')
    different = []
    for path in sorted(real_site.rglob("*")):
        rel = path.relative_to(real_site)
        if not path.is_file() or rel.as_posix() == "downloads/leerlijn-offline.zip":
            continue  # the offline zip is made by `make site` after the build, not by the engine
        ours, theirs = path.read_bytes(), (tmp_path / "pd" / rel).read_bytes()
        if path.suffix == ".html":
            ours, theirs = (generator.sub("", data.decode()) for data in (ours, theirs))
        elif rel.as_posix() == "sw.js":
            # The service worker's revisions are hashes of the pages, which name their engine in the generator
            # line; the files it keeps, and its code, must be the same.
            ours, theirs = (revisions.sub(r'\1"…"', data.decode()) for data in (ours, theirs))
        if ours != theirs:
            different.append(rel.as_posix())
    assert different == []
