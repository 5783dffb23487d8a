"""Begeleiden (docs/begeleiden.md): the live view that runs a plan in the room.

It opens the planner's links, so it reads them with the planner's own scripts and the planner's data
(planner.planner_data). On top of that it needs what the room and the begeleider see during a session:
the steps of each werkplaat with their group form and minutes, the begeleidersnotities, and the text
and question of each case. Texts are plain (no Markdown); the scripts put them in with textContent.
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses, look_back, planner
from .loader import Catalog
from .templating import render_template

PAGE = addresses.TOOL_PAGES["begeleiden"]


def live_data(catalog: Catalog) -> dict:
    """The extra data of the live view: steps and notes per werkplaat, text and question per case."""
    plain = planner._plain
    return {
        "werkplaten": [{"id": w.id, "opening": plain(w.openingsvraag),
                        "steps": [{"vorm": step.vorm.capitalize(), "minuten": step.minuten, "tekst": plain(step.tekst)}
                                  for step in w.stappen],
                        "notes": [plain(note) for note in w.begeleidersnotities]}
                       for w in catalog.data.werkplaten],
        "cases": [{"id": case.id, "tekst": plain(case.tekst), "vraag": plain(case.vraag),
                   "luisteren": plain(case.luisteren_naar) if case.luisteren_naar else ""}
                  for case in catalog.data.casussen],
    }


def render_live_view(catalog: Catalog, current_url: str, site_url: str) -> Markup:
    data = planner.planner_data(catalog, current_url, site_url)
    data["live"] = {**live_data(catalog), "terugblik": look_back.live_data(catalog)}
    data["plannerUrl"] = addresses.relative_url(current_url, catalog.urls.tool_page("planner"))
    return render_template("begeleiden.html", data=data)
