"""The session rules live once, as tables in macros/session_rules.py (RULES), and both sides apply them.

The build checks the ready plans with them; the planner in the browser (planner-model.js) reads the
same tables from docs/assets/js/planner-rules.js, which `make bundles` writes. These tests check that
file, and run both sides on the same plans: the ready plans of the data file and changed copies of
them. Each block must get the same minutes and phase, and each plan the same warnings.
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import ROOT
from macros import model, own_cards, planner, session_rules
from macros.model import Session

RULES_SCRIPT = ROOT / "docs/assets/js/planner-rules.js"
NODE = """
const M = (await import(process.argv[1] + '/docs/assets/js/planner-model.js')).default;
const data = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));
const model = M.create(data), out = {};
for (const s of data.sessions) {
  const plan = model.decode('klaar=' + s.id).plan, rows = model.schedule(plan);
  out[s.id] = { minutes: rows.map((r) => r.minutes), phases: rows.map((r) => r.phase),
                codes: model.warnings(plan).map((w) => w.code).filter((c) => c !== 'total').sort() };
}
console.log(JSON.stringify(out));
"""


def _variants(session: Session) -> dict[str, dict]:
    """Changed copies of a ready plan that each touch one rule; all still name existing items."""
    raw = session.model_dump()
    copies = {name: json.loads(json.dumps(raw)) for name in
              ("as-is", "drop-first", "drop-last", "no-pause", "longer", "no-minutes", "no-phase", "prompts-first")}
    copies["drop-first"]["blokken"].pop(0)
    copies["drop-last"]["blokken"].pop()
    copies["no-pause"]["blokken"] = [b for b in raw["blokken"] if b["soort"] not in session_rules.RULES["pauses"]]
    copies["longer"]["blokken"][1]["minuten"] = 60
    for block in copies["no-minutes"]["blokken"]:  # the default minutes of each kind
        if block["soort"] in {"kaartjes", "casus", "overdenking"}:
            block["minuten"] = None
    for block in copies["no-phase"]["blokken"]:  # each block's phase from its item or its kind
        if block["soort"] not in {"pauze", "vrij"}:
            block["fase"] = None
    prompts = next((b for b in raw["blokken"] if b["soort"] == "overdenking"), None)
    if prompts:  # a round of prompts opens the plan: its kind's phase is not the opening one
        copies["prompts-first"]["blokken"].insert(0, {**prompts, "fase": None})
    return {f"{session.id}-{name}": raw for name, raw in copies.items() if len(raw["blokken"]) >= 3}


def python_decisions(session: Session, catalog) -> dict:
    return {"minutes": [session_rules.block_minutes(b, catalog.werkplaten) for b in session.blokken],
            "phases": [session_rules.block_phase(b, catalog) for b in session.blokken],
            "codes": sorted(code for code, _ in session_rules.arc_findings(session.blokken, catalog))}


def test_the_rules_script_is_made_from_the_tables():
    assert RULES_SCRIPT.read_text(encoding="utf-8") == session_rules.script(), \
        "macros/session_rules.py changed: run `make bundles` and commit docs/assets/js/planner-rules.js and the bundles"


def test_the_tables_cover_every_kind_and_phase():
    rules = session_rules.RULES
    assert rules["phases"] == list(model.PHASES)
    # Every block kind but the werkplaat and the look back (whose minutes are those of their steps) has
    # default minutes.
    assert set(rules["minutes"]) == set(model.BLOCK_KINDS) - {"werkplaat", "terugblik"}
    assert set(rules["cardPhases"]) == set(model.Card.model_fields["soort"].annotation.__args__)
    named = [rules["otherPhase"], *rules["kindPhase"].values(), *rules["emptyPhase"].values(),
             *(p for phases in rules["cardPhases"].values() for p in phases)]
    assert set(named) <= set(model.PHASES)
    # A team's own cards get the same default phases as the planner uses to pick a kind of card.
    assert own_cards.DEFAULT_PHASES is rules["cardPhases"]


def test_the_planner_and_the_build_take_the_same_decisions_on_the_same_plans(catalog):
    node = shutil.which("node")
    assert node, "node ontbreekt: installeer nodejs"
    plans = {}
    for session in catalog.data.sessies:
        for key, raw in _variants(session).items():
            plans[key] = Session.model_validate({**raw, "id": key})
    data = planner.planner_data(catalog, "plannen/", "https://example.org/")
    data["sessions"] = [{"id": key, "module": s.module, "titel": s.titel, "start": s.start, "duur": s.duur_minuten,
                         "blokken": [planner._block(b) for b in s.blokken]} for key, s in plans.items()]
    result = subprocess.run([node, "--input-type=module", "-e", NODE, str(ROOT)], input=json.dumps(data),
                            capture_output=True, text=True, timeout=120, check=True)
    javascript = json.loads(result.stdout)
    python = {key: python_decisions(session, catalog) for key, session in plans.items()}
    for key in python:
        assert javascript[key] == python[key], key
    found = {code for decisions in python.values() for code in decisions["codes"]}
    assert found == {"opening", "closing", "pause"}, "the changed plans trigger every rule"


@pytest.mark.parametrize("block, minutes", [({"soort": "casus", "casus": "c1"}, 20), ({"soort": "kaartjes"}, 10)])
def test_a_block_without_minutes_counts_its_kinds_default(block, minutes):
    # The planner opens a ready plan that way, so the build's sum of the minutes agrees with it.
    assert session_rules.block_minutes(model.Block.model_validate(block), {}) == minutes
