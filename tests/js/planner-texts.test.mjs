/* What a block of a plan tells the begeleider (issue 20, point 11). A ready plan's casus block names its
   own case, so after a swap with ◄ ► those words go, and the general words for the kind (werkwijzen in
   the data file) take their place; back on the ready case, its own words return. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";

import Model from "../../docs/assets/js/planner-model.js";
import Draw from "../../docs/assets/js/planner-draw.js";

const phases = ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"].map((id) => ({ id, label: id }));
const GENERAL = "Lees de casus samen en laat de tweetallen de vraag bespreken.";
const data = {
  phases, defaults: { kaartjes: 10, casus: 20, overdenking: 20, pauze: 10, vrij: 10 }, longest: 90,
  modules: [{ id: "alfa", nummer: 1, titel: "Alfa" }],
  cards: [{ id: "aa-01", module: "alfa", deck: "aa", soort: "denk", titel: "Een", tekst: "T", fasen: ["verkennen"] }],
  cases: ["aa-c1", "aa-c2", "aa-c3"].map((id) => ({ id, module: "alfa", titel: id, fasen: ["verkennen"] })),
  prompts: [{ id: "aa-o1", module: "alfa", tekst: "Vraag?" }],
  werkplaten: [],
  werkwijzen: { casus: GENERAL },
  sessions: [{ id: "sessie-alfa", module: "alfa", titel: "Alfa", start: "13:30", duur: 120, blokken: [
    { soort: "casus", ids: ["aa-c1"], minuten: 20, fase: null, titel: "", tekst: "Vraag wat Sanne hielp." },
    { soort: "vrij", ids: [], minuten: 10, fase: "afsluiten", titel: "Afsluiting", tekst: "Doe een slotronde." }] }],
};
const model = Model.create(data);
const draw = Draw.create(model);

test("point 11: a swapped case gets the general instruction, and its own again when swapped back", () => {
  const plan = model.decode("klaar=sessie-alfa").plan;
  assert.equal(plan.blocks[0].text, "Vraag wat Sanne hielp.");
  const swapped = draw.replaceIds(plan.blocks[0], draw.step(plan, plan.blocks[0], 1));
  assert.notDeepEqual(swapped.ids, ["aa-c1"]);
  assert.equal(model.textFor(plan.ready, swapped), GENERAL);
  assert.equal(model.textFor(plan.ready, model.newBlock("casus", ["aa-c1"])), "Vraag wat Sanne hielp.");
});

test("point 11: the link of a swapped plan reads back with the general instruction", () => {
  const plan = model.decode("klaar=sessie-alfa").plan;
  plan.blocks[0] = draw.replaceIds(plan.blocks[0], ["aa-c2"]);
  const read = model.decode(model.encode(plan)).plan;
  assert.equal(read.blocks[0].text, GENERAL);
  assert.equal(read.blocks[1].text, "Doe een slotronde.", "an own block keeps its ready text by its name");
  assert.equal(model.decode("v=1&b=Caa-c3").plan.blocks[0].text, GENERAL, "a case without a ready plan has it too");
});

test("point 11: kinds without general words, and own blocks outside a ready plan, get no invented text", () => {
  assert.equal(model.textFor("", model.newBlock("kaartjes", ["aa-01"])), "");
  assert.equal(model.textFor("", model.newBlock("vrij", [], { title: "Afsluiting" })), "");
  assert.equal(model.textFor("constructor", model.newBlock("casus", ["aa-c1"])), GENERAL, "an unknown ready plan is no plan");
  const bare = Model.create(Object.assign({}, data, { werkwijzen: undefined }));
  assert.equal(bare.textFor("", bare.newBlock("casus", ["aa-c1"])), "", "a data file without werkwijzen still works");
});
