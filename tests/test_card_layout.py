"""The card image's layout is data in macros/design.py; images.py only interprets it (no build, no browser).

The browser's twin of the interpreter is compared with this one in tests/test_browser_card_layout.py.
"""
from __future__ import annotations

import copy
import io
import json
import re

from PIL import Image

from conftest import ROOT
from macros import assets, design, images, own_cards

SITE = ("example.org/k/x", "Site")


def _title_op(layout: dict) -> dict:
    return next(op for op in layout["ops"] if op["op"] == "flow" and op["text"] == "{title}")


def _placed(placed: list[dict], text: str) -> dict:
    """Where the op with this text template went."""
    return next(item for item in placed if design.CARD_LAYOUT["ops"][item["op"]].get("text") == text)


def ink_top(png: bytes, region: tuple[int, int, int, int]) -> int:
    """The first row in `region` with dark pixels (text), as the reader's eye finds it."""
    with Image.open(io.BytesIO(png)) as image:
        dark = image.convert("L").crop(region).point(lambda v: 255 if v < 160 else 0)
    box = dark.getbbox()
    assert box, f"nothing drawn in {region}"
    return region[1] + box[1]


def test_every_part_of_the_card_is_placed_by_the_layout(catalog):
    deck = catalog.data.kaartensets[0]
    card = deck.kaarten[0]
    _, placed = images.draw_card(card, deck, 1, *SITE)
    ops = design.CARD_LAYOUT["ops"]
    # Every op but the two backgrounds reports where it went, and it went where the layout says.
    assert [item["op"] for item in placed] == [i for i, op in enumerate(ops) if op["op"] not in {"fill", "box"}]
    title, text = _placed(placed, "{title}"), _placed(placed, "{text}")
    assert title["y"] == _title_op(design.CARD_LAYOUT)["y"] and " ".join(title["lines"]) == card.titel
    assert text["y"] == title["box"][3] + _title_op(design.CARD_LAYOUT)["gap"], "the text follows the title"
    assert text["box"][3] <= next(op for op in ops if op.get("text") == "{text}")["bottom"], "never into the footer"


def test_one_changed_layout_value_moves_the_card_and_gives_a_new_cache_key(catalog, monkeypatch):
    deck = catalog.data.kaartensets[0]
    card = deck.kaarten[0]
    before, key_before = images.card_image(card, deck, 1, *SITE), assets.fingerprint()
    top_before = ink_top(before, (60, 150, 1140, 480))
    changed = copy.deepcopy(design.CARD_LAYOUT)
    _title_op(changed)["y"] += 40
    monkeypatch.setattr(design, "CARD_LAYOUT", changed)
    after = images.card_image(card, deck, 1, *SITE)
    assert ink_top(after, (60, 150, 1140, 480)) == top_before + 40
    assert assets.fingerprint() != key_before, "a cached picture with the old layout is never reused"
    # The browser gets the same layout through the own-cards page's JSON.
    assert own_cards.maker_data(catalog, "https://example.org/", "Site")["design"]["cardLayout"] == changed


def test_a_title_with_braces_stays_text(catalog):
    deck = catalog.data.kaartensets[0]
    card = deck.kaarten[0].model_copy(update={"titel": "{deck} {text} {__class__}"})
    _, placed = images.draw_card(card, deck, 1, *SITE)
    assert _placed(placed, "{title}")["lines"] == ["{deck} {text} {__class__}"]


def test_the_layout_is_plain_json_and_the_canvas_holds_no_number_of_it():
    # What the page gets must survive JSON unchanged, or the two drawers would read different layouts.
    assert json.loads(json.dumps(design.CARD_LAYOUT)) == design.CARD_LAYOUT
    source = (ROOT / "docs/assets/js/eigen-kaartjes-tekenen.js").read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*|\"[^\"\n]*\"|'[^'\n]*'|\[\d\]", "", source, flags=re.S)
    numbers = {float(n) for n in re.findall(r"\b\d+(?:\.\d+)?\b", code)}
    # Besides indexes, only 0, 1, 2 (arithmetic), 40 (the size the font is loaded at) and the font's ascender are the drawer's.
    own = {0, 1, 2, 40, 0.905}
    assert numbers <= own, f"layout numbers in the canvas code: {sorted(numbers - own)}"
