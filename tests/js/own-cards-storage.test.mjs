/* What the own-cards maker keeps in the browser (issue 18): versions, two tabs, backups that are never
   overwritten, and storage that fails. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";
import path from "node:path";

import opslag from "../../docs/assets/js/eigen-kaartjes-opslag.js";
import lvStorage from "../../docs/assets/js/lv/storage.js";
import ownCards from "../../docs/assets/js/eigen-kaartjes-model.js";
const { create } = ownCards;

const model = create({
  kinds: { denk: {}, doe: {} },
  phases: ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"],
  defaultPhases: { denk: ["verkennen", "verdiepen"], doe: ["afspreken", "afsluiten"] },
  limits: { title: 50, text: 220, cards: 40, linkChars: 8000 },
  modules: [{ id: "wat-is-vertrouwen", nummer: 1, titel: "Wat is vertrouwen?" }],
});

function memory(initial) {
  const data = new Map(Object.entries(initial || {}));
  return { getItem: (k) => (data.has(k) ? data.get(k) : null), setItem: (k, v) => data.set(k, String(v)),
           removeItem: (k) => data.delete(k), data };
}

function storeOn(backend) {
  return opslag.create(lvStorage.create(() => backend), () => backend, model.cleanDeck);
}

function deck(title, ...texts) {
  return { titel: title, moment: "", module: "", kaarten: texts.map((tekst) => ({ soort: "denk", titel: "T", tekst,
                                                                                  fasen: ["verkennen", "verdiepen"] })) };
}

test("a draft without a version is today's format; a written draft carries its version", () => {
  const old = deck("Oud", "Wat weet de ouder?");
  const backend = memory({ [opslag.KEY]: JSON.stringify(old) });
  const store = storeOn(backend);
  const read = store.readDraft();
  assert.equal(read.state, "ok");
  assert.deepEqual(read.deck, old);
  assert.equal(store.writeDraft(read.deck, read.seen).ok, true);
  assert.equal(JSON.parse(backend.data.get(opslag.KEY)).versie, opslag.VERSION);
});

test("a draft from a newer site is reported in Dutch and never overwritten", () => {
  const newer = JSON.stringify({ versie: 2, iets: "nieuws", kaarten: [] });
  const backend = memory({ [opslag.KEY]: newer });
  const store = storeOn(backend);
  const read = store.readDraft();
  assert.equal(read.state, "nieuwer");
  assert.match(read.message, /nieuwere versie/);
  const write = store.writeDraft(deck("Mijn", "x"), read.seen);
  assert.equal(write.ok, false);
  assert.equal(backend.data.get(opslag.KEY), newer);
});

test("a damaged draft is set aside under its own key before anything replaces it", () => {
  for (const raw of ["{kapot", JSON.stringify({ versie: "01", kaarten: [] }), "[1]"]) {
    const backend = memory({ [opslag.KEY]: raw });
    const read = storeOn(backend).readDraft(new Date("2026-12-01T10:00:00Z"));
    assert.equal(read.state, "beschadigd", raw);
    assert.equal(backend.data.get("lv-eigen-kaartjes-beschadigd-2026-12-01T10:00:00.000Z"), raw);
    assert.equal(storeOn(backend).writeDraft(deck("Nieuw", "x"), read.seen).ok, true);
  }
});

test("a write that finds another tab's newer save writes nothing and hands that save back", () => {
  const backend = memory();
  const tabA = storeOn(backend), tabB = storeOn(backend);
  const first = tabA.writeDraft(deck("Samen", "begin"), null);
  const seenB = tabB.readDraft().seen;
  assert.equal(tabB.writeDraft(deck("Samen", "van B"), seenB).ok, true);
  const second = tabA.writeDraft(deck("Samen", "van A"), first.seen);
  assert.equal(second.conflict, true);
  assert.equal(second.theirs.kaarten[0].tekst, "van B");
  assert.equal(JSON.parse(backend.data.get(opslag.KEY)).kaarten[0].tekst, "van B");
  // The user chose to keep A's: now it is written.
  assert.equal(tabA.writeDraft(deck("Samen", "van A"), first.seen, true).ok, true);
});

test("a storage event from another tab is a question only when the cards differ", () => {
  const store = storeOn(memory());
  const mine = deck("Set", "a");
  const same = JSON.stringify({ versie: 1, ...mine });
  assert.equal(store.otherTab(same, null, mine).kind, "gelijk");
  assert.equal(store.otherTab(JSON.stringify(deck("Set", "b")), null, mine).kind, "anders");
  assert.equal(store.otherTab(null, "x", mine).kind, "niets");
  assert.equal(store.otherTab(JSON.stringify({ versie: 9 }), null, mine).kind, "niets");
});

test("backups pile up and are never overwritten; a full list refuses instead", () => {
  const backend = memory();
  const store = storeOn(backend);
  const first = store.addBackup(deck("Eerste", "a"), "Je opende een link.");
  const second = store.addBackup(deck("Tweede", "b"), "Je opende een bestand.");
  assert.ok(first.ok && second.ok && first.entry.id !== second.entry.id);
  assert.deepEqual(store.list().map((item) => item.deck.titel), ["Eerste", "Tweede"]);
  assert.equal(store.addBackup(deck("Eerste", "a"), "nog eens").entry.id, first.entry.id, "the same set is kept once");
  const empty = { titel: "", moment: "", module: "", kaarten: [model.newCard("denk")] };
  assert.equal(store.addBackup(empty, "leeg").entry, null, "an empty set needs no backup");
  for (let i = 2; i < opslag.MAX_BACKUPS; i += 1) assert.ok(store.addBackup(deck(`Set ${i}`, "x"), "w").ok);
  const refused = store.addBackup(deck("Te veel", "x"), "w");
  assert.equal(refused.ok, false);
  assert.equal(refused.full, true);
  assert.match(refused.message, /Verwijder er eerst een/);
  assert.equal(store.list().length, opslag.MAX_BACKUPS);
  assert.equal(store.list()[0].deck.titel, "Eerste");
  store.removeBackup(first.entry.id);
  assert.equal(store.list().length, opslag.MAX_BACKUPS - 1);
});

test("backups keyed by outside ids stay data: prototype names change nothing", () => {
  const backend = memory({ [opslag.BACKUP_KEY]: JSON.stringify({ versie: 1, reserves: [
    { id: "__proto__", waarom: "x", deck: deck("P", "y") }, { id: "constructor", deck: { kaarten: "nee" } }, null] }) });
  const list = storeOn(backend).list();
  assert.deepEqual(list.map((item) => item.id), ["__proto__", "constructor"]);
  assert.equal(list[1].deck.kaarten.length, 0);
  assert.equal({}.polluted, undefined);
});

test("full or blocked storage gives a Dutch message, never a throw", () => {
  const error = Object.assign(new Error("vol"), { name: "QuotaExceededError" });
  const full = { getItem: () => null, setItem() { throw error; }, removeItem() {} };
  const store = storeOn(full);
  const write = store.writeDraft(deck("Set", "getypt"), null);
  assert.equal(write.ok, false);
  assert.match(write.message, /opslag van je browser is vol/);
  const backup = store.addBackup(deck("Set", "getypt"), "w");
  assert.equal(backup.ok, false);
  assert.equal(backup.full, false);
  assert.ok(backup.entry, "the caller keeps the entry in memory");
  const blocked = storeOn({ getItem() { throw new Error("nee"); }, setItem() { throw new Error("nee"); }, removeItem() {} });
  assert.equal(blocked.readDraft().state, "geblokkeerd");
  assert.match(blocked.writeDraft(deck("Set", "x"), null).message, /niets bewaren/);
});
