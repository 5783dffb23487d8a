/* One version rule for every tool (lv/state.js readVersion): the same table of inputs gives the same
   answer in the planner's link, an invitation link, own cards' link and draft, the notebook (stored and
   as a file) and the agreements kept in it. 1 and "1" are version 1, 2 and "2" are newer, absent is 1,
   everything else is damaged. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

import { SCHEMAS, readVersion, versionState } from "../../docs/assets/js/lv/state.js";
import urlState from "../../docs/assets/js/lv/url-state.js";
import PlannerModel from "../../docs/assets/js/planner-model.js";
import ownCards from "../../docs/assets/js/eigen-kaartjes-model.js";
import opslag from "../../docs/assets/js/eigen-kaartjes-opslag.js";
import lvStorage from "../../docs/assets/js/lv/storage.js";
import notebook from "../../docs/assets/js/antwoorden-model.js";

const ABSENT = Symbol("absent");
// [the version as written, what every tool makes of it]
const TABLE = [
  [1, "ok"], ["1", "ok"], [2, "nieuwer"], ["2", "nieuwer"], [0, "beschadigd"], [-1, "beschadigd"],
  ["abc", "beschadigd"], [1.5, "beschadigd"], [ABSENT, "ok"], [null, "ok"], ["01", "beschadigd"],
];
const shown = (raw) => (raw === ABSENT ? "absent" : JSON.stringify(raw));

// A link holds text: a number is written as its digits, and null (no value) as no v= at all.
const inLink = (raw) => (raw === ABSENT || raw === null ? null : String(raw));
// JSON holds the value as it is; absent is a missing key.
const withVersion = (key, raw, rest) => (raw === ABSENT ? { ...rest } : { [key]: raw, ...rest });

// ------------------------------------------------------------------ each tool, read as the tool reads it

const phases = ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"].map((id) => ({ id, label: id }));
const planner = PlannerModel.create({
  phases, defaults: { kaartjes: 10, casus: 20, overdenking: 20, pauze: 10, vrij: 10 }, longest: 90,
  modules: [{ id: "alfa", nummer: 1, titel: "Alfa" }], cards: [], cases: [], prompts: [], werkplaten: [], sessions: [],
});
function plannerLink(raw) {
  const v = inLink(raw);
  const { plan, problems, known } = planner.decode((v === null ? "" : "v=" + encodeURIComponent(v) + "&") + "b=PM10");
  if (known) return plan.blocks.length === 1 ? "ok" : "lost the block";
  return problems.some((p) => /nieuwere versie/.test(p)) ? "nieuwer" : problems.some((p) => /beschadigd/.test(p)) ? "beschadigd" : problems.join();
}

const invitationCodec = urlState.codec({ version: SCHEMAS.invitation.current, fields: { m: "id" } });
function invitationLink(raw) {
  const v = inLink(raw);
  try {
    return invitationCodec.read((v === null ? "" : "v=" + encodeURIComponent(v) + "&") + "m=alfa").value.m === "alfa" ? "ok" : "lost";
  } catch (error) {
    return error.name === "StateError" ? error.code : String(error);
  }
}

const cards = ownCards.create({
  kinds: { denk: { label: "Denkkaartje" }, doe: { label: "Doekaartje" } }, phases: phases.map((p) => p.id),
  defaultPhases: { denk: ["verkennen", "verdiepen"], doe: ["afspreken", "afsluiten"] },
  limits: { title: 50, text: 220, cards: 40, linkChars: 8000 },
  modules: [{ id: "wat-is-vertrouwen", nummer: 1, titel: "Wat is vertrouwen?" }],
});
const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "own-cards-link-v1.json"), "utf8"));
const body = fixture.link.slice(fixture.link.indexOf(".") + 1);
function ownCardsLink(raw) {
  const v = inLink(raw);
  try {
    cards.decode(v === null ? body : v + "." + body);
    return "ok";
  } catch (error) {
    return { versie: "nieuwer", kapot: "beschadigd" }[error.code] || error.code;
  }
}

function ownCardsDraft(raw) {
  const stored = withVersion("versie", raw, { titel: "Mijn set", moment: "", module: "wat-is-vertrouwen",
                                              kaarten: [{ soort: "denk", titel: "Een", tekst: "Vraag?" }] });
  const data = new Map([["lv-eigen-kaartjes", JSON.stringify(stored)]]);
  const backend = { getItem: (k) => (data.has(k) ? data.get(k) : null), setItem: (k, v) => data.set(k, String(v)),
                    removeItem: (k) => data.delete(k) };
  const draft = opslag.create(lvStorage.create(() => backend), () => backend, cards.cleanDeck).readDraft(new Date());
  if (draft.state === "ok") return draft.deck.titel === "Mijn set" ? "ok" : "lost the deck";
  return draft.state;
}

const ANSWER = { id: "wv-o1", soort: "vraag", module: "wat-is-vertrouwen", vraag: "Wie?", antwoord: "Ik.",
                 gewijzigd: "2026-11-30T10:00:00.000Z" };
const AGREEMENT = { id: "afspraak-wv-02", soort: "afspraak", module: "wat-is-vertrouwen", titel: "Vraag door",
                    vraag: "Vraag door.", antwoord: "Vraag door.", wanneer: "2026-12-04", gewijzigd: "2026-11-30T10:00:00.000Z" };
function notebookStored(raw, entry = ANSWER) {
  const read = notebook.read(withVersion("formaat", raw, { antwoorden: { [entry.id]: entry } }));
  if (!read.lossy) return read.notebook.antwoorden[entry.id].antwoord === entry.antwoord ? "ok" : "lost the answer";
  return read.reason;
}
function notebookFile(raw) {
  try {
    const file = notebook.fromFile(JSON.stringify(withVersion("formaat", raw, { soort: "mijn-antwoorden", antwoorden: [ANSWER] })));
    return file.answers.length === 1 ? "ok" : "lost the answer";
  } catch (error) {
    return error.name === "StateError" ? error.code : error.message;
  }
}

const TOOLS = {
  "planner link (?v=)": plannerLink,
  "invitation link (?v=)": invitationLink,
  "own cards draft ({versie})": ownCardsDraft,
  "notebook on this device ({formaat})": (raw) => notebookStored(raw),
  "notebook file ({formaat})": notebookFile,
  "agreements in the notebook ({formaat})": (raw) => notebookStored(raw, AGREEMENT),
};

for (const [name, read] of Object.entries(TOOLS)) {
  test(`one version rule: ${name}`, () => {
    for (const [raw, expected] of TABLE) assert.equal(read(raw), expected, `${name}, version ${shown(raw)}`);
  });
}

test("one version rule: own cards link (#set=<version>.)", () => {
  // The format has always written its version, so a link without "<version>." was cut: damaged, not version 1.
  for (const [raw, expected] of TABLE) {
    const absent = raw === ABSENT || raw === null;
    assert.equal(ownCardsLink(raw), absent ? "beschadigd" : expected, `own cards link, version ${shown(raw)}`);
  }
});

test("the rule itself: the same table, in every place a version comes from", () => {
  for (const where of ["link", "file", "device"]) {
    for (const [raw, expected] of TABLE) {
      const value = raw === ABSENT ? undefined : raw;
      assert.equal(versionState(value, SCHEMAS.notebook), expected, `${where}: ${shown(raw)}`);
      if (expected === "ok") assert.equal(readVersion(value, SCHEMAS.notebook, where), 1);
      else assert.throws(() => readVersion(value, SCHEMAS.notebook, where), (error) => error.code === expected);
    }
  }
  for (const odd of ["", " 1", "1 ", "+1", "1e0", "0x1", true, [1], {}, NaN, Infinity]) {
    assert.equal(versionState(odd, SCHEMAS.planner), "beschadigd", JSON.stringify(odd));
  }
});

test("the tools read their version through the state layer only", () => {
  // No tool reads a version field with its own Number(...) or its own digits pattern.
  const sources = path.join(import.meta.dirname, "..", "..", "docs", "assets", "js");
  for (const name of fs.readdirSync(sources).filter((file) => file.endsWith(".js"))) {
    const text = fs.readFileSync(path.join(sources, name), "utf8");
    assert.doesNotMatch(text, /Number\([^)]*\.(versie|formaat)\)|\+[a-z.]*\.(versie|formaat)\b/, name);
  }
});
