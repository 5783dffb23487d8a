/* Eigen kaartjes: what the maker keeps in the browser, without any DOM. Two keys:
   - the draft (lv-eigen-kaartjes): the deck being edited, with the version of its format. A draft
     without a version is one from before versions (the same shape); a newer version is left alone.
     A write names the value it expects to replace, so a tab never overwrites another tab's newer save
     unseen: it gets a conflict back instead, and the page lets the user choose.
   - the backups (lv-eigen-kaartjes-reserve): every set that a link, a file or another tab replaced,
     kept until the user dismisses it. An unconfirmed backup is never overwritten; when the list is
     full, adding is refused, so the caller refuses the replacement and nothing is lost.
   Storage comes in as lv.storage (read/write with Dutch messages) plus the raw backend for the one
   thing lv.storage does not give: the text of a damaged value, which is set aside under its own key.
   Tests: tests/js/own-cards-storage.test.js. */
import { KEYS } from "./lv/keys.js";
import { SCHEMAS, message, migrate, readVersion, versionState } from "./lv/state.js";

var KEY = KEYS.ownCards;
var BACKUP_KEY = KEYS.ownCardsBackups;
var ASIDE_KEY = KEYS.ownCardsDamaged;
var SCHEMA = SCHEMAS.ownCardsDraft, VERSION = SCHEMA.current;
var MAX_BACKUPS = 10;

var MESSAGES = {
  nieuwer: message("nieuwer", "device") + " We laten je kaartjes daar staan, " +
    "zodat er niets verloren gaat, en bewaren hier dus niets. Bewaar wat je nu maakt als bestand.",
  beschadigd: message("beschadigd", "device") + " Het kon niet worden geopend. We hebben het apart " +
    "gezet en niet overschreven. Je begint met een lege set.",
  vol: "Er staan al " + MAX_BACKUPS + " sets van eerder klaar om terug te zetten. Verwijder er eerst een of bewaar er een " +
    "als bestand. Je huidige kaartjes blijven zolang staan.",
  reserveNieuwer: message("nieuwer", "device") + " Dat geldt voor de sets van eerder. " +
    "We laten ze staan. Bewaar je huidige kaartjes eerst als bestand."
};

/* A value's version, by the state layer's rule (a missing one is the first format): "ok", "nieuwer" or "beschadigd". */
function versionOf(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "beschadigd";
  return versionState(value.versie, SCHEMA);
}

/* A stored value of an older version brought to today's, before anything reads its fields; only for a
   value whose versionOf is "ok". */
