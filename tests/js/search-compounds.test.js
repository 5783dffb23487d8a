/* The compound splitter of the search worker (macros/search_compounds.js): pure logic first,
   then with lunr's real Dutch stemmer and index. Run with `node --test tests/js/`. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const compounds = require(path.join(__dirname, "..", "..", "macros", "search_compounds.js"));
const { dutchSearch } = require("./material-worker.js");

const { splitCompound, rewriteQuery, rewriteForIndex, vocabulary, matcher } = compounds;
const words = (...list) => (word) => list.includes(word);

test("two known words glued together are split", () => {
  assert.deepEqual(splitCompound("werkafspraken", words("werk", "afspraken")), ["werk", "afspraken"]);
  assert.deepEqual(splitCompound("ketenpartner", words("keten", "partner")), ["keten", "partner"]);
});

test("the Dutch linking letters -s-, -e- and -en- are dropped between parts", () => {
  assert.deepEqual(splitCompound("vertrouwensband", words("vertrouwen", "band")), ["vertrouwen", "band"]);
  assert.deepEqual(splitCompound("paardebloem", words("paard", "bloem")), ["paard", "bloem"]);
  assert.deepEqual(splitCompound("boekenkast", words("boek", "kast")), ["boek", "kast"]);
});

test("a linking letter is not dropped where no link stands", () => {
  // "werkstaken" is werk + staken, or werk + s + taken; with only "taken" known the s is a link,
  // with only "staken" known it is part of the word.
  assert.deepEqual(splitCompound("werkstaken", words("werk", "taken")), ["werk", "taken"]);
  assert.deepEqual(splitCompound("werkstaken", words("werk", "staken")), ["werk", "staken"]);
});

test("the split with the fewest parts wins", () => {
  const known = words("samen", "werking", "samenwerking", "afspraken");
  assert.deepEqual(splitCompound("samenwerkingsafspraken", known), ["samenwerking", "afspraken"]);
  // Of two splits into as many parts, the one that keeps the letters on a known word wins.
  assert.deepEqual(splitCompound("ketenpartner", words("ket", "keten", "partner")), ["keten", "partner"]);
  assert.deepEqual(splitCompound("samenwerkingafspraken", words("samen", "werking", "afspraken")),
    ["samen", "werking", "afspraken"]);
});

test("no split when a part is unknown or too short to mean anything", () => {
  assert.equal(splitCompound("werkfliebel", words("werk")), null);
  // "en" is a word, but a two-letter part would glue anything to anything.
  assert.equal(splitCompound("enwerk", words("en", "werk")), null);
  assert.equal(splitCompound("werk", words("werk")), null);
});

test("a half-typed last part counts when the index has a word starting with it", () => {
  const isPrefix = (word) => "afspraken".startsWith(word);
  assert.deepEqual(splitCompound("werkafspr", words("werk"), isPrefix), ["werk", "afspr"]);
  // Three letters are too few to guess a word from.
  assert.equal(splitCompound("werkafs", words("werk"), isPrefix), null);
  // A complete word is preferred to a guess.
  assert.deepEqual(splitCompound("werkafspraken", words("werk", "afspraken"), () => true), ["werk", "afspraken"]);
});

test("the vocabulary answers exact and prefix questions", () => {
  const vocab = vocabulary(["werk", "afsprak", "band", "keten"]);
  assert.equal(vocab.has("werk"), true);
  assert.equal(vocab.has("wer"), false);
  assert.equal(vocab.hasPrefix("afspr"), true);
  assert.equal(vocab.hasPrefix("afz"), false);
  assert.equal(vocab.hasPrefix("zzz"), false);
});

// ----------------------------------------------------------------------------
// With lunr's own Dutch stemmer and a real index
// ----------------------------------------------------------------------------

const { stem, indexOf } = dutchSearch();
const SITE_TEXT = `Maak afspraken over het werk met de partners in de keten. Een band van vertrouwen groeit
  langzaam. Samenwerking vraagt om controle en om loslaten.`;


test("with the Dutch stemmer, the issue's compounds become words of the site", () => {
  const index = indexOf(SITE_TEXT);
  const vocab = vocabulary(Object.keys(index.invertedIndex));
  assert.equal(rewriteQuery("werkafspraken", vocab, stem), "werk^1 afspraken^1");
  assert.equal(rewriteQuery("ketenpartner", vocab, stem), "keten^1 partner^1");
  assert.match(rewriteQuery("vertrouwensband", vocab, stem), /^vertrouwens?\^1 band\^1$/);
  // The stemmer knows "samenwerkings" as "samenwerking": the link may stay on the part.
  assert.match(rewriteQuery("samenwerkingsafspraken", vocab, stem), /^samenwerkings?\^1 afspraken\^1$/);
  // An inflected form of a part is found through its stem.
  assert.equal(rewriteQuery("ketenpartners", vocab, stem), "keten^1 partners^1");
});

test("words that already find something, syntax and quoted phrases stay as typed", () => {
  const index = indexOf(SITE_TEXT);
  const vocab = vocabulary(Object.keys(index.invertedIndex));
  for (const query of ["afspraken", "Werk", "vertrouw", "+werkafspraken", "werkafspraken~1",
    "\"werkafspraken\"", "title:werkafspraken", "xyzzyplugh"]) {
    assert.equal(rewriteQuery(query, vocab, stem), query, query);
  }
  assert.equal(rewriteQuery("nieuwe werkafspraken \"ketenpartner\"", vocab, stem),
    "nieuwe werk^1 afspraken^1 \"ketenpartner\"");
});

test("a stop word is never a part: it is not in the index", () => {
  const vocab = vocabulary(Object.keys(indexOf(SITE_TEXT).invertedIndex));
  const match = matcher(vocab, stem);
  assert.equal(match.isWord("het"), false);
  assert.equal(rewriteQuery("hetwerk", vocab, stem), "hetwerk");
});

test("the worker entry point uses the index's vocabulary and search pipeline", () => {
  const index = indexOf(SITE_TEXT);
  assert.equal(rewriteForIndex("Ketenpartner werkafspr", index), "keten^1 partner^1 werk^1 afspr");
  // Only the half-typed part is left to the worker's prefix search.
  // The vocabulary of another index is another vocabulary.
  assert.equal(rewriteForIndex("ketenpartner", indexOf("Alleen fietsen.")), "ketenpartner");
});
