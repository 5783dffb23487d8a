/* Eigen kaartjes: the maker. A team types cards; the deck is saved in the browser as you type, and
   kept in the address too (after '#', which never reaches a server), so a reload or a shared link
   restores it. The Maker holds the state (the deck, what storage last held, the open questions) and
   is made of three parts, each a class that gets the maker passed in:
   - CardList (eigen-kaartjes-kaart.js): the cards in the editor, with their previews;
   - Reserve (eigen-kaartjes-reserve.js): the sets of eerder, another tab, a second link;
   - Outputs (eigen-kaartjes-delen.js): sheets, link, QR code and file, drawn when typing pauses.
   The logic without DOM is in eigen-kaartjes-model.js; the buttons are wired in eigen-kaartjes-wire.js. */
import * as lv from "./lv/core.js";
import storageApi, { local } from "./lv/storage.js";
import jsyaml from "../vendor/js-yaml-5.5.0.min.js";
import ek from "./eigen-kaartjes-model.js";
import link from "./eigen-kaartjes-link.js";
import opslag from "./eigen-kaartjes-opslag.js";
import { CardList } from "./eigen-kaartjes-kaart.js";
import { Reserve } from "./eigen-kaartjes-reserve.js";
import { Outputs } from "./eigen-kaartjes-delen.js";
import { wire } from "./eigen-kaartjes-wire.js";

/** @typedef {{soort: string, titel: string, tekst: string, fasen: string[]}} Card */
/** @typedef {{titel: string, moment: string, module: string, kaarten: Card[]}} Deck */

