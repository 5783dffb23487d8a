"""Build outputs for sharing and print: link previews, short links, card pages, downloads and the cache."""
from __future__ import annotations

import math
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml
from markupsafe import escape
from PIL import Image
from pypdf import PdfReader

from conftest import ROOT
from macros import addresses
from macros.inline import plain_text
from macros.addresses import page_url

REQUIRED_TAGS = [
    "og:title", "og:description", "og:url", "og:image", "og:image:alt", "og:locale", "og:site_name", "og:type",
    "twitter:card", "twitter:title", "twitter:description", "twitter:image",
]


class _Meta(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.tags[attrs.get("property") or attrs.get("name")] = attrs.get("content", "")


def meta_of(html: str) -> dict[str, str]:
    parser = _Meta()
    parser.feed(html[: html.find("</head>")])
    return parser.tags


def site_url() -> str:
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0])["site_url"]


def local(site: Path, url: str) -> Path:
    assert url.startswith(site_url()), url
    path = url[len(site_url()):].split("#")[0]
    return site / path / "index.html" if path == "" or path.endswith("/") else site / path


def pages(site: Path):
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html and "og:title" not in html:
            continue  # a redirect without a preview of its own (none today): checked in test_redirects_resolve
        yield path, html


# ----------------------------------------------------------------------------
# Link previews
# ----------------------------------------------------------------------------

def test_every_page_has_complete_preview_tags_early_in_head(real_site):
    for path, html in pages(real_site):
        tags = meta_of(html)
        missing = [tag for tag in REQUIRED_TAGS if not tags.get(tag)]
        assert not missing, (path.relative_to(real_site), missing)
        assert tags["og:locale"] == "nl_NL"
        assert tags["og:url"].startswith(site_url()) and tags["og:image"].startswith(site_url())
        assert " - Vertrouwen en gelijkwaardig" not in tags["og:title"], "og:title is without the site name"
        # Chat apps read only the start of a page: the preview must stand in the head.
        assert 0 < html.find('property="og:image"') < html.find("</head>")


def test_every_preview_image_exists_with_the_right_size(real_site):
    checked = set()
    for path, html in pages(real_site):
        image_url = meta_of(html)["og:image"]
        if image_url in checked:
            continue
        checked.add(image_url)
        file = local(real_site, image_url)
        assert file.exists(), (path, image_url)
        assert file.stat().st_size <= 300 * 1024
        with Image.open(file) as image:
            assert image.size == (1200, 630)
    assert len(checked) > 3


def test_card_page_preview_describes_the_card(real_site, catalog):
    deck, number, card = next(iter(catalog.cards.values()))
    tags = meta_of((real_site / addresses.ONLINE.generated_page("kaartje", card.id) / "index.html").read_text(encoding="utf-8"))
    assert card.titel in tags["og:title"]
    assert tags["og:image"].endswith(addresses.card_image(card.id))


def test_module_facts_come_from_the_data_file(real_site, catalog):
    for module in catalog.data.modules:
        source = (ROOT / "docs" / module.pagina).read_text(encoding="utf-8")
        assert not source.startswith("---"), f"{module.pagina}: module facts belong in the data file"
        html = (real_site / page_url(module.pagina) / "index.html").read_text(encoding="utf-8")
        tags = meta_of(html)
        assert tags["og:description"] == tags["description"] == module.beschrijving
        assert tags["og:title"] == module.titel
        assert f"<title>{escape(module.titel)} - " in html


# ----------------------------------------------------------------------------
# Addresses: card pages, short links and redirects
# ----------------------------------------------------------------------------

def test_every_card_has_its_own_page(real_site, catalog):
    for card_id, (deck, number, card) in catalog.cards.items():
        html = (real_site / addresses.ONLINE.generated_page("kaartje", card_id) / "index.html").read_text(encoding="utf-8")
        assert f'id="kaart-{card_id}"' in html
        assert deck.titel in html and catalog.modules[deck.module].titel in html
        assert addresses.ONLINE.generated_page("printvel", deck.id).rstrip("/").split("/")[-1] in html


def _redirect_target(short_file: Path) -> Path:
    html = short_file.read_text(encoding="utf-8")
    target = re.search(r'http-equiv="refresh" content="0; ?url=([^"]+)"', html).group(1)
    resolved = (short_file.parent / target.split("#")[0]).resolve()
    return resolved / "index.html" if resolved.is_dir() else resolved


def test_short_links_lead_to_the_full_page(real_site, catalog):
    for card_id in catalog.cards:
        target = _redirect_target(real_site / addresses.ONLINE.short_link("kaartje", card_id) / "index.html")
        assert target == (real_site / addresses.ONLINE.generated_page("kaartje", card_id) / "index.html").resolve()
    for module in catalog.data.modules:
        short = real_site / addresses.ONLINE.short_link("module", module.nummer) / "index.html"
        assert _redirect_target(short) == (real_site / page_url(module.pagina) / "index.html").resolve()
        assert meta_of(short.read_text(encoding="utf-8"))["og:title"] == module.titel


