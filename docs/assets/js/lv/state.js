/* The shared front-end layer: state that outlives a page. A plan in the planner's link, a selection in an
   invitation link, own cards after "#set=", a notebook in a file, a draft in the browser's storage: each
   carries a version, and each is read here by one rule. An older version is migrated step by step to
   today's; a newer one, or a version that is not a number, is a StateError with ONE Dutch message for
   the place it came from (a link, a file, this device). Each tool's schema (SCHEMAS) is its current
   version and its list of migrations; the tools' own codecs read the fields (the planner's block
   grammar is one of them: planner-link.js). Tests: tests/js/state.test.mjs. */

/* The one error type for state that cannot be read; code says why, message says it in Dutch. */
export function StateError(code, message) {
  var error = /** @type {Error & {code: string}} */ (new Error(message));
  error.name = "StateError";
  error.code = code;
  return error;
}

// What a reader is told, by where the state came from. "nieuwer" and "beschadigd" are the only two
// ways a version can be wrong; the tools add what happens next (we keep it, we skip it).
var SAID = {
  link: { nieuwer: "Deze link is gemaakt met een nieuwere versie van de site. Open hem op de site waar hij vandaan komt.",
          beschadigd: "Deze link is beschadigd: het versienummer klopt niet. Kopieer de link nog eens helemaal." },
  file: { nieuwer: "Dit bestand is gemaakt met een nieuwere versie van de site. Open het op de site waar het vandaan komt.",
          beschadigd: "Het versienummer in dit bestand klopt niet, dus het is beschadigd." },
  device: { nieuwer: "Wat op dit apparaat bewaard is, komt van een nieuwere versie van de site.",
            beschadigd: "Wat eerder op dit apparaat bewaard was, is beschadigd." }
};

/* The Dutch sentence for code ("nieuwer" or "beschadigd") and where ("link", "file" or "device"). */
export function message(code, where) {
  var place = SAID[where];
  if (!place || !place[code]) throw new Error("lv.state: geen melding voor " + code + " bij " + where);
  return place[code];
}

// Each tool's schema: the version it writes today and the steps from each older version. A step
// migrations[i] turns version i + 1 into version i + 2, so current is always migrations.length + 1.
// Today every format is at its first version: the list is where the next change goes.
export var SCHEMAS = {
  planner: { current: 1, migrations: [] },      // ?v= in the planner's link (planner-link.js)
  invitation: { current: 1, migrations: [] },   // ?v= in an invitation link (uitnodiging.js)
  ownCardsLink: { current: 1, migrations: [] }, // "#set=<version>.<data>" (eigen-kaartjes-link.js)
  ownCardsDraft: { current: 1, migrations: [] },// {versie} of the maker's draft and backups (eigen-kaartjes-opslag.js)
  liveView: { current: 1, migrations: [] },     // {versie} of the live view's state on this device (begeleiden-sync.js)
  // {formaat} of the notebook, stored and as a file (antwoorden-kern.js); its agreements (afspraak.js) are in it.
  notebook: { current: 1, migrations: [] }
};

// A version as it is written: a whole number from 1, as a number in JSON or as its digits in a link or in a
// file someone edited (issue 18: "1" in a notebook file). No leading zero, no sign, no decimals, no spaces.
var WHOLE = /^[1-9]\d{0,8}$/;

/* The one rule for every tool, in a link, a file or on this device: absent (undefined or null) is 1,
   because everything made before versions were written has none; 1 and "1" are 1; a whole number
   above the schema's current version is "nieuwer" (a newer site made it); anything else (0, -1, 1.5,
   "01", "abc", "", true, [1]) is "beschadigd". Returns the version, or throws a StateError whose
   message says it in Dutch for where it came from. */
export function readVersion(raw, schema, where) {
  if (raw === null || raw === undefined) return 1;
  var text = typeof raw === "number" || typeof raw === "string" ? String(raw) : "";
  if (!WHOLE.test(text)) throw StateError("beschadigd", message("beschadigd", where));
  if (+text > schema.current) throw StateError("nieuwer", message("nieuwer", where));
  return +text;
}

/* What readVersion says, as a word instead of an exception: "ok", "nieuwer" or "beschadigd". */
export function versionState(raw, schema) {
  try {
    readVersion(raw, schema, "device");
    return "ok";
  } catch (error) {
    if (error.name !== "StateError") throw error;
    return error.code;
  }
}

/* The value brought from its version to the schema's current one, one migration at a time. */
export function migrate(value, version, schema) {
  var out = value;
  for (var step = version; step < schema.current; step += 1) out = schema.migrations[step - 1](out);
  return out;
}

/* readVersion and migrate in one: {version, value} of today's version, or a StateError. */
export function upgrade(value, raw, schema, where) {
  var version = readVersion(raw, schema, where);
  return { version: version, value: migrate(value, version, schema) };
}
