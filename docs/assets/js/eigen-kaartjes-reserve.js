/* Eigen kaartjes: nothing is replaced without a way back. The sets a link, a file or another tab
   replaced stay in the browser's storage (eigen-kaartjes-opslag.js) and in a list on the page, until
   the user puts one back or dismisses it. Another tab's save and a second link pasted into the
   address become a question, never a silent overwrite. The markup it fills is in own_cards.html. */

/** @typedef {import("./eigen-kaartjes.js").Deck} Deck */
/** @typedef {{id: string, waarom: string, wanneer: string, deck: Deck}} Backup */

var OPENED = "Je opende een link met kaartjes. Je eigen kaartjes van eerder zijn niet weg.";

export class Reserve {
  /** @param {import("./eigen-kaartjes.js").Maker} maker */
  constructor(maker) {
    this.maker = maker;
    // Backups that storage refused: they stay in this tab's memory, in the list, with a file button.
    /** @type {Backup[]} */
    this.memoryBackups = [];
  }

  // ---------------------------------------------------------------- backups

  /* Keeps the current deck before something replaces it; only a full list refuses (ok: false). */
  backupCurrent(why) {
    return this.keepAside(this.maker.deck, why);
  }

  /** @param {Deck} deck @param {string} why @returns {{ok: boolean, entry?: Backup|null, message?: string}} */
  keepAside(deck, why) {
    var maker = this.maker, result = maker.store.addBackup(JSON.parse(JSON.stringify(deck)), why);
    if (!result.ok && !result.full) {
      var entry = result.entry || { id: "geheugen-" + (maker.uid += 1), waarom: why, wanneer: new Date().toISOString(),
                                    deck: JSON.parse(JSON.stringify(deck)) };
      this.memoryBackups.push(entry);
      maker.storageWarning(result.message + " De kaartjes van eerder staan hieronder; bewaar ze als bestand.");
      result = { ok: true, entry: entry };
    }
    this.renderBackups();
    return result;
  }

  /** @returns {Backup[]} */
  backups() {
    return this.maker.store.list().concat(this.memoryBackups);
  }

  renderBackups() {
    var self = this, maker = this.maker, list = maker.box("[data-lv-ek-backup-list]"), items = this.backups();
    list.textContent = "";
    items.forEach(function (entry) {
      var item = maker.dom.cloneFirst("lv-ek-reserve");
      var when = entry.wanneer ? new Date(entry.wanneer) : null;
      var time = when && !isNaN(when.getTime()) ? " Bewaard op " +
        when.toLocaleString("nl-NL", { dateStyle: "short", timeStyle: "short" }) + "." : "";
      item.querySelector("[data-ek-backup=text]").textContent = (entry.deck.titel.trim() || "Eigen kaartjes") + ", " +
        maker.model.plural(entry.deck.kaarten.length, "kaartje", "kaartjes") + ". " + entry.waarom + time;
      item.querySelectorAll("button").forEach(function (button) {
        var action = button.getAttribute("data-ek-backup");
        button.setAttribute("aria-label", button.textContent + ": " + (entry.deck.titel.trim() || "Eigen kaartjes"));
        button.addEventListener("click", function () { self.backupAction(action, entry.id); });
      });
      list.appendChild(item);
    });
    maker.box("[data-lv-ek-backups]").hidden = !items.length;
  }

  backupAction(action, id) {
    var entry = this.backups().filter(function (item) { return item.id === id; })[0];
    if (!entry) return this.renderBackups();
    if (action === "file") return this.maker.downloadDeck(entry.deck);
    if (action === "restore") return this.restoreBackup(entry);
    this.dropBackup(id);
    this.maker.say("Je hebt de set van eerder weggehaald.");
  }

  dropBackup(id) {
    var before = this.memoryBackups.length;
    this.memoryBackups = this.memoryBackups.filter(function (item) { return item.id !== id; });
    if (this.memoryBackups.length === before) this.maker.store.removeBackup(id);
    this.renderBackups();
  }

  /* Puts a backup back; the deck it replaces becomes a backup itself, so this too can be undone. */
  restoreBackup(entry) {
    var maker = this.maker, kept = this.backupCurrent("Deze kaartjes stonden er voordat je een set van eerder terugzette.");
    if (!kept.ok) return maker.notice([kept.message]);
    this.dropBackup(entry.id);
    maker.deck = entry.deck;
    maker.showUndo("Je kaartjes van eerder staan terug.", kept.entry);
    maker.renderAll();
    maker.save();
  }

  // ---------------------------------------------------------------- another tab

