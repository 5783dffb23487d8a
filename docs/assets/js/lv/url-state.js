/* The shared front-end layer, part 2: a tool's state in the address, with a format version.
   A link is the only thing a participant gets from a begeleider, so it must keep working for years
   and say clearly in Dutch when it is damaged or made by a newer site, instead of showing half a page.
   Each link carries v=<version>; a link without v is version 1, as all links made before v existed.
   Pure logic without DOM: it runs in the browser (classic script, also from file://) and in Node
   for the tests (tests/js/url-state.test.js). */
import * as state from "./state.js";
import { isDate, isTime } from "./dates.js";

var LIMIT = 200;
// Limits on what a link may ask of a page, so a crafted link cannot freeze a tab. The tools never
// write links near these sizes: an invitation is a few hundred characters, a plan a few thousand.
var LINK_LIMIT = 12000;
var IDS_LIMIT = 50;
var ID_LIMIT = 80;
var TOO_LONG = "Deze link is veel langer dan de site ooit maakt. Alleen het begin is gelezen; misschien mist er iets.";

// Characters that may not come from a link into a one-line text: line breaks and other control
// characters, and the bidirectional and zero-width marks that can make a text read differently
// from what it holds (U+061C, U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF).
var SPACES = /[\s\u0085\u2028\u2029]+/g;
var HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/* One line of plain text from outside the site: spaces folded, hidden characters removed, at most
   limit characters (whole characters, never half an emoji). changed says whether anything was removed
   or cut, so a tool can say so. */
function cleanText(raw, limit) {
  var text = String(raw === undefined || raw === null ? "" : raw);
  var value = text.replace(SPACES, " ").replace(HIDDEN, "").replace(SPACES, " ").trim();
  var chars = Array.from(value), cut = chars.length > (limit || LIMIT);
  if (cut) value = chars.slice(0, limit || LIMIT).join("").trim();
  var hidden = text.replace(SPACES, " ").trim() !== text.replace(SPACES, " ").replace(HIDDEN, "").replace(SPACES, " ").trim();
  return { value: value, cut: cut, hidden: hidden, changed: cut || hidden };
}

/* The version of a link (?v=), by the state layer's one rule (lv/state.js). */
function readVersion(raw, current) {
  return state.readVersion(raw, { current: current }, "link");
}

/* A query string cut to LINK_LIMIT characters, with a Dutch problem when it was cut. */
function limitQuery(search) {
  var text = String(search || "").replace(/^\?/, "");
  if (text.length <= LINK_LIMIT) return { query: text, problem: null };
  return { query: text.slice(0, LINK_LIMIT), problem: TOO_LONG };
}

// What a field may hold. An id is kept even when it looks wrong: the tool names unknown ids
// literally, so a participant can tell the begeleider what is missing.
var TYPES = {
  id: {
    empty: "",
    read: function (raw) { return { value: cleanText(raw, ID_LIMIT).value }; },
    write: function (value) { return value || ""; }
  },
  ids: {
    empty: [],
    // Each id once, and at most IDS_LIMIT: a link of 5,000 repeats must not draw 5,000 cards.
    read: function (raw) {
      var seen = new Set(), value = [];
      raw.split(",").forEach(function (id) {
        id = cleanText(id, ID_LIMIT).value;
        if (id && !seen.has(id)) { seen.add(id); value.push(id); }
      });
      if (value.length <= IDS_LIMIT) return { value: value };
      return { value: value.slice(0, IDS_LIMIT), problem: "Deze link noemt meer dan " + IDS_LIMIT +
        " onderdelen van één soort. Alleen de eerste " + IDS_LIMIT + " staan hieronder." };
    },
    write: function (value) { return (value || []).join(","); }
  },
  date: {
    empty: "",
    read: function (raw) {
      if (!isDate(raw)) {
        return { value: "", problem: "De datum in deze link klopt niet. Vraag de datum na bij wie je de link gaf." };
      }
      return { value: raw };
    },
    write: function (value) { return value || ""; }
  },
  time: {
    empty: "",
    read: function (raw) {
      if (!isTime(raw)) return { value: "", problem: "De tijd in deze link klopt niet. Vraag de tijd na bij wie je de link gaf." };
      return { value: raw };
    },
    write: function (value) { return value || ""; }
  },
  // Ids only have small letters, digits and dashes, so capitals can mark the parts. No character here is
  // WhatsApp markup (* _ ~) or gets percent-encoded, so a link stays short and intact in a chat.
  // The planner's block grammar (b=): blocks one after another, each a kind letter (T, the look back, came
  // last: an older site reads the blocks before it and names the rest), its ids joined by ".",
  // then optionally M and its minutes and F and its phase (1 to 5): "Wgw-01M45F2Khz-01.hz-02P". read gives
  // the blocks as written, {letter, ids, minutes, phase} with numbers still as text, and rest: where the
  // readable part ends (the whole length when all of it reads). What the letters and ids mean is the tool's.
  blocks: {
    empty: [],
    read: function (raw) {
      var grammar = /([WKCOPVT])([a-z0-9.-]*)(?:M(\d{1,3}))?(?:F([1-5]))?/y, value = [], match, read = 0;
      var source = String(raw || "");
      while (read < source.length && (match = grammar.exec(source))) {
        value.push({ letter: match[1], ids: match[2].split("."), minutes: match[3] || null, phase: match[4] || null });
        read = grammar.lastIndex;
      }
      return { value: value, rest: read };
    },
    write: function (list) {
      return (list || []).map(function (block) {
        return block.letter + block.ids.join(".") + (block.minutes ? "M" + block.minutes : "") + (block.phase ? "F" + block.phase : "");
      }).join("");
    }
  },
  text: {
    empty: "",
    read: function (raw) {
      var clean = cleanText(raw, LIMIT);
      if (clean.cut) return { value: clean.value, problem: "Een tekst in deze link is te lang en is afgekapt." };
      if (clean.hidden) return { value: clean.value, problem: "Een tekst in deze link had onzichtbare tekens. Die zijn weggehaald." };
      return { value: clean.value };
    },
    write: function (value) { return value || ""; }
  }
};

