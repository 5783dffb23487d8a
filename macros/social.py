"""What the theme shows around a page, as one view-model: the template variable `lv`.

The theme (overrides/main.html, overrides/404.html) reads only `lv`:

- `lv.social`: the link preview (Open Graph and Twitter) of the page, from macros/preview.py;
- `lv.print`: on a module page, the header on paper (number, time, short link and QR code);
- `lv.share`: on a module page, the sharing block under the text;
- `lv.modules`, `lv.cards_url`, `lv.home_url`: the ways back on the 404 page.

The adapter (macros/hooks.py) puts it into each page's template context. Nothing is parked in the
page's front matter, and nothing is left behind for the next build.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from . import addresses, preview, sharing
from .build import Build
from .inline import sentences
from .qr import qr_svg


@dataclass(frozen=True)
class PageText:
    """A page as the theme shows it: its source path, URLs, and title and description as plain text."""

    src_uri: str
    url: str
    canonical_url: str | None
    title: str
    description: str
    is_homepage: bool = False


def site_view(build: Build) -> dict:
    """The view of a template without a page of its own (404.html, sitemap.xml)."""
    site = build.site
    return {
        "social": preview.site_default(build), "print": None, "share": None,
        "modules": [{"nummer": m.nummer, "titel": m.titel, "url": site.absolute(build.urls.page_url(m.pagina))}
                    for m in sorted(build.catalog.data.modules, key=lambda m: m.nummer)],
        "cards_url": site.absolute("kaartjes/"), "home_url": site.absolute(""),
    }


def page_view(build: Build, page: PageText) -> dict:
    catalog, site = build.catalog, build.site
    title = site.name if page.is_homepage else page.title
    generated = build.generated(page.src_uri)
    module = catalog.module_by_page(page.src_uri)
    # A card's page and a module's page preview as their item (the same view as their short link),
    # at the page's own address; a deck's page shows its module's picture with its own words.
    if generated is not None and generated.kind == "kaartje":
        social = preview.card(build, generated.item_id)
    elif module is not None:
        social = preview.module(build, module.id)
    elif generated is not None:
        module = catalog.modules[catalog.decks[generated.item_id].module]
        image, alt = preview.module_image(build, module.id)
        social = {"title": title, "description": page.description, "image": site.absolute(image),
                  "image_alt": alt, "type": "article"}
    else:
        key = preview.page_key(page.src_uri)
        build.page_images[key] = (title, page.description)
        social = {"title": title, "description": page.description, "image": site.absolute(addresses.social_image(key)),
                  "image_alt": sentences(title, page.description), "type": "website"}
    view = {**site_view(build), "social": {**social, "url": page.canonical_url or site.absolute(page.url)}}
    if module is not None and page.src_uri == module.pagina:
        view["print"] = _print_header(build, module)
        view["share"] = sharing.module_share(catalog, module.id, page.url, site.url)
    return view


def _print_header(build: Build, module) -> dict:
    short = build.site.absolute(addresses.short_public("module", module.nummer))
    return {
        "nummer": module.nummer,
        "time_label": build.catalog.time_label(module.id),
        "short": addresses.short_label(short),
        "qr_svg": Markup(qr_svg(short, title=f"QR-code naar {addresses.short_label(short)}")),
    }
