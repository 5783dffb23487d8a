/* QR codes (issue 20, point 10): the matrix and its files (lv/qr.js, lv/qr-download.js), and the shorter
   forms the codes carry: the planner's link for the group and the own cards' set as digits. Old links keep
   opening; the new forms are pinned in tests/fixtures/qr-links.json. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import qr from "../../docs/assets/js/lv/qr.js";
import qrDownload from "../../docs/assets/js/lv/qr-download.js";
import Model from "../../docs/assets/js/planner-model.js";
import plannerData from "./planner-fixture.mjs";
import link from "../../docs/assets/js/eigen-kaartjes-link.js";

const fixtures = path.join(import.meta.dirname, "..", "fixtures");
const forms = JSON.parse(fs.readFileSync(path.join(fixtures, "qr-links.json"), "utf8"));
const ownCardsV1 = JSON.parse(fs.readFileSync(path.join(fixtures, forms.own_cards_qr_of), "utf8"));

const model = Model.create(plannerData([{ id: "alfa", nummer: 1, titel: "Alfa" }, { id: "beta", nummer: 2, titel: "Beta" }]));

/* The dark modules a path of lv/qr.js paints, as "row,col" strings. */
function painted(d) {
  const out = new Set();
  for (const [, x, y, w] of d.matchAll(/M(\d+),(\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i += 1) out.add(`${Number(y) - qr.QUIET},${Number(x) - qr.QUIET + i}`);
  }
  return out;
}

test("the SVG path paints exactly the dark modules, with four light modules around them", () => {
  const modules = qr.matrix("https://vertrouwen-leerlijn.github.io/leerlijn/bijeenkomst/?b=Caa-c1");
  const dark = new Set();
  for (let row = 0; row < modules.count; row += 1) {
    for (let col = 0; col < modules.count; col += 1) if (modules.dark(row, col)) dark.add(`${row},${col}`);
  }
  assert.deepEqual(painted(qr.path(modules)), dark);
  assert.equal(qr.side(modules), modules.count + 8);
  const file = qrDownload.svgFile(modules);
  assert.equal(file.match(/<path /g).length, 1, "one path");
  assert.match(file, new RegExp(`viewBox="0 0 ${modules.count + 8} ${modules.count + 8}"`));
  assert.match(file, /shape-rendering="crispEdges"/);
  assert.ok(qrDownload.pngScale(modules) >= 10 && qrDownload.pngScale(modules) * qr.side(modules) >= 600, "fit for a slide");
});

test("a tool's link gets level L, an agreement card level M, and a text too long for any code gives null", () => {
  const text = "https://vertrouwen-leerlijn.github.io/leerlijn/k/gw-01/".repeat(6);
  assert.ok(qr.matrix(text).count < qr.matrix(text, "card").count, "L needs fewer modules than M");
  assert.equal(qr.matrix("x".repeat(3000)), null);
});

test("a code larger than a phone reads (more than 89 modules a side) is not made, though a QR code could hold it", () => {
  assert.equal(qr.matrix("x".repeat(700)).count, qr.MOST_MODULES, "700 characters: version 18 at level L");
  assert.equal(qr.matrix("x".repeat(800)), null);
  assert.equal(qr.matrix("x".repeat(2000), "card"), null);
});

test("a long run of digits at the end goes in numeric mode, so its code is smaller than in byte mode", () => {
  const digits = "1-" + "31415926535897932384".repeat(30);
  const prefix = "https://vertrouwen-leerlijn.github.io/leerlijn/eigen-kaartjes/#set=";
  const asBytes = qr.matrix(prefix + digits.slice(0, 23) + "x" + digits.slice(24));
  assert.ok(qr.matrix(prefix + digits).count < asBytes.count);
});

test("file names are plain: lower case, no accents, no spaces, never empty", () => {
  assert.equal(qrDownload.fileName("qr-kaartjes-Team Noord: \"de ♥\" é"), "qr-kaartjes-team-noord-de-e");
  assert.equal(qrDownload.fileName("qr-plan-2026-12-10"), "qr-plan-2026-12-10");
  assert.equal(qrDownload.fileName("♥♥"), "qr-code");
});

// ------------------------------------------------------------------ the planner's link for the group

function samePlan(a, b) {
  for (const key of ["title", "start", "date", "place"]) assert.equal(a[key], b[key], key);
  assert.deepEqual(a.blocks.map((x) => [x.kind, x.ids, x.minutes, x.phase, x.title]),
                   b.blocks.map((x) => [x.kind, x.ids, x.minutes, x.phase, x.title]));
}

test("the group's link leaves out what the group's page does not show, and opens to the same plan", () => {
  const plan = model.decode("v=1&titel=Teamdag%2C+vertrouwen&t=1330&duur=120&m=alfa&g=12&wmax=45&klaar=sessie-alfa&" +
    "b=Caa-c1M15F1Wkort&d=2026-12-10&p=Zaal+2%2C+boven&naam=Sanne").plan;
  const group = model.encode(plan, null, true);
  assert.equal(group, "titel=Teamdag,+vertrouwen&b=Caa-c1M15F1Wkort&d=2026-12-10&p=Zaal+2,+boven");
  const back = model.decode(group);
  assert.deepEqual(back.problems, []);
  samePlan(back.plan, plan);
  assert.equal(back.plan.name, "", "the begeleider's name stays out of the group's link");
  assert.ok(model.encode(plan).startsWith("v=1&"), "the begeleider's own link keeps everything");
  assert.match(model.encode(plan), /duur=120.*m=alfa.*g=12.*wmax=45.*klaar=sessie-alfa.*naam=Sanne/);
});

test("the group's link keeps a start time other than 13:30, a module its blocks do not name, and a last comma escaped", () => {
  const plan = model.decode("v=1&t=0900&m=alfa.beta&b=Caa-c1&p=Zaal+2,").plan;
  const group = model.encode(plan, null, true);
  assert.equal(group, "t=0900&m=beta&b=Caa-c1&p=Zaal+2%2C");
  samePlan(model.decode(group).plan, plan);
  assert.deepEqual(model.decode(group).plan.modules, ["beta"]);
  assert.equal(model.encode(model.emptyPlan(), null, true), "v=1", "an empty plan keeps its version");
});

test("the pinned group link of today opens, and so do the planner's links from before it", () => {
  const { plan, problems } = model.decode(forms.planner_group);
  assert.deepEqual(problems, []);
  assert.equal(plan.title, "Teamdag, vertrouwen");
  assert.equal(plan.start, 9 * 60);
  assert.equal(plan.place, "Wijkcentrum De Brug, zaal 2");
  assert.deepEqual(plan.blocks.map((b) => b.ids[0]), ["aa-c1", "kort"]);
  const before = model.decode("v=1&titel=Teamdag%2C+vertrouwen&t=0900&duur=120&m=beta&b=Caa-c1M15F1Wkort&d=2026-12-10&p=Wijkcentrum+De+Brug%2C+zaal+2");
  samePlan(before.plan, plan);
});

// ------------------------------------------------------------------ the own cards' set as digits

test("the own cards' QR form holds the same bytes as digits, and the pinned one opens to the v1 fixture's deck", () => {
  assert.equal(link.forQr(ownCardsV1.link), forms.own_cards_qr);
  assert.match(forms.own_cards_qr, /^1-\d+$/);
  assert.equal(link.unpack(forms.own_cards_qr), link.unpack(ownCardsV1.link));
  assert.equal(link.unpack(link.fromHash("#set=" + forms.own_cards_qr)), link.unpack(ownCardsV1.link));
});

test("a damaged QR form is a damaged link, never other cards", () => {
  const good = forms.own_cards_qr;
  for (const bad of [good.slice(0, -1), good.slice(0, -2), good + "1", "1-99999" + good.slice(7), "1-12a45", "1-", good.replace("1-", "2-")]) {
    let code = "geopend";
    try { link.unpack(bad); } catch (error) { assert.equal(error.name, "StateError"); code = error.code; }
    assert.notEqual(code, "geopend", bad.slice(0, 30));
  }
  // A changed digit inside passes the checks of the digits, and the zlib checksum catches it.
  const flipped = good.slice(0, 40) + ((Number(good[40]) + 1) % 10) + good.slice(41);
  assert.throws(() => link.unpack(flipped), (error) => error.name === "StateError");
});
