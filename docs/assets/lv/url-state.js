/* The shared front-end layer, part 2: a tool's state in the address, with a format version.
   A link is the only thing a participant gets from a begeleider, so it must keep working for years
   and say clearly in Dutch when it is damaged or made by a newer site, instead of showing half a page.
   Each link carries v=<version>; a link without v is version 1, as all links made before v existed.
   Pure logic without DOM: it runs in the browser (classic script, also from file://) and in Node
   for the tests (tests/js/url-state.test.js). */
// One file, two homes: window.lv.urlState in the browser, module.exports in Node (tests/js).
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.lv = root.lv || {}).urlState = factory();
})(this, function () {
  "use strict";

  var LIMIT = 200;

  // What a field may hold. An id is kept even when it looks wrong: the tool names unknown ids
  // literally, so a participant can tell the begeleider what is missing.
  var TYPES = {
    id: {
      empty: "",
      read: function (raw) { return { value: raw.trim() }; },
      write: function (value) { return value || ""; }
    },
    ids: {
      empty: [],
      read: function (raw) {
        return { value: raw.split(",").map(function (id) { return id.trim(); }).filter(Boolean) };
      },
      write: function (value) { return (value || []).join(","); }
    },
    date: {
      empty: "",
      read: function (raw) {
        var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
        var date = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
        if (!match || date.getUTCMonth() !== +match[2] - 1 || date.getUTCDate() !== +match[3]) {
          return { value: "", problem: "De datum in deze link klopt niet. Vraag de datum na bij wie je de link gaf." };
        }
        return { value: raw };
      },
      write: function (value) { return value || ""; }
    },
    time: {
      empty: "",
      read: function (raw) {
        var match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(raw);
        if (!match) return { value: "", problem: "De tijd in deze link klopt niet. Vraag de tijd na bij wie je de link gaf." };
        return { value: raw };
      },
      write: function (value) { return value || ""; }
    },
    text: {
      empty: "",
      read: function (raw) {
        var value = raw.replace(/\s+/g, " ").trim();
        if (value.length > LIMIT) {
          return { value: value.slice(0, LIMIT), problem: "Een tekst in deze link is te lang en is afgekapt." };
        }
        return { value: value };
      },
      write: function (value) { return value || ""; }
    }
  };

  function LinkError(code, message) {
    var error = new Error(message);
    error.name = "LinkError";
    error.code = code;
    return error;
  }

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
      var params = new URLSearchParams(String(search || "").replace(/^\?/, ""));
      var version = params.get("v");
      if (version !== null) {
        if (!/^\d+$/.test(version)) {
          throw LinkError("kapot", "Deze link is beschadigd: het versienummer klopt niet. Kopieer de link nog eens helemaal.");
        }
        if (+version > spec.version) {
          throw LinkError("versie", "Deze link is gemaakt met een nieuwere versie van de site. " +
            "Open hem op de site waar hij vandaan komt.");
        }
      }
      var value = empty(), problems = [];
      keys.forEach(function (key) {
        var raw = params.get(key);
        if (raw === null || raw === "") return;
        var result = TYPES[spec.fields[key]].read(raw);
        value[key] = result.value;
        if (result.problem && problems.indexOf(result.problem) < 0) problems.push(result.problem);
      });
      return { value: value, problems: problems, version: version === null ? 1 : +version };
    }

    /* Writes a state as a query string without '?', version first; empty fields are left out. */
    function write(value) {
      var params = new URLSearchParams();
      params.set("v", String(spec.version));
      keys.forEach(function (key) {
        var text = TYPES[spec.fields[key]].write(value[key]);
        if (text) params.set(key, text);
      });
      return params.toString();
    }

    return { read: read, write: write, empty: empty, version: spec.version };
  }

  return { codec: codec, LinkError: LinkError, TEXT_LIMIT: LIMIT };
});
