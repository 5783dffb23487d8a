"""The own-cards web fonts: WOFF2 subsets remade byte for byte by `make fonts`, covering every card."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from macros import design
from macros.inline import plain_text
from macros.web_fonts import FAMILY, TARGET, subset_characters, web_fonts

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def made() -> dict[str, bytes]:
    return web_fonts()


def _card_text(catalog) -> set[str]:
    """Every character a card image of the data file can show, as eigen-kaartjes-tekenen.js draws it."""
    texts = [kind.label.upper() for kind in design.KINDS.values()] + [kind.symbol for kind in design.KINDS.values()]
    for deck in catalog.data.kaartensets:
        texts += [deck.titel, deck.opdracht or ""]
        texts += [text for card in deck.kaarten for text in (card.titel, plain_text(card.tekst))]
    site = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    texts += [line.split(":", 1)[1] for line in site.splitlines() if line.startswith(("site_name:", "site_url:"))]
    texts.append("kaartje 12 van 34 · …")
    return set("".join(texts)) - {"\n"}


def test_the_committed_fonts_are_what_make_fonts_makes(made):
    committed = {path.name: path.read_bytes() for path in TARGET.glob("*.woff2")}
    assert committed.keys() == made.keys()
    for name, data in made.items():
        assert committed[name] == data, f"{name} verschilt: draai `make fonts` en commit het resultaat"


def test_making_them_twice_gives_the_same_bytes(made):
    assert web_fonts() == made


@pytest.mark.parametrize("name", ["Kaartletter-Regular.woff2", "Kaartletter-Bold.woff2"])
def test_each_font_covers_the_subset_and_every_card(made, catalog, name):
    font = TTFont(io.BytesIO(made[name]))
    assert font.flavor == "woff2"
    cmap = set(map(chr, font.getBestCmap()))
    assert subset_characters() <= cmap
    missing = _card_text(catalog) - cmap
    assert not missing, f"tekens op kaartjes die {name} niet heeft: {sorted(missing)}"
    assert {"é", "ë", "ü", "‘", "’", "“", "”", "–", "—", "€"} <= cmap
    # Small enough for a phone: a tenth of the TrueType file or less.
    assert len(made[name]) < (ROOT / "macros/fonts/LiberationSans-Regular.ttf").stat().st_size / 10


def test_the_subsets_have_their_own_name_and_keep_the_licence(made):
    # SIL OFL 1.1: the Reserved Font Name "Liberation" is not for a modified version.
    for name, data in made.items():
        table = TTFont(io.BytesIO(data))["name"]
        assert table.getDebugName(1) == FAMILY
        assert all("Liberation" not in str(record) for record in table.names if record.nameID in {1, 4, 6, 16})
        assert "Open Font License" in table.getDebugName(13)
    assert (TARGET / "LICENSE-LiberationSans.txt").is_file()


def test_the_site_ships_no_truetype_and_the_css_points_at_the_subsets():
    assert not list((ROOT / "docs/assets").rglob("*.ttf"))
    css = (ROOT / "docs/assets/css/eigen-kaartjes.css").read_text(encoding="utf-8")
    for name in ("Kaartletter-Regular.woff2", "Kaartletter-Bold.woff2"):
        assert f'url("../fonts/{name}") format("woff2")' in css
