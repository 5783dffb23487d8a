"""Ready session plans for begeleiders, from the data file, readable without JavaScript.

There are three kinds, all in `sessies`: a plan of about two hours per module, short plans for a
team meeting (an hour at most), and the meetings of a traject (`trajecten`), which combine modules.
Each plan is checked at build time (`session_rules`), so its items exist and its minutes add up.
The table shows clock times; a link opens the same plan in the planner, to adapt.
"""
from __future__ import annotations

from markupsafe import Markup

from . import addresses, design
from .errors import lookup
from .loader import Catalog
from .model import Block
from .session_rules import block_minutes, block_phase
from .templating import render_template


def clock(minutes: int) -> str:
    """Minutes since midnight as a Dutch clock time: 810 -> '13:30'."""
    return f"{minutes // 60 % 24}:{minutes % 60:02d}"


def parse_clock(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


# A plan of this length or shorter fits in a team meeting.
SHORT_MINUTES = 60


def _item_module(block: Block, catalog: Catalog) -> str | None:
    """The module whose page holds a block's material; a traject mixes modules in one plan."""
    if block.soort == "werkplaat":
        return catalog.werkplaten[block.werkplaat].module
    if block.soort == "casus":
        return catalog.cases[block.casus].module
    if block.soort == "kaartjes":
        return catalog.cards[block.kaarten[0]][0].module
    if block.soort == "overdenking":
        return next(module for module, prompts in catalog.prompts.items()
                    if any(prompt.id == block.vragen[0] for prompt in prompts))
    return None


def _block_text(block: Block, catalog: Catalog, module_url: str) -> dict:
    """Title, what you do, and where the material stands, for one block."""
    if block.soort == "werkplaat":
        werkplaat = catalog.werkplaten[block.werkplaat]
        return {"title": f"Werkplaat: {werkplaat.titel}", "text": block.tekst or werkplaat.doel,
                "url": f"{module_url}#{addresses.anchor('werkplaat', werkplaat.id)}"}
    if block.soort == "casus":
        case = catalog.cases[block.casus]
        return {"title": f"Casus: {case.titel}", "text": block.tekst or case.vraag, "url": f"{module_url}#{addresses.anchor('casus', case.id)}"}
    if block.soort == "kaartjes":
        cards = [catalog.cards[card_id][2] for card_id in block.kaarten]
        kinds = {card.soort for card in cards}
        label = design.KINDS[kinds.pop()].label + "s" if len(kinds) == 1 else "Kaartjes"
        return {"title": f"{label}: " + ", ".join(card.titel for card in cards),
                "text": block.tekst or "", "url": f"{module_url}#{addresses.card_anchor(cards[0].id)}"}
    if block.soort == "overdenking":
        count = len(block.vragen)
        return {"title": f"Ter overdenking: {count} {'vraag' if count == 1 else 'vragen'}", "text": block.tekst or "",
                "url": f"{module_url}#{addresses.anchor('overdenking', block.vragen[0])}"}
    if block.soort == "terugblik":
        look_back = catalog.data.terugblik
        return {"title": look_back.titel, "text": block.tekst or look_back.doel, "url": None}
    title = "Pauze" if block.soort == "pauze" else block.titel
    return {"title": title, "text": block.tekst or "", "url": None}


def session_rows(catalog: Catalog, session_id: str, current_url: str) -> list[dict]:
    session = lookup(catalog.sessions, "sessie", session_id)
    rows, now = [], parse_clock(session.start)
    for block in session.blokken:
        minutes = block_minutes(block, catalog.werkplaten)
        module = catalog.modules[_item_module(block, catalog) or session.module]
        module_url = addresses.relative_url(current_url, catalog.urls.page_url(module.pagina))
        # A pause belongs to no phase for the begeleider; the phase it carries only keeps the planner's arc.
        phase = "" if block.soort == "pauze" else block_phase(block, catalog)
        rows.append({"start": clock(now), "end": clock(now + minutes), "minutes": minutes,
                     "phase": phase, **_block_text(block, catalog, module_url)})
        now += minutes
    return rows


def traject_sessions(catalog: Catalog) -> set[str]:
    return {meeting.sessie for traject in catalog.data.trajecten for meeting in traject.bijeenkomsten}


def render_session(catalog: Catalog, session_id: str, current_url: str, in_traject: bool = False) -> Markup:
    session = lookup(catalog.sessions, "sessie", session_id)
    module = catalog.modules[session.module]
    planner = addresses.relative_url(current_url, catalog.urls.tool_page("planner"))
    return render_template("session.html", session=session, module=module, in_traject=in_traject,
                           rows=session_rows(catalog, session_id, current_url),
                           planner_url=f"{planner}?klaar={session.id}")


def render_sessions(catalog: Catalog, current_url: str, short: bool = False) -> Markup:
    """The module plans (short=False) or the short plans for a team meeting, in module order."""
    order = {module.id: module.nummer for module in catalog.data.modules}
    in_traject = traject_sessions(catalog)
    sessions = sorted((s for s in catalog.data.sessies
                       if s.id not in in_traject and (s.duur_minuten <= SHORT_MINUTES) == short),
                      key=lambda session: order[session.module])
    return Markup("\n").join(render_session(catalog, session.id, current_url) for session in sessions)


def render_trajects(catalog: Catalog, current_url: str) -> Markup:
    """Each traject: what it is, its meetings with when they take place, and the plan of each meeting."""
    trajects = [{"traject": traject,
                 "meetings": [{"meeting": meeting, "session": catalog.sessions[meeting.sessie],
                               "plan": render_session(catalog, meeting.sessie, current_url, in_traject=True)}
                              for meeting in traject.bijeenkomsten]}
                for traject in catalog.data.trajecten]
    return render_template("trajects.html", trajects=trajects)
