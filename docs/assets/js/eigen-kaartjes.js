/* Eigen kaartjes: the editor. A team types cards; each card's preview is a copy of the site's own card
   template, filled with textContent. The deck is saved in the browser as you type, and kept in the
   address too (after '#', which never reaches a server), so a reload or a shared link restores it.
   One card's editor is in eigen-kaartjes-kaart.js; sharing, printing and the file in eigen-kaartjes-delen.js;
   the logic without DOM in eigen-kaartjes-model.js. */
// @ts-nocheck: the maker's methods are spread over three files and joined on Maker.prototype, which tsc
// cannot follow; the next step is one class per part, with the maker passed in (issue 24).
import * as lv from "./lv/core.js";
import storageApi, { local } from "./lv/storage.js";
import jsyaml from "../vendor/js-yaml-5.5.0.min.js";
import ek from "./eigen-kaartjes-model.js";
import link from "./eigen-kaartjes-link.js";
import opslag from "./eigen-kaartjes-opslag.js";
import cards from "./eigen-kaartjes-kaart.js";
import reserve from "./eigen-kaartjes-reserve.js";
import sharing from "./eigen-kaartjes-delen.js";

function Maker(root, data) {
  var dom = lv.dom;
  this.root = root;
  this.data = data;
  this.model = ek.create({ kinds: data.design.kinds, phases: data.phases, defaultPhases: data.defaultPhases,
                           limits: data.limits, modules: data.modules });
  this.link = link;
  this.store = opslag.create(local, function () { return window.localStorage; }, this.model.cleanDeck);
  this.keys = { draft: opslag.KEY, backups: opslag.BACKUP_KEY };
  this.dom = dom;
  this.list = root.querySelector("[data-lv-ek-cards]");
  this.status = root.querySelector("[data-lv-ek-status]");
  this.deck = this.model.emptyDeck();
  this.uid = 0;
  this.listeners = [];
  // What this tab last saw in storage (a write expects to find it there), the backups that storage
  // refused, and the questions still open: another tab's save, a second link.
  this.seen = null;
  this.memoryBackups = [];
  this.conflict = false;
  this.linkPending = null;
  this.frozen = "";
  this.writeFailed = false;
  this.undoAction = null;
}

// ------------------------------------------------------------------ loading and saving

Maker.prototype.start = function () {
  var draft = this.store.readDraft(), opened = null;
  this.seen = draft.seen;
  // A draft from a newer site is left alone: this tab then works without saving, and says so.
  if (draft.state === "nieuwer") this.frozen = draft.message;
  this.deck = draft.deck || this.model.emptyDeck();
  try {
    var payload = this.link.fromHash(window.location.hash);
    if (payload !== null) opened = this.model.readLink(payload);
  } catch (error) {
    // A broken link never replaces the draft; the message says what happened and what to do.
    this.alert(error.message);
  }
  if (opened && JSON.stringify(opened.deck) !== JSON.stringify(this.deck)) {
    var why = "Je opende een link met kaartjes. Je eigen kaartjes van eerder zijn niet weg.";
    var kept = this.backupCurrent(why);
    if (kept.ok) {
      if (kept.entry) this.showUndo(why, kept.entry);
      this.deck = opened.deck;
      this.notice(opened.notes);
    } else {
      this.askLink(opened, kept.message);
    }
  }
  if (!this.deck.kaarten.length) this.deck.kaarten.push(this.model.newCard("denk"));
  // Where this browser keeps the cards, said plainly: a failing storage, Safari's seven days, or disk.
  var notes = storageApi.notes({ userAgent: navigator.userAgent, protocol: window.location.protocol });
  var note = draft.state === "geblokkeerd" ? draft.message : notes.map(function (item) { return item.message; }).join(" ");
  if (note) this.say(note);
  if (this.frozen) this.storageWarning(this.frozen);
  if (draft.state === "beschadigd") this.notice([draft.message]);
  this.renderBackups();
  this.renderAll();
};

