/* Mijn antwoorden: the pure logic of the reflection notebook, without any DOM.
   An answer is {id, soort, module, vraag, titel, antwoord, gewijzigd}: the id of the prompt or
   denkkaartje, the text it answered (kept, so an answer survives a prompt that later changes or goes),
   the answer and when it was last changed (ISO time). The notebook keeps one answer per id. Files
   move answers between devices; merging keeps the newer answer of each id, so importing twice adds
   nothing, and a date in the future never wins by itself (a wrong clock or a crafted file).
   Keys come from outside (storage, files), so every map is a Map or has no prototype: an id like
   "constructor" is an id like any other. Runs in the browser (classic script, also from file://) and
   in Node for the tests (tests/js/antwoorden-model.test.js). */
import { SCHEMAS, StateError, message, readVersion, migrate } from "./lv/state.js";

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

/* The version of a file or of stored data: none is 1 (the first files had none), 1 and "1" are 1,
   a whole number above 0 is itself; anything else is NaN, a damaged version. */
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

/* A date more than a day ahead of this device's clock: a wrong clock or a crafted file. */
function suspect(answer, now) {
  return Date.parse(answer.gewijzigd) > now.getTime() + LIMITS.skewMs;
}

/* What an import would do, answer by answer, before anything is written:
   nieuw (added), vervangt-ouder (replaces an older answer), vervangt-nieuwer (replaces an answer
   dated in the future), bewaard (the answer here stays: the file's is the same, older, or dated in
   the future), te-veel (above the bounds). A new answer dated in the future is added with today's
   date, so a real backup made later can still replace it. known(id) says whether the site has the id. */
function plan(notebook, incoming, now, known) {
  now = now || new Date();
  known = known || function () { return true; };
  var next = { formaat: FORMAT, antwoorden: copy(notebook.antwoorden) };
  var unknown = list(next).filter(function (item) { return !known(item.id); }).length;
  var size = list(next).length, total = list(next).reduce(function (sum, item) { return sum + item.antwoord.length; }, 0);
  var entries = [];
  incoming.forEach(function (item) {
    var answer = cleanAnswer(item);
    if (!answer) return;
    var current = next.antwoorden[answer.id] || null, action;
    var late = suspect(answer, now);
    if (!current) {
      action = size >= LIMITS.answers || (!known(answer.id) && unknown >= LIMITS.unknown) ? "te-veel" : "nieuw";
      if (action === "nieuw") { size += 1; if (!known(answer.id)) unknown += 1; }
      if (late) answer.gewijzigd = now.toISOString();
    } else if (late) {
      action = "bewaard";
    } else if (suspect(current, now)) {
      action = "vervangt-nieuwer";
    } else {
      action = Date.parse(answer.gewijzigd) > Date.parse(current.gewijzigd) ? "vervangt-ouder" : "bewaard";
    }
    var grows = answer.antwoord.length - (current ? current.antwoord.length : 0);
    if (action !== "bewaard" && action !== "te-veel" && total + grows > LIMITS.totalChars) {
      if (action === "nieuw") { size -= 1; if (!known(answer.id)) unknown -= 1; }
      action = "te-veel";
    }
    if (action !== "bewaard" && action !== "te-veel") { next.antwoorden[answer.id] = answer; total += grows; }
    entries.push({ answer: answer, current: current, action: action, suspect: late });
  });
  var counts = { nieuw: 0, "vervangt-ouder": 0, "vervangt-nieuwer": 0, bewaard: 0, "te-veel": 0, verdacht: 0 };
  entries.forEach(function (entry) { counts[entry.action] += 1; if (entry.suspect) counts.verdacht += 1; });
  return { notebook: next, entries: entries, counts: counts };
}

/* The plan's result in the shape of the first version: added, updated, same. */
function merge(notebook, incoming, now) {
  var result = plan(notebook, incoming, now), c = result.counts;
  return { notebook: result.notebook,
           counts: { added: c.nieuw, updated: c["vervangt-ouder"] + c["vervangt-nieuwer"], same: c.bewaard + c["te-veel"] } };
}

