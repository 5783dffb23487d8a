/* Mijn antwoorden: the notebook page. It lists every answer kept in this browser, grouped by module,
   with the prompt it answered and when it last changed; an answer whose prompt changed or went keeps
   the text it answered. From here answers move: a file to import on another device (previewed and
   undoable, antwoorden-import.js), a readable Markdown version, paper, and "Alles wissen" after a
   confirmation. It says plainly where the answers are and what can make them disappear, and offers
   stored data it could not read (kept aside by antwoorden.js) as a file. The logic is in
   antwoorden-model.js and antwoorden-lezen.js. */
import * as lv from "./lv/core.js";
import storageApi, { local } from "./lv/storage.js";
import model from "./antwoorden-model.js";
import lezen from "./antwoorden-lezen.js";
import antwoorden from "./antwoorden.js";
import Importer from "./antwoorden-import.js";

var dom = lv.dom;

function formatDate(iso) {
  return new Date(iso).toLocaleString("nl-NL", { day: "numeric", month: "long", year: "numeric",
                                                  hour: "2-digit", minute: "2-digit" });
}

function stamp() {
  return new Date().toISOString().slice(0, 10);
}

function Notebook(root, data) {
  this.root = root;
  this.data = data;
  this.status = root.querySelector("[data-lv-nb-status]");
  this.importer = new Importer(root, data, this.say.bind(this), this.render.bind(this));
}

Notebook.prototype.load = function () {
  return antwoorden.load();
};

/* Data the page could not read: the copies kept aside, and the stored data itself when even a copy
   did not fit (then writing is blocked until the reader has it as a file). */
Notebook.prototype.oldData = function () {
  var copies = local.asideCopies(antwoorden.KEY), raw = local.readRaw(antwoorden.KEY);
  if (this.load().blocked && raw.ok && raw.value !== null) copies.push({ key: antwoorden.KEY, value: raw.value });
  return copies;
};

Notebook.prototype.say = function (text) {
  this.status.textContent = text;
};

/* Where the answers are, and what can make them go: storage that fails, Safari's seven days,
   the offline edition, and whether the browser promised to keep them. */
Notebook.prototype.notes = function (persisted) {
  var lines = [], probe = local.probe();
  lines.push(probe.ok ? "Je antwoorden staan alleen in deze browser, op dit apparaat. Er gaat niets naar een server."
    : "Je antwoorden worden niet bewaard. " + probe.message);
  storageApi.notes({ userAgent: navigator.userAgent, protocol: window.location.protocol })
    .forEach(function (note) { lines.push(note.message); });
  lines.push("Gebruik je een privévenster? Dan wist je browser alles zodra je het venster sluit.");
  if (persisted === "vast") lines.push("Je browser heeft beloofd je antwoorden niet zelf op te ruimen als de schijf vol raakt.");
  if (persisted === "niet-vast") {
    lines.push("Je browser mag je antwoorden opruimen als de schijf vol raakt. Bewaar ze daarom af en toe als bestand.");
  }
  dom.replace(this.root.querySelector("[data-lv-nb-notes]"), lines.map(function (line) { return dom.el("li", {}, line); }));
};

Notebook.prototype.entry = function (entry) {
  var node = dom.cloneFirst("lv-sjabloon-antwoord"), answer = entry.answer;
  dom.text(node, ".lv-notebook__prompt", lezen.prompt(answer));
  var note = node.querySelector(".lv-notebook__note");
  if (entry.state !== "zelfde") {
    note.hidden = false;
    note.textContent = entry.state === "weg"
      ? "Deze vraag staat niet meer op de site. Hierboven staat de vraag zoals je hem beantwoordde."
      : "Deze vraag is veranderd sinds je antwoordde. Hierboven staat de vraag zoals je hem beantwoordde. Nu staat er: " +
        (entry.current.titel ? entry.current.titel + ": " : "") + entry.current.vraag;
  }
  dom.text(node, ".lv-notebook__answer", answer.antwoord);
  dom.text(node, ".lv-notebook__date", (answer.wanneer ? "Afgesproken voor " + lv.formatDate(answer.wanneer) + ". " : "") +
    "Laatst gewijzigd op " + formatDate(answer.gewijzigd) + ".");
  var link = node.querySelector(".lv-notebook__link");
  if (entry.current) link.setAttribute("href", entry.current.url); else link.remove();
  return node;
};

Notebook.prototype.render = function () {
  var self = this, stored = this.load(), groups = lezen.groups(stored.notebook, this.data);
  var count = model.list(stored.notebook).length;
  var counted = count ? "Je hebt " + model.count(count, "antwoord", "antwoorden") + " op dit apparaat."
    : "Je hebt nog geen antwoorden op dit apparaat. Schrijf een antwoord onder een vraag ter overdenking of een denkkaartje.";
  this.root.querySelector("[data-lv-nb-count]").textContent = stored.ok ? counted
    : stored.damaged ? stored.message + " " + counted : stored.message;
  var parts = [];
  groups.forEach(function (group) {
    parts.push(dom.el("h3", { "class": "lv-notebook__module" }, lezen.heading(group)));
    group.entries.forEach(function (entry) { parts.push(self.entry(entry)); });
  });
  dom.replace(this.root.querySelector("[data-lv-nb-list]"), parts);
  this.importer.refresh();
  this.root.querySelector("[data-lv-nb-damaged]").hidden = !this.oldData().length;
  return stored;
};

