"""The site's JavaScript (docs/assets/js/, ES modules) and the bundles made from it: ESLint bans every way
to parse a string as markup, tsc checks the types, the committed bundles are what esbuild makes of the
sources today, files stay small, and a link says plainly when it cannot be read.
The tools are pinned in tests/js/package-lock.json; `make test` installs them with `npm ci`."""
from __future__ import annotations

import filecmp
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "docs/assets/js"
BUNDLES = ROOT / "docs/assets/bundles"
TOOLS = ROOT / "tests/js"
BIN = TOOLS / "node_modules/.bin"
MODULES = sorted(SOURCES.rglob("*.js"))


def tool(name: str) -> str:
    path = BIN / name
    assert path.exists(), (f"{name} ontbreekt: installeer de JavaScript-hulpmiddelen met "
                           "`npm ci --prefix tests/js` (make test doet dat zelf)")
    return str(path)


def run(args: list, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300)


def test_eslint_finds_nothing_in_our_modules():
    result = run([tool("eslint"), "--max-warnings", "0", "."], SOURCES)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("code", [
    "document.body.innerHTML = window.name;", "document.body.outerHTML = window.name;",
    "document.body.insertAdjacentHTML('beforeend', window.name);", "document.body['innerHTML'] = window.name;",
    "document.write(window.name);", "new DOMParser().parseFromString(window.name, 'text/html');",
    "document.createRange().createContextualFragment(window.name);",
])
def test_eslint_refuses_every_way_to_parse_markup(code):
    result = run([tool("eslint"), "--stdin", "--stdin-filename", "probe.js"], SOURCES, stdin=code + "\n")
    assert result.returncode == 1 and "Tekst wordt nooit markup" in result.stdout, result.stdout + result.stderr


def test_types_check():
    result = run([tool("tsc"), "-p", "tsconfig.json"], TOOLS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_committed_bundles_are_what_esbuild_makes_of_the_sources(tmp_path):
    result = run(["node", "build.mjs", str(tmp_path)], TOOLS)
    assert result.returncode == 0, result.stdout + result.stderr
    built = sorted(p.name for p in tmp_path.iterdir())
    assert built == sorted(p.name for p in BUNDLES.iterdir()), "run `node tests/js/build.mjs` and commit docs/assets/bundles/"
    stale = [name for name in built if not filecmp.cmp(tmp_path / name, BUNDLES / name, shallow=False)]
    assert stale == [], f"out of date, run `node tests/js/build.mjs` and commit: {stale}"


def test_the_design_in_the_stylesheets_is_the_one_of_macros_design():
    from macros import design
    assert (ROOT / "docs/assets/css/ontwerp.css").read_text(encoding="utf-8") == design.stylesheet(), \
        "macros/design.py changed: run `make bundles` and commit docs/assets/css/ontwerp.css and docs/assets/bundles/"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SOURCES)))
def test_each_module_says_why_and_stays_small(path):
    source = path.read_text(encoding="utf-8")
    assert source.startswith("/*"), f"{path.name} has no header comment"
    assert len(source.splitlines()) <= 300, f"{path.name} has more than 300 lines"
    assert not re.search(r"typeof module|module\.exports|\brequire\(|window\.lv\b", source), \
        f"{path.name}: modules import each other; no two-homes preamble, no window.lv"


@pytest.mark.browser
def test_a_link_from_a_newer_site_says_so(page, site_url):
    page.goto(site_url + "selectie/?v=9&m=keten")
    notice = page.locator(".lv-selection__missing")
    notice.wait_for()
    assert "nieuwere versie" in notice.inner_text()


@pytest.mark.browser
def test_a_damaged_date_is_named_and_the_rest_shows(page, site_url, catalog):
    module = sorted(catalog.data.modules, key=lambda m: m.nummer)[0]
    page.goto(site_url + f"selectie/?m={module.id}&d=2026-02-31&t=14:00")
    notice = page.locator(".lv-selection__missing")
    notice.wait_for()
    assert "datum" in notice.inner_text()
    body = page.locator(".lv-selection").inner_text()
    assert module.titel in body and "om 14:00" in body


@pytest.mark.browser
def test_new_invitation_links_carry_their_version(page, site_url):
    page.goto(site_url + "uitnodigen/")
    page.locator("#lv-b-link").wait_for()
    assert "?v=1&m=" in page.input_value("#lv-b-link")
