// My answers under attack, without a browser: files dated in the future, oversized and duplicated
// files, ids named like Object's own properties, odd versions and odd field types (issue 18).
import test from "node:test";
import assert from "node:assert/strict";
import model from "../../docs/assets/js/antwoorden-model.js";
import lezen from "../../docs/assets/js/antwoorden-lezen.js";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const base = { soort: "vraag", module: "wat-is-vertrouwen", vraag: "Aan wie denk je?", titel: "" };
const answer = (id, antwoord, gewijzigd) => ({ ...base, id, antwoord, gewijzigd });
const file = (antwoorden, extra = {}) => JSON.stringify({ soort: "mijn-antwoorden", formaat: 1, ...extra, antwoorden });
const text = (book, id) => book.antwoorden[id] && book.antwoorden[id].antwoord;

test("finding 3: an answer dated in the future does not replace one here, and a real later backup still does", () => {
  const mine = model.merge(model.empty(), [answer("wv-o1", "mijn echte antwoord", "2026-03-01T10:00:00.000Z")], NOW).notebook;
  const bogus = model.merge(mine, model.fromFile(file([answer("wv-o1", "uit 9999", "9999-12-31T23:59:59.000Z")]), NOW).answers, NOW);
  assert.equal(text(bogus.notebook, "wv-o1"), "mijn echte antwoord", "a date in the future never wins by itself");
  assert.deepEqual(bogus.counts, { added: 0, updated: 0, same: 1 });
  const backup = model.fromFile(file([answer("wv-o1", "latere backup", "2026-03-05T10:00:00.000Z")]), NOW).answers;
  assert.equal(text(model.merge(bogus.notebook, backup, NOW).notebook, "wv-o1"), "latere backup");
});

test("finding 3: an answer stored with a date in the future (an old import) can be restored from a real backup", () => {
  const spoiled = model.clean({ formaat: 1, antwoorden: { "wv-o1": answer("wv-o1", "uit 9999", "9999-01-01T00:00:00.000Z") } });
  const result = model.plan(spoiled, [answer("wv-o1", "echt", "2026-03-01T10:00:00.000Z")], NOW);
  assert.equal(result.entries[0].action, "vervangt-nieuwer");
  assert.equal(text(result.notebook, "wv-o1"), "echt");
});

test("finding 3: a new answer dated in the future gets today's date; a clock a few hours ahead is no problem", () => {
  const result = model.plan(model.empty(), [answer("wv-o1", "x", "9999-01-01T00:00:00.000Z"),
                                            answer("wv-o2", "y", "2026-03-10T20:00:00.000Z")], NOW);
  assert.deepEqual(result.entries.map((e) => [e.action, e.suspect]), [["nieuw", true], ["nieuw", false]]);
  assert.equal(result.notebook.antwoorden["wv-o1"].gewijzigd, NOW.toISOString());
  assert.equal(result.notebook.antwoorden["wv-o2"].gewijzigd, "2026-03-10T20:00:00.000Z");
  assert.match(model.planSummary(result.counts), /1 antwoord in het bestand heeft een datum in de toekomst/);
});

test("finding 3: the plan lists every answer as new, replacing an older one, or kept, before anything is written", () => {
  const mine = model.merge(model.empty(), [answer("a", "oud", "2026-03-01T10:00:00.000Z"),
                                           answer("b", "nieuw hier", "2026-03-05T10:00:00.000Z")], NOW).notebook;
  const before = JSON.stringify(mine);
  const result = model.plan(mine, [answer("a", "nieuwer", "2026-03-02T10:00:00.000Z"), answer("b", "ouder", "2026-03-02T10:00:00.000Z"),
                                   answer("c", "erbij", "2026-03-02T10:00:00.000Z")], NOW);
  assert.deepEqual(result.entries.map((e) => [e.answer.id, e.action]), [["a", "vervangt-ouder"], ["b", "bewaard"], ["c", "nieuw"]]);
  assert.equal(JSON.stringify(mine), before, "planning changes nothing");
  assert.equal(model.planSummary(result.counts), "1 nieuw, 1 bijgewerkt, 1 al bekend.");
});

