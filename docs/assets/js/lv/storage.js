/* The shared front-end layer, part 3: keeping things in the browser, and saying so honestly.
   Tools keep drafts and answers in localStorage: no account, no server, no cookie. Storage can fail
   in ways a reader never sees (a private window, a full disk, cookies blocked, an old Safari that
   allows no writes at all), so every call returns a result with a Dutch message the page shows,
   instead of throwing or failing silently. Values are JSON. The logic takes its backend as an
   argument, so Node tests (tests/js/storage.test.js) can hand it a storage that fails on purpose. */
import { ASIDE, KEYS } from "./keys.js";

var MESSAGES = {
  blocked: "Je browser laat deze site niets bewaren. Misschien blokkeer je sitegegevens, of is dit een beveiligd venster. " +
    "Wat je nu typt, is weg als je de pagina sluit.",
  full: "De opslag van je browser is vol, of dit is een privévenster dat niets bewaart. " +
    "Wat je nu typt, is weg als je de pagina sluit.",
  broken: "Wat eerder op dit apparaat bewaard was, is beschadigd en kan niet meer worden gelezen."
};


function reasonOf(error) {
  var name = error && error.name, code = error && error.code;
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014) {
    return "full";
  }
  return "blocked";
}

function failure(reason) {
  return { ok: false, reason: reason, message: MESSAGES[reason], value: null };
}

/* A storage on top of whatever getBackend returns (window.localStorage in the browser). Merely
   touching window.localStorage throws where storage is blocked, hence the function. */
function create(getBackend) {
  function backend() {
    var store = getBackend();
    if (!store) throw Object.assign(new Error("geen opslag"), { name: "SecurityError" });
    return store;
  }

  function read(key) {
    var raw;
    // Reading never fills the storage, so any error here means it is blocked.
    try { raw = backend().getItem(key); } catch (error) { return failure("blocked"); }
    if (raw === null || raw === undefined) return { ok: true, value: null };
    try { return { ok: true, value: JSON.parse(raw) }; } catch (error) { return Object.assign(failure("broken"), { raw: raw }); }
  }

  /* The stored text itself, unparsed: what a page keeps aside or offers as a file when it is damaged. */
  function readRaw(key) {
    try { return { ok: true, value: backend().getItem(key) }; } catch (error) { return failure("blocked"); }
  }

  /* Keeps a copy of stored text that a page cannot read (or would shorten) under its own key,
     before anything overwrites it: key + "-beschadigd". An earlier copy is never overwritten; a
     second, different one gets a key with the time. Returns the key where the copy is. */
  function keepAside(key, raw, now) {
    var slot = key + ASIDE, found = readRaw(slot);
    if (!found.ok) return found;
    if (found.value === raw) return { ok: true, key: slot };
    if (found.value !== null) slot += "-" + (now || new Date()).getTime();
    try {
      backend().setItem(slot, raw);
      return { ok: true, key: slot };
    } catch (error) {
      return failure(reasonOf(error));
    }
  }

  /* Every copy kept aside for key, as [{key, value}], the oldest first. */
  function asideCopies(key) {
    var out = [];
    try {
      var store = backend();
      for (var index = 0; index < store.length; index += 1) {
        var name = store.key(index);
        if (name === key + ASIDE || name.indexOf(key + ASIDE + "-") === 0) out.push({ key: name, value: store.getItem(name) });
      }
    } catch (error) { return []; }
    return out.sort(function (a, b) { return a.key.length - b.key.length || (a.key < b.key ? -1 : 1); });
  }

  function write(key, value) {
    try {
      backend().setItem(key, JSON.stringify(value));
      return { ok: true };
    } catch (error) {
      return failure(reasonOf(error));
    }
  }

  /* Writes text that is already JSON (made once by the caller, who may keep it to compare later). */
  function writeRaw(key, text) {
    try {
      backend().setItem(key, text);
      return { ok: true };
    } catch (error) {
      return failure(reasonOf(error));
    }
  }

  function remove(key) {
    try {
      backend().removeItem(key);
      return { ok: true };
    } catch (error) {
      return failure(reasonOf(error));
    }
  }

  /* Writes and removes a test value: the only reliable way to know whether writing works here. */
  function probe() {
    var result = write(KEYS.probe, 1);
    if (result.ok) remove(KEYS.probe);
    return result;
  }

  /* Asks the browser not to clear this site's storage when space runs low. The answer is a fact the
     page may show; browsers that do not know the question get "onbekend". */
  function persist(nav) {
    nav = nav || globalThis.navigator;
    var storage = nav && nav.storage;
    if (!storage || typeof storage.persist !== "function") return Promise.resolve({ state: "onbekend" });
    return Promise.resolve()
      .then(function () { return storage.persisted ? storage.persisted() : false; })
      .then(function (already) { return already || storage.persist(); })
      .then(function (granted) { return { state: granted ? "vast" : "niet-vast" }; },
            function () { return { state: "onbekend" }; });
  }

  return { read: read, write: write, remove: remove, probe: probe, persist: persist, messages: MESSAGES,
           readRaw: readRaw, writeRaw: writeRaw, keepAside: keepAside, asideCopies: asideCopies };
}

/* Plain warnings about where this browser keeps things, from the address and the browser's name:
   Safari's seven-day rule and the shared storage of pages opened from disk. */
function notes(env) {
  var out = [];
  var agent = env.userAgent || "";
  // Safari, and every browser on iPhone and iPad, runs WebKit with Apple's tracking prevention.
  var webkit = /AppleWebKit/.test(agent) && !/Chrome|Chromium|Edg|Android|Firefox/.test(agent);
  if (webkit || /CriOS|FxiOS|EdgiOS/.test(agent)) {
    out.push({ code: "safari", message: "Je gebruikt Safari of een browser op iPhone of iPad. Die wist alles wat deze site bewaart " +
      "als je de site zeven dagen niet opent. Bewaar je werk daarom af en toe als bestand." });
  }
  if (env.protocol === "file:") {
    out.push({ code: "schijf", message: "Je opent de site vanaf je eigen computer. Wat je hier bewaart, staat los van de site op internet. " +
      "Andere pagina's die je vanaf je computer opent, kunnen het ook lezen." });
  }
  return out;
}

export default { create: create, notes: notes, MESSAGES: MESSAGES };

/* The browser's own storage, which the tools share; tests make their own with create(). */
export var local = create(function () { return globalThis.localStorage; });
