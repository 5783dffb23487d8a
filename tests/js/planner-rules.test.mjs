/* The planner applies the rule tables it is given, and holds none of its own: every decision below
   changes when one value of the tables changes. The tables are the ones the build emits
   (docs/assets/js/planner-rules.js, from macros/session_rules.py); tests/test_planner_rules.py checks
   that file against Python and runs both sides on the same plans. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";

import Model from "../../docs/assets/js/planner-model.js";
import Draw from "../../docs/assets/js/planner-draw.js";
import RULES from "../../docs/assets/js/planner-rules.js";

const data = {
  phases: RULES.phases.map((id) => ({ id, label: id })),
  modules: [{ id: "alfa", nummer: 1, titel: "Alfa" }],
  cards: [{ id: "a-1", module: "alfa", deck: "a", soort: "denk", titel: "Een", tekst: "Vraag?", fasen: ["verkennen"] },
          { id: "a-2", module: "alfa", deck: "a", soort: "doe", titel: "Twee", tekst: "Doe.", fasen: ["afspreken"] }],
  cases: [{ id: "a-c1", module: "alfa", titel: "Casus", fasen: ["verkennen"] }],
  prompts: [{ id: "a-o1", module: "alfa", tekst: "Vraag?" }],
  werkplaten: [{ id: "w", module: "alfa", titel: "W", fase: "verdiepen", duur: 60, groep: [4, 12] }],
  sessions: [],
};

function changed(edit) {
  const rules = structuredClone(RULES);
  edit(rules);
  return Model.create(data, rules);
}

function plan(model, blocks) {
  return { ...model.emptyPlan(), target: 0, blocks: blocks.map(([kind, ids, extra]) => model.newBlock(kind, ids, extra)) };
}

const codes = (model, blocks) => model.warnings(plan(model, blocks)).map((w) => w.code).sort();

test("the model reads the build's tables unless it is given others", () => {
  assert.deepEqual(Model.create(data).rules, RULES);
  assert.deepEqual(Model.create(data).phases, RULES.phases);
});

test("the longest stretch and the kinds that end it come from the tables", () => {
  const blocks = [["vrij", [], { phase: "openen", minutes: 30 }], ["werkplaat", ["w"]], ["vrij", [], { minutes: 10, phase: "verdiepen" }],
                  ["vrij", [], { phase: "afsluiten", minutes: 20 }]];
  assert.deepEqual(codes(Model.create(data), blocks), ["pause"], "120 minutes without a pause");
  assert.deepEqual(codes(changed((r) => { r.longest = 120; }), blocks), []);
  assert.deepEqual(codes(changed((r) => { r.pauses = ["pauze", "vrij"]; }), blocks), [], "a block that counts as a pause");
  const text = changed((r) => { r.longest = 45; }).warnings(plan(Model.create(data), blocks))[0].text;
  assert.match(text, /meer dan 45 minuten/);
});

test("the opening and closing phases are the first and last of the tables' order", () => {
  const blocks = [["kaartjes", ["a-1"]], ["kaartjes", ["a-2"]]];
  assert.deepEqual(codes(Model.create(data), blocks), ["closing", "opening"]);
  const arc = changed((r) => { r.phases = ["verkennen", "verdiepen", "openen", "afsluiten", "afspreken"]; });
  assert.deepEqual(codes(arc, blocks), []);
});

test("default minutes, a kind's own phase and the phase of an empty block come from the tables", () => {
  const rules = changed((r) => { r.minutes.casus = 35; r.kindPhase.overdenking = "afspreken"; r.emptyPhase.pauze = "openen"; });
  assert.equal(Model.create(data).blockMinutes(rules.newBlock("casus", ["a-c1"])), 20);
  assert.equal(rules.blockMinutes(rules.newBlock("casus", ["a-c1"])), 35);
  assert.equal(rules.blockPhase(rules.newBlock("overdenking", ["a-o1"])), "afspreken");
  assert.equal(rules.blockPhase(rules.newBlock("pauze", [])), "openen");
  assert.equal(changed((r) => { r.otherPhase = "afsluiten"; }).blockPhase(Model.create(data).newBlock("vrij", [])), "afsluiten");
});

test("the kind of card for a phase follows the cards' default phases, also in a drawn plan", () => {
  const model = Model.create(data);
  assert.deepEqual(["openen", "verkennen", "afspreken", "afsluiten"].map(model.cardKindFor), ["denk", "denk", "doe", "doe"]);
  const swapped = changed((r) => { r.cardPhases = { doe: ["verkennen", "verdiepen"], denk: ["afspreken", "afsluiten"] }; });
  assert.equal(swapped.cardKindFor("afspreken"), "denk");
  const last = { ...swapped.emptyPlan(), blocks: [swapped.newBlock("vrij", [], { phase: "afspreken", minutes: 5 })] };
  const added = Draw.create(swapped).blockFor(last, "kaartjes");
  assert.deepEqual(added.ids, ["a-1"], "the round picks the denk card, as the swapped table says");
});
