/* Mijn antwoorden: reading in a file of answers, safely. Before anything is written the page shows,
   answer by answer, what the file would add, replace or leave alone, and asks to go ahead; a date in
   the future is named and never wins by itself (antwoorden-model.js, plan). The notebook as it was is
   kept in storage (KEY + "-ongedaan") until the next import, so "Ongedaan maken" can bring it back,
   also after a reload. Loaded on the notebook page only, before antwoorden-schrift.js uses it. */
import { KEYS } from "./lv/keys.js";
import * as lv from "./lv/core.js";
import { local } from "./lv/storage.js";
import model from "./antwoorden-model.js";
import lezen from "./antwoorden-lezen.js";
import antwoorden from "./antwoorden.js";

var dom = lv.dom;
var ACTIONS = {
  nieuw: "Nieuw:",
  "vervangt-ouder": "Vervangt je oudere antwoord:",
  "vervangt-nieuwer": "Vervangt een antwoord met een datum in de toekomst:",
  bewaard: "Blijft zoals het is:",
  "te-veel": "Past niet meer, wordt overgeslagen:"
};

function snippet(text) {
  var flat = model.squash(text);
  return flat.length > 80 ? flat.slice(0, 79) + "…" : flat;
}

/* root is the notebook's element; data the page's JSON (modules, items); say(text) the status line;
   done() redraws the list after a change. */
function Importer(root, data, say, done) {
  this.root = root;
  this.say = say;
  this.done = done;
  this.items = new Map();
  var items = this.items;
  data.items.forEach(function (item) { items.set(item.id, item); });
  this.pending = null;
  this.preview = root.querySelector("[data-lv-nb-preview]");
}

Importer.prototype.key = function () {
  return KEYS.answersUndo;
};

Importer.prototype.row = function (entry) {
  var node = dom.cloneFirst("lv-sjabloon-verandering"), answer = entry.answer;
  var site = this.items.get(answer.id);
  var why = entry.action === "bewaard" ? (entry.suspect ? " (het bestand heeft hier een datum in de toekomst)"
    : " (het bestand heeft hier hetzelfde of een ouder antwoord)") : entry.suspect ? " (de datum in het bestand ligt in de toekomst; we gebruiken die van vandaag)" : "";
  dom.text(node, ".lv-notebook__action", ACTIONS[entry.action]);
  dom.text(node, ".lv-notebook__what", lezen.prompt(site || answer) + " – “" + snippet(answer.antwoord) + "”" + why);
  node.setAttribute("data-lv-actie", entry.action);
  return node;
};

/* The plan for a file's answers against what is stored now, or a Dutch reason why not. */
Importer.prototype.plan = function (file) {
  var stored = antwoorden.load(), items = this.items;
  if (!stored.ok && !stored.damaged) return { error: "Het bestand is niet ingelezen. " + stored.message };
  if (stored.blocked) return { error: "Het bestand is niet ingelezen. " + stored.message };
  var plan = model.plan(stored.notebook, file.answers, new Date(), function (id) { return items.has(id); });
  plan.raw = local.readRaw(antwoorden.KEY).value;
  return plan;
};

Importer.prototype.read = function (text) {
  var file;
  this.cancel();
  try { file = model.fromFile(text); } catch (error) { return this.say(error.message); }
  this.show(file);
};

Importer.prototype.show = function (file) {
  var plan = this.plan(file);
  if (plan.error) return this.say(plan.error);
  var notes = model.fileNotes(file), changes = plan.entries.filter(function (e) { return /^(nieuw|vervangt)/.test(e.action); });
  if (!changes.length) {
    return this.say(["Dit bestand verandert niets: " + model.planSummary(plan.counts)].concat(notes).join(" "));
  }
  this.pending = { file: file, plan: plan };
  this.root.querySelector("[data-lv-nb-summary]").textContent =
    ["Als je dit bestand inleest: " + model.planSummary(plan.counts)].concat(notes).join(" ");
  var self = this, order = ["vervangt-nieuwer", "vervangt-ouder", "nieuw", "te-veel", "bewaard"];
  var rows = plan.entries.slice().sort(function (a, b) { return order.indexOf(a.action) - order.indexOf(b.action); });
  dom.replace(this.root.querySelector("[data-lv-nb-changes]"), rows.map(function (entry) { return self.row(entry); }));
  this.preview.hidden = false;
  this.say("Kijk hieronder wat dit bestand verandert, en kies of je het inleest.");
  this.preview.querySelector("#lv-nb-voorbeeld").focus();
};

