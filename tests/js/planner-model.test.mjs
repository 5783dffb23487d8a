/* The planner's pure logic: the plan in its link, clock times, warnings, alternatives and the draw.
   Run with `node --test tests/js/`. The data mirrors what macros/planner.py puts on the page; the rules are
   the tables the build emits (planner-rules.js, from macros/session_rules.py). */
import test from "node:test";
import assert from "node:assert/strict";
import path from "node:path";

import Model from "../../docs/assets/js/planner-model.js";
import Draw from "../../docs/assets/js/planner-draw.js";

const phases = ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"].map((id) => ({ id, label: id }));
const cards = [];
for (let i = 1; i <= 8; i += 1) {
  const denk = i % 2 === 1;
  cards.push({ id: `aa-0${i}`, module: "alfa", deck: "aa", soort: denk ? "denk" : "doe", titel: `Kaartje ${i}`,
               tekst: "Tekst", fasen: denk ? ["verkennen", "verdiepen"] : ["afspreken", "afsluiten"] });
}
const data = {
  phases,
  modules: [{ id: "alfa", nummer: 1, titel: "Alfa" }, { id: "beta", nummer: 2, titel: "Beta" }],
  cards,
  cases: [{ id: "aa-c1", module: "alfa", titel: "Eén", fasen: ["verkennen"] },
          { id: "aa-c2", module: "alfa", titel: "Twee", fasen: ["verkennen", "verdiepen"] },
          { id: "aa-c3", module: "alfa", titel: "Drie", fasen: ["verdiepen"] }],
  prompts: [1, 2, 3, 4].map((i) => ({ id: `aa-o${i}`, module: "alfa", tekst: `Vraag ${i}?` })),
  werkplaten: [
    { id: "lang", module: "alfa", titel: "Lang", fase: "verdiepen", duur: 60, groep: [6, 16] },
    { id: "kort", module: "alfa", titel: "Kort", fase: "verdiepen", duur: 45, groep: [4, 12] },
    { id: "elders", module: "beta", titel: "Elders", fase: "verdiepen", duur: 50, groep: [4, 12] },
  ],
  sessions: [{ id: "sessie-alfa", module: "alfa", titel: "Alfa in twee uur", start: "13:30", duur: 120, blokken: [
    { soort: "kaartjes", ids: ["aa-01", "aa-03"], minuten: 15, fase: "openen", titel: "", tekst: "Welkom <b>allemaal</b>." },
    { soort: "casus", ids: ["aa-c1"], minuten: 15, fase: null, titel: "", tekst: "" },
    { soort: "werkplaat", ids: ["lang"], minuten: null, fase: null, titel: "", tekst: "" },
    { soort: "pauze", ids: [], minuten: 10, fase: "verdiepen", titel: "", tekst: "" },
    { soort: "kaartjes", ids: ["aa-02", "aa-04"], minuten: 10, fase: "afspreken", titel: "", tekst: "" },
    { soort: "vrij", ids: [], minuten: 10, fase: "afsluiten", titel: "Afsluiting", tekst: "Rond af." },
  ] }],
};
const model = Model.create(data);
const draw = Draw.create(model);

test("clock times follow from the start and the blocks before, past midnight too", () => {
  assert.equal(Model.clock(810), "13:30");
  assert.equal(Model.clock(1440 + 65), "1:05");
  assert.equal(Model.parseClock("1330"), 810);
  assert.equal(Model.parseClock("9:05"), 545);
  assert.equal(Model.parseClock("25:00"), null);
  const plan = model.decode("klaar=sessie-alfa").plan;
  const rows = model.schedule(plan);
  assert.deepEqual(rows.map((r) => r.from), ["13:30", "13:45", "14:00", "15:00", "15:10", "15:20"]);
  assert.equal(rows[2].minutes, 60, "a werkplaat takes its own duration");
  assert.equal(rows[rows.length - 1].to, "15:30");
  assert.equal(model.total(plan), 120);
});

test("a ready plan opens as written, and its link reads back to the same plan", () => {
  const { plan, problems } = model.decode("klaar=sessie-alfa");
  assert.deepEqual(problems, []);
  assert.equal(plan.title, "Alfa in twee uur");
  assert.equal(plan.blocks[0].text, "Welkom <b>allemaal</b>.", "texts stay text; the page sets them with textContent");
  const link = model.encode(plan);
  assert.match(link, /^v=1&/);
  assert.ok(link.length < 300, `short enough for a chat message: ${link.length}`);
  assert.doesNotMatch(link.split("&titel")[0] + link.split("&b=")[1], /[*_~]/, "no WhatsApp markup characters");
  const again = model.decode(link);
  assert.deepEqual(again.plan, plan);
  assert.equal(model.encode(again.plan), link, "the same link always gives the same plan");
});

test("minutes, phase, title, start and length survive the link; free titles are text", () => {
  const plan = model.decode("klaar=sessie-alfa").plan;
  plan.title = 'Teamdag "Noord" <script>x</script> & meer';
  plan.start = 9 * 60;
  plan.target = 150;
  plan.blocks[2].minutes = 50;
  plan.blocks[1].phase = "verdiepen";
  plan.blocks[5].title = "Evaluatie & <img src=x>";
  const back = model.decode(model.encode(plan)).plan;
  assert.equal(back.title, plan.title);
  assert.equal(back.start, 540);
  assert.equal(back.target, 150);
  assert.equal(back.blocks[2].minutes, 50);
  assert.equal(model.blockPhase(back.blocks[1]), "verdiepen");
  assert.equal(back.blocks[5].title, "Evaluatie & <img src=x>");
});

