/* The own-cards maker's pure logic: the share link, the limits and the YAML fragment.
   Run with `node --test tests/js/`. The config mirrors what macros/own_cards.py puts on the page. */
import test from "node:test";
import assert from "node:assert/strict";
import path from "node:path";

import ownCards from "../../docs/assets/js/eigen-kaartjes-model.js";
const { create, FORMAT } = ownCards;
import jsyaml from "../../docs/assets/vendor/js-yaml-5.5.0.min.js";

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
  const yaml = model.toYaml(original, "De site", jsyaml.dump);
  const parsed = jsyaml.load(yaml);
  assert.equal(parsed.length, 1);
  assert.equal(parsed[0].id, "eigen-team-noord-de");
  assert.equal(parsed[0].kaarten[0].id, "team-noord-de-01");
  assert.deepEqual(parsed[0].kaarten[1].fasen, ["afspreken", "afsluiten"]);
  assert.equal(parsed[0].kaarten[0].tekst, original.kaarten[0].tekst);
  assert.deepEqual(model.fromYaml(yaml, jsyaml.load), { deck: original, skipped: 0, notes: [] });
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

test("the moment runs on in the sentence without a capital in the middle (issue 20, point 16)", () => {
  const with_ = (moment) => model.shareText(Object.assign(deck(2), { moment: moment }), "https://x.nl/");
  assert.match(with_("Bij de wekelijkse overdracht"), /voor dit moment: bij de wekelijkse overdracht\./);
  assert.match(with_("MDO op dinsdag"), /voor dit moment: MDO op dinsdag\./);
  assert.match(with_("Één keer per maand"), /voor dit moment: één keer per maand\./);
});

test("one card is one card in the message", () => {
  assert.match(model.shareText(deck(1), "https://x.nl/"), /Het is 1 kaartje, voor dit moment/);
});

// ---------------------------------------------------------------------- issue 18: hostile input

const HOSTILE = [
  "gewoon\n- id: extra-set\n  titel: Ingeplakt",
  "  id: nep-01\nsoort: doe",
  "\"aanhalingstekens\" en 'enkele' en: dubbele punt # geen commentaar",
  "{{ config.site_name }} {% if %} ${x}",
  "links\u202Erechts\u2066omgedraaid\u2069 \u200Fklaar\u0007\u001b[31m",
];

test("the YAML fragment is written by dump: hostile text stays inside its own field", () => {
  for (const bad of HOSTILE) {
    const hostile = { titel: bad, moment: bad, module: "wat-is-vertrouwen\n- id: kwaad", kaarten: [
      { soort: "denk", titel: bad, tekst: bad, fasen: ["verkennen"] }, { soort: "doe", titel: "Twee", tekst: bad, fasen: ["afsluiten"] }] };
    const yaml = model.toYaml(hostile, "De site\n- id: uit-de-naam", jsyaml.dump);
    const parsed = jsyaml.load(yaml);
    assert.equal(parsed.length, 1, yaml);
    assert.deepEqual(Object.keys(parsed[0]), ["id", "titel", "module", "beschrijving", "kaarten"]);
    assert.equal(parsed[0].module, "wat-is-vertrouwen", "an unknown module becomes the first known one");
    assert.equal(parsed[0].kaarten.length, 2);
    for (const card of parsed[0].kaarten) assert.deepEqual(Object.keys(card), ["id", "soort", "fasen", "titel", "tekst"]);
    assert.match(parsed[0].kaarten[0].id, /^[a-z0-9-]+-01$/);
    assert.ok(!/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u0000-\u0008\u001b]/.test(yaml), "no bidi or control characters");
    assert.ok(!parsed[0].titel.includes("\n"), "a title is one line");
    // Every line of the fragment is a comment, a key of ours, or a list item of ours.
    for (const line of yaml.split("\n").filter(Boolean)) {
      assert.match(line, /^(# .*|- id: "[a-z0-9-]+"|  (titel|module|beschrijving|kaarten): .*|  kaarten:|    - id: "[a-z0-9-]+"|      (soort|titel|tekst): ".*"|      fasen:|        - "[a-z]+")$/, line);
    }
  }
  assert.equal(model.toYaml({ titel: "{{ x }}", moment: "", module: "", kaarten: [] }, "S", jsyaml.dump).includes('"{{ x }}"'), true);
});

test("only module ids the site knows are kept from a link or a file", () => {
  for (const module of ["onbekend", "__proto__", "constructor", "wat-is-vertrouwen\n- id: x", 5]) {
    assert.equal(model.cleanDeck({ module, kaarten: [] }).module, "");
  }
  assert.equal(model.cleanDeck({ module: "wat-is-vertrouwen", kaarten: [] }).module, "wat-is-vertrouwen");
});

test("kinds and phases named like Object's own properties fall back to the defaults", () => {
  for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
    assert.deepEqual(model.defaultPhases(name), ["openen"]);
    const read = model.cleanDeck({ kaarten: [{ soort: name, titel: name, tekst: name, fasen: [name, "openen"] }] });
    assert.deepEqual(read.kaarten[0], { soort: "denk", titel: name, tekst: name, fasen: ["openen"] });
  }
  const parsed = model.fromYaml('kaarten:\n- {soort: __proto__, titel: a, tekst: b, fasen: [constructor]}\n', jsyaml.load);
  assert.deepEqual(parsed.deck.kaarten[0].fasen, ["verkennen", "verdiepen"]);
  assert.equal({}.soort, undefined);
});

test("text from elsewhere loses bidi and control characters; titles become one line, texts keep lines", () => {
  const read = model.cleanDeck({ titel: "a\nb\u202E", moment: "x\r\ny", kaarten: [{ titel: "t\u0000\n1", tekst: "regel 1\nregel\u2066 2\t!" }] });
  assert.equal(read.titel, "a b");
  assert.equal(read.moment, "x y");
  assert.equal(read.kaarten[0].titel, "t 1");
  assert.equal(read.kaarten[0].tekst, "regel 1\nregel 2 !");
});

test("one or many: the words follow the number", () => {
  assert.equal(model.plural(1, "kaartje", "kaartjes"), "1 kaartje");
  assert.equal(model.plural(0, "kaartje", "kaartjes"), "0 kaartjes");
  assert.equal(model.linkFit(deck(41), "").reason.startsWith("Je set heeft 41 kaartjes."), true);
});

test("a file with more cards than the maker keeps says how many it kept", () => {
  const file = "kaarten:\n" + "- {soort: denk, titel: a, tekst: b}\n".repeat(200);
  const read = model.fromYaml(file, jsyaml.load);
  assert.equal(read.deck.kaarten.length, model.maxCards);
  assert.match(read.notes[0], /Er stonden 200 kaartjes in.*hoogstens 160/);
});
