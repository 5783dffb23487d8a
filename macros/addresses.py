"""Every address of the site in one place, derived from data ids and never from titles.

Links in e-mails, WhatsApp messages and printed cards point here, so these paths are a promise:
change them only together with a redirect (see `redirect_maps` in mkdocs.yml).
"""
from __future__ import annotations


def card_page(card_id: str) -> str:
    return f"kaartjes/{card_id}/"


def deck_page(deck_id: str) -> str:
    return f"kaartensets/{deck_id}/"


def deck_print_page(deck_id: str) -> str:
    return f"kaartensets/{deck_id}/print/"


def card_short(card_id: str) -> str:
    return f"k/{card_id}/"


def module_short(number: int) -> str:
    return f"m/{number}/"


def deck_pdf(deck_id: str) -> str:
    return f"downloads/kaartjes-{deck_id}.pdf"


def werkplaat_pdf(werkplaat_id: str) -> str:
    return f"downloads/werkplaat-{werkplaat_id}.pdf"


def card_image(card_id: str) -> str:
    return f"downloads/kaartjes/{card_id}.png"


def social_image(key: str) -> str:
    return f"assets/social/{key}.png"


def qr_svg(key: str) -> str:
    return f"downloads/qr/{key}.svg"


def qr_png(key: str) -> str:
    return f"downloads/qr/{key}.png"
