"""The rules a session plan keeps: its items exist, its minutes add up, and it has an arc.

The build checks every ready plan in the data file with these rules, so a plan on the trainers'
page always runs as written. The planner in the browser warns by the same rules but never blocks
the begeleider. The rules that both apply are tables (`RULES`): `make bundles` writes them into
docs/assets/js/planner-rules.js, which the planner's model reads, so neither side holds a copy.
"""
from __future__ import annotations

import json

from .model import PHASES, Block, Session, Traject

# ---------------------------------------------------------------------------- the tables
RULES: dict = {
    # The arc of a meeting, in this order: a plan opens in the first phase and closes in the last.
    "phases": list(PHASES),
    # After this many minutes without a pause, attention drops, whatever the material.
    "longest": 90,
    # The kinds of block that end a stretch of work.
    "pauses": ["pauze"],
    # How long a block takes when nobody says (a werkplaat takes its own duration). A case is read
    # aloud and talked over in pairs first, so it takes longer than a round of cards.
    "minutes": {"kaartjes": 10, "casus": 20, "overdenking": 20, "pauze": 10, "vrij": 10},
    # The phase of a block of this kind whatever it shows: questions to think over deepen.
    "kindPhase": {"overdenking": "verdiepen", "terugblik": "openen"},
    # The phase of a block that has none of its own and shows nothing yet (a new block in the planner).
    "emptyPhase": {"pauze": "verdiepen"},
    "otherPhase": "verkennen",
    # Where a card fits when nobody says (a new own card; a card round the planner proposes): a question
    # opens up the conversation, an action closes it.
    "cardPhases": {"denk": ["verkennen", "verdiepen"], "doe": ["afspreken", "afsluiten"]},
}


def script() -> str:
    """The tables as the ES module the planner's scripts import (docs/assets/js/planner-rules.js)."""
    return ("/* Made by `make bundles` from macros/session_rules.py (RULES); change the rules there, not here. */\n"
            f"export default {json.dumps(RULES, indent=2, ensure_ascii=False)};\n")


# ---------------------------------------------------------------------------- applying them

def block_minutes(block: Block, werkplaten: dict) -> int:
    """A block's minutes: its own, or for a werkplaat its duration, or the default for its kind."""
    if block.minuten is not None:
        return block.minuten
    if block.soort == "werkplaat":
        return werkplaten[block.werkplaat].duur_minuten if block.werkplaat in werkplaten else 0
    # A look back has no default: its minutes are those of its steps, and the data file must say them.
    return RULES["minutes"].get(block.soort, 0)


def block_phase(block: Block, catalog) -> str:
    """A block's phase: its own, or the first phase of the item it shows, or the one its kind has."""
    if block.fase:
        return block.fase
    if block.soort == "werkplaat" and block.werkplaat in catalog.werkplaten:
        return catalog.werkplaten[block.werkplaat].fase
    if block.soort == "casus" and block.casus in catalog.cases:
        return catalog.cases[block.casus].fasen[0]
    if block.soort == "kaartjes" and block.kaarten and block.kaarten[0] in catalog.cards:
        return catalog.cards[block.kaarten[0]][2].fasen[0]
    return RULES["kindPhase"].get(block.soort) or RULES["emptyPhase"].get(block.soort) or RULES["otherPhase"]


def _reference_problems(block: Block, number: int, catalog) -> list[str]:
    where = f"blok {number} ({block.soort})"
    needs = {"werkplaat": ("werkplaat", catalog.werkplaten, [block.werkplaat] if block.werkplaat else []),
             "casus": ("casus", catalog.cases, [block.casus] if block.casus else []),
             "kaartjes": ("kaarten", catalog.cards, block.kaarten),
             "overdenking": ("vragen", {p.id: p for ps in catalog.prompts.values() for p in ps}, block.vragen)}
    problems = []
    if block.soort in needs:
        field, table, ids = needs[block.soort]
        if not ids:
            problems.append(f"{where}, veld '{field}': dit blok heeft een {field} nodig")
        problems += [f"{where}, veld '{field}': er is geen item met id '{item_id}'"
                     for item_id in ids if item_id not in table]
    if block.soort in {"pauze", "vrij"} and block.minuten is None:
        problems.append(f"{where}, veld 'minuten': zeg hoe lang dit blok duurt")
    if block.soort in {"pauze", "vrij"} and block.fase is None:
        problems.append(f"{where}, veld 'fase': zeg in welke fase dit blok valt")
    if block.soort == "vrij" and not block.titel:
        problems.append(f"{where}, veld 'titel': een vrij blok heeft een titel nodig")
    if block.soort == "terugblik":
        problems += _look_back_problems(block, where, catalog.data.terugblik)
    return problems


def _look_back_problems(block: Block, where: str, look_back) -> list[str]:
    """A look back runs as written, like a werkplaat: its block takes exactly the minutes of its steps."""
    if look_back is None:
        return [f"{where}: er staat geen 'terugblik' in het databestand. Zet die erin, of kies een ander blok"]
    if block.minuten != look_back.duur_minuten:
        return [f"{where}, veld 'minuten': een terugblik duurt {look_back.duur_minuten} minuten, zoals zijn stappen. "
                f"Zet 'minuten: {look_back.duur_minuten}'"]
    return []


def session_problems(session: Session, catalog) -> list[str]:
    """Everything that would stop a ready plan from running as written, in a begeleider's words."""
    problems = []
    for number, block in enumerate(session.blokken, start=1):
        problems += _reference_problems(block, number, catalog)
    if problems:
        return problems
    total = sum(block_minutes(block, catalog.werkplaten) for block in session.blokken)
    if total != session.duur_minuten:
        problems.append(f"veld 'duur_minuten': er staat {session.duur_minuten}, maar de blokken duren samen "
                        f"{total} minuten")
    return problems + [message for _, message in arc_findings(session.blokken, catalog)]


def arc_findings(blocks: list[Block], catalog) -> list[tuple[str, str]]:
    """The arc of a plan, as (code, message): the planner's warnings carry the same codes."""
    findings = []
    phases = [block_phase(block, catalog) for block in blocks]
    opening, closing = RULES["phases"][0], RULES["phases"][-1]
    if phases[0] != opening:
        findings.append(("opening", f"veld 'blokken': het eerste blok hoort in de fase '{opening}'"))
    if phases[-1] != closing:
        findings.append(("closing", f"veld 'blokken': het laatste blok hoort in de fase '{closing}'"))
    stretch, longest = 0, RULES["longest"]
    for block in blocks:
        stretch = 0 if block.soort in RULES["pauses"] else stretch + block_minutes(block, catalog.werkplaten)
        if stretch > longest:
            findings.append(("pause", f"veld 'blokken': er gaan meer dan {longest} minuten voorbij zonder pauze"))
            break
    return findings


def traject_problems(traject: Traject, catalog) -> list[str]:
    """From the second meeting of a traject on, the opening (the blocks before the first block in
    another phase) holds the look back on the agreements made the meeting before."""
    problems = []
    for number, meeting in enumerate(traject.bijeenkomsten[1:], start=2):
        session = catalog.sessions[meeting.sessie]
        opening = []
        for block in session.blokken:
            if block_phase(block, catalog) != "openen":
                break
            opening.append(block.soort)
        if "terugblik" not in opening:
            problems.append(f"bijeenkomst {number} (sessie '{session.id}'), veld 'blokken': begin na het welkom "
                            "met een blok 'soort: terugblik', zodat de groep terugkijkt op de afspraken van de vorige keer")
    return problems
