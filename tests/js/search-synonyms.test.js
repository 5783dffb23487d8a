/* The synonym table of the search worker (macros/search_compounds.js, data from `zoekwoorden` in
   docs/data/leermateriaal.yml): a reader's word is joined by the site's word. Run with `node --test tests/js/`. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");

const { readerWords, rewriteQuery, rewriteForIndex, vocabulary } = require(
  path.join(__dirname, "..", "..", "macros", "search_compounds.js"));
const { dutchSearch } = require("./material-worker.js");

const { stem, indexOf } = dutchSearch();
const SYNONYMS = { professional: ["hulpverlener", "zorgverlener", "medewerker"] };
const SITE_TEXT = "De professional en de medewerker van het wijkteam praten met de cliënt over zijn plan.";


const vocab = vocabulary(Object.keys(indexOf(SITE_TEXT).invertedIndex));
const words = readerWords(SYNONYMS, stem);

test("a reader's word that the site never uses is searched as the site's word", () => {
  assert.equal(rewriteQuery("hulpverlener", vocab, stem, words), "professional");
  assert.equal(rewriteQuery("Zorgverlener", vocab, stem, words), "professional");
});

test("a plural or other inflected form of the reader's word counts too", () => {
  assert.equal(rewriteQuery("hulpverleners", vocab, stem, words), "professional");
});

test("a reader's word the site also uses is kept beside the site's word", () => {
  assert.equal(rewriteQuery("medewerker", vocab, stem, words), "medewerker professional");
});

test("other words, phrases and search syntax stay as typed", () => {
  assert.equal(rewriteQuery("wijkteam +hulpverlener \"hulpverlener\"", vocab, stem, words),
    "wijkteam +hulpverlener \"hulpverlener\"");
  assert.equal(rewriteQuery("hulpverlener plan", vocab, stem, words), "professional plan");
});

test("without a table nothing changes, and a table entry like 'constructor' is only data", () => {
  assert.equal(rewriteQuery("hulpverlener", vocab, stem), "hulpverlener");
  const odd = readerWords({ constructor: ["proto"], __proto__: ["x"] }, stem);
  assert.equal(rewriteQuery("constructor toString", vocab, stem, odd), "constructor toString");
  assert.equal(Object.prototype.polluted, undefined);
});

test("the worker entry point takes the table with the index", () => {
  assert.equal(rewriteForIndex("zorgverleners", indexOf(SITE_TEXT), SYNONYMS), "professional");
});

test("the Dutch stemmer already finds 'cliënt' for 'client', so the table needs no entry for it", () => {
  assert.equal(stem("client"), stem("cliënt"));
});
