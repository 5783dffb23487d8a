"""What the review of issue 19 found in the ready plans, and the word measure of test_plans cannot see.

An opening round is told in the whole group, before any depth is built. It asks about your own work,
not about a client or a strained relation that colleagues in the room may recognise. And some questions
ask the same in other words, so the pairs a reader found stay apart.
"""
from __future__ import annotations

import re

from macros.session_rules import block_phase

EXPOSING = re.compile(r"\bcliënt|\bdossier|\bstroef", re.IGNORECASE)


def test_opening_rounds_expose_no_client_and_no_colleague(catalog):
    exposing = []
    for session in catalog.data.sessies:
        for block in session.blokken:
            if block.soort != "kaartjes" or block_phase(block, catalog) not in ("openen", "verkennen"):
                continue
            exposing += [f"{session.id}: {card_id}" for card_id in block.kaarten
                         if EXPOSING.search(catalog.cards[card_id][2].tekst)]
            # Being dependent yourself can touch one's own care: the round asks for a light example.
            if "gw-01" in block.kaarten and "licht voorbeeld" not in (block.tekst or ""):
                exposing.append(f"{session.id}: gw-01 zonder licht voorbeeld")
    assert exposing == [], "\n".join(exposing)


# Questions that ask nearly the same in different words: a card, and the opening of a werkplaat.
SAME_IN_OTHER_WORDS = [("wv-01", "bekend-maakt-vertrouwd"), ("lt-03", "hz-horizon-kiezen")]


def test_no_plan_asks_a_known_repeat(catalog):
    repeats = []
    for session in catalog.data.sessies:
        used = {item for block in session.blokken
                for item in [*(block.kaarten or []), *(block.vragen or []), block.werkplaat, block.casus] if item}
        repeats += [f"{session.id}: {a} en {b}" for a, b in SAME_IN_OTHER_WORDS if a in used and b in used]
    assert repeats == [], "\n".join(repeats)
