/* The participants' own parts and the follow-up message, without DOM: which agreements the look back
   shows (only agreements, latest first), the session's doekaartjes and week cards, the follow-up text,
   and the next meeting's calendar file. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";

import Model from "../../docs/assets/js/planner-model.js";
import lookBack from "../../docs/assets/js/terugblik-model.js";
import { message, meetingFileName } from "../../docs/assets/js/nabericht.js";
import { meetingCalendar } from "../../docs/assets/js/afspraak-ics.js";
import { pick } from "../../docs/assets/js/kaartje-week.js";

const phases = ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"].map((id) => ({ id, label: id }));
const cards = [
  { id: "aa-01", module: "alfa", soort: "denk", titel: "Denk een", tekst: "Vraag?", fasen: ["verkennen"] },
  { id: "aa-02", module: "alfa", soort: "doe", titel: "Doe een", tekst: "Doe dit.", fasen: ["afspreken"] },
  { id: "aa-03", module: "alfa", soort: "doe", titel: "Doe twee", tekst: "Doe dat.", fasen: ["afspreken"] },
  { id: "bb-01", module: "beta", soort: "doe", titel: "Doe elders", tekst: "Elders.", fasen: ["afspreken"] },
];
const base = { phases, cards, defaults: { kaartjes: 10, pauze: 10, vrij: 10 }, longest: 90,
  modules: [{ id: "alfa", nummer: 1, titel: "Alfa" }, { id: "beta", nummer: 2, titel: "Beta" }], cases: [],
  prompts: [{ id: "aa-o1", module: "alfa", tekst: "Wat hield je tegen?" }], werkplaten: [], sessions: [] };
const model = Model.create(Object.assign({ lookBack: { titel: "Terugblik op de afspraken", vraag: "Wat deed je?", duur: 15 } }, base));

function entry(id, soort, extra) {
  return Object.assign({ id, soort, module: "alfa", titel: "", vraag: "V", antwoord: "Tekst " + id, gewijzigd: "2026-11-18T10:00:00.000Z" }, extra);
}

test("the look back shows the agreements only, the latest day first", () => {
  const notebook = { formaat: 1, antwoorden: Object.assign(Object.create(null), {
    "afspraak-aa-02": entry("afspraak-aa-02", "afspraak", { wanneer: "2026-11-20" }),
    "aa-o1": entry("aa-o1", "vraag"),
    "aa-01": entry("aa-01", "kaartje"),
    "afspraak-aa-03": entry("afspraak-aa-03", "afspraak", { wanneer: "2026-12-04" }),
  }) };
  assert.deepEqual(lookBack.agreements(notebook).map((e) => e.id), ["afspraak-aa-03", "afspraak-aa-02"]);
  assert.deepEqual(lookBack.agreements({ formaat: 1, antwoorden: Object.create(null) }), []);
});

test("each agreement gets its own answer id, within the notebook's id rule", () => {
  const id = lookBack.reflectionId({ id: "afspraak-aa-02", wanneer: "2026-11-20" });
  assert.equal(id, "terugblik-afspraak-aa-02-20261120");
  assert.match(lookBack.reflectionId({ id: "afspraak-" + "x".repeat(70), wanneer: "2026-11-20" }), /^[a-z0-9-]{1,80}$/);
  assert.equal(lookBack.ownReflectionId({ date: "2027-01-12" }), "terugblik-eigen-20270112");
  assert.equal(lookBack.ownReflectionId({ date: "" }), "terugblik-eigen");
});

test("an agreement reads as one sentence", () => {
  assert.equal(lookBack.sentence("  Ik bel   Sanne "), "Ik bel Sanne.");
  assert.equal(lookBack.sentence("Wat vraag ik?"), "Wat vraag ik?");
});

test("the closing block offers the session's doekaartjes, or else those of its modules", () => {
  const plan = model.emptyPlan();
  plan.blocks = [model.newBlock("kaartjes", ["aa-01", "aa-03", "aa-03"]), model.newBlock("terugblik", [])];
  assert.deepEqual(lookBack.doeCards(plan, model, ["alfa"]), { cards: [cards[2]], fromModules: false });
  plan.blocks = [model.newBlock("kaartjes", ["aa-01"])];
  assert.deepEqual(lookBack.doeCards(plan, model, ["alfa"]).cards.map((c) => c.id), ["aa-02", "aa-03"]);
  assert.equal(lookBack.doeCards(plan, model, ["alfa"]).fromModules, true);
  assert.deepEqual(lookBack.doeCards(plan, model, []).cards, []);
});

test("the week's card comes from the session's own cards, the same all week", () => {
  const plan = model.emptyPlan();
  plan.blocks = [model.newBlock("kaartjes", ["aa-01", "aa-02"])];
  const pool = lookBack.weekPool(plan, model, ["alfa", "beta"]);
  assert.deepEqual(pool.map((c) => c.id), ["aa-01", "aa-02"]);
  const monday = pick(pool, new Date(2026, 11, 28)), sunday = pick(pool, new Date(2027, 0, 3));
  assert.equal(monday, sunday);
  assert.notEqual(pick(pool, new Date(2027, 0, 4)), monday);
});

test("the look back is a block of its own in the link, in the opening", () => {
  const plan = model.emptyPlan();
  plan.blocks = [model.newBlock("vrij", [], { minutes: 5, phase: "openen", title: "Welkom" }), model.newBlock("terugblik", [])];
  plan.nextDate = "2027-01-12";
  plan.nextTime = 13 * 60 + 30;
  const query = model.encode(plan);
  assert.match(query, /b=VM5F1T(&|$)/);
  plan.blocks[1].minutes = 15;  // as a ready plan brings it: its own minutes are not written
  assert.match(model.encode(plan), /b=VM5F1T(&|$)/);
  plan.blocks[1].minutes = 20;
  assert.match(model.encode(plan), /b=VM5F1TM20(&|$)/);
  plan.blocks[1].minutes = null;
  assert.match(query, /vd=2027-01-12&vt=1330/);
  const read = model.decode("?" + query);
  assert.deepEqual(read.problems, []);
  assert.equal(read.plan.blocks[1].kind, "terugblik");
  assert.equal(model.blockPhase(read.plan.blocks[1]), "openen");
  assert.equal(model.blockMinutes(read.plan.blocks[1]), 15);
  assert.equal(read.plan.nextDate, "2027-01-12");
  assert.equal(read.plan.nextTime, 810);
  const bad = model.decode("?v=1&b=T&vd=2027-02-31&vt=2599");
  assert.equal(bad.plan.nextDate, "");
  assert.equal(bad.plan.nextTime, null);
  assert.equal(bad.problems.length, 2);
  // A site without a look back in its data reads the other blocks of such a link, and says what it left out.
  const without = Model.create(Object.assign({ lookBack: null }, base)).decode("?v=1&b=PM5F1TPM5F5");
  assert.deepEqual(without.plan.blocks.map((b) => b.kind), ["pauze", "pauze"]);
  assert.match(without.problems[0], /Blok 2 is een terugblik op de afspraken, maar die heeft deze site niet/);
});

test("the follow-up message names the doekaartjes, the prompts, the next meeting and the link, as text", () => {
  const text = message({ title: "<img src=x onerror=alert(1)> {{ x }}", date: "dinsdag 1 december 2026",
    cards: [{ titel: "Doe een", tekst: "Doe dit." }], fromModules: false, prompts: ["Wat hield je tegen?"],
    next: { date: "dinsdag 12 januari 2027", time: "13:30" }, link: "https://example.org/bijeenkomst/?v=1", name: "Anna" });
  assert.match(text, /bijeenkomst van dinsdag 1 december 2026 over "<img src=x onerror=alert\(1\)> \{\{ x \}\}"\./);
  assert.match(text, /De doekaartjes van deze bijeenkomst:\n- Doe een: Doe dit\.\n/);
  assert.match(text, /Vragen ter overdenking voor de komende weken:\n- Wat hield je tegen\?\n/);
  assert.match(text, /De volgende bijeenkomst is op dinsdag 12 januari 2027 om 13:30\./);
  assert.match(text, /https:\/\/example\.org\/bijeenkomst\/\?v=1\n/);
  assert.ok(text.endsWith("Tot de volgende keer!\nAnna"));
  const bare = message({ title: "", date: "", cards: [], fromModules: false, prompts: [], next: { date: "", time: "" }, link: "", name: "" });
  assert.equal(bare, "Hoi allemaal,\n\nDank je wel voor de bijeenkomst.\n\nTot de volgende keer!");
  const many = message({ title: "", date: "", cards: [{ titel: "A", tekst: "lang" }, { titel: "B", tekst: "lang" }], fromModules: true,
    prompts: [], next: { date: "", time: "" }, link: "", name: "" });
  assert.match(many, /modules van deze bijeenkomst:\n- A\n- B\n/);
});

test("the next meeting: a timed event in floating time, a stable UID, folded and escaped", () => {
  const now = new Date("2026-12-01T20:00:00Z");
  const meeting = { title: "Bijeenkomst: samen; ja, echt \\ 🙂", day: "2027-01-12", start: 23 * 60, minutes: 120,
                    text: "Regel een\nregel twee", place: "Zaal 2, De Brug", url: "https://example.org/b/?v=1 " };
  const ics = meetingCalendar(meeting, { now, host: "example.org" });
  const lines = ics.split("\r\n");
  assert.equal(lines.at(-1), "");
  assert.ok(lines.every((line) => Buffer.byteLength(line) <= 75));
  const flat = ics.replace(/\r\n /g, "");
  assert.match(flat, /DTSTART:20270112T230000\r\nDTEND:20270113T010000\r\n/, "across midnight to the next day");
  assert.match(flat, /SUMMARY:Bijeenkomst: samen\\; ja\\, echt \\\\ 🙂\r\n/);
  assert.match(flat, /DESCRIPTION:Regel een\\nregel twee\\nhttps:\/\/example.org\/b\/\?v=1\r\n/);
  assert.match(flat, /LOCATION:Zaal 2\\, De Brug\r\n/);
  assert.match(flat, /TRIGGER:-P1D\r\n/);
  assert.equal(flat.match(/UID:[^\r]*/)[0], meetingCalendar(meeting, { now: new Date(), host: "example.org" }).replace(/\r\n /g, "").match(/UID:[^\r]*/)[0]);
  const day = meetingCalendar(Object.assign({}, meeting, { start: null }), { now, host: "example.org" });
  assert.match(day, /DTSTART;VALUE=DATE:20270112\r\nDTEND;VALUE=DATE:20270113\r\n/);
  assert.equal(meetingFileName("2027-01-12"), "bijeenkomst-2027-01-12.ics");
});