Notebook.prototype.actions = {
  file: function () {
    dom.download("mijn-antwoorden-" + stamp() + ".json", "application/json",
      model.toFile(this.load().notebook, new Date(), this.data.site));
    this.say("Het bestand staat in je downloads. Open het later hier, op dit of een ander apparaat.");
  },
  text: function () {
    // Plain text (.txt): every phone opens it, where many cannot open a .md file.
    dom.download("mijn-antwoorden-" + stamp() + ".txt", "text/plain;charset=utf-8",
      lezen.toText(this.load().notebook, this.data, formatDate));
    this.say("Het tekstbestand (.txt) staat in je downloads. Je opent het met elk programma voor tekst.");
  },
  print: function () { window.print(); },
  import: function () { this.root.querySelector("[data-lv-nb-import]").click(); },
  "import-yes": function () { this.importer.confirm(); },
  "import-no": function () { this.importer.cancel(); this.say("Het bestand is niet ingelezen. Er is niets veranderd."); },
  undo: function () { this.importer.undo(); },
  // Everything kept aside, each copy with its key, as plain text: answers stay readable in it.
  "damaged-file": function () {
    var copies = this.oldData();
    dom.download("mijn-antwoorden-oude-gegevens-" + stamp() + ".txt", "text/plain;charset=utf-8", copies.map(function (copy) {
      return "--- " + copy.key + " ---\n" + copy.value + "\n";
    }).join("\n"));
    this.root.querySelector("[data-lv-nb=damaged-drop]").hidden = false;
    this.say("De oude gegevens staan in je downloads. Je opent het bestand met elk programma voor tekst.");
  },
  // The reader has the file now. Stored data that could not even be set aside is replaced by what
  // could be read, so answers can be kept again.
  "damaged-drop": function () {
    var stored = this.load();
    local.asideCopies(antwoorden.KEY).forEach(function (copy) { local.remove(copy.key); });
    var result = stored.blocked ? antwoorden.store(stored.notebook) : { ok: true };
    this.root.querySelector("[data-lv-nb=damaged-drop]").hidden = true;
    this.render();
    this.say(result.ok ? "De oude gegevens zijn weggegooid. Wat we konden lezen, staat er nog." : "Niet gelukt. " + result.message);
  },
  wipe: function () { this.confirm(true); },
  "wipe-no": function () { this.confirm(false); },
  "wipe-yes": function () {
    // Everything means everything: the copy for undo and data kept aside hold answers too.
    var result = local.remove(antwoorden.KEY);
    if (result.ok) {
      local.remove(this.importer.key());
      local.asideCopies(antwoorden.KEY).forEach(function (copy) { local.remove(copy.key); });
    }
    this.confirm(false);
    this.render();
    this.say(result.ok ? "Alles is gewist. Er staan geen antwoorden meer op dit apparaat." : result.message);
  }
};

Notebook.prototype.confirm = function (show) {
  var box = this.root.querySelector("[data-lv-nb-confirm]"), button = this.root.querySelector("[data-lv-nb=wipe]");
  box.hidden = !show;
  button.setAttribute("aria-expanded", String(show));
  (show ? box.querySelector("[data-lv-nb=wipe-no]") : button).focus();
};

Notebook.prototype.start = function () {
  var self = this;
  this.root.addEventListener("click", function (event) {
    var button = event.target.closest("[data-lv-nb]");
    if (button && self.actions[button.getAttribute("data-lv-nb")]) self.actions[button.getAttribute("data-lv-nb")].call(self);
  });
  var input = this.root.querySelector("[data-lv-nb-import]");
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (!file) return;
    // A file far larger than any notebook is not even read into memory.
    if (file.size > 4 * model.LIMITS.fileChars) { input.value = ""; return self.say("Dit bestand is te groot voor een bestand met antwoorden."); }
    file.text().then(function (text) { self.importer.read(text); input.value = ""; },
                     function () { self.say("Dit bestand kunnen we niet openen."); });
  });
  // Another tab may change the answers; the list follows.
  window.addEventListener("storage", function (event) {
    if (event.key === null || String(event.key).indexOf(antwoorden.KEY) === 0) self.render();
  });
  this.root.hidden = false;
  this.render();
  this.notes(null);
  local.persist().then(function (result) { self.notes(result.state); });
};

// Through lv.start, like every tool: damaged page data shows a Dutch notice instead of a hidden notebook.
lv.onPage(function () {
  var root = document.querySelector("[data-lv-notebook]");
  lv.start(root, function () { new Notebook(root, lv.readJson("lv-data", true)).start(); });
});
