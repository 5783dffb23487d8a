"""The learning path as content: every module has the same anatomy, enough material, and plain language."""
from __future__ import annotations

import re


from conftest import ROOT
from macros.session_rules import block_minutes

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


def test_every_module_has_a_ready_plan_with_its_own_material(catalog):
    for module in catalog.data.modules:
        # The two-hour plan of the module; short plans and traject meetings have their own tests (test_plans.py).
        plans = [s for s in catalog.data.sessies if s.id == f"sessie-{module.id}"]
        assert len(plans) == 1, module.id
        plan = plans[0]
        assert 110 <= plan.duur_minuten <= 150, (module.id, plan.duur_minuten)
        assert sum(block_minutes(b, catalog.werkplaten) for b in plan.blokken) == plan.duur_minuten
        kinds = {block.soort for block in plan.blokken}
        assert {"werkplaat", "casus", "overdenking", "pauze"} <= kinds, module.id
        own = {w.id for w in catalog.werkplaten_of(module.id)} | {c.id for c in catalog.cases_of(module.id)}
        used = {block.werkplaat or block.casus for block in plan.blokken if block.soort in {"werkplaat", "casus"}}
        assert used <= own, (module.id, used - own)


def test_cases_live_in_the_data_file(catalog):
    for module in catalog.data.modules:
        text = page_of(module)
        assert "!!! example" not in text, f"{module.id}: a case belongs in the data file"
        assert len(catalog.cases_of(module.id)) >= 2, module.id
        assert f'{{{{ casussen("{module.id}") }}}}' in text, module.id

