// My answers without a browser: typing, the merge rule, the file, and answers whose prompt changed.
import test from "node:test";
import assert from "node:assert/strict";
import model from "../../docs/assets/js/antwoorden-model.js";
import lezen from "../../docs/assets/js/antwoorden-lezen.js";

const T1 = new Date("2026-03-01T10:00:00.000Z");
const T2 = new Date("2026-03-02T10:00:00.000Z");
const prompt = { id: "wv-o1", soort: "vraag", module: "wat-is-vertrouwen", vraag: "Aan wie denk je?", titel: "" };
const card = { id: "wv-01", soort: "kaartje", module: "wat-is-vertrouwen", vraag: "Welk deel van je werk?", titel: "Waar ben je thuis?" };
const data = {
  modules: [{ id: "wat-is-vertrouwen", nummer: 1, titel: "Wat is vertrouwen?" }, { id: "keten", nummer: 7, titel: "Keten" }],
  items: [
    { id: "wv-01", module: "wat-is-vertrouwen", vraag: "Welk deel van je werk?", titel: "Waar ben je thuis?" },
    { id: "wv-o1", module: "wat-is-vertrouwen", vraag: "Aan wie denk je  nu?", titel: "" },
    { id: "kt-o1", module: "keten", vraag: "Welke regels?", titel: "" },
  ],
};

test("typing keeps the prompt text and the time; an empty answer removes it", () => {
  let book = model.set(model.empty(), { ...prompt, antwoord: "Aan mijn oma." }, T1);
  assert.deepEqual(book.antwoorden["wv-o1"], { ...prompt, antwoord: "Aan mijn oma.", gewijzigd: T1.toISOString() });
  book = model.set(book, { ...prompt, antwoord: "   " }, T2);
  assert.deepEqual({ ...book.antwoorden }, {});
});

test("merge: new ids are added, the newer answer wins, and a second import adds nothing", () => {
  const mine = model.set(model.set(model.empty(), { ...prompt, antwoord: "oud" }, T1), { ...card, antwoord: "hier" }, T2);
  const other = model.set(model.set(model.empty(), { ...prompt, antwoord: "nieuw" }, T2), { ...card, antwoord: "daar" }, T1);
  const extra = model.set(other, { ...prompt, id: "kt-o1", module: "keten", vraag: "Welke regels?", antwoord: "drie" }, T1);
  const file = model.fromFile(model.toFile(extra, T2, "test"));
  const once = model.merge(mine, file.answers);
  assert.deepEqual(once.counts, { added: 1, updated: 1, same: 1 });
  assert.equal(once.notebook.antwoorden["wv-o1"].antwoord, "nieuw", "the newer answer wins");
  assert.equal(once.notebook.antwoorden["wv-01"].antwoord, "hier", "an older answer does not overwrite");
  const twice = model.merge(once.notebook, file.answers);
  assert.deepEqual(twice.counts, { added: 0, updated: 0, same: 3 });
  assert.deepEqual(twice.notebook, once.notebook);
  assert.equal(model.list(twice.notebook).length, 3, "no duplicates");
});

test("a round trip through the file brings every answer back after a wipe", () => {
  const book = model.set(model.set(model.empty(), { ...prompt, antwoord: "a\n<script>x</script>" }, T1), { ...card, antwoord: "b" }, T2);
  const back = model.merge(model.empty(), model.fromFile(model.toFile(book, T2)).answers).notebook;
  assert.deepEqual(back, book);
});

test("a wrong, damaged or newer file says why in Dutch", () => {
  assert.throws(() => model.fromFile("{kapot"), /kunnen we niet lezen/);
  assert.throws(() => model.fromFile('{"soort": "iets anders", "antwoorden": []}'), /geen bestand met antwoorden/);
  assert.throws(() => model.fromFile('{"soort": "mijn-antwoorden", "formaat": 2, "antwoorden": []}'), /nieuwere versie/);
});

test("damaged answers in a file are skipped and counted, not kept", () => {
  const text = JSON.stringify({ soort: "mijn-antwoorden", formaat: 1, antwoorden: [
    { ...prompt, antwoord: "goed", gewijzigd: T1.toISOString() },
    { ...prompt, id: "<img src=x>", antwoord: "x", gewijzigd: T1.toISOString() },
    { ...prompt, antwoord: "geen tijd", gewijzigd: "gisteren" },
    { ...prompt, antwoord: "x".repeat(20001), gewijzigd: T1.toISOString() },
    null,
  ] });
  const result = model.fromFile(text);
  assert.equal(result.answers.length, 1);
  assert.equal(result.skipped, 4);
});

test("groups: site order, and a changed or removed prompt keeps the text that was answered", () => {
  let book = model.empty();
  book = model.set(book, { ...prompt, vraag: "Aan wie denk je?", antwoord: "1" }, T1);
  book = model.set(book, { ...card, antwoord: "2" }, T1);
  book = model.set(book, { id: "weg-o9", soort: "vraag", module: "weg", vraag: "Een oude vraag?", antwoord: "3" }, T1);
  const groups = lezen.groups(book, data);
  assert.deepEqual(groups.map(lezen.heading), ["Module 1: Wat is vertrouwen?", "Vragen die niet meer op de site staan"]);
  assert.deepEqual(groups[0].entries.map((e) => [e.answer.id, e.state]), [["wv-01", "zelfde"], ["wv-o1", "veranderd"]]);
  assert.equal(groups[0].entries[1].answer.vraag, "Aan wie denk je?");
  assert.deepEqual(groups[1].entries.map((e) => [e.answer.vraag, e.state]), [["Een oude vraag?", "weg"]]);
});

test("the readable version has modules, prompts, answers and dates", () => {
  const book = model.set(model.set(model.empty(), { ...prompt, antwoord: "regel 1\nregel 2" }, T1), { ...card, antwoord: "kaart" }, T1);
  const text = lezen.toText(book, data, (iso) => "datum " + iso.slice(0, 10));
  assert.match(text, /^# Mijn antwoorden\n\n## Module 1: Wat is vertrouwen\?/);
  assert.match(text, /### Waar ben je thuis\?: Welk deel van je werk\?\n\n> kaart/);
  assert.match(text, /### Aan wie denk je\?\n\n> regel 1\n> regel 2\n\n\*Laatst gewijzigd: datum 2026-03-01\*/);
  assert.match(lezen.toText(model.empty(), data, String), /nog geen antwoorden/);
});

test("storage that was tampered with is cleaned, not trusted", () => {
  const stored = { antwoorden: { "wv-o1": { ...prompt, antwoord: "ok", gewijzigd: T1.toISOString(), extra: "<b>" },
                                 "kt-o1": { ...prompt, antwoord: "id klopt niet", gewijzigd: T1.toISOString() } } };
  const book = model.clean(stored);
  assert.deepEqual(Object.keys(book.antwoorden), ["wv-o1"]);
  assert.equal(book.antwoorden["wv-o1"].extra, undefined);
  assert.deepEqual(model.clean(null), model.empty());
});