/* Saves the deck, unless a question is open or the stored draft belongs to a newer site. A failing
   storage leaves the typed work on screen, with a message and a button to save it as a file. */
Maker.prototype.save = function (force) {
  if (this.frozen) {
    this.storageWarning(this.frozen);
  } else if (!this.conflict) {
    var result = this.store.writeDraft(this.deck, this.seen, force);
    if (result.conflict) {
      this.conflict = true;
      this.root.querySelector("[data-lv-ek-conflict]").hidden = false;
    } else if (!result.ok) {
      this.writeFailed = true;
      this.storageWarning(result.message + " Wat je typte, blijft op het scherm staan zolang je de pagina open hebt. " +
        "Bewaar je kaartjes als bestand, dan raak je ze niet kwijt.");
      this.say(result.message + " Bewaar je kaartjes als bestand of bewaar de link.");
    } else {
      this.seen = result.seen;
      if (this.writeFailed) this.storageWarning("");
      this.writeFailed = false;
    }
  }
  this.changed();
};

/* Tells the outputs (sheets, link, file; see eigen-kaartjes-delen.js) that the deck changed. */
Maker.prototype.changed = function (now) {
  this.listeners.forEach(function (listener) { listener(now); });
};

[cards, reserve].forEach(function (part) {
  Object.keys(part).forEach(function (name) { Maker.prototype[name] = part[name]; });
});

Maker.prototype.onChange = function (listener) {
  this.listeners.push(listener);
};

Maker.prototype.say = function (text) {
  this.status.textContent = text;
};

Maker.prototype.alert = function (text) {
  var box = this.root.querySelector("[data-lv-ek-alert]");
  box.querySelector("[data-lv-ek-alert-text]").textContent = text;
  box.hidden = false;
};

/* The bar with one way back: a removed card goes back in its place, a replaced set comes back from
   its backup (which keeps the set it replaces in turn). */
Maker.prototype.showUndo = function (text, entry, removed) {
  this.undoAction = entry ? { entry: entry } : removed ? { removed: removed } : null;
  var bar = this.root.querySelector("[data-lv-ek-undo]");
  bar.querySelector("[data-lv-ek-undo-text]").textContent = text;
  bar.hidden = !this.undoAction;
};

Maker.prototype.undo = function () {
  var action = this.undoAction;
  if (!action) return;
  if (action.entry) {
    var entry = this.backups().filter(function (item) { return item.id === action.entry.id; })[0];
    if (!entry) return this.showUndo("Die set van eerder is er niet meer. Kijk bij Kaartjes van eerder.", null);
    return this.restoreBackup(entry);
  }
  this.deck.kaarten.splice(Math.min(action.removed.index, this.deck.kaarten.length), 0, action.removed.card);
  this.showUndo("", null);
  this.say("Kaartje " + (action.removed.index + 1) + " staat terug.");
  this.renderAll();
  this.save();
};

/* Replaces the deck after keeping the current one as a backup; false (with a message) if it cannot be kept. */
Maker.prototype.replaceDeck = function (deck, why) {
  var kept = this.backupCurrent(why);
  if (!kept.ok) {
    this.notice([kept.message]);
    return false;
  }
  this.showUndo(why, kept.entry);
  this.deck = deck;
  this.renderAll();
  this.save();
  return true;
};

Maker.prototype.downloadDeck = function (deck) {
  var name = "kaartjes-" + (this.model.slug(deck.titel, 40) || "eigen") + ".yml";
  lv.dom.download(name, "text/yaml", this.model.toYaml(deck, this.data.siteName, jsyaml.dump));
  this.say("Je kaartjes staan in je downloads: " + name + ".");
};

// ------------------------------------------------------------------ the cards

