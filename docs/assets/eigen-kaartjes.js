/* Eigen kaartjes: the editor. A team types cards; each card's preview is a copy of the site's own card
   template, filled with textContent. The deck is saved in the browser as you type, and kept in the
   address too (after '#', which never reaches a server), so a reload or a shared link restores it.
   One card's editor is in eigen-kaartjes-kaart.js; sharing, printing and the file in eigen-kaartjes-delen.js;
   the logic without DOM in eigen-kaartjes-model.js. */
(function () {
  "use strict";

  var STORE_KEY = "lv-eigen-kaartjes";
  var HASH = "#set=";

  function Maker(root, data) {
    var ek = window.lv.eigenKaartjes, dom = window.lv.dom;
    this.root = root;
    this.data = data;
    this.model = ek.create({ kinds: data.design.kinds, phases: data.phases, defaultPhases: data.defaultPhases,
                             limits: data.limits, modules: data.modules });
    this.dom = dom;
    this.list = root.querySelector("[data-lv-ek-cards]");
    this.status = root.querySelector("[data-lv-ek-status]");
    this.deck = this.model.emptyDeck();
    this.backup = null;
    this.uid = 0;
    this.listeners = [];
  }

  // ------------------------------------------------------------------ loading and saving

  Maker.prototype.start = function () {
    var stored = window.lv.storage.read(STORE_KEY);
    var draft = stored.ok && stored.value ? this.model.cleanDeck(stored.value) : null;
    var hash = window.location.hash;
    this.deck = draft || this.model.emptyDeck();
    if (hash.indexOf(HASH) === 0) {
      try {
        var linked = this.model.decode(decodeURIComponent(hash.slice(HASH.length)));
        if (draft && draft.kaarten.length && JSON.stringify(draft) !== JSON.stringify(linked)) {
          this.keepBackup("Je opende een link met kaartjes. Je eigen kaartjes van eerder zijn niet weg.");
        }
        this.deck = linked;
      } catch (error) {
        // A broken link never replaces the draft; the message says what happened and what to do.
        this.alert(error.message);
      }
    }
    if (!this.deck.kaarten.length) this.deck.kaarten.push(this.model.newCard("denk"));
    // Where this browser keeps the cards, said plainly: a failing storage, Safari's seven days, or disk.
    var notes = window.lv.storage.notes({ userAgent: navigator.userAgent, protocol: window.location.protocol });
    var note = stored.ok ? notes.map(function (item) { return item.message; }).join(" ") : stored.message;
    if (note) this.say(note);
    this.renderAll();
  };

  Maker.prototype.save = function () {
    var result = window.lv.storage.write(STORE_KEY, this.deck);
    if (!result.ok) this.say(result.message + " Bewaar je kaartjes als bestand of bewaar de link.");
    this.changed();
  };

  /* Tells the outputs (sheets, link, file; see eigen-kaartjes-delen.js) that the deck changed. */
  Maker.prototype.changed = function (now) {
    this.listeners.forEach(function (listener) { listener(now); });
  };

  Object.keys(window.lv.eigenKaartjesKaart).forEach(function (name) {
    Maker.prototype[name] = window.lv.eigenKaartjesKaart[name];
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

  /* Before anything replaces or removes cards, the old deck stays one click away. */
  Maker.prototype.keepBackup = function (text) {
    this.backup = JSON.parse(JSON.stringify(this.deck));
    var bar = this.root.querySelector("[data-lv-ek-undo]");
    bar.querySelector("[data-lv-ek-undo-text]").textContent = text;
    bar.hidden = false;
  };

  Maker.prototype.undo = function () {
    if (!this.backup) return;
    var current = this.deck;
    this.deck = this.backup;
    this.backup = current;
    this.root.querySelector("[data-lv-ek-undo-text]").textContent = "Je vorige kaartjes staan terug.";
    this.renderAll();
    this.save();
  };

  Maker.prototype.replaceDeck = function (deck, why) {
    this.keepBackup(why);
    this.deck = deck;
    this.renderAll();
    this.save();
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
    this.say(copy.kaarten.length + " kaartjes van " + source.label + " staan erbij. Pas ze aan zoals jullie willen.");
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
      start.appendChild(self.dom.el("option", { value: deck.id }, deck.label + " (" + deck.kaarten.length + " kaartjes)"));
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
    root.querySelector("[data-lv-ek-action=undo]").addEventListener("click", function () { self.undo(); });
  };

  function init() {
    var root = document.querySelector("[data-lv-ek]"), data = window.lv.readJson("lv-data");
    if (!root || !data || root.getAttribute("data-lv-ek-ready")) return;
    root.setAttribute("data-lv-ek-ready", "1");
    var maker = new Maker(root, data);
    maker.wire();
    window.lv.eigenKaartjesDelen.attach(maker);
    maker.start();
    root.hidden = false;
    window.lv.eigenKaartjesMaker = maker;
  }

  window.lv.onPage(init);

  window.lv = window.lv || {};
  window.lv.eigenKaartjesHash = HASH;
})();
