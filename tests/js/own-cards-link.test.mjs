/* The own-cards share link under attack (issue 18): damaged, malformed, oversized and bomb links.
   Run with `node --test tests/js/`. The config mirrors what macros/own_cards.py puts on the page. */
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import link from "../../docs/assets/js/eigen-kaartjes-link.js";
import ownCards from "../../docs/assets/js/eigen-kaartjes-model.js";
const { create } = ownCards;
const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "own-cards-link-v1.json"), "utf8"));

const model = create({
  kinds: { denk: { label: "Denkkaartje" }, doe: { label: "Doekaartje" } },
  phases: ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"],
  defaultPhases: { denk: ["verkennen", "verdiepen"], doe: ["afspreken", "afsluiten"] },
  limits: { title: 50, text: 220, cards: 40, linkChars: 8000 },
  modules: [{ id: "wat-is-vertrouwen", nummer: 1, titel: "Wat is vertrouwen?" }],
});

/* A payload with any JSON text in it, packed as the maker would (level 9 zlib, base64url). */
function packed(text) {
  return "1." + zlib.deflateSync(Buffer.from(text), { level: 9 }).toString("base64url");
}

function code(fn) {
  try {
    fn();
  } catch (error) {
    assert.equal(error.name, "StateError", error.stack);
    return error.code;
  }
  return "geopend";
}

test("a link made by the maker before issue 18 still opens to the same deck", () => {
  assert.deepEqual(model.decode(fixture.link), fixture.deck);
  assert.deepEqual(model.decode(link.fromHash("#set=" + fixture.link)), fixture.deck);
});

test("no single-character damage to a real link opens with changed cards", () => {
  const original = JSON.stringify(fixture.deck);
  const payload = fixture.link;
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%";
  const outcomes = { kapot: 0, versie: 0, same: 0 };
  const variants = new Set();
  for (let i = 0; i < payload.length; i += 1) {
    variants.add(payload.slice(0, i) + payload.slice(i + 1));                 // a character lost
    variants.add(payload.slice(0, i) + payload[i] + payload.slice(i));        // a character doubled
    for (const c of alphabet) if (c !== payload[i]) variants.add(payload.slice(0, i) + c + payload.slice(i + 1));
  }
  for (const damaged of variants) {
    let deck = null;
    const result = code(() => { deck = model.decode(damaged); });
    if (result === "geopend") {
      // Only a change the bytes never saw (the spare bits of the last base64 character) may open.
      assert.equal(JSON.stringify(deck), original, `opened with changed cards: ${damaged}`);
      outcomes.same += 1;
    } else {
      assert.ok(["kapot", "versie"].includes(result), result);
      outcomes[result] += 1;
    }
  }
  assert.ok(outcomes.kapot > 20000, JSON.stringify(outcomes));
});

test("the checksum is checked: a deflate stream with a wrong adler32 is damaged", () => {
  const bytes = Buffer.from(fixture.link.slice(2), "base64url");
  bytes[bytes.length - 1] ^= 1;
  assert.equal(code(() => model.decode("1." + bytes.toString("base64url"))), "kapot");
  assert.equal(link.adler32([Buffer.from("Wikipedia")]), 0x11e60398);
});

test("a malformed escape in the address gives the Dutch damaged-link message, not 'URI malformed'", () => {
  for (const hash of ["#set=1.%", "#set=1.%E0%A4%A", "#set=%"]) {
    assert.throws(() => link.fromHash(hash), (error) => error.code === "kapot" && /beschadigd/.test(error.message)
      && !/URI/.test(error.message));
  }
  assert.equal(link.fromHash("#anders"), null);
  assert.equal(link.fromHash("#set=1%2Eabc"), "1.abc");
});

test("versions: only our own format opens, a higher one is newer, the rest is damage", () => {
  const body = fixture.link.slice(2);
  assert.equal(code(() => model.decode("2." + body)), "versie");
  for (const version of ["0", "01", "00001", "1e0"]) assert.equal(code(() => model.decode(version + "." + body)), "kapot", version);
});

test("a link longer than the maker ever writes is refused before decoding", () => {
  const long = "1." + "A".repeat(link.MAX_CHARS);
  assert.equal(code(() => model.decode(long)), "te-lang");
  assert.equal(code(() => link.fromHash("#set=" + "%41".repeat(link.MAX_CHARS + 1))), "te-lang");
  assert.match(link.MESSAGES["te-lang"], /langer dan de kaartjesmaker ooit maakt/);
  // Forty long cards, the most the maker puts in a link, stay well inside.
  const cards = Array.from({ length: 40 }, (_, i) => ({ soort: "denk", titel: `Titel ${i} `.repeat(5).slice(0, 50),
    tekst: `Een tekst ${i * 7919} met woorden die weinig herhalen, ${i * 104729} `.repeat(6).slice(0, 220), fasen: ["openen"] }));
  const encoded = model.encode({ titel: "Groot", moment: "", module: "", kaarten: cards });
  assert.ok(encoded.length < link.MAX_CHARS / 2, `${encoded.length}`);
});

test("a zip bomb within the length limit stops at the size cap", () => {
  // 10 MB of one letter inside a title packs into a link of about 14 KB: inflating stops at 1 MB.
  const bomb = packed('{"t":"' + "a".repeat(10 * 1024 * 1024) + '","k":[]}');
  assert.ok(bomb.length <= link.MAX_CHARS, `${bomb.length}`);
  assert.equal(code(() => model.decode(bomb)), "te-groot");
  assert.match(link.MESSAGES["te-groot"], /veel meer tekst dan in een set kaartjes past/);
});

test("inflating is streamed: a 256 MB bomb is cut off near the cap, never held whole", () => {
  const bytes = zlib.deflateSync(Buffer.alloc(256 * 1024 * 1024, 32), { level: 9 });
  // As a link it is far too long, so it is refused before any decoding.
  assert.equal(code(() => link.unpack("1." + bytes.toString("base64url"))), "te-lang");
  // The inflater itself, handed all 250 KB of it: it stops after about 1 MB of output.
  const before = process.memoryUsage().arrayBuffers;
  assert.equal(code(() => link.unzlib(new Uint8Array(bytes), link.MAX_BYTES)), "te-groot");
  assert.ok(process.memoryUsage().arrayBuffers - before < 32 * 1024 * 1024);
});

test("a 10,000-card link is cut to what the maker keeps, and says how many and why", () => {
  const rows = Array.from({ length: 10000 }, () => ["denk", "Kaartje", "Vraag?"]);
  const result = model.readLink(packed(JSON.stringify({ t: "Veel", m: "", o: "", k: rows })));
  assert.equal(result.deck.kaarten.length, model.maxCards);
  assert.deepEqual(result.notes, [`Er stonden 10000 kaartjes in. De kaartjesmaker houdt er hoogstens ${model.maxCards}, ` +
    `dus je ziet de eerste ${model.maxCards}. De rest is niet geopend.`]);
  assert.deepEqual(model.readLink(fixture.link).notes, []);
});

test("a link with the wrong shape or invalid UTF-8 is damaged, not a crash", () => {
  for (const text of ["[]", "null", '{"k":5}', "{", '"x"']) assert.equal(code(() => model.decode(packed(text))), "kapot", text);
  const invalid = "1." + zlib.deflateSync(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])).toString("base64url");
  assert.equal(code(() => model.decode(invalid)), "kapot");
});
