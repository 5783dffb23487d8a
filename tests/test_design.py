"""Design facts and lists defined once: colours, card size, sheet, kind labels, tool pages."""
from __future__ import annotations

import re

import yaml

from conftest import ROOT
from macros import addresses, design, pages


def _hex_colours(text: str) -> set[str]:
    found = set()
    for value in re.findall(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", text):
        value = value.lower()
        found.add("#" + ("".join(c * 2 for c in value) if len(value) == 3 else value))
    return found


def _design_colours() -> set[str]:
    return _hex_colours(repr(design.spec()))


def test_the_stylesheet_repeats_no_colour_of_the_design():
    css = (ROOT / "docs/assets/css/leerlijn.css").read_text(encoding="utf-8")
    assert _hex_colours(css) & _design_colours() == set()
    made = (ROOT / "docs/assets/css/ontwerp.css").read_text(encoding="utf-8")
    for name in ("--lv-primary-light", "--lv-primary-dark", "--lv-cut-line", "--lv-card-line", "--lv-paper"):
        assert name + ":" in made
        assert f"var({name})" in css or name == "--lv-card-line" and "var(--lv-card-line)" in css


def test_the_drawing_code_takes_its_colours_from_the_design():
    for module in ("images.py", "pdfs.py"):
        source = (ROOT / "macros" / module).read_text(encoding="utf-8")
        assert not re.search(r"=\s*\(\d+, \d+, \d+\)", source), module
        assert not _hex_colours(source), module


def test_card_size_and_sheet_are_defined_once():
    from macros import pdfs

    assert (pdfs.CARD_W, pdfs.CARD_H) == (design.CARD_WIDTH_MM, design.CARD_HEIGHT_MM)
    assert design.CARDS_PER_SHEET_LABEL == "acht kaartjes per A4"
    for path in (ROOT / "macros").rglob("*.py"):
        if path.name != "design.py":
            text = path.read_text(encoding="utf-8")
            assert "acht kaartjes" not in text and "95.0" not in text, path.name


def test_the_printed_book_leaves_out_exactly_the_tool_pages_and_the_overview():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = re.search(r"^      exclude:\n((?:        - .*\n)+)", text, re.M).group(1)
    excluded = set(yaml.safe_load(block.replace("        - ", "- ")))
    assert excluded == {"kaartjes.md", *addresses.TOOL_PAGES.values()}


def test_there_is_one_font_folder():
    # The TrueType files stand once; the site only carries the WOFF2 subsets made from them.
    assert sorted(p.name for p in design.FONTS.glob("*.ttf")) == ["LiberationSans-Bold.ttf", "LiberationSans-Regular.ttf"]
    assert [p for p in ROOT.glob("**/*.ttf") if ".venv" not in p.parts and ".cache" not in p.parts
            and "site" not in p.parts and p.parent != design.FONTS] == []
