"""Material's palette stylesheet, cut to the colours of mkdocs.yml (macros/palette_css.py): what stays, what goes,
and a clear stop when Material's file no longer has a scheme the site uses. The dark view's colours themselves are
checked in a browser by the accessibility tests (tests/axe_check.py switches to it on every page it checks)."""
from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
import yaml

from macros import palette_css
from macros.errors import BuildError

ROOT = Path(__file__).parents[1]
MATERIAL = next(Path(material.__file__).parent.glob("templates/assets/stylesheets/palette.*.min.css")).read_text()


def _ignore_tags(loader, suffix, node):
    return None


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags (pymdownx); the palette needs none of them."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tags)
_Loader.add_multi_constructor("!", _ignore_tags)
OURS = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["theme"]["palette"]


def test_the_values_come_from_the_palette_with_materials_defaults_and_dashes():
    assert palette_css.used_values(OURS) == {"scheme": {"default", "slate"}, "primary": {"custom"}, "accent": {"custom"}}
    assert palette_css.used_values({"primary": "deep purple"}) == {
        "scheme": {"default"}, "primary": {"deep-purple"}, "accent": {"indigo"}}


def test_materials_file_keeps_the_dark_scheme_and_the_switch_and_loses_the_other_colours():
    cut = palette_css.subset(MATERIAL, palette_css.used_values(OURS))
    assert "[data-md-color-scheme=slate]{color-scheme:dark;" in cut
    assert "[data-md-color-switching] *" in cut
    assert "[data-md-color-primary=" not in cut and "[data-md-color-accent=" not in cut
    assert len(cut) < len(MATERIAL) / 3


def test_a_value_inside_not_does_not_count():
    """Material darkens the links of five light primaries on the light view only, with :not(slate)."""
    cut = palette_css.subset(MATERIAL, palette_css.used_values({"primary": "light-green"}))
    assert "[data-md-color-primary=light-green]:not([data-md-color-scheme=slate])" in cut


def test_a_rule_stays_when_one_of_its_selectors_can_match():
    css = ("[data-md-color-primary=red] a,[data-md-color-primary=custom] a{color:red}"
           "[data-md-color-primary=red] b{color:red}"
           "@media screen{[data-md-color-accent='red'] i{color:red}}"
           "@media print{p{color:black}}"
           ".md-typeset{margin:0}")
    cut = palette_css.subset(css, palette_css.used_values({"primary": "custom"}))
    assert "a{color:red}" in cut and " b{" not in cut and "@media screen" not in cut
    assert "@media print{p{color:black}}" in cut and ".md-typeset{margin:0}" in cut


def test_a_scheme_of_our_own_needs_no_rules_from_material():
    cut = palette_css.subset(MATERIAL, palette_css.used_values({"scheme": "sepia"}))
    assert "[data-md-color-scheme=slate]" not in cut and "[data-md-color-switching]" in cut


def test_a_value_that_would_lose_all_its_rules_stops_the_build(monkeypatch):
    # As if the cut went wrong: it keeps nothing. The value had rules, so the build must not go on without them.
    monkeypatch.setattr(palette_css, "_kept", lambda rules, used, name: [])
    with pytest.raises(BuildError, match="ontbreken de regels voor scheme 'slate' uit mkdocs.yml"):
        palette_css.subset(MATERIAL, palette_css.used_values(OURS))


@pytest.mark.parametrize("css", ["a{b:c};", "a{b:c}}", "a"])
def test_an_unreadable_file_stops_the_build_with_a_message(css):
    with pytest.raises(BuildError, match="niet te lezen"):
        palette_css.subset(css, palette_css.used_values(OURS))


def test_the_built_site_serves_the_cut_file(real_site):
    stylesheets = real_site / "assets/stylesheets"
    (palette,) = stylesheets.glob("palette.*.min.css")
    text = palette.read_text()
    assert "[data-md-color-scheme=slate]" in text and "[data-md-color-primary=red]" not in text
    assert not list(stylesheets.glob("palette.*.map"))


def test_the_toggle_and_the_cut_read_the_palette_alike(real_site):
    """The header's buttons (overrides/partials/palette.html, with Material's defaults and dashes) carry the
    values the cut keeps rules for."""
    page = (real_site / "index.html").read_text(encoding="utf-8")
    toggle = re.search(r'<div class="md-header__option lv-scheme-toggle">(.*?)</div>', page, re.S)[1]
    shown = {kind: set(re.findall(rf'data-md-color-{kind}="([^"]*)"', toggle)) for kind in ("scheme", "primary", "accent")}
    assert shown == palette_css.used_values(OURS)
