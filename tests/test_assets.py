"""The asset cache draws in parallel and the result does not depend on it: same bytes, same files."""
from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image

from macros import assets, design, images, pdfs, qr

FINGERPRINT = "test"


def _plan(cache: assets.AssetCache, catalog, out: Path) -> None:
    deck = catalog.data.kaartensets[0]
    urls = {card.id: f"https://example.org/k/{card.id}/" for card in deck.kaarten}
    for number, card in enumerate(deck.kaarten, start=1):
        cache.provide(out / f"{card.id}.png", images.card_image,
                      card, deck, number, f"example.org/k/{card.id}", "Site")
        cache.provide(out / f"{card.id}.svg", qr.qr_svg_bytes, urls[card.id])
    cache.provide(out / "deck.pdf", pdfs.deck_pdf, deck, urls, urls, "Site")


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_parallel_and_serial_drawing_give_the_same_bytes(tmp_path, catalog, monkeypatch):
    monkeypatch.setattr(assets, "SERIAL_LIMIT", 0)
    results = {}
    for workers in (1, 2):
        cache = assets.AssetCache(tmp_path / f"cache-{workers}", FINGERPRINT)
        _plan(cache, catalog, tmp_path / f"site-{workers}")
        cache.finish(workers=workers)
        assert cache.made > 8 and cache.reused == 0
        results[workers] = _files(tmp_path / f"site-{workers}")
    assert results[1] == results[2]


def test_a_second_build_copies_from_the_cache_and_draws_nothing(tmp_path, catalog, monkeypatch):
    first = assets.AssetCache(tmp_path / "cache", FINGERPRINT)
    _plan(first, catalog, tmp_path / "one")
    first.finish(workers=1)

    def never(job):
        raise AssertionError(f"drawn again: {job.make.__qualname__}")

    # Every job would be drawn in this process, by `never`.
    monkeypatch.setattr(assets, "SERIAL_LIMIT", 10**6)
    monkeypatch.setattr(assets, "_draw", never)
    second = assets.AssetCache(tmp_path / "cache", FINGERPRINT)
    _plan(second, catalog, tmp_path / "two")
    second.finish(workers=2)
    assert (second.made, second.reused) == (0, first.made)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_the_same_input_is_drawn_once(tmp_path, catalog):
    cache = assets.AssetCache(tmp_path / "cache", FINGERPRINT)
    for name in ("a.svg", "b.svg"):
        cache.provide(tmp_path / name, qr.qr_svg_bytes, "https://example.org/")
    cache.finish()
    assert (cache.made, cache.reused) == (1, 1)
    assert (tmp_path / "a.svg").read_bytes() == (tmp_path / "b.svg").read_bytes()


@pytest.mark.parametrize("kind", ["denk", "doe"])
def test_the_fast_palette_keeps_white_and_the_kind_colour_exact(catalog, kind):
    deck, card = next((d, c) for d in catalog.data.kaartensets for c in d.kaarten if c.soort == kind)
    with Image.open(io.BytesIO(images.card_image(card, deck, 1, "example.org/k/x", "Site"))) as image:
        assert image.mode == "P"
        rgb = image.convert("RGB")
        assert rgb.getpixel((10, 10)) == design.KINDS[kind].rgb
        assert rgb.getpixel((600, 600 - 40 - 5)) == design.hex_to_rgb(design.PAPER)
        assert len(image.getcolors(256)) <= 64


def test_a_pdf_carries_only_the_fonts_it_uses(catalog):
    deck = catalog.data.kaartensets[0]
    urls = {card.id: "https://example.org/" for card in deck.kaarten}
    data = pdfs.deck_pdf(deck, urls, urls, "Site")
    assert data.count(b"/FontFile2") == 2  # regular and bold, subset
    assert pdfs.deck_pdf(deck, urls, urls, "Site") == data


def test_a_changed_colour_gives_new_keys_and_redraws(tmp_path, catalog, monkeypatch):
    """The cache key follows from the job: change a kind's colour and the cached picture is not reused."""
    deck = catalog.data.kaartensets[0]
    card = next(card for card in deck.kaarten if card.soort == "denk")

    def draw(fingerprint: str, target: Path) -> assets.AssetCache:
        cache = assets.AssetCache(tmp_path / "cache", fingerprint)
        cache.provide(target, images.card_image, card, deck, 1, "example.org/k/x", "Site")
        cache.finish(workers=1)
        return cache

    before = draw(assets.fingerprint(), tmp_path / "before.png")
    new_colour = "#1a237e"
    monkeypatch.setitem(design.KINDS, "denk", dataclasses.replace(design.KINDS["denk"], colour=new_colour))
    after = draw(assets.fingerprint(), tmp_path / "after.png")
    assert (before.made, after.made, after.reused) == (1, 1, 0)
    with Image.open(tmp_path / "after.png") as image:
        assert image.convert("RGB").getpixel((10, 10)) == design.hex_to_rgb(new_colour)


def test_the_key_names_the_function_and_the_real_arguments(catalog):
    module = catalog.data.modules[0]
    key = assets.job_key("f", images.module_image, (module, "Site", "example.org/m/1"))
    assert key != assets.job_key("f", images.module_image, (module, "Site", "example.org/m/2"))
    assert key != assets.job_key("g", images.module_image, (module, "Site", "example.org/m/1"))
    assert key != assets.job_key("f", images.page_image, (module, "Site", "example.org/m/1"))
