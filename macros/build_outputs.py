"""Everything the build writes into the site besides the pages: downloads, previews, short links, redirects.

Called once after the engine has written the pages. Files come from the asset cache, so an
unchanged build copies instead of drawing; a cold build draws on every core (assets.py).
"""
from __future__ import annotations

import logging
import time

from . import addresses, assets, images, pdfs, preview, qr, safety
from .build import Build
from .templating import render_template

log = logging.getLogger("mkdocs.leerlijn")


def write_all(build: Build) -> assets.AssetCache:
    started = time.perf_counter()
    catalog, site = build.catalog, build.site
    out = site.site_dir
    cache = assets.AssetCache(build.cache_dir, build.fingerprint)

    def qr_pair(key: str, url: str) -> None:
        cache.provide(out / addresses.qr_svg(key), qr.qr_svg_bytes, url)
        cache.provide(out / addresses.qr_png(key), qr.qr_png, url)

    # Cards: a picture each, a QR code each, and a cut-sheet PDF per deck.
    for deck in catalog.data.kaartensets:
        card_urls, short_labels = {}, {}
        for number, card in enumerate(deck.kaarten, start=1):
            short = site.absolute(addresses.short_public("kaartje", card.id))
            card_urls[card.id], short_labels[card.id] = short, addresses.short_label(short)
            cache.provide(out / addresses.card_image(card.id), images.card_image,
                          card, deck, number, addresses.short_label(short), site.name)
            qr_pair(f"k-{card.id}", short)
        cache.provide(out / addresses.deck_pdf(deck.id), pdfs.deck_pdf, deck, card_urls, short_labels, site.name)

    for module in catalog.data.modules:
        short = site.absolute(addresses.short_public("module", module.nummer))
        cache.provide(out / addresses.social_image(f"m-{module.id}"), images.module_image,
                      module, site.name, addresses.short_label(short))
        qr_pair(f"m-{module.id}", short)

    # Every werkplaat handout carries the group agreements, with the address where they stand online.
    frame = safety.pdf_frame(catalog, site.absolute(addresses.public_page_url(safety.PAGE)))
    for werkplaat in catalog.data.werkplaten:
        module = catalog.modules[werkplaat.module]
        url = site.absolute(addresses.public_page_url(module.pagina)) + "#" + addresses.anchor("werkplaat", werkplaat.id)
        short = addresses.short_label(site.absolute(addresses.short_public("module", module.nummer)))
        cache.provide(out / addresses.werkplaat_pdf(werkplaat.id), pdfs.werkplaat_pdf,
                      werkplaat, module, url, short, site.name, frame)

    for key, (title, description) in sorted(build.page_images.items()):
        cache.provide(out / addresses.social_image(key), images.page_image, title, description, site.name)

    cache.finish()
    _write_short_links(build)
    _write_redirects(build)
    log.info("Downloads: %d gemaakt, %d uit de cache, in %.1f s", cache.made, cache.reused,
             time.perf_counter() - started)
    return cache


def _write_forward(build: Build, path: str, target_url: str, social: dict) -> None:
    """A small Dutch page that forwards to `target_url` and carries the target's preview, because chat
    apps do not follow redirects. `path` is the page's own URL in this build."""
    html = render_template("shortlink.html", social=social, site_name=build.site.name,
                           target=addresses.relative_url(path, target_url))
    out = build.site.site_dir / (path + "index.html" if path.endswith("/") or not path else path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html + "\n", encoding="utf-8")


def _write_short_links(build: Build) -> None:
    # Short links always live in a folder with an index.html, online and offline.
    for card_id in build.catalog.cards:
        _write_forward(build, addresses.short_public("kaartje", card_id),
                       build.urls.generated_page("kaartje", card_id), preview.card(build, card_id))
    for module in build.catalog.data.modules:
        _write_forward(build, addresses.short_public("module", module.nummer),
                       build.urls.page_url(module.pagina), preview.module(build, module.id))


def _write_redirects(build: Build) -> None:
    """Old and easy addresses (`extra.oude_adressen` in mkdocs.yml) that lead to a page: see README."""
    for old, new in build.site.redirects.items():
        _write_forward(build, build.urls.page_url(old), build.urls.page_url(new), preview.redirect(build, new))