Importer.prototype.cancel = function () {
  this.pending = null;
  this.preview.hidden = true;
};

/* Writes the confirmed plan, with the notebook as it was kept first; when another tab changed the
   answers since the preview, the preview is made again instead. */
Importer.prototype.confirm = function () {
  var pending = this.pending;
  if (!pending) return;
  var plan = this.plan(pending.file);
  if (plan.error) { this.cancel(); return this.say(plan.error); }
  if (plan.raw !== pending.plan.raw) {
    this.show(pending.file);
    return this.say("Intussen zijn je antwoorden in een ander venster veranderd. Kijk nog eens wat het bestand nu verandert.");
  }
  var changes = plan.entries.filter(function (e) { return /^(nieuw|vervangt)/.test(e.action); })
    .map(function (e) { return { id: e.answer.id, voor: e.current, na: e.answer }; });
  var kept = local.write(this.key(), { gemaakt: new Date().toISOString(), wijzigingen: changes });
  if (!kept.ok) { this.cancel(); return this.say("Het bestand is niet ingelezen, want er is geen plek om het ongedaan te kunnen maken. " + kept.message); }
  var result = local.write(antwoorden.KEY, plan.notebook);
  if (!result.ok) { this.cancel(); return this.say("Het bestand is niet ingelezen. Er is niets veranderd. " + result.message); }
  this.cancel();
  this.done();
  this.say(["Bestand ingelezen: " + model.planSummary(plan.counts)].concat(model.fileNotes(pending.file)).join(" "));
  this.root.querySelector("[data-lv-nb=undo]").focus();
};

/* Puts back what the last import changed, answer by answer. An answer that was changed again after
   reading the file (here or in another tab) is newer work and stays as it is. */
Importer.prototype.undo = function () {
  var copy = local.read(this.key()), value = copy.ok && copy.value;
  if (!value || !Array.isArray(value.wijzigingen)) return this.say("Er is geen import om ongedaan te maken.");
  var current = antwoorden.load();
  if (!current.ok && !current.damaged || current.blocked) return this.say("Niet ongedaan gemaakt. " + current.message);
  var answers = Object.assign(Object.create(null), current.notebook.antwoorden), back = 0, newer = 0;
  value.wijzigingen.forEach(function (change) {
    var now = change && typeof change.id === "string" ? answers[change.id] : null;
    if (!now || !change.na || now.gewijzigd !== change.na.gewijzigd || now.antwoord !== change.na.antwoord) { newer += 1; return; }
    var old = Object.create(null);
    old[change.id] = change.voor;
    var before = change.voor ? model.read({ antwoorden: old }).notebook.antwoorden[change.id] : null;
    if (before) answers[change.id] = before; else delete answers[change.id];
    back += 1;
  });
  var result = antwoorden.store({ formaat: model.FORMAT, antwoorden: answers });
  if (!result.ok) return this.say("Niet ongedaan gemaakt. " + result.message);
  local.remove(this.key());
  this.done();
  this.say("De laatste import is ongedaan gemaakt: " + model.count(back, "antwoord staat", "antwoorden staan") + " weer zoals ervoor." +
    (newer ? " " + model.count(newer, "antwoord heb", "antwoorden heb") + " je na de import nog veranderd. Dat blijft zoals het nu is." : ""));
};

/* Shows "Ongedaan maken" while a copy from before the last import is kept. */
Importer.prototype.refresh = function () {
  var copy = local.read(this.key()), value = copy.ok && copy.value, box = this.root.querySelector("[data-lv-nb-undo]");
  var when = value && typeof value.gemaakt === "string" && !isNaN(Date.parse(value.gemaakt)) ? new Date(value.gemaakt) : null;
  box.hidden = !value;
  this.root.querySelector("[data-lv-nb-undo-text]").textContent = when
    ? "Je las op " + when.toLocaleString("nl-NL", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }) +
      " een bestand in. Wil je dat terugdraaien?" : "Wil je de laatste import terugdraaien?";
};

export default Importer;
