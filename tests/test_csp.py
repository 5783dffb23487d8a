"""The Content-Security-Policy of macros/csp.py, without a browser: its shape, the hashes, and that an
unknown inline script stops the build. The browser half is tests/test_browser_csp.py."""
from __future__ import annotations

import base64
import hashlib

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
