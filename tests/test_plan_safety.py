"""The ready plans are safe to run as written: an opening round exposes nobody.

An opening round is told in the whole group, before any depth is built. It asks about your own work,
not about a client or a strained relation that colleagues in the room may recognise (issue 19, review).
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