function toFile(notebook, now, site) {
  return JSON.stringify({
    soort: FILE_KIND, formaat: FORMAT, site: site || "", gemaakt: (now || new Date()).toISOString(),
    antwoorden: list(notebook).sort(function (a, b) { return a.id < b.id ? -1 : 1; })
  }, null, 2) + "\n";
}

var ADVICE = " Kies een bestand dat je met ‘Bewaar als bestand’ hebt gemaakt.";

/* The answers in a file made by toFile, one per id (the newest, a date in the future last), at most
   LIMITS.answers; a wrong file throws an error with a Dutch message. */
function fromFile(text, now) {
  now = now || new Date();
  var data;
  if (typeof text !== "string" || text.length > LIMITS.fileChars) throw new Error("Dit bestand is te groot voor een bestand met antwoorden." + ADVICE);
  try { data = JSON.parse(text); } catch (error) { throw new Error("Dit bestand kunnen we niet lezen." + ADVICE); }
  if (!data || data.soort !== FILE_KIND || !Array.isArray(data.antwoorden)) {
    throw new Error("Dit is geen bestand met antwoorden van deze site." + ADVICE);
  }
  var found = version(data.formaat, "file");
  if (found === "beschadigd") throw StateError(found, message(found, "file") + ADVICE);
  if (found === "nieuwer") throw StateError(found, message(found, "file"));
  var byId = new Map(), skipped = 0, duplicates = 0;
  data.antwoorden.forEach(function (item) {
    var answer = cleanAnswer(item);
    if (!answer) { skipped += 1; return; }
    var other = byId.get(answer.id);
    if (other) {
      duplicates += 1;
      var better = suspect(other, now) !== suspect(answer, now) ? suspect(other, now)
        : Date.parse(answer.gewijzigd) > Date.parse(other.gewijzigd);
      if (!better) return;
    }
    byId.set(answer.id, answer);
  });
  var answers = Array.from(byId.values());
  return { answers: answers.slice(0, LIMITS.answers), skipped: skipped, duplicates: duplicates,
           tooMany: Math.max(0, answers.length - LIMITS.answers) };
}

/* What the notebook says about a file before and after it is read in, in plain Dutch. */
function fileNotes(file) {
  var notes = [];
  if (file.skipped) notes.push(count(file.skipped, "antwoord", "antwoorden") + " in het bestand " +
    (file.skipped === 1 ? "was" : "waren") + " beschadigd en " + (file.skipped === 1 ? "is" : "zijn") + " overgeslagen.");
  if (file.duplicates) notes.push(count(file.duplicates, "antwoord stond", "antwoorden stonden") + " dubbel in het bestand; we nemen het nieuwste.");
  if (file.tooMany) notes.push("Het bestand heeft meer dan " + number(LIMITS.answers) + " antwoorden. We lezen alleen de eerste " +
    number(LIMITS.answers) + "; de andere " + number(file.tooMany) + " slaan we over.");
  return notes;
}

function planSummary(counts) {
  var parts = [count(counts.nieuw, "nieuw", "nieuw"), counts["vervangt-ouder"] + " bijgewerkt", counts.bewaard + " al bekend"];
  if (counts["vervangt-nieuwer"]) parts.push(count(counts["vervangt-nieuwer"], "antwoord met een datum in de toekomst", "antwoorden met een datum in de toekomst") + " vervangen");
  var text = parts.join(", ") + ".";
  if (counts.verdacht) text += " " + count(counts.verdacht, "antwoord", "antwoorden") + " in het bestand " +
    (counts.verdacht === 1 ? "heeft" : "hebben") + " een datum in de toekomst. Zo'n antwoord vervangt niets wat hier al staat.";
  if (counts["te-veel"]) text += " " + count(counts["te-veel"], "antwoord past", "antwoorden passen") + " niet meer: er passen " +
    number(LIMITS.answers) + " antwoorden en " + number(LIMITS.totalChars) + " tekens in je schrift, en " + LIMITS.unknown +
    " antwoorden bij vragen die niet op deze site staan.";
  return text;
}

export default { FORMAT: FORMAT, LIMITS: LIMITS, empty: empty, read: read, clean: clean, set: set, list: list, plan: plan,
         merge: merge, toFile: toFile, fromFile: fromFile, fileNotes: fileNotes, planSummary: planSummary,
         version: version, count: count, squash: squash, suspect: suspect };