// A link that cannot be read is a StateError, the one error type of the state layer.
var LinkError = state.StateError;

/* A codec for one tool. spec = {version, fields: {key: type}}; the keys are the short names in the
   address (m, k, o ...), the types are those of TYPES above. */
function codec(spec) {
  var keys = Object.keys(spec.fields);
  keys.forEach(function (key) {
    if (!TYPES[spec.fields[key]]) throw new Error("url-state: onbekend type " + spec.fields[key]);
    if (key === "v") throw new Error("url-state: 'v' is de versie van de link");
  });

  function empty() {
    var value = {};
    keys.forEach(function (key) {
      var blank = TYPES[spec.fields[key]].empty;
      value[key] = Array.isArray(blank) ? [] : blank;
    });
    return value;
  }

  /* Reads a query string ("?a=1&b=2" or "a=1&b=2"). Throws a LinkError for a link this site cannot
     read at all; returns {value, problems} otherwise, where problems are Dutch sentences. */
  function read(search) {
    var limited = limitQuery(search);
    var params = new URLSearchParams(limited.query);
    var version = readVersion(params.get("v"), spec.version);
    var value = empty(), problems = limited.problem ? [limited.problem] : [];
    keys.forEach(function (key) {
      var raw = params.get(key);
      if (raw === null || raw === "") return;
      var result = TYPES[spec.fields[key]].read(raw);
      value[key] = result.value;
      if (result.problem && problems.indexOf(result.problem) < 0) problems.push(result.problem);
    });
    return { value: value, problems: problems, version: version };
  }

  /* Writes a state as a query string without '?', version first; empty fields are left out. A comma,
     colon or slash means nothing inside a value, so it stays as it is (k=wv-01,wv-02 and t=14:00, three
     characters less each in the link and its QR code), except as a value's last character, which a chat
     app would leave out of the link. Links with them escaped read the same. */
  function write(value) {
    var params = new URLSearchParams();
    params.set("v", String(spec.version));
    keys.forEach(function (key) {
      var text = TYPES[spec.fields[key]].write(value[key]);
      if (text) params.set(key, text);
    });
    return params.toString().replace(/%(2C|3A|2F)(?!&|$)/g, function (all, hex) { return String.fromCharCode(parseInt(hex, 16)); });
  }

  return { read: read, write: write, empty: empty, version: spec.version };
}

export default { codec: codec, TYPES: TYPES, LinkError: LinkError, TEXT_LIMIT: LIMIT, LINK_LIMIT: LINK_LIMIT, IDS_LIMIT: IDS_LIMIT,
         cleanText: cleanText, isDate: isDate, isTime: isTime, readVersion: readVersion, limitQuery: limitQuery };
