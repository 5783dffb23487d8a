"""Everything the build writes into the site besides the pages: downloads, previews, short links.

Called once after MkDocs has written the pages. Files come from the asset cache, so an
unchanged build copies instead of drawing; a cold build draws on every core (assets.py).
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from . import addresses, assets, images, pdfs, qr, safety, social
from .inline import plain_text, sentences
from .loader import Catalog
from .templating import render_template

log = logging.getLogger("mkdocs.leerlijn")


def _site_url(config: MkDocsConfig) -> str:
    return config["site_url"] or "http://127.0.0.1:8000/"


def cache_folder(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent / ".cache" / "assets"


def write_all(catalog: Catalog, config: MkDocsConfig, page_images: social.PageImages) -> assets.AssetCache:
    started = time.perf_counter()
    site = Path(config["site_dir"])
    cache = assets.AssetCache(cache_folder(config))
    site_url, site_name = _site_url(config), config["site_name"]

    def absolute(path: str) -> str:
        return addresses.absolute_url(site_url, path)

    def qr_pair(key: str, url: str) -> None:
        cache.provide(site / addresses.qr_svg(key), ["qr-svg", url], qr.qr_svg_bytes, url)
        cache.provide(site / addresses.qr_png(key), ["qr-png", url], qr.qr_png, url)

    # Cards: a picture each, a QR code each, and a cut-sheet PDF per deck.
    for deck in catalog.data.kaartensets:
        card_urls, short_labels = {}, {}
        for number, card in enumerate(deck.kaarten, start=1):
            short = absolute(addresses.short_public("kaartje", card.id))
            card_urls[card.id], short_labels[card.id] = short, addresses.short_label(short)
            inputs = ["card", card.model_dump(), deck.titel, len(deck.kaarten), number, short, site_name]
            cache.provide(site / addresses.card_image(card.id), inputs,
                          images.card_image, card, deck, number, addresses.short_label(short), site_name)
            qr_pair(f"k-{card.id}", short)
        cache.provide(site / addresses.deck_pdf(deck.id), ["deck", deck.model_dump(), card_urls, site_name],
                      pdfs.deck_pdf, deck, card_urls, short_labels, site_name)

    for module in catalog.data.modules:
        short = absolute(addresses.short_public("module", module.nummer))
        cache.provide(site / addresses.social_image(f"m-{module.id}"), ["module", module.model_dump(), short],
                      images.module_image, module, site_name, addresses.short_label(short))
        qr_pair(f"m-{module.id}", short)

    frame = safety.safety_lines(catalog)
    frame = (*frame, absolute(addresses.public_page_url(safety.PAGE)) + "#veiligheid-in-de-groep") if frame else None
    for werkplaat in catalog.data.werkplaten:
        module = catalog.modules[werkplaat.module]
        url = absolute(addresses.public_page_url(module.pagina)) + f"#werkplaat-{werkplaat.id}"
        short = addresses.short_label(absolute(addresses.short_public("module", module.nummer)))
        cache.provide(site / addresses.werkplaat_pdf(werkplaat.id),
                      ["werkplaat", werkplaat.model_dump(), module.model_dump(), url, site_name, frame],
                      pdfs.werkplaat_pdf, werkplaat, module, url, short, site_name, frame)

    for key, (title, description) in sorted(page_images.wanted.items()):
        cache.provide(site / addresses.social_image(key), ["page", title, description, site_name],
                      images.page_image, title, description, site_name)

    cache.finish()
    _write_short_links(catalog, config, site)
    log.info("Downloads: %d gemaakt, %d uit de cache, in %.1f s", cache.made, cache.reused,
             time.perf_counter() - started)
    return cache


def _write_short_links(catalog: Catalog, config: MkDocsConfig, site: Path) -> None:
    """Short links carry the preview of their target, because chat apps do not follow redirects."""
    site_url = _site_url(config)

    def write(short_path: str, target_path: str, social_data: dict) -> None:
        # Short links always live in a folder with an index.html, online and offline.
        target = addresses.relative_url(short_path, target_path)
        html = render_template("shortlink.html", social=social_data, target=target,
                              site_name=config["site_name"])
        out = site / short_path / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html + "\n", encoding="utf-8")

    for card_id, (deck, number, card) in catalog.cards.items():
        kind = "denkkaartje" if card.soort == "denk" else "doekaartje"
        write(addresses.short_public("kaartje", card_id), addresses.generated_page("kaartje", card_id), {
            "title": f"{card.titel} ({kind})", "description": plain_text(card.tekst),
            "url": addresses.absolute_url(site_url, addresses.public_page_url(addresses.generated_src("kaartje", card_id))),
            "image": addresses.absolute_url(site_url, addresses.card_image(card_id)),
            "image_alt": sentences(f"{kind.capitalize()}: {card.titel}", plain_text(card.tekst)), "type": "article",
        })
    for module in catalog.data.modules:
        write(addresses.short_public("module", module.nummer), addresses.page_url(module.pagina), {
            "title": module.titel, "description": module.beschrijving,
            "url": addresses.absolute_url(site_url, addresses.public_page_url(module.pagina)),
            "image": addresses.absolute_url(site_url, addresses.social_image(f"m-{module.id}")),
            "image_alt": sentences(f"Module {module.nummer}: {module.titel}", module.beschrijving), "type": "article",
        })
