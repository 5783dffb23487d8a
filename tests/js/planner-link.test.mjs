/* The planner's link under attack (issue 18): caps, prototype-named ids, impossible dates and times,
   hidden characters in texts, damaged versions and out-of-range numbers. Each crafted link gives Dutch
   problems and keeps what can be read. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";
import path from "node:path";

import Model from "../../docs/assets/js/planner-model.js";
import Link from "../../docs/assets/js/planner-link.js";
import plannerData from "./planner-fixture.mjs";

const data = plannerData();
const model = Model.create(data);

test("finding 5: a 10 KB link with 10,000 blocks keeps the first 100 and says so", () => {
  const link = "v=1&b=" + "P".repeat(10000);
  const { plan, problems } = model.decode(link);
  assert.equal(plan.blocks.length, Link.LIMITS.blocks);
  assert.ok(problems.some((p) => /meer dan 100 blokken/.test(p)), problems.join("\n"));
});

test("finding 5: a link longer than the site ever writes is read only up to its limit, with a message", () => {
  const { plan, problems } = model.decode("v=1&b=Wkort" + "Kaa-01".repeat(50000));
  assert.equal(plan.blocks[0].ids[0], "kort");
  assert.ok(plan.blocks.length <= Link.LIMITS.blocks);
  assert.ok(problems.some((p) => /veel langer dan de site ooit maakt/.test(p)), problems.join("\n"));
  assert.ok(problems.length <= Link.LIMITS.problems, "thousands of problems become a count");
});

test("finding 5: one block with 5,000 ids keeps each id once and at most a handful", () => {
  const { plan } = model.decode("v=1&b=K" + Array(5000).fill("aa-01").join("."));
  assert.deepEqual(plan.blocks[0].ids, ["aa-01"]);
});

for (const id of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
  test(`finding 8: the id '${id}' is unknown everywhere, with a Dutch message`, () => {
    const ready = model.decode("klaar=" + id);
    assert.equal(ready.plan.blocks.length, 0);
    assert.match(ready.problems[0], new RegExp(`plan '${id}' bestaat niet`));
    const blocks = model.decode(`v=1&b=W${id.replace(/[^a-z]/g, "") || "x"}Cconstructor.toString&m=${id}`);
    assert.deepEqual(blocks.plan.blocks, []);
    assert.deepEqual(blocks.plan.modules, []);
    assert.ok(blocks.problems.some((p) => /module .* bestaat niet/.test(p)), blocks.problems.join("\n"));
    const invitation = model.decode(`m=alfa&k=${id}&o=${id}&w=${id}`);
    assert.deepEqual(invitation.plan.blocks, []);
    assert.equal(invitation.problems.length, 3);
    assert.equal(model.item("werkplaat", id), undefined);
  });
}

test("finding 11: impossible dates and times are dropped with a Dutch message, the rest stays", () => {
  for (const d of ["2026-02-31", "0000-00-00", "2026-13-01", "9999-99-99"]) {
    const { plan, problems } = model.decode(`v=1&b=Wkort&titel=Dag&d=${d}`);
    assert.equal(plan.date, "", d);
    assert.equal(plan.title, "Dag");
    assert.equal(plan.blocks.length, 1);
    assert.match(problems.join(" "), /datum .* bestaat niet/, d);
  }
  assert.equal(model.decode("v=1&d=2028-02-29").plan.date, "2028-02-29", "a leap day is a date");
  const late = model.decode("v=1&b=Wkort&t=2599");
  assert.equal(late.plan.start, 13 * 60 + 30);
  assert.match(late.problems[0], /begintijd '2599' .* bestaat niet/);
});

test("finding 12: title, place and own block names are one line without hidden characters", () => {
  const evil = encodeURIComponent("Teamdag\n\nKlik hier: https://evil.example\u202e\u2066x\u200f\u0000") + "+" + "a".repeat(300);
  const { plan, problems } = model.decode(`v=1&b=V&n=${evil}&titel=${evil}&p=${evil}`);
  for (const value of [plan.title, plan.place, plan.blocks[0].title]) {
    assert.doesNotMatch(value, /[\n\r\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    assert.ok(value.length <= 120, value.length);
    assert.match(value, /^Teamdag Klik hier: https:\/\/evil\.example/);
  }
  assert.ok(problems.some((p) => /titel in deze link was te lang/i.test(p)), problems.join("\n"));
});

test("finding 13: damaged versions are damaged, only a real higher number is newer", () => {
  for (const v of ["abc", "-1", "01", "", "1.0", "0", " 1"]) {
    const { known, problems } = model.decode(`v=${encodeURIComponent(v)}&b=Wkort`);
    assert.equal(known, false, v);
    assert.match(problems[0], /beschadigd/, v);
    assert.doesNotMatch(problems[0], /nieuwere/, v);
  }
  const newer = model.decode("v=2&b=Wkort");
  assert.equal(newer.known, false);
  assert.match(newer.problems[0], /nieuwere versie van de site/);
});

test("finding 13: a link with blocks and no v reads as version 1, as the README says", () => {
  const { plan, known } = model.decode("b=Caa-c1Wkort&duur=90");
  assert.equal(known, true);
  assert.deepEqual(plan.blocks.map((b) => b.ids[0]), ["aa-c1", "kort"]);
  assert.equal(plan.target, 90);
});

test("finding 13: out-of-range length, start, group and minutes are corrected, and each is named", () => {
  const { plan, problems } = model.decode("v=1&duur=9999&t=9999&g=0&wmax=-5&b=WkortM0Caa-c1M999");
  assert.equal(plan.target, 120);
  assert.equal(plan.start, 13 * 60 + 30);
  assert.equal(plan.group, 0);
  assert.equal(plan.blocks[0].minutes, null);
  assert.equal(plan.blocks[1].minutes, null);
  const all = problems.join("\n");
  for (const word of [/duur '9999'/, /begintijd '9999'/, /deelnemers '0'/, /werkplaat '-5'/, /Blok 1 had 0 minuten/, /Blok 2 had 999 minuten/]) {
    assert.match(all, word);
  }
});

test("today's links still open: v=1 plans, ready plans and old invitation links", () => {
  const plan = model.decode("klaar=sessie-alfa").plan;
  assert.equal(plan.blocks.length, 2);
  const again = model.decode(model.encode(plan));
  assert.deepEqual(again.problems, []);
  assert.deepEqual(again.plan.blocks.map((b) => b.ids[0]), ["aa-c1", "kort"]);
  const old = model.decode("m=alfa&k=aa-01&o=aa-o1&w=kort&d=2026-12-03&t=14:00&p=Zaal%202");
  assert.deepEqual(old.problems, []);
  assert.equal(old.plan.blocks.length, 3);
  assert.equal(old.plan.place, "Zaal 2");
});
