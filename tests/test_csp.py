"""The Content-Security-Policy of macros/csp.py, without a browser: its shape, the hashes, and that an
unknown inline script stops the build. The browser half is tests/test_browser_csp.py."""
from __future__ import annotations

import base64
import hashlib
import re

from pathlib import Path

import material
import pytest

from macros import csp
from macros.errors import BuildError

# The theme's template folder, as the adapter hands it in (config.theme.dirs).
ALLOWED = csp.allowed_shapes([Path(material.__file__).parent / "templates"])

PAGE = ('<!doctype html><html><head><meta charset="utf-8"><title>x</title>'
        '<script>__md_scope=new URL("..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
        '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
        '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}</script>'
        '<script type="application/json" id="lv-data">{"a": 1}</script>'
        '<script src="../assets/lv/core.js"></script></head><body></body></html>')


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_policy_allows_the_site_and_the_hash_of_materials_bootstrap_only():
    html = csp.protect(PAGE, "test.html", ALLOWED)
    meta = html[html.index("<meta http-equiv"):html.index(">", html.index("<meta http-equiv")) + 1]
    assert html.index("<meta http-equiv") < html.index("<script")
    bootstrap = PAGE.split("<script>")[1].split("</script>")[0]
    assert f"script-src 'self' {sha(bootstrap)};" in meta
    assert "'unsafe-inline'" not in meta and "'unsafe-eval'" not in meta and "http" not in meta.split("content=")[1]
    assert "object-src 'none'" in meta and "base-uri 'self'" in meta
    assert csp.protect(html, "test.html", ALLOWED) == html, "a second run changes nothing"


def test_a_short_links_redirect_is_allowed_by_its_own_hash():
    script = 'location.replace("../../kaartjes/wv-01/" + location.hash);'
    html = csp.protect(f'<html><head><meta charset="utf-8"><script>{script}</script></head></html>', "k/wv-01/index.html", ALLOWED)
    assert sha(script) in html


@pytest.mark.parametrize("script", ["alert(1)", 'location.replace("x" + location.hash);alert(1)',
                                    '__md_scope=new URL("..",location);fetch("//evil")'])
def test_an_unknown_inline_script_stops_the_build_and_names_the_page(script):
    with pytest.raises(BuildError, match=r"modules/x\.html .* inline script"):
        csp.protect(f'<html><head><meta charset="utf-8"><script>{script}</script></head></html>', "modules/x.html",
                    ALLOWED)


def test_a_theme_folder_without_materials_partials_stops_the_build(tmp_path):
    with pytest.raises(BuildError, match="partials/javascripts/base.html"):
        csp.allowed_shapes([tmp_path])


def test_our_view_script_replaces_materials_and_is_allowed_by_its_hash():
    """The overrides folder comes first, as the theme resolves it: our header script (docs/assets/js/weergave.js)
    is allowed, Material's own palette script no longer is."""
    ours = Path(__file__).parents[1] / "overrides"
    theme = Path(material.__file__).parent / "templates"
    allowed = csp.allowed_shapes([ours, theme])
    script = re.search(r"<script>(.*?)</script>", (ours / "partials/javascripts/palette.html").read_text(), re.S)[1]
    html = csp.protect(f'<html><head><meta charset="utf-8"></head><body><script>{script}</script></body></html>',
                       "index.html", allowed)
    assert sha(script) in html
    materials = re.search(r"<script>(.*?)</script>", (theme / "partials/javascripts/palette.html").read_text(), re.S)[1]
    with pytest.raises(BuildError):
        csp.protect(f'<html><head><meta charset="utf-8"></head><body><script>{materials}</script></body></html>',
                    "index.html", allowed)


def test_a_script_quoted_in_a_jinja_comment_is_not_allowed(tmp_path):
    theme = Path(material.__file__).parent / "templates"
    ours = tmp_path / "partials" / "javascripts"
    ours.mkdir(parents=True)
    (ours / "palette.html").write_text("{# before: <script>alert(1)</script> #}\n<script>var shown=1</script>\n")
    allowed = csp.allowed_shapes([tmp_path, theme])
    page = '<html><head><meta charset="utf-8"></head><body><script>{}</script></body></html>'
    assert sha("var shown=1") in csp.protect(page.format("var shown=1"), "index.html", allowed)
    with pytest.raises(BuildError):
        csp.protect(page.format("alert(1)"), "index.html", allowed)
