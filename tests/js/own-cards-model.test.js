/* The own-cards maker's pure logic: the share link, the limits and the YAML fragment.
   Run with `node --test tests/js/`. The config mirrors what macros/own_cards.py puts on the page. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const assets = path.join(__dirname, "..", "..", "docs", "assets");
const { create, FORMAT } = require(path.join(assets, "eigen-kaartjes-model.js"));
const jsyaml = require(path.join(assets, "vendor", "js-yaml-5.5.0.min.js"));

const config = {
  kinds: { denk: { label: "Denkkaartje" }, doe: { label: "Doekaartje" } },
  phases: ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"],
  defaultPhases: { denk: ["verkennen", "verdiepen"], doe: ["afspreken", "afsluiten"] },
  limits: { title: 50, text: 220, cards: 40, linkChars: 6000 },
  modules: [{ id: "wat-is-vertrouwen", nummer: 1, titel: "Wat is vertrouwen?" }],
};
const model = create(config);

function deck(count) {
  const cards = [];
  for (let i = 0; i < count; i += 1) {
    const card = model.newCard(i % 2 ? "doe" : "denk");
    card.titel = `Kaartje ${i + 1} <b>"vet"</b>`;
    card.tekst = `Wat doe je bij {{ 1+1 }} en <img src=x onerror=alert(1)>? Nummer ${i + 1}, één keer.` + " x".repeat(i % 40);
    cards.push(card);
  }
  return { titel: "Team Noord: 'de ♥'", moment: "bij elk besluit over een indicatie", module: "", kaarten: cards };
}

test("a deck survives the link exactly, markup and template syntax included", () => {
  const original = deck(6);
  original.kaarten[2].fasen = ["openen"];
  const encoded = model.encode(original);
  assert.match(encoded, new RegExp(`^${FORMAT}\\.[A-Za-z0-9_-]+$`));
  assert.deepEqual(model.decode(encoded), original);
});

test("the link is compressed: forty long cards stay below the link limit", () => {
  const big = deck(40);
  const encoded = model.encode(big);
  assert.ok(encoded.length < JSON.stringify(big).length * 0.6, `${encoded.length} characters`);
  assert.equal(model.linkFit(big, encoded).fits, true);
});

test("a deck with more cards than a link holds says so, in Dutch", () => {
  const big = deck(41);
  const fit = model.linkFit(big, model.encode(big));
  assert.equal(fit.fits, false);
  assert.match(fit.reason, /41 kaartjes.*40.*bestand/);
});

// One changed character in the middle: the zlib checksum notices. (The very last base64 character
// may carry only padding bits, so changing that one is no damage at all.)
function damaged(encoded) {
  const middle = Math.floor(encoded.length / 2);
  return encoded.slice(0, middle) + (encoded[middle] === "A" ? "B" : "A") + encoded.slice(middle + 1);
}

test("a truncated or damaged link gives a clear message, not a half deck", () => {
  const encoded = model.encode(deck(6));
  for (const broken of [encoded.slice(0, -8), encoded.slice(0, 20), encoded.slice(0, -1), "1.", "",
                        damaged(encoded), "niets"]) {
    assert.throws(() => model.decode(broken), (error) => error.code === "kapot" && /beschadigd/.test(error.message),
                  JSON.stringify(broken.slice(-12)));
  }
});

test("a link from a newer format says so", () => {
  const encoded = model.encode(deck(1)).replace(/^\d+/, String(FORMAT + 1));
  assert.throws(() => model.decode(encoded), (error) => error.code === "versie" && /nieuwere versie/.test(error.message));
});

test("limits count characters, not bytes, and name what is over", () => {
  assert.deepEqual(model.count("één", 50), { length: 3, max: 50, left: 47, over: 0 });
  assert.equal(model.count("a".repeat(230), 220).over, 10);
  const d = deck(2);
  d.kaarten[0].titel = "t".repeat(53);
  d.kaarten[1].tekst = "";
  assert.deepEqual(model.problems(d), ["Kaartje 1: de titel is 3 tekens te lang.", "Kaartje 2 heeft nog geen tekst."]);
});

test("the YAML fragment keeps every text as text and reads back to the same deck", () => {
  const original = deck(6);
  original.module = "wat-is-vertrouwen";
  const yaml = model.toYaml(original, "De site");
  const parsed = jsyaml.load(yaml);
  assert.equal(parsed.length, 1);
  assert.equal(parsed[0].id, "eigen-team-noord-de");
  assert.equal(parsed[0].kaarten[0].id, "team-noord-de-01");
  assert.deepEqual(parsed[0].kaarten[1].fasen, ["afspreken", "afsluiten"]);
  assert.equal(parsed[0].kaarten[0].tekst, original.kaarten[0].tekst);
  assert.deepEqual(model.fromYaml(yaml, jsyaml.load), { deck: original, skipped: 0 });
});

test("import also takes a whole data file, and says what is wrong with other text", () => {
  const file = "modules: []\nkaartensets:\n- id: wv\n  titel: Wat is vertrouwen?\n  module: wat-is-vertrouwen\n" +
    "  kaarten:\n  - {id: wv-01, soort: denk, fasen: [openen], titel: Thuis, tekst: Waar?}\n" +
    "- id: gw\n  titel: Twee\n  module: x\n  kaarten: []\n";
  const { deck: read, skipped } = model.fromYaml(file, jsyaml.load);
  assert.equal(read.titel, "Wat is vertrouwen?");
  assert.deepEqual(read.kaarten, [{ soort: "denk", titel: "Thuis", tekst: "Waar?", fasen: ["openen"] }]);
  assert.equal(skipped, 1);
  assert.throws(() => model.fromYaml("a: [b", jsyaml.load), /geen geldig exportbestand/);
  assert.throws(() => model.fromYaml("hallo", jsyaml.load), /geen kaartjes/);
});

test("ids are plain: no accents, no signs, never too long", () => {
  assert.equal(model.slug("Één café-team: Zuid & Oost!", 28), "een-cafe-team-zuid-oost");
  assert.ok(model.slug("woord ".repeat(20), 28).length <= 28);
});

test("the share text names the deck, the number of cards and the link", () => {
  const text = model.shareText(deck(6), "https://voorbeeld.nl/#1.abc");
  assert.match(text, /Team Noord: 'de ♥'/);
  assert.match(text, /6 kaartjes, voor dit moment: bij elk besluit/);
  assert.match(text, /\nhttps:\/\/voorbeeld\.nl\/#1\.abc\n/);
});

test("*schuin* and **vet** become parts, everything else stays text", () => {
  assert.deepEqual(model.inlineParts("Vraag *wat bedoel je?* en **nu** <b>x</b> [hier](https://x.nl)"), [
    { text: "Vraag " }, { text: "wat bedoel je?", em: true }, { text: " en " }, { text: "nu", strong: true },
    { text: " <b>x</b> " }, { text: "hier" }]);
  assert.equal(model.plainText("Vraag *wat* en [hier](https://x.nl) {{ 1+1 }}"), "Vraag wat en hier {{ 1+1 }}");
});

test("one card is one card in the message", () => {
  assert.match(model.shareText(deck(1), "https://x.nl/"), /Het is 1 kaartje, voor dit moment/);
});
