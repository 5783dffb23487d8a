"""The look back on the agreements ("Terugblik op de afspraken") and the participants' own parts of a plan.

The look back is one item of the data file (`terugblik`), used as a block in the planner, the ready
plans and the live view. This module prepares what each of them needs, as data and as markup from
Jinja templates, so the scripts only clone and fill in with textContent:
- the planner: the block's label, minutes and texts, and its markup for the begeleider's print;
- the live view: its steps with group form and minutes, like a werkplaat's;
- the participants' page: the templates of the look back, of "Dit ga ik doen" in the closing block and
  of the week's card, and every doekaartje as markup, so the agreement form (afspraak.js) can attach to it.
Personal data never passes through here: the agreements are read in the participant's own browser.
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses
from .inline import inline_markdown
from .loader import Catalog
from .material import render_card
from .templating import render_template

KIND = "terugblik"
KIND_LABEL = "Terugblik op de afspraken"


def _plain(text: str) -> str:
    return Markup(inline_markdown(text)).striptags()


def kinds(catalog: Catalog, labels: dict) -> dict:
    """The planner's kinds of block, with the look back only when the data file has one."""
    return {**labels, KIND: KIND_LABEL} if catalog.data.terugblik else dict(labels)


def planner_data(catalog: Catalog) -> dict | None:
    """The texts the planner and the participants' view show of the look back (plain text)."""
    look_back = catalog.data.terugblik
    if look_back is None:
        return None
    return {"titel": look_back.titel, "doel": _plain(look_back.doel), "openingsvraag": _plain(look_back.openingsvraag),
            "vraag": _plain(look_back.vraag), "duur": look_back.duur_minuten}


def live_data(catalog: Catalog) -> dict | None:
    """The look back as the live view runs it: the steps of a werkplaat, and the notes for the begeleider."""
    look_back = catalog.data.terugblik
    if look_back is None:
        return None
    return {"titel": look_back.titel, "opening": _plain(look_back.openingsvraag),
            "steps": [{"vorm": step.vorm.capitalize(), "minuten": step.minuten, "tekst": _plain(step.tekst)}
                      for step in look_back.stappen],
            "notes": [_plain(note) for note in look_back.begeleidersnotities]}


def item_templates(catalog: Catalog) -> list[dict]:
    """The look back's markup for the begeleider's print, as the planner's other items."""
    look_back = catalog.data.terugblik
    if look_back is None:
        return []
    html = render_template("look_back.html", look_back=look_back, goal=inline_markdown(look_back.doel),
                           opening=inline_markdown(look_back.openingsvraag), space=inline_markdown(look_back.ruimte),
                           participation=inline_markdown(look_back.deelname),
                           materials=[inline_markdown(item) for item in look_back.materialen],
                           steps=[(step, inline_markdown(step.tekst)) for step in look_back.stappen],
                           notes=[inline_markdown(note) for note in look_back.begeleidersnotities])
    return [{"key": KIND, "html": html}]


def group_items(catalog: Catalog, current_url: str) -> list[dict]:
    """Every doekaartje as on a module page, for "Dit ga ik doen" in the participants' closing block.
    Its heading is h4: it stands under the block's h3."""
    return [{"key": f"kaart:{card.id}", "html": render_card(catalog, card.id, current_url=current_url, heading=4)}
            for deck in catalog.data.kaartensets for card in deck.kaarten if card.soort == "doe"]


def card_urls(catalog: Catalog, current_url: str) -> dict:
    """The page of every card, for the week's card in the participants' view."""
    return {card.id: addresses.relative_url(current_url, catalog.urls.generated_page("kaartje", card.id))
            for deck in catalog.data.kaartensets for card in deck.kaarten}
