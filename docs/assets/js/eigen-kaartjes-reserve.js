/* Eigen kaartjes: nothing is replaced without a way back. The sets a link, a file or another tab
   replaced stay in the browser's storage (eigen-kaartjes-opslag.js) and in a list on the page, until
   the user puts one back or dismisses it. Another tab's save and a second link pasted into the
   address become a question, never a silent overwrite. These methods join the Maker of
   eigen-kaartjes.js; the markup they fill is in own_cards.html. */
// @ts-nocheck: the maker's methods are spread over three files and joined on Maker.prototype, which tsc
// cannot follow; the next step is one class per part, with the maker passed in (issue 24).

var methods = {};

function box(maker, name) {
  return maker.root.querySelector("[data-lv-ek-" + name + "]");
}

// ---------------------------------------------------------------- backups

/* Keeps the current deck before something replaces it. Where storage fails, the backup stays in
   this tab's memory, in the list, with a file button; only a full list refuses (ok: false). */
methods.backupCurrent = function (why) {
  return this.keepAside(this.deck, why);
};

methods.keepAside = function (deck, why) {
  var result = this.store.addBackup(JSON.parse(JSON.stringify(deck)), why);
  if (!result.ok && !result.full) {
    var entry = result.entry || { id: "geheugen-" + (this.uid += 1), waarom: why, wanneer: new Date().toISOString(),
                                  deck: JSON.parse(JSON.stringify(deck)) };
    this.memoryBackups.push(entry);
    this.storageWarning(result.message + " De kaartjes van eerder staan hieronder; bewaar ze als bestand.");
    result = { ok: true, entry: entry };
  }
  this.renderBackups();
  return result;
};

methods.backups = function () {
  return this.store.list().concat(this.memoryBackups);
};

methods.renderBackups = function () {
  var self = this, list = box(this, "backup-list"), items = this.backups(), ek = this.model;
  list.textContent = "";
  items.forEach(function (entry) {
    var item = self.dom.cloneFirst("lv-ek-reserve");
    var when = entry.wanneer ? new Date(entry.wanneer) : null;
    var time = when && !isNaN(when) ? " Bewaard op " + when.toLocaleString("nl-NL", { dateStyle: "short", timeStyle: "short" }) + "." : "";
    item.querySelector("[data-ek-backup=text]").textContent = (entry.deck.titel.trim() || "Eigen kaartjes") + ", " +
      ek.plural(entry.deck.kaarten.length, "kaartje", "kaartjes") + ". " + entry.waarom + time;
    item.querySelectorAll("button").forEach(function (button) {
      var action = button.getAttribute("data-ek-backup");
      button.setAttribute("aria-label", button.textContent + ": " + (entry.deck.titel.trim() || "Eigen kaartjes"));
      button.addEventListener("click", function () { self.backupAction(action, entry.id); });
    });
    list.appendChild(item);
  });
  box(this, "backups").hidden = !items.length;
};

methods.backupAction = function (action, id) {
  var entry = this.backups().filter(function (item) { return item.id === id; })[0];
  if (!entry) return this.renderBackups();
  if (action === "file") return this.downloadDeck(entry.deck);
  if (action === "restore") return this.restoreBackup(entry);
  this.dropBackup(id);
  this.say("De set van eerder is weggehaald.");
};

methods.dropBackup = function (id) {
  var before = this.memoryBackups.length;
  this.memoryBackups = this.memoryBackups.filter(function (item) { return item.id !== id; });
  if (this.memoryBackups.length === before) this.store.removeBackup(id);
  this.renderBackups();
};

/* Puts a backup back; the deck it replaces becomes a backup itself, so this too can be undone. */
methods.restoreBackup = function (entry) {
  var kept = this.backupCurrent("Deze kaartjes stonden er voordat je een set van eerder terugzette.");
  if (!kept.ok) return this.notice([kept.message]);
  this.dropBackup(entry.id);
  this.deck = entry.deck;
  this.showUndo("Je kaartjes van eerder staan terug.", kept.entry);
  this.renderAll();
  this.save();
};

// ---------------------------------------------------------------- another tab

methods.onStorage = function (event) {
  if (event.key === this.keys.backups) return this.renderBackups();
  if (event.key !== this.keys.draft) return;
  var news = this.store.otherTab(event.newValue, this.seen, this.deck);
  if (news.kind === "gelijk") this.seen = news.seen;
  if (news.kind === "anders") {
    this.conflict = true;
    box(this, "conflict").hidden = false;
  }
};

/* The user's choice after another tab saved: the deck not chosen becomes a backup. */
methods.resolveConflict = function (takeTheirs) {
  var fresh = this.store.readDraft();
  var theirs = fresh.deck || this.model.emptyDeck();
  var kept = takeTheirs ? this.backupCurrent("Dit waren de kaartjes in dit tabblad, voordat je die uit het andere tabblad nam.")
    : this.keepAside(theirs, "Dit waren de kaartjes uit het andere tabblad.");
  if (!kept.ok) return this.notice([kept.message]);
  this.conflict = false;
  box(this, "conflict").hidden = true;
  if (takeTheirs) {
    this.deck = theirs;
    this.seen = fresh.seen;
    this.renderAll();
    this.say("Je ziet nu de kaartjes uit het andere tabblad. Die van dit tabblad staan bij Kaartjes van eerder.");
  } else {
    this.save(true);
    this.say("Je houdt de kaartjes van dit tabblad. Die uit het andere tabblad staan bij Kaartjes van eerder.");
  }
};

// ---------------------------------------------------------------- a second link

/* A link pasted into the address of an open maker. Until the user answers, the address keeps the new
   link (see updateLink in eigen-kaartjes-delen.js), so an edit cannot write the old set over it. */
methods.onHashChange = function () {
  var payload, result;
  try {
    payload = this.link.fromHash(window.location.hash);
    if (payload === null) return;
    result = this.model.readLink(payload);
  } catch (error) {
    return this.alert(error.message);
  }
  if (JSON.stringify(result.deck) === JSON.stringify(this.deck)) return;
  this.askLink(result, "Je opende een andere link met kaartjes. Wil je die kaartjes openen? Je huidige kaartjes " +
    "bewaren we dan bij Kaartjes van eerder. Je kunt ook je eigen kaartjes houden.");
};

methods.askLink = function (result, text) {
  this.linkPending = result;
  box(this, "newlink-text").textContent = text;
  box(this, "newlink").hidden = false;
};

methods.answerLink = function (open) {
  var result = this.linkPending;
  if (!result) return;
  if (open && !this.replaceDeck(result.deck, "Je opende een link met kaartjes. Je eigen kaartjes van eerder zijn niet weg.")) return;
  this.linkPending = null;
  box(this, "newlink").hidden = true;
  if (open) this.notice(result.notes);
  // Keeping your own cards puts them back in the address; opening the link wrote its set already.
  this.changed(true);
};

// ---------------------------------------------------------------- what the user must know

methods.storageWarning = function (text) {
  box(this, "storage-text").textContent = text || "";
  box(this, "storage").hidden = !text;
};

methods.notice = function (texts) {
  box(this, "notice-text").textContent = (texts || []).join(" ");
  box(this, "notice").hidden = !(texts && texts.length);
};

export default methods;
