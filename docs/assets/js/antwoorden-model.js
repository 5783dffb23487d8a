/* Mijn antwoorden: the pure logic of the reflection notebook, without any DOM. The core (an answer,
   the notebook in storage, typing) is antwoorden-kern.js, on every page; this adds what only the notebook
   page does: moving answers between devices in a file, and merging them. Merging keeps the newer answer
   of each id, so importing twice adds nothing, and a date in the future never wins by itself (a wrong
   clock or a crafted file). Runs in the browser and in Node for the tests (tests/js/antwoorden-model.test.mjs). */
import { StateError, message } from "./lv/state.js";
import kern, { FILE_KIND, cleanAnswer, copy } from "./antwoorden-kern.js";

var FORMAT = kern.FORMAT, LIMITS = kern.LIMITS, list = kern.list, version = kern.version, count = kern.count, number = kern.number;

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

export default Object.assign({}, kern, { plan: plan, merge: merge, toFile: toFile, fromFile: fromFile,
         fileNotes: fileNotes, planSummary: planSummary, suspect: suspect });
