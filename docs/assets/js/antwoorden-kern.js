/* Mijn antwoorden, the core: the notebook as every page keeps it, without any DOM.
   An answer is {id, soort, module, vraag, titel, antwoord, gewijzigd}: the id of the prompt or
   denkkaartje, the text it answered (kept, so an answer survives a prompt that later changes or goes),
   the answer and when it was last changed (ISO time). The notebook keeps one answer per id.
   Keys come from outside (storage, files), so every map is a Map or has no prototype: an id like
   "constructor" is an id like any other. Every page has answer fields, so this part is in every page's
   bundle; moving answers through files is only on the notebook page (antwoorden-model.js). Runs in the
   browser and in Node for the tests (tests/js/antwoorden-model.test.mjs). */
import { SCHEMAS, readVersion, migrate } from "./lv/state.js";

var SCHEMA = SCHEMAS.notebook, FORMAT = SCHEMA.current;
var FILE_KIND = "mijn-antwoorden";
/* Bounds with a wide margin above real use: the site has about a hundred prompts and denkkaartjes,
   and a long reflection is a few thousand characters. They keep a damaged or hostile file from
   filling the storage and from making every save on every page slow. */
var LIMITS = { answers: 1000, answerChars: 20000, totalChars: 1000000, unknown: 200,
               fileChars: 10000000, textChars: 2000, skewMs: 24 * 60 * 60 * 1000 };
var ID = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,79}$/;
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
// An agreement ("Dit ga ik doen", afspraak.js) is an entry of its own kind with the day it is for.
var DAY = /^\d{4}-\d{2}-\d{2}$/;
var KINDS = ["vraag", "kaartje", "afspraak"];

function map() {
  return Object.create(null);
}

function copy(answers) {
  return Object.assign(map(), answers);
}

function empty() {
  return { formaat: FORMAT, antwoorden: map() };
}

function squash(text) {
  return String(text || "").replace(/\s+/g, " ").trim();
}

// A number as Dutch readers write it: 1.000.000.
function number(n) {
  return n.toLocaleString("nl-NL");
}

/* "1 antwoord", "3 antwoorden": every count the notebook says. */
function count(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

/* The notebook's version (formaat), read by the state layer's one rule: a number, "nieuwer" or "beschadigd". */
function version(value, where) {
  try {
    return readVersion(value, SCHEMA, where);
  } catch (error) {
    if (error.name !== "StateError") throw error;
    return error.code;
  }
}

function optionalText(value) {
  return value === undefined || value === null || typeof value === "string";
}

/* One answer as it may be kept, or null: every field is checked for its type, nothing unknown is kept. */
function cleanAnswer(item) {
  if (!item || typeof item !== "object" || Array.isArray(item)) return null;
  var answer = item.antwoord;
  if (typeof item.id !== "string" || !ID.test(item.id) || typeof item.gewijzigd !== "string" ||
      !ISO.test(item.gewijzigd) || isNaN(Date.parse(item.gewijzigd))) return null;
  if (typeof answer !== "string" || !answer.trim() || answer.length > LIMITS.answerChars) return null;
  if (!optionalText(item.vraag) || !optionalText(item.titel) || !optionalText(item.module) || !optionalText(item.soort)) return null;
  if (item.module && !ID.test(item.module)) return null;
  if (item.soort && KINDS.indexOf(item.soort) < 0) return null;
  var agreement = item.soort === "afspraak";
  if (agreement && !(typeof item.wanneer === "string" && DAY.test(item.wanneer) &&
      !isNaN(Date.parse(item.wanneer + "T00:00:00Z")))) return null;
  var clean = {
    id: item.id,
    soort: item.soort || "vraag",
    module: item.module || "",
    vraag: squash(item.vraag).slice(0, LIMITS.textChars),
    titel: squash(item.titel).slice(0, LIMITS.textChars),
    antwoord: answer,
    gewijzigd: item.gewijzigd
  };
  if (agreement) clean.wanneer = item.wanneer;
  return clean;
}

/* A notebook from storage, and whether writing it back would lose something of what was stored:
   damaged answers, answers above the bounds, or data from a newer version of the site. The page
   keeps such data aside before it writes. */
function read(stored) {
  var notebook = empty();
  if (stored === null || stored === undefined) return { notebook: notebook, lossy: false, reason: "" };
  var answers = stored && stored.antwoorden;
  var found = version(stored && stored.formaat, "device");
  if (found === "nieuwer") return { notebook: notebook, lossy: true, reason: "nieuwer" };
  if (!answers || typeof answers !== "object" || found === "beschadigd") return { notebook: notebook, lossy: true, reason: "beschadigd" };
  answers = migrate(answers, found, SCHEMA);
  var dropped = 0, total = 0, kept = 0;
  Object.keys(answers).forEach(function (key) {
    var answer = cleanAnswer(answers[key]);
    if (!answer || answer.id !== key || kept >= LIMITS.answers || total + answer.antwoord.length > LIMITS.totalChars) {
      dropped += 1;
      return;
    }
    kept += 1;
    total += answer.antwoord.length;
    notebook.antwoorden[key] = answer;
  });
  return { notebook: notebook, lossy: dropped > 0, reason: dropped ? (kept >= LIMITS.answers ? "te-veel" : "beschadigd") : "" };
}

function clean(stored) {
  return read(stored).notebook;
}

function list(notebook) {
  return Object.keys(notebook.antwoorden).map(function (key) { return notebook.antwoorden[key]; });
}

/* The notebook after typing: an empty answer removes the entry. */
function set(notebook, fields, now) {
  var next = { formaat: FORMAT, antwoorden: copy(notebook.antwoorden) };
  if (!String(fields.antwoord || "").trim()) {
    delete next.antwoorden[fields.id];
    return next;
  }
  var answer = cleanAnswer(Object.assign({}, fields, { gewijzigd: (now || new Date()).toISOString() }));
  if (!answer) throw new Error("Dit antwoord kan niet worden bewaard.");
  var others = list(next).filter(function (item) { return item.id !== answer.id; });
  var total = others.reduce(function (sum, item) { return sum + item.antwoord.length; }, answer.antwoord.length);
  if (!(answer.id in next.antwoorden) && others.length >= LIMITS.answers || total > LIMITS.totalChars) {
    throw new Error("Je schrift is vol: er passen " + number(LIMITS.answers) + " antwoorden en " + number(LIMITS.totalChars) +
      " tekens in. Bewaar je antwoorden als bestand en wis er een paar.");
  }
  next.antwoorden[answer.id] = answer;
  return next;
}

export { FILE_KIND, cleanAnswer, copy };
export default { FORMAT: FORMAT, LIMITS: LIMITS, empty: empty, read: read, clean: clean, set: set, list: list,
         version: version, count: count, number: number, squash: squash };