Maker.prototype.renderAll = function () {
  var self = this;
  ["titel", "moment", "module"].forEach(function (field) {
    var input = self.root.querySelector("[data-lv-ek-deck=" + field + "]");
    input.value = self.deck[field] || (field === "module" ? self.data.modules[0].id : "");
  });
  this.list.textContent = "";
  this.deck.kaarten.forEach(function (card, index) { self.list.appendChild(self.editor(card, index)); });
  this.refresh();
  // A new deck (loaded, opened, imported) is printable at once; typing waits for a pause.
  this.changed(true);
};

/* "Begin met de kaartjes van module N": the site's deck is added, to adapt. */
Maker.prototype.copyDeck = function (deckId) {
  var source = this.data.decks.filter(function (deck) { return deck.id === deckId; })[0];
  if (!source) return;
  var copy = this.model.cleanDeck(source);
  var empty = this.deck.kaarten.filter(function (card) { return card.titel.trim() || card.tekst.trim(); }).length === 0;
  if (empty) this.deck.kaarten = [];
  if (!this.deck.titel.trim()) this.deck.titel = source.titel + " (eigen versie)";
  if (!this.deck.module) this.deck.module = source.module;
  this.deck.kaarten = this.deck.kaarten.concat(copy.kaarten);
  this.renderAll();
  this.save();
  this.say(this.model.plural(copy.kaarten.length, "kaartje", "kaartjes") + " van " + source.label + " staan erbij. Pas ze aan zoals jullie willen.");
};

Maker.prototype.wire = function () {
  var self = this, root = this.root;
  ["titel", "moment", "module"].forEach(function (field) {
    var input = root.querySelector("[data-lv-ek-deck=" + field + "]");
    input.addEventListener(field === "module" ? "change" : "input", function () {
      self.deck[field] = input.value;
      if (field === "titel") self.refresh();
      self.save();
    });
  });
  var start = root.querySelector("[data-lv-ek-start]");
  this.data.decks.forEach(function (deck) {
    start.appendChild(self.dom.el("option", { value: deck.id }, deck.label + " (" + self.model.plural(deck.kaarten.length, "kaartje", "kaartjes") + ")"));
  });
  // A deck's own page links here with ?van=<set>, so that set is already chosen.
  var from = new URLSearchParams(window.location.search).get("van");
  if (from && this.data.decks.some(function (deck) { return deck.id === from; })) start.value = from;
  var modules = root.querySelector("[data-lv-ek-deck=module]");
  this.data.modules.forEach(function (module) {
    modules.appendChild(self.dom.el("option", { value: module.id }, "Module " + module.nummer + ": " + module.titel));
  });
  root.querySelectorAll("[data-lv-ek-add]").forEach(function (button) {
    button.addEventListener("click", function () { self.add(button.getAttribute("data-lv-ek-add")); });
  });
  root.querySelector("[data-lv-ek-action=copy-deck]").addEventListener("click", function () { self.copyDeck(start.value); });
  var actions = { undo: function () { self.undo(); }, "take-theirs": function () { self.resolveConflict(true); },
                  "keep-mine": function () { self.resolveConflict(false); }, "open-link": function () { self.answerLink(true); },
                  "keep-link": function () { self.answerLink(false); } };
  Object.keys(actions).forEach(function (name) {
    root.querySelector("[data-lv-ek-action=" + name + "]").addEventListener("click", actions[name]);
  });
  window.addEventListener("storage", function (event) { self.onStorage(event); });
  window.addEventListener("hashchange", function () { self.onHashChange(); });
};

/* Starts the maker through lv.start, so damaged data or a bug shows a Dutch notice, never a blank page. */
function init() {
  var root = document.querySelector("[data-lv-ek]");
  if (!root || root.getAttribute("data-lv-ek-ready")) return;
  root.setAttribute("data-lv-ek-ready", "1");
  lv.start(root, function () {
    var maker = new Maker(root, lv.readJson("lv-data", true));
    maker.wire();
    sharing.attach(maker);
    maker.start();
    root.hidden = false;
  });
}

lv.onPage(init);