def test_redirects_resolve(real_site):
    """Every address ever published in the redirect map still leads to a page."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = config.split("\nextra:\n")[1].split("\n\n")[0]
    redirect_map = yaml.safe_load(block)["oude_adressen"]
    assert redirect_map, "the map has real entries"
    for old, new in redirect_map.items():
        old_file = real_site / (old.removesuffix(".md").removesuffix("index") + "/index.html").lstrip("/")
        assert old_file.exists(), old
        assert '<html lang="nl">' in old_file.read_text(encoding="utf-8")
        assert _redirect_target(old_file) == real_site / page_url(new) / "index.html", (old, new)


def test_internal_links_in_generated_markup_resolve(real_site):
    broken = []
    for path, html in pages(real_site):
        for href in re.findall(r'<a [^>]*href="([^"#:?]+)(?:#[^"]*)?"', html):
            if href.startswith(("/", "mailto")):
                continue
            target = (path.parent / href).resolve()
            if not (target.exists() or (target / "index.html").exists()):
                broken.append((str(path.relative_to(real_site)), href))
    assert not broken, broken[:20]


# ----------------------------------------------------------------------------
# Downloads
# ----------------------------------------------------------------------------

def test_every_deck_pdf_holds_all_its_cards(real_site, catalog):
    for deck in catalog.data.kaartensets:
        reader = PdfReader(real_site / addresses.deck_pdf(deck.id))
        assert len(reader.pages) == math.ceil(len(deck.kaarten) / 8)
        text = " ".join(page.extract_text() for page in reader.pages)
        flat = re.sub(r"\s+", " ", text)
        for card in deck.kaarten:
            assert card.titel in flat, (deck.id, card.titel)
        assert flat.count(f"{deck.titel} ·") >= len(deck.kaarten)


def test_a_deck_task_line_stands_on_every_card_on_screen_and_on_paper(real_site, catalog):
    # The twelve questions are a parent's words; without the task line a printed card does not say what to do.
    decks = [deck for deck in catalog.data.kaartensets if deck.opdracht]
    assert decks, "the data has a deck with a task line to check"
    for deck in decks:
        for kind in ("kaartenset", "printvel"):
            html = (real_site / addresses.ONLINE.generated_page(kind, deck.id) / "index.html").read_text(encoding="utf-8")
            assert html.count(f"<strong>{escape(deck.opdracht)}</strong>") == len(deck.kaarten), (kind, deck.id)
        text = " ".join(p.extract_text() for p in PdfReader(real_site / addresses.deck_pdf(deck.id)).pages)
        assert re.sub(r"\s+", " ", text).count(deck.opdracht) == len(deck.kaarten), deck.id
    plain = next(deck for deck in catalog.data.kaartensets if not deck.opdracht)
    html = (real_site / addresses.ONLINE.generated_page("printvel", plain.id) / "index.html").read_text(encoding="utf-8")
    assert "lv-sheetcard__task" not in html


def test_pdf_text_keeps_dutch_accents(real_site, catalog):
    accented = [(deck, card) for deck in catalog.data.kaartensets for card in deck.kaarten
                if re.search(r"[éëïèöüá]", card.titel)]
    assert accented, "the data has titles with accents to check"
    for deck, card in accented:
        text = " ".join(p.extract_text() for p in PdfReader(real_site / addresses.deck_pdf(deck.id)).pages)
        assert card.titel in re.sub(r"\s+", " ", text)


def test_every_werkplaat_pdf_is_a_handout(real_site, catalog):
    for werkplaat in catalog.data.werkplaten:
        reader = PdfReader(real_site / addresses.werkplaat_pdf(werkplaat.id))
        text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
        assert werkplaat.titel in text and "Stappen" in text
        assert re.sub(r"\s+", " ", plain_text(werkplaat.stappen[0].tekst))[:30] in text
        assert re.sub(r"\s+", " ", plain_text(werkplaat.openingsvraag))[:30] in text
        assert werkplaat.stappen[0].label in text


def test_every_card_image_exists_within_limits(real_site, catalog):
    for card_id in catalog.cards:
        file = real_site / addresses.card_image(card_id)
        assert file.stat().st_size <= 300 * 1024
        with Image.open(file) as image:
            assert image.size == (1200, 630)


def test_qr_codes_exist_for_modules_and_cards(real_site, catalog):
    keys = [f"k-{card_id}" for card_id in catalog.cards] + [f"m-{m.id}" for m in catalog.data.modules]
    for key in keys:
        assert (real_site / addresses.qr_svg(key)).read_text(encoding="utf-8").lstrip().startswith("<svg")
        with Image.open(real_site / addresses.qr_png(key)) as image:
            assert min(image.size) >= 200


def test_the_home_page_links_to_the_zip(real_site):
    assert 'href="downloads/leerlijn-offline.zip"' in (real_site / "index.html").read_text(encoding="utf-8")


def test_every_deck_links_to_the_maker(real_site, catalog):
    for deck in catalog.data.kaartensets:
        html = (real_site / catalog.modules[deck.module].pagina.replace(".md", "/index.html")).read_text(encoding="utf-8")
        assert f'href="../../eigen-kaartjes/?van={deck.id}">Maak eigen kaartjes</a>' in html, deck.id