function current(value) {
  return migrate(value, readVersion(value.versie, SCHEMA, "device"), SCHEMA);
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/* Whether a deck holds anything a person typed; an empty deck needs no backup. */
function hasContent(deck) {
  return !!deck && (!!(deck.titel || "").trim() || (deck.kaarten || []).some(function (card) {
    return !!((card.titel || "").trim() || (card.tekst || "").trim());
  }));
}

/* storage: lv.storage (read, write, remove); getBackend: the raw localStorage, or null; clean: model.cleanDeck. */
function create(storage, getBackend, clean) {
  function rawOf(key) {
    try {
      var backend = getBackend();
      return backend ? backend.getItem(key) : null;
    } catch (error) {
      return null;
    }
  }

  /* A damaged value is copied aside under a key of its own (never one that exists), then may be replaced. */
  function setAside(key, now) {
    var raw = rawOf(key);
    if (raw === null) return true;
    var aside = ASIDE_KEY + now.toISOString();
    try {
      getBackend().setItem(aside, raw);
      return true;
    } catch (error) {
      return false;
    }
  }

  // ---------------------------------------------------------------- the draft

  /* {state, deck, seen, message}: state is "leeg", "ok", "nieuwer", "beschadigd" or "geblokkeerd"; seen is
     the stored value as text, which the next write must still find there. */
  function readDraft(now) {
    var stored = storage.read(KEY);
    if (!stored.ok && stored.reason !== "broken") return { state: "geblokkeerd", deck: null, seen: null, message: stored.message };
    var state = stored.ok ? (stored.value === null ? "leeg" : versionOf(stored.value)) : "beschadigd";
    if (state === "leeg") return { state: state, deck: null, seen: null, message: "" };
    if (state === "ok") return { state: state, deck: clean(current(stored.value)), seen: rawOf(KEY), message: "" };
    if (state === "nieuwer") return { state: state, deck: null, seen: rawOf(KEY), message: MESSAGES.nieuwer };
    // Damaged: once it is safe elsewhere, the next save may replace it; if not, nothing is written.
    var safe = setAside(KEY, now || new Date());
    return { state: safe ? "beschadigd" : "nieuwer", deck: null, seen: safe ? rawOf(KEY) : null,
             message: safe ? MESSAGES.beschadigd : MESSAGES.nieuwer };
  }

  function draftValue(deck) {
    return { versie: VERSION, titel: deck.titel, moment: deck.moment, module: deck.module, kaarten: deck.kaarten };
  }

  /* Writes the deck if the store still holds `seen`; otherwise {conflict: true, theirs} and nothing is written.
     With force, the user has chosen to keep this deck over the other one. */
  function writeDraft(deck, seen, force) {
    var now = rawOf(KEY), value = null;
    if (now !== null) {
      try { value = JSON.parse(now); } catch (error) { value = null; }
      // A newer site's draft is never written over, whoever asks; damage is only replaced once set aside.
      if (versionOf(value) === "nieuwer") return { ok: false, conflict: false, message: MESSAGES.nieuwer };
    }
    if (!force && now !== null && now !== seen) {
      if (versionOf(value) !== "ok") return { ok: false, conflict: false, message: MESSAGES.nieuwer };
      var theirs = clean(current(value));
      if (!same(theirs, deck)) return { ok: false, conflict: true, theirs: theirs, seen: now };
    }
    var text = JSON.stringify(draftValue(deck));
    var result = storage.write(KEY, draftValue(deck));
    return result.ok ? { ok: true, seen: text } : { ok: false, conflict: false, message: result.message };
  }

  /* What a `storage` event from another tab means for a page whose deck is `mine` and that last saw `seen`. */
  function otherTab(newValue, seen, mine) {
    if (newValue === null || newValue === seen) return { kind: "niets" };
    var value = null;
    try { value = JSON.parse(newValue); } catch (error) { value = null; }
    if (versionOf(value) !== "ok") return { kind: "niets" };
    var theirs = clean(current(value));
    return same(theirs, mine) ? { kind: "gelijk", seen: newValue } : { kind: "anders", theirs: theirs, seen: newValue };
  }

  // ---------------------------------------------------------------- the backups

  function readBackups() {
    var stored = storage.read(BACKUP_KEY);
    if (!stored.ok) return { ok: false, list: [], message: stored.message };
    if (stored.value === null) return { ok: true, list: [] };
    var state = versionOf(stored.value);
    if (state === "nieuwer") return { ok: false, list: [], message: MESSAGES.reserveNieuwer };
    var backups = state === "ok" ? current(stored.value) : null;
    var list = backups && Array.isArray(backups.reserves) ? backups.reserves : [];
    return { ok: true, list: list.filter(function (item) { return item && typeof item.id === "string"; }).map(function (item) {
      return { id: item.id, waarom: typeof item.waarom === "string" ? item.waarom : "", deck: clean(item.deck),
               wanneer: typeof item.wanneer === "string" ? item.wanneer : "" };
    }) };
  }

  function list() {
    return readBackups().list;
  }

  /* Keeps a deck as a backup: {ok, entry} or {ok: false, full, message}. Empty decks and decks
     already kept need no new entry. */
  function addBackup(deck, why, now) {
    if (!hasContent(deck)) return { ok: true, entry: null };
    var current = readBackups();
    if (!current.ok) return { ok: false, full: false, message: current.message };
    var known = current.list.filter(function (item) { return same(item.deck, deck); })[0];
    if (known) return { ok: true, entry: known };
    if (current.list.length >= MAX_BACKUPS) return { ok: false, full: true, message: MESSAGES.vol };
    now = now || new Date();
    var entry = { id: now.getTime().toString(36) + "-" + Math.random().toString(36).slice(2, 8),
                  waarom: why, wanneer: now.toISOString(), deck: deck };
    var result = storage.write(BACKUP_KEY, { versie: VERSION, reserves: current.list.concat([entry]) });
    return result.ok ? { ok: true, entry: entry } : { ok: false, full: false, message: result.message, entry: entry };
  }

  function removeBackup(id) {
    var current = readBackups();
    if (!current.ok) return { ok: false, message: current.message };
    var rest = current.list.filter(function (item) { return item.id !== id; });
    return rest.length ? storage.write(BACKUP_KEY, { versie: VERSION, reserves: rest }) : storage.remove(BACKUP_KEY);
  }

  return { readDraft: readDraft, writeDraft: writeDraft, otherTab: otherTab, list: list, addBackup: addBackup,
           removeBackup: removeBackup };
}

export default { create: create, hasContent: hasContent, KEY: KEY, BACKUP_KEY: BACKUP_KEY, VERSION: VERSION,
         MAX_BACKUPS: MAX_BACKUPS, MESSAGES: MESSAGES };
