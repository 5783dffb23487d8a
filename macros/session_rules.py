"""The rules a session plan keeps: its items exist, its minutes add up, and it has an arc.

The build checks every ready plan in the data file with these rules, so a plan on the trainers'
page always runs as written. The planner in the browser warns with the same rules (its own
copy in docs/assets; tests/js keeps the two in step) but never blocks the begeleider.
"""
from __future__ import annotations

from .model import Block, Session, Traject

LONGEST_STRETCH_WITHOUT_PAUSE = 90  # minutes; after that attention drops, whatever the material


def block_minutes(block: Block, werkplaten: dict) -> int:
    """A block's minutes: its own, or for a werkplaat without them, the werkplaat's duration."""
    if block.minuten is not None:
        return block.minuten
    if block.soort == "werkplaat" and block.werkplaat in werkplaten:
        return werkplaten[block.werkplaat].duur_minuten
    return 0


def block_phase(block: Block, catalog) -> str | None:
    """A block's phase: its own, or the first phase of the item it shows."""
    if block.fase:
        return block.fase
    if block.soort == "werkplaat" and block.werkplaat in catalog.werkplaten:
        return catalog.werkplaten[block.werkplaat].fase
    if block.soort == "casus" and block.casus in catalog.cases:
        return catalog.cases[block.casus].fasen[0]
    if block.soort == "kaartjes" and block.kaarten and block.kaarten[0] in catalog.cards:
        return catalog.cards[block.kaarten[0]][2].fasen[0]
    if block.soort == "overdenking":
        return "verdiepen"
    if block.soort == "terugblik":
        return "openen"
    return None


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
    phases = [block_phase(block, catalog) for block in session.blokken]
    if phases[0] != "openen":
        problems.append("veld 'blokken': het eerste blok hoort in de fase 'openen'")
    if phases[-1] != "afsluiten":
        problems.append("veld 'blokken': het laatste blok hoort in de fase 'afsluiten'")
    stretch = 0
    for block in session.blokken:
        stretch = 0 if block.soort == "pauze" else stretch + block_minutes(block, catalog.werkplaten)
        if stretch > LONGEST_STRETCH_WITHOUT_PAUSE:
            problems.append(f"veld 'blokken': er gaan meer dan {LONGEST_STRETCH_WITHOUT_PAUSE} minuten voorbij "
                            "zonder pauze")
            break
    return problems


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