test("finding 7: a file of 20,000 answers for unknown ids is cut to the bounds and says so", () => {
  const many = Array.from({ length: 20000 }, (_, i) => answer("onbekend-" + i, "tekst " + i, "2026-03-01T10:00:00.000Z"));
  const read = model.fromFile(file(many), NOW);
  assert.equal(read.answers.length, model.LIMITS.answers);
  assert.equal(read.tooMany, 20000 - model.LIMITS.answers);
  assert.match(model.fileNotes(read).join(" "), /meer dan 1.000 antwoorden/);
  const result = model.plan(model.empty(), read.answers, NOW, (id) => id.startsWith("wv-"));
  assert.equal(model.list(result.notebook).length, model.LIMITS.unknown, "answers for unknown ids only within a bound");
  assert.equal(result.counts["te-veel"], model.LIMITS.answers - model.LIMITS.unknown);
  assert.match(model.planSummary(result.counts), /800 antwoorden passen niet meer/);
  assert.throws(() => model.fromFile("x".repeat(model.LIMITS.fileChars + 1)), /te groot/);
  const long = Array.from({ length: 60 }, (_, i) => answer("lang-" + i, "x".repeat(model.LIMITS.answerChars), "2026-03-01T10:00:00.000Z"));
  const full = model.plan(model.empty(), long, NOW);
  assert.equal(model.list(full.notebook).length, model.LIMITS.totalChars / model.LIMITS.answerChars, "the size bound holds too");
  assert.equal(full.counts["te-veel"], 60 - model.LIMITS.totalChars / model.LIMITS.answerChars);
});

test("finding 7: repeated ids in a file count once, the newest wins, and a date in the future loses", () => {
  const read = model.fromFile(file([answer("a", "1", "2026-03-01T10:00:00.000Z"), answer("a", "3", "2026-03-03T10:00:00.000Z"),
                                    answer("a", "9999", "9999-03-03T10:00:00.000Z"), answer("a", "2", "2026-03-02T10:00:00.000Z")]), NOW);
  assert.deepEqual(read.answers.map((a) => a.antwoord), ["3"]);
  assert.equal(read.duplicates, 3);
  assert.match(model.fileNotes(read)[0], /^3 antwoorden stonden dubbel/);
});

test("finding 7: stored data above the bounds is read up to them and reported as lossy, so the page keeps a copy", () => {
  const answers = {};
  for (let i = 0; i < 1500; i += 1) answers["x" + i] = answer("x" + i, "t", "2026-03-01T10:00:00.000Z");
  const result = model.read({ formaat: 1, antwoorden: answers });
  assert.equal(model.list(result.notebook).length, model.LIMITS.answers);
  assert.deepEqual([result.lossy, result.reason], [true, "te-veel"]);
  assert.throws(() => model.set(result.notebook, { ...base, id: "nog-een", antwoord: "x" }), /Je schrift is vol/);
  assert.equal(text(model.set(result.notebook, { ...base, id: "x1", antwoord: "mag" }), "x1"), "mag", "an existing answer can still change");
  const big = "x".repeat(model.LIMITS.answerChars);
  let book = model.empty();
  for (let i = 0; i < model.LIMITS.totalChars / model.LIMITS.answerChars; i += 1) book = model.set(book, { ...base, id: "g" + i, antwoord: big });
  assert.throws(() => model.set(book, { ...base, id: "meer", antwoord: "x" }), /tekens/);
});

