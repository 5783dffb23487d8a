"""The learning path as content: every module has the same anatomy, enough material, and plain language."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from macros.sessions import session_blocks

ANATOMY = ["Leerdoelen", "Uit de praktijk", "Ter overdenking", "Denk- en doekaartjes", "Werkpla", "Kernpunten",
           "Bronnen"]


def page_of(module) -> str:
    return (ROOT / "docs" / module.pagina).read_text(encoding="utf-8")


def test_every_module_has_the_fixed_anatomy_in_order(catalog):
    for module in catalog.data.modules:
        text = page_of(module)
        assert text.startswith(f"# {module.titel}\n"), "the page's heading is the module title in the data file"
        headings = re.findall(r"^## (.+)$", text, flags=re.M)
        positions = []
        for part in ANATOMY:
            found = [i for i, heading in enumerate(headings) if heading.startswith(part)]
            assert found, (module.id, part)
            positions.append(found[0])
        assert positions == sorted(positions), (module.id, headings)
        assert positions[0] == 0, "Leerdoelen comes first"
        assert len(headings) - len(ANATOMY) >= 2, "the core text has sections of its own"
        goals = text.split("## Leerdoelen")[1].split("\n## ")[0]
        assert 3 <= len(re.findall(r"^- ", goals, flags=re.M)) <= 5, module.id
        cases = text.split("## Uit de praktijk")[1].split("\n## ")[0]
        assert cases.count('!!! example') >= 2 and cases.count("**Vraag:**") >= 2, module.id


def test_there_is_enough_material(catalog):
    assert len(catalog.data.modules) >= 6
    assert len(catalog.cards) >= 60
    assert sum(len(prompts) for prompts in catalog.prompts.values()) >= 36
    assert len(catalog.data.werkplaten) >= 6
    for module in catalog.data.modules:
        cards = [card for deck in catalog.decks_of(module.id) for card in deck.kaarten]
        assert len(cards) >= 10, module.id
        assert {card.soort for card in cards} == {"denk", "doe"}, module.id
        assert len(catalog.prompts.get(module.id, [])) >= 6, module.id
        assert catalog.werkplaten_of(module.id), module.id


def test_werkplaten_are_complete_exercises(catalog):
    for werkplaat in catalog.data.werkplaten:
        assert len(werkplaat.stappen) >= 4 and len(werkplaat.begeleidersnotities) >= 2, werkplaat.id
        assert sum(step.minuten for step in werkplaat.stappen) == werkplaat.duur_minuten, werkplaat.id
        assert werkplaat.openingsvraag.rstrip().endswith("?"), werkplaat.id
        for field in (werkplaat.openingsvraag, werkplaat.ruimte, werkplaat.deelname):
            assert "TODO" not in field, werkplaat.id


def test_the_five_werkplaten_of_werkpakket_4_exist(catalog):
    titles = {werkplaat.titel.lower() for werkplaat in catalog.data.werkplaten}
    for theme in ["twee soorten deskundigheid", "vechten, vluchten, bevriezen", "twaalf vragen",
                  "gegeven ongelijkwaardigheid", "uit een ander vaatje tappen"]:
        assert any(theme in title for title in titles), theme
    assert len(catalog.decks["tv"].kaarten) == 12


def test_every_session_outline_fits_two_to_three_hours(catalog):
    for module in catalog.data.modules:
        rows, spare = session_blocks(catalog, module.id)
        total = sum(row["minutes"] for row in rows)
        assert 120 <= total <= 180, (module.id, total)