export class Maker {
  /** @param {HTMLElement} root @param {any} data the page's JSON island (macros/own_cards.py) */
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.model = ek.create({ kinds: data.design.kinds, phases: data.phases, defaultPhases: data.defaultPhases,
                             limits: data.limits, modules: data.modules });
    this.link = link;
    this.store = opslag.create(local, function () { return window.localStorage; }, this.model.cleanDeck);
    this.keys = { draft: opslag.KEY, backups: opslag.BACKUP_KEY };
    this.dom = lv.dom;
    /** @type {HTMLElement} */
    this.status = root.querySelector("[data-lv-ek-status]");
    /** @type {Deck} */
    this.deck = this.model.emptyDeck();
    this.uid = 0;
    // What this tab last saw in storage (a write expects to find it there), and the questions still
    // open: another tab's save, a second link. frozen: a newer site's draft, never written over.
    /** @type {string|null} */
    this.seen = null;
    this.conflict = false;
    /** @type {{deck: Deck, notes: string[]}|null} */
    this.linkPending = null;
    this.frozen = "";
    this.writeFailed = false;
    /** @type {{id: string}|null} */
    this.undoEntry = null;
    this.canShare = false;
    this.cards = new CardList(this);
    this.reserve = new Reserve(this);
    this.outputs = new Outputs(this);
  }

  /** @param {string} selector @returns {HTMLElement} a part of the maker's markup (own_cards.html) */
  box(selector) {
    return this.root.querySelector(selector);
  }

  // ---------------------------------------------------------------- loading and saving

  start() {
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
      var kept = this.reserve.backupCurrent(why);
      if (kept.ok) {
        if (kept.entry) this.showUndo(why, kept.entry);
        this.deck = opened.deck;
        this.notice(opened.notes);
      } else {
        this.reserve.askLink(opened, kept.message);
      }
    }
    if (!this.deck.kaarten.length) this.deck.kaarten.push(this.model.newCard("denk"));
    // Where this browser keeps the cards, said plainly: a failing storage, Safari's seven days, or disk.
    var notes = storageApi.notes({ userAgent: navigator.userAgent, protocol: window.location.protocol });
    var note = draft.state === "geblokkeerd" ? draft.message : notes.map(function (item) { return item.message; }).join(" ");
    if (note) this.say(note);
    if (this.frozen) this.storageWarning(this.frozen);
    if (draft.state === "beschadigd") this.notice([draft.message]);
    this.reserve.renderBackups();
    this.renderAll();
  }

  /* Saves the deck, unless a question is open or the stored draft belongs to a newer site. A failing
     storage leaves the typed work on screen, with a message and a button to save it as a file.
     Returns whether the browser now holds the deck. */
  save(force) {
    var saved = false;
    if (this.frozen) {
      this.storageWarning(this.frozen);
    } else if (!this.conflict) {
      var result = this.store.writeDraft(this.deck, this.seen, force);
      if (result.conflict) {
        this.conflict = true;
        this.box("[data-lv-ek-conflict]").hidden = false;
      } else if (!result.ok) {
        this.writeFailed = true;
        this.storageWarning(result.message + " Wat je typte, blijft op het scherm staan zolang je de pagina open hebt. " +
          "Bewaar je kaartjes als bestand, dan raak je ze niet kwijt.");
        this.say(result.message + " Bewaar je kaartjes als bestand of bewaar de link.");
      } else {
        this.seen = result.seen;
        if (this.writeFailed) this.storageWarning("");
        this.writeFailed = false;
        saved = true;
      }
    }
    return saved;
  }

  /* After an edit: save, and let the outputs catch up when typing pauses. */
  edited() {
    this.outputs.changed(false, this.save());
  }

  /* After a whole new deck (loaded, opened, imported): every card drawn again, the outputs at once. */
  renderAll() {
    var self = this;
    ["titel", "moment", "module"].forEach(function (field) {
      var input = /** @type {HTMLInputElement} */ (self.box("[data-lv-ek-deck=" + field + "]"));
      input.value = self.deck[field] || (field === "module" ? self.data.modules[0].id : "");
    });
    this.cards.render();
    this.outputs.changed(true, false);
  }

  // ---------------------------------------------------------------- what the user must know

  say(text) {
    this.status.textContent = text;
  }

  alert(text) {
    var box = this.box("[data-lv-ek-alert]");
    box.querySelector("[data-lv-ek-alert-text]").textContent = text;
    box.hidden = false;
    this.show(box);
  }

  /* A box that appeared because of something outside the page (a link, another tab) is brought into view. */
  show(box) {
    if (typeof box.scrollIntoView === "function") box.scrollIntoView({ block: "start" });
    box.focus({ preventScroll: true });
  }

  storageWarning(text) {
    this.box("[data-lv-ek-storage-text]").textContent = text || "";
    this.box("[data-lv-ek-storage]").hidden = !text;
  }

  notice(texts) {
    this.box("[data-lv-ek-notice-text]").textContent = (texts || []).join(" ");
    this.box("[data-lv-ek-notice]").hidden = !(texts && texts.length);
  }

  /* The bar with one way back after a replaced set: it comes back from its backup (which keeps the set
     it replaces in turn). A removed card has its own way back, where it stood (eigen-kaartjes-kaart.js). */
  showUndo(text, entry) {
    this.undoEntry = entry || null;
    var bar = this.box("[data-lv-ek-undo]");
    bar.querySelector("[data-lv-ek-undo-text]").textContent = text;
    bar.hidden = !this.undoEntry;
  }

  undo() {
    var wanted = this.undoEntry;
    if (!wanted) return;
    var entry = this.reserve.backups().filter(function (item) { return item.id === wanted.id; })[0];
    if (!entry) return this.showUndo("Die set van eerder is er niet meer. Kijk bij Kaartjes van eerder.", null);
    this.reserve.restoreBackup(entry);
  }

  /* Replaces the deck after keeping the current one as a backup; false (with a message) if it cannot be kept. */
  replaceDeck(deck, why) {
    var kept = this.reserve.backupCurrent(why);
    if (!kept.ok) {
      this.notice([kept.message]);
      return false;
    }
    this.showUndo(why, kept.entry);
    this.deck = deck;
    this.renderAll();
    this.save();
    return true;
  }

  downloadDeck(deck) {
    var name = "kaartjes-" + (this.model.slug(deck.titel, 40) || "eigen") + ".yml";
    lv.dom.download(name, "text/yaml", this.model.toYaml(deck, this.data.siteName, jsyaml.dump));
    this.say("Je kaartjes staan in je downloads: " + name + ".");
  }

  deckTitle() {
    return this.deck.titel.trim() || "Eigen kaartjes";
  }

  /* "Neem deze kaartjes over": the site's deck is added, to adapt. */
  copyDeck(deckId) {
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
    this.say(this.model.plural(copy.kaarten.length, "kaartje", "kaartjes") + " van " + source.label +
      " staan erbij. Pas ze aan zoals jullie willen.");
  }
}

/* Starts the maker through lv.start, so damaged data or a bug shows a Dutch notice, never a blank page. */
function init() {
  var root = /** @type {HTMLElement} */ (document.querySelector("[data-lv-ek]"));
  if (!root || root.getAttribute("data-lv-ek-ready")) return;
  root.setAttribute("data-lv-ek-ready", "1");
  lv.start(root, function () {
    var maker = new Maker(root, lv.readJson("lv-data", true));
    wire(maker);
    maker.start();
    root.hidden = false;
  });
}

lv.onPage(init);