test("finding 8: ids named constructor, __proto__ and toString are answers like any other", () => {
  const ids = ["constructor", "__proto__", "toString", "hasOwnProperty"];
  const incoming = ids.map((id) => answer(id, "antwoord op " + id, "2026-03-01T10:00:00.000Z"));
  const merged = model.merge(model.empty(), model.fromFile(file(incoming), NOW).answers, NOW);
  assert.deepEqual(merged.counts, { added: 4, updated: 0, same: 0 });
  const stored = JSON.parse(JSON.stringify(merged.notebook));
  const back = model.read(stored);
  assert.equal(back.lossy, false);
  assert.deepEqual(model.list(back.notebook).map((a) => a.id).sort(), [...ids].sort());
  assert.equal(text(model.set(back.notebook, { ...base, id: "__proto__", antwoord: "anders" }, NOW), "__proto__"), "anders");
  assert.equal(({}).antwoord, undefined, "nothing reached Object.prototype");
  const groups = lezen.groups(back.notebook, { modules: [], items: [{ id: "constructor", module: "constructor", vraag: "v", titel: "" }] });
  assert.equal(groups.flatMap((g) => g.entries).length, 4);
});

test("finding 14: a missing formaat is 1, \"1\" is 1, and only a real higher number is a newer version", () => {
  for (const extra of [{ formaat: "1" }, { formaat: undefined }, { formaat: 1 }]) {
    assert.equal(model.fromFile(file([answer("a", "x", "2026-03-01T10:00:00.000Z")], extra)).answers.length, 1);
  }
  assert.throws(() => model.fromFile(file([], { formaat: 2 })), /nieuwere versie/);
  for (const formaat of ["abc", -1, 0, 1.5, "01", {}, true]) {
    assert.throws(() => model.fromFile(file([], { formaat })), (error) => /versienummer/.test(error.message) && !/nieuwere/.test(error.message), String(formaat));
  }
  assert.deepEqual([model.version(undefined, "file"), model.version(1, "file"), model.version("1", "file"), model.version(3, "file"), model.version("x", "file")],
                   [1, 1, 1, "nieuwer", "beschadigd"]);
});

test("finding 14: stored data is read by its version: none and \"1\" are migrated, a newer one is kept aside", () => {
  const answers = { a: answer("a", "oud", "2026-03-01T10:00:00.000Z") };
  assert.equal(text(model.read({ antwoorden: answers }).notebook, "a"), "oud");
  assert.equal(model.read({ formaat: "1", antwoorden: answers }).lossy, false);
  assert.deepEqual([model.read({ formaat: 2, antwoorden: answers }).lossy, model.read({ formaat: 2, antwoorden: answers }).reason], [true, "nieuwer"]);
  assert.equal(model.read({ formaat: "kapot", antwoorden: answers }).reason, "beschadigd");
});

test("finding 17: odd field types never become \"[object Object]\"; the valid rest is kept, counted in good Dutch", () => {
  const odd = [answer("a", "goed", "2026-03-01T10:00:00.000Z"), { ...answer("b", "x", "2026-03-01T10:00:00.000Z"), vraag: { a: 1 } },
               { ...answer("c", "x", "2026-03-01T10:00:00.000Z"), titel: ["x"] }, { ...answer("d", "x", "2026-03-01T10:00:00.000Z"), soort: {} },
               { ...answer("e", "x", "2026-03-01T10:00:00.000Z"), antwoord: { toString: 1 } }, [1, 2]];
  const read = model.fromFile(file(odd), NOW);
  assert.deepEqual(read.answers.map((a) => a.id), ["a"]);
  assert.ok(!JSON.stringify(read.answers).includes("[object"));
  assert.deepEqual(model.fileNotes(read), ["5 antwoorden in het bestand waren beschadigd en zijn overgeslagen."]);
  assert.deepEqual(model.fileNotes({ skipped: 1 }), ["1 antwoord in het bestand was beschadigd en is overgeslagen."]);
  assert.equal(model.count(1, "antwoord", "antwoorden"), "1 antwoord");
  assert.equal(model.read({ formaat: 1, antwoorden: { b: odd[1] } }).lossy, true, "stored odd data is kept aside too");
});