  /** @param {StorageEvent} event */
  onStorage(event) {
    var maker = this.maker;
    if (event.key === maker.keys.backups) return this.renderBackups();
    if (event.key !== maker.keys.draft) return;
    var news = maker.store.otherTab(event.newValue, maker.seen, maker.deck);
    if (news.kind === "gelijk") maker.seen = news.seen;
    if (news.kind === "anders") {
      maker.conflict = true;
      maker.box("[data-lv-ek-conflict]").hidden = false;
    }
  }

  /* The user's choice after another tab saved: the deck not chosen becomes a backup. */
  resolveConflict(takeTheirs) {
    var maker = this.maker, fresh = maker.store.readDraft();
    var theirs = fresh.deck || maker.model.emptyDeck();
    var kept = takeTheirs ? this.backupCurrent("Dit waren de kaartjes in dit tabblad, voordat je die uit het andere tabblad nam.")
      : this.keepAside(theirs, "Dit waren de kaartjes uit het andere tabblad.");
    if (!kept.ok) return maker.notice([kept.message]);
    maker.conflict = false;
    maker.box("[data-lv-ek-conflict]").hidden = true;
    if (takeTheirs) {
      maker.deck = theirs;
      maker.seen = fresh.seen;
      maker.renderAll();
      maker.say("Je ziet nu de kaartjes uit het andere tabblad. Die van dit tabblad staan bij Kaartjes van eerder.");
    } else {
      maker.save(true);
      maker.outputs.changed(true, true);
      maker.say("Je houdt de kaartjes van dit tabblad. Die uit het andere tabblad staan bij Kaartjes van eerder.");
    }
  }

  // ---------------------------------------------------------------- a second link (issue 20, point 15)

  /* A link pasted into the address of an open maker always gets an answer: a damaged link a Dutch
     message (the cards stay), the set that is already open a note that says so, another set a question.
     Until the user answers, the address keeps the new link (Outputs.updateLink leaves it), so an edit
     cannot write the old set over it. */
  onHashChange() {
    var maker = this.maker, payload, result;
    try {
      payload = maker.link.fromHash(window.location.hash);
      if (payload === null) return;
      result = maker.model.readLink(payload);
    } catch (error) {
      this.closeQuestion();
      return maker.alert(error.message + " Je eigen kaartjes blijven staan zoals ze waren.");
    }
    maker.box("[data-lv-ek-alert]").hidden = true;
    if (JSON.stringify(result.deck) === JSON.stringify(maker.deck)) {
      this.closeQuestion();
      maker.notice(["Deze kaartjes staan al open. Je kunt gewoon verdergaan waar je was."]);
      return maker.show(maker.box("[data-lv-ek-notice]"));
    }
    var count = maker.model.plural(result.deck.kaarten.length, "kaartje", "kaartjes");
    this.askLink(result, "Je opende een link met een andere set: " + (result.deck.titel.trim() || "Eigen kaartjes") +
      ", " + count + ". Wat wil je doen? Open je de link, dan bewaren we je huidige kaartjes bij Kaartjes van eerder.");
  }

  askLink(result, text) {
    var maker = this.maker, ask = maker.box("[data-lv-ek-newlink]");
    maker.linkPending = result;
    maker.box("[data-lv-ek-newlink-text]").textContent = text;
    ask.hidden = false;
    maker.show(ask);
  }

  closeQuestion() {
    this.maker.linkPending = null;
    this.maker.box("[data-lv-ek-newlink]").hidden = true;
  }

  /* open: the link's set replaces this one, which becomes a backup; add: its cards come after yours;
     keep: nothing changes, and the address shows your own set again. */
  answerLink(choice) {
    var maker = this.maker, result = maker.linkPending;
    if (!result) return;
    if (choice === "open" && !maker.replaceDeck(result.deck, OPENED)) return;
    this.closeQuestion();
    // The question is gone with the button that had focus; the set's name is the next thing on the page.
    /** @type {HTMLElement} */ (maker.box("[data-lv-ek-deck=titel]")).focus();
    if (choice === "open") {
      maker.notice(result.notes);
      maker.say("Je ziet nu de kaartjes uit de link. Je eigen kaartjes staan bij Kaartjes van eerder.");
    } else if (choice === "add") {
      maker.deck.kaarten = maker.deck.kaarten.concat(result.deck.kaarten);
      maker.renderAll();
      maker.save();
      maker.notice(result.notes);
      maker.say(maker.model.plural(result.deck.kaarten.length, "kaartje", "kaartjes") + " uit de link " + (result.deck.kaarten.length === 1 ? "staat" : "staan") + " nu " +
        "onder je eigen kaartjes.");
    } else {
      // Keeping your own cards puts them back in the address; opening the link wrote its set already.
      maker.outputs.changed(true, false);
      maker.say("Je houdt je eigen kaartjes. De link is niet geopend.");
    }
  }
}
