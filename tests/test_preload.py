"""Every page of the built site announces its body's scripts in the head (macros/preload.py), because the
policy's <meta> tag stops Chromium's preload scanner: without the hints the scripts were fetched only after
the first paint. The browser half, what is fetched when, is `make bench` (BENCHMARKS.md, sections 4 and 5)."""
from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from conftest import site_pages
from macros import preload
from macros.errors import BuildError

THEME = Path(material.__file__).parent / "templates"
PRELOAD = re.compile(r'<link rel="preload" href="([^"]+)" as="script">')
BODY_SCRIPT = re.compile(r'<script src="([^"]+)"></script>')


def test_the_theme_bundle_is_read_from_the_theme():
    path = preload.theme_bundle([THEME])
    assert re.fullmatch(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js", path)
    assert (THEME / path).is_file()


def test_a_theme_without_a_bundle_stops_the_build_and_says_so(tmp_path):
    with pytest.raises(BuildError, match="geen script-bundel"):
        preload.theme_bundle([tmp_path])
    # An override folder without a bundle falls through to the theme, as the theme's own files do.
    assert preload.theme_bundle([tmp_path, THEME]) == preload.theme_bundle([THEME])


def test_every_page_announces_its_scripts_before_the_first_inline_script(real_site):
    checked = 0
    for path in site_pages(real_site, sample_generated=True):
        html = (real_site / (path + "index.html" if path.endswith("/") or not path else path)).read_text(encoding="utf-8")
        if 'class="md-header' not in html:
            continue  # short links and the print sheets' own pages are not theme pages
        head = html[: html.index("</head>")]
        announced = PRELOAD.findall(head)
        first_inline = head.index("<script>")
        assert head.index('http-equiv="Content-Security-Policy"') < head.index('rel="preload"') < first_inline, path
        body = html[html.index("</head>"):]
        scripts = [src for src in BODY_SCRIPT.findall(body) if "bundle" in src]
        # The theme's bundle and ours: exactly the scripts the end of the body loads, in the same order.
        assert announced == scripts[:2] and len(announced) == 2, (path, announced, scripts)
        page_dir = (real_site / path).parent if not path.endswith("/") and path else real_site / path
        assert all((page_dir / src).resolve().is_file() for src in announced if not src.startswith("/")), path
        # Our stylesheet is with the theme's, before the inline script that waits for them all.
        assert re.search(r'<link rel="stylesheet" href="[^"]*assets/bundles/[a-z-]+\.css">', head[:first_inline]), path
        checked += 1
    assert checked > 20