test("an unknown id gives a Dutch message and the rest of the plan still shows", () => {
  const { plan, problems } = model.decode("v=1&b=Kaa-01.weg-01M15F1Cweg-c9Wkort&duur=120");
  assert.deepEqual(plan.blocks.map((b) => b.kind), ["kaartjes", "werkplaat"]);
  assert.deepEqual(plan.blocks[0].ids, ["aa-01"]);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /kaartje 'weg-01' bestaat niet/);
  assert.match(problems[1], /casus 'weg-c9' bestaat niet/);
});

test("a cut-off link keeps the blocks before the cut, and a newer format says so", () => {
  const cut = model.decode("v=1&b=Kaa-01M15F1Wkort%3Cb");
  assert.equal(cut.plan.blocks.length, 2);
  assert.match(cut.problems[0], /einde van de link/);
  const newer = model.decode("v=9&b=Wkort");
  assert.equal(newer.plan.blocks.length, 0);
  assert.match(newer.problems[0], /nieuwere versie/);
  assert.match(model.decode("klaar=bestaat-niet").problems[0], /plan 'bestaat-niet' bestaat niet/);
});

test("an old invitation link (?m=&k=&o=&w=&d=&t=&p=) becomes a plan with the same items", () => {
  const { plan, problems, invitation } = model.decode("m=alfa&k=aa-01,aa-03,weg&o=aa-o2&w=kort&d=2026-12-03&t=14:00&p=Zaal%202");
  assert.equal(invitation, true);
  assert.deepEqual(plan.blocks.map((b) => [b.kind, b.ids.join()]), [["kaartjes", "aa-01,aa-03"], ["werkplaat", "kort"], ["overdenking", "aa-o2"]]);
  assert.deepEqual([plan.modules, plan.date, plan.start, plan.place], [["alfa"], "2026-12-03", 840, "Zaal 2"]);
  assert.match(problems[0], /kaartje 'weg'/);
});

test("the warnings follow session_rules: opening, closing, total, and 90 minutes without a pause", () => {
  const plan = model.decode("klaar=sessie-alfa").plan;
  assert.deepEqual(model.warnings(plan), []);
  plan.blocks.splice(3, 1); // the pause
  plan.blocks[1].minutes = 40;
  const codes = model.warnings(plan).map((w) => w.code);
  assert.deepEqual(codes, ["total", "pause"]);
  plan.blocks.shift();
  plan.blocks.pop();
  assert.deepEqual(model.warnings(plan).map((w) => w.code).slice(0, 2), ["opening", "closing"]);
});

test("► and ◄ step through the alternatives of the same phase and filter, and come back", () => {
  const plan = model.emptyPlan();
  plan.modules = ["alfa"];
  const casus = model.newBlock("casus", ["aa-c2"], { phase: "verdiepen" });
  assert.deepEqual(draw.step(plan, casus, 1), ["aa-c3"]);
  assert.deepEqual(draw.step(plan, model.newBlock("casus", ["aa-c3"], { phase: "verdiepen" }), -1), ["aa-c2"]);
  const round = model.newBlock("kaartjes", ["aa-01", "aa-03"]);
  const next = draw.step(plan, round, 1);
  assert.deepEqual(next, ["aa-05", "aa-07"], "a round moves on by its own size, denk stays denk");
  assert.deepEqual(draw.step(plan, model.newBlock("kaartjes", next), -1), ["aa-01", "aa-03"]);
  const werkplaat = model.newBlock("werkplaat", ["lang"]);
  assert.deepEqual(draw.step(plan, werkplaat, 1), ["kort"], "only werkplaten of the chosen module");
  plan.group = 5;
  assert.equal(draw.step(plan, model.newBlock("werkplaat", ["kort"]), 1), null, "'lang' needs 6 people or more");
  const rolled = draw.roll(plan, round, Draw.seeded(3));
  assert.notDeepEqual(rolled, round.ids);
  assert.equal(rolled.length, 2);
});

test("a draw fills every phase, fits the length and leaves no warning", () => {
  for (const target of [60, 90, 120, 150, 180]) {
    for (const seed of [1, 2, 3]) {
      const plan = draw.draw({ modules: ["alfa"], target }, Draw.seeded(seed));
      const phasesUsed = model.schedule(plan).map((r) => r.phase);
      assert.equal(phasesUsed[0], "openen");
      assert.equal(phasesUsed[phasesUsed.length - 1], "afsluiten");
      assert.ok(phasesUsed.includes("afspreken"));
      assert.equal(model.total(plan), target, `draw of ${target} minutes`);
      assert.deepEqual(model.warnings(plan), [], `draw of ${target} minutes, seed ${seed}`);
      assert.ok(plan.blocks.every((b) => !model.hasItems(b.kind) || b.ids.every((id) => model.item(b.kind, id).module === "alfa")));
    }
  }
  const same = (seed) => model.encode(draw.draw({ modules: ["alfa"], target: 120 }, Draw.seeded(seed)));
  assert.equal(same(42), same(42));
  const twoHours = draw.draw({ modules: ["alfa"], target: 120 }, Draw.seeded(5));
  assert.ok(twoHours.blocks.some((b) => b.kind === "werkplaat"), "two hours leave room for a werkplaat");
  assert.ok(twoHours.blocks.some((b) => b.kind === "pauze"));
});
