"""Ready session plans for begeleiders: one per module, from the data file, readable without JavaScript.

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
    title = "Pauze" if block.soort == "pauze" else block.titel
    return {"title": title, "text": block.tekst or "", "url": None}


def session_rows(catalog: Catalog, session_id: str, current_url: str) -> list[dict]:
    session = lookup(catalog.sessions, "sessie", session_id)
    module_url = addresses.relative_url(current_url, catalog.urls.page_url(catalog.modules[session.module].pagina))
    rows, now = [], parse_clock(session.start)
    for block in session.blokken:
        minutes = block_minutes(block, catalog.werkplaten)
        rows.append({"start": clock(now), "end": clock(now + minutes), "minutes": minutes,
                     "phase": block_phase(block, catalog), **_block_text(block, catalog, module_url)})
        now += minutes
    return rows


def render_session(catalog: Catalog, session_id: str, current_url: str) -> Markup:
    session = lookup(catalog.sessions, "sessie", session_id)
    module = catalog.modules[session.module]
    planner = addresses.relative_url(current_url, catalog.urls.tool_page("planner"))
    return render_template("session.html", session=session, module=module,
                           rows=session_rows(catalog, session_id, current_url),
                           planner_url=f"{planner}?klaar={session.id}")


def render_sessions(catalog: Catalog, current_url: str) -> Markup:
    order = {module.id: module.nummer for module in catalog.data.modules}
    sessions = sorted(catalog.data.sessies, key=lambda session: order[session.module])
    return Markup("\n").join(render_session(catalog, session.id, current_url) for session in sessions)
