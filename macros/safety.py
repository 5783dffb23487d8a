"""The group agreements ("Veiligheid in de groep"): written once in the data file, shown in three places.

The page Veilig werken shows them in full, the planner's print for the begeleider carries them with a
link to that page, and every werkplaat handout (pdfs.werkplaat_pdf) prints them as plain text.
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses
from .inline import inline_markdown, plain_text
from .loader import Catalog, DataError
from .templating import render_template

PAGE = "trainers/veilig-werken.md"
# The heading on that page under which the agreements stand; a link to them ends in it.
ANCHOR = "veiligheid-in-de-groep"


def render_safety(catalog: Catalog, current_url: str, link: bool = False) -> Markup:
    """The agreements as HTML; with link=True, followed by the pointer to the page Veilig werken."""
    frame = catalog.data.veiligheid
    if frame is None:
        raise DataError(f"{catalog.source}: het veld 'veiligheid' ontbreekt. Zet de groepsafspraken onder "
                        "'veiligheid:' in het databestand, met 'titel', 'inleiding', 'afspraken' en 'verwijzing'.")
    href = addresses.relative_url(current_url, catalog.urls.page_url(PAGE)) + "#" + ANCHOR if link else None
    return render_template("safety.html", intro=inline_markdown(frame.inleiding),
                           agreements=[inline_markdown(line) for line in frame.afspraken],
                           more=inline_markdown(frame.verwijzing), link=href)


def pdf_frame(catalog: Catalog, page_address: str) -> tuple[str, list[str], str] | None:
    """For a PDF: the title; plain lines (the introduction, each agreement, where to read more); and the
    address of the agreements, given the absolute address of the page Veilig werken."""
    frame = catalog.data.veiligheid
    if frame is None:
        return None
    return (frame.titel, [plain_text(frame.inleiding), *(plain_text(line) for line in frame.afspraken),
                          plain_text(frame.verwijzing)], f"{page_address}#{ANCHOR}")
