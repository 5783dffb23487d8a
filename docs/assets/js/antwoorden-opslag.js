/* The notebook in this browser's storage, for every answer field and tool: read it whole and checked,
   and write it back. Data that would lose something when written back (damaged, from a newer
   version, above the bounds) is copied aside first; when that copy fails, writing is blocked. */
import { KEYS } from "./lv/keys.js";
import { message } from "./lv/state.js";
import { local } from "./lv/storage.js";
import model from "./antwoorden-kern.js";

var KEY = KEYS.answers;
/* What was lost, for the reason model.read gives. A function, not a table made at start: the first
   toLocaleString loads the browser's Dutch number rules, which took 25 ms of every page's start. */
function lossy(reason) {
  if (reason === "nieuwer") return message("nieuwer", "device") + " Dat geldt voor je antwoorden.";
  if (reason === "te-veel") return "Op dit apparaat stonden meer antwoorden dan er in je schrift passen (" + model.number(model.LIMITS.answers) + ").";
  return message("beschadigd", "device") + " Dat geldt voor een deel van je antwoorden.";
}
var ASIDE = " We hebben een kopie apart gezet, zodat er niets verloren gaat. Op de pagina Mijn antwoorden bewaar je die kopie als bestand.";
var STUCK = " Er is geen plek om een kopie apart te zetten, dus we bewaren niets nieuws. Open Mijn antwoorden en bewaar de oude gegevens eerst als bestand.";

/* The answers kept here. The last text read or written is remembered with its result, so a save
   after a save, or the next of forty fields, does not parse and check the whole notebook again. */
var last = { raw: null, result: null };
function load() {
  var stored = local.readRaw(KEY);
  if (!stored.ok) return { ok: false, message: stored.message, notebook: model.empty() };
  if (stored.value !== null && stored.value === last.raw) return last.result;
  var value, parsed = true;
  try { value = stored.value === null ? null : JSON.parse(stored.value); } catch (error) { parsed = false; }
  var result = parsed ? model.read(value) : { notebook: model.empty(), lossy: true, reason: "beschadigd" };
  if (!result.lossy) return remember(stored.value, { ok: true, notebook: result.notebook });
  var aside = local.keepAside(KEY, String(stored.value));
  return { ok: false, damaged: true, blocked: !aside.ok, notebook: result.notebook,
           message: lossy(result.reason) + (aside.ok ? ASIDE : STUCK) };
}

function remember(raw, result) {
  last = { raw: raw, result: result };
  return result;
}

/* Writes a notebook; the text written is what the next load compares with. */
function store(notebook) {
  var raw = JSON.stringify(notebook), result = local.writeRaw(KEY, raw);
  if (result.ok) remember(raw, { ok: true, notebook: notebook });
  return result;
}

export { load, store };
