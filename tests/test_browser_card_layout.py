"""One card layout, two drawers: the build's Pillow PNG and the browser's canvas place every part alike.

The layout is data (design.CARD_LAYOUT); macros/images.py and docs/assets/js/eigen-kaartjes-tekenen.js
only interpret it. These tests draw the same card with both, compare where each part went (the
interpreters' own report, and the dark pixels of each part in the two pictures), and change one value
of the layout to see both pictures follow.
"""
from __future__ import annotations

import base64
import copy
import io
import subprocess

import pytest
from PIL import Image

from conftest import ROOT
from macros import addresses, design, images
from macros.build import Site
from macros.content import read_config

MAKER = "eigen-kaartjes/"
# Two rasterisers (FreeType and Skia) put a letter's edge up to a pixel or two apart, and Pillow's
# "middle" anchor sits a little lower than the canvas's; a misplaced part is off by far more.
TOLERANCE = 3
CALL = """async ([card, info]) => {
  await document.fonts.load('700 40px Kaartletter');
  await document.fonts.load('400 40px Kaartletter');
  info.design = info.design || JSON.parse(document.getElementById('lv-data').textContent).design;
  info.plainText = (text) => text;
  const drawn = window.LvCardDrawing.default.render(card, info);
  return { png: drawn.canvas.toDataURL('image/png'), placed: drawn.placed };
}"""


@pytest.fixture(scope="module")
def drawing_script() -> str:
    """The canvas drawer as one classic script with a global, built by the pinned esbuild."""
    esbuild = ROOT / "tests/js/node_modules/.bin/esbuild"
    assert esbuild.exists(), "esbuild ontbreekt: draai `make tests/js/node_modules/.installed`"
    return subprocess.run([str(esbuild), "docs/assets/js/eigen-kaartjes-tekenen.js", "--bundle", "--format=iife",
                           "--global-name=LvCardDrawing", "--log-level=warning"],
                          cwd=ROOT, capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.fixture
def maker(browser, site_url, drawing_script):
    # The maker page brings the card font; the test's own script is not part of the site, hence no CSP.
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    page = context.new_page()
    page.goto(site_url + MAKER)
    page.add_script_tag(content=drawing_script)
    yield page
    context.close()


def the_build_site() -> Site:
    config = read_config(ROOT / "mkdocs.yml")
    return Site.from_config({**config, "docs_dir": str(ROOT / "docs"), "site_dir": str(ROOT / "site")}, ROOT)


def both_drawings(page, card, deck, number: int, site: Site, layout_design: dict | None = None):
    """The card by Pillow (picture, placements) and by the canvas (picture, placements), same fields."""
    short = addresses.short_label(site.absolute(addresses.short_public("kaartje", card.id)))
    pillow, pillow_placed = images.draw_card(card, deck, number, short, site.name)
    fields = images.card_fields(card, deck, number, short, site.name)
    info = {"design": layout_design, "deckTitle": deck.titel, "number": number, "total": len(deck.kaarten),
            "siteAddress": short, "siteName": site.name}
    drawn = page.evaluate(CALL, [{"soort": card.soort, "titel": card.titel, "tekst": fields["text"]}, info])
    canvas = Image.open(io.BytesIO(base64.b64decode(drawn["png"].split(",", 1)[1]))).convert("RGB")
    return pillow, pillow_placed, canvas, drawn["placed"]


def ink_box(image: Image.Image, region: list[int]) -> tuple[int, int, int, int] | None:
    """The box of the dark and coloured pixels (text, marks) inside `region`, in picture coordinates."""
    x0, y0, x1, y1 = region
    box = image.convert("L").crop((x0, y0, x1, y1)).point(lambda v: 255 if v < 160 else 0).getbbox()
    return None if box is None else (x0 + box[0], y0 + box[1], x0 + box[2], y0 + box[3])


def assert_placed_alike(pillow, pillow_placed, canvas, canvas_placed, what: str) -> None:
    ops = design.CARD_LAYOUT["ops"]
    assert [item["op"] for item in canvas_placed] == [item["op"] for item in pillow_placed]
    for mine, theirs in zip(pillow_placed, canvas_placed):
        name = f"{what}, {ops[mine['op']]['op']} {ops[mine['op']].get('text', '')}"
        if "lines" in mine:
            # The same size, the same line breaks, from the same top: the layout decided the same.
            assert (theirs["size"], theirs["lines"], theirs["y"]) == (mine["size"], mine["lines"], mine["y"]), name
        x0, y0, x1, y1 = (round(v) for v in mine["box"])
        region = [max(40, x0 - 6), max(40, y0 - 6), min(1160, x1 + 6), min(590, y1 + 6)]
        built, browser = ink_box(pillow, region), ink_box(canvas, region)
        assert built and browser, f"{name}: nothing drawn in {region}"
        assert max(abs(a - b) for a, b in zip(built, browser)) <= TOLERANCE, f"{name}: {built} against {browser}"


@pytest.mark.browser
def test_the_build_and_the_browser_draw_each_part_of_a_card_in_the_same_place(maker, real_site, catalog):
    site = the_build_site()
    deck = catalog.data.kaartensets[0]
    # A denk and a doe card, and the card with the longest text, which needs the smaller sizes.
    longest = max(((d, n, c) for d in catalog.data.kaartensets for n, c in enumerate(d.kaarten, 1)),
                  key=lambda found: len(found[2].tekst))
    chosen = [(deck, n, c) for n, c in enumerate(deck.kaarten, 1)]
    chosen = [next(x for x in chosen if x[2].soort == "denk"), next(x for x in chosen if x[2].soort == "doe"), longest]
    for deck, number, card in chosen:
        pillow, pillow_placed, canvas, canvas_placed = both_drawings(maker, card, deck, number, site)
        # The Pillow side is the build's own picture, byte for byte.
        built = (real_site / addresses.card_image(card.id)).read_bytes()
        short = addresses.short_label(site.absolute(addresses.short_public("kaartje", card.id)))
        assert images.card_image(card, deck, number, short, site.name) == built, card.id
        assert canvas.size == design.IMAGE_SIZE
        assert_placed_alike(pillow, pillow_placed, canvas, canvas_placed, card.id)


@pytest.mark.browser
def test_one_value_changed_in_the_layout_moves_both_drawings(maker, catalog, monkeypatch):
    site = the_build_site()
    deck = catalog.data.kaartensets[0]
    card = deck.kaarten[0]
    before = both_drawings(maker, card, deck, 1, site)
    changed = copy.deepcopy(design.CARD_LAYOUT)
    title = next(op for op in changed["ops"] if op.get("text") == "{title}")
    title["y"] += 40
    monkeypatch.setattr(design, "CARD_LAYOUT", changed)
    # The browser gets the changed layout the way the page gets it: as the design's JSON.
    after = both_drawings(maker, card, deck, 1, site, design.for_scripts())
    region = [60, 150, 1140, 470]
    for index, drawer in ((0, "Pillow"), (2, "canvas")):
        old, new = ink_box(before[index], region), ink_box(after[index], region)
        assert new[1] == old[1] + 40, f"{drawer} did not follow the layout: {old} → {new}"
    assert_placed_alike(*after, "changed layout")
