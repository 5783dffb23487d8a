/* Mijn antwoorden: the pure logic of the reflection notebook, without any DOM.
   An answer is {id, soort, module, vraag, titel, antwoord, gewijzigd}: the id of the prompt or
   denkkaartje, the text it answered (kept, so an answer survives a prompt that later changes or goes),
   the answer and when it was last changed (ISO time). The notebook keeps one answer per id. Files
   move answers between devices; merging keeps the newer answer of each id, so importing twice adds
   nothing. Runs in the browser (classic script, also from file://) and in Node for the tests
   (tests/js/antwoorden-model.test.js). */
// One file, two homes: window.lv.antwoordenModel in the browser, module.exports in Node (tests/js).
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.lv = root.lv || {}).antwoordenModel = factory();
})(this, function () {
  "use strict";

  var FORMAT = 1;
  var FILE_KIND = "mijn-antwoorden";
  // Long enough for any reflection; it keeps a damaged or hostile file from filling the storage.
  var MAX_ANSWER = 20000;
  var MAX_TEXT = 2000;
  var ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
  var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

  function empty() {
    return { formaat: FORMAT, antwoorden: {} };
  }

  function squash(text) {
    return String(text || "").replace(/\s+/g, " ").trim();
  }

  /* One answer as it may be kept, or null: every field is checked, nothing unknown is kept. */
  function cleanAnswer(item) {
    if (!item || typeof item !== "object") return null;
    var answer = typeof item.antwoord === "string" ? item.antwoord : "";
    if (!ID.test(item.id || "") || !ISO.test(item.gewijzigd || "") || isNaN(Date.parse(item.gewijzigd))) return null;
    if (!answer.trim() || answer.length > MAX_ANSWER) return null;
    if (item.module && !ID.test(item.module)) return null;
    return {
      id: item.id,
      soort: item.soort === "kaartje" ? "kaartje" : "vraag",
      module: item.module || "",
      vraag: squash(item.vraag).slice(0, MAX_TEXT),
      titel: squash(item.titel).slice(0, MAX_TEXT),
      antwoord: answer,
      gewijzigd: item.gewijzigd
    };
  }

  /* A notebook from storage; damaged answers are left out rather than breaking the page. */
  function clean(stored) {
    var notebook = empty();
    var answers = stored && stored.antwoorden;
    if (!answers || typeof answers !== "object") return notebook;
    Object.keys(answers).forEach(function (key) {
      var answer = cleanAnswer(answers[key]);
      if (answer && answer.id === key) notebook.antwoorden[key] = answer;
    });
    return notebook;
  }

  /* The notebook after typing: an empty answer removes the entry. */
  function set(notebook, fields, now) {
    var next = { formaat: FORMAT, antwoorden: Object.assign({}, notebook.antwoorden) };
    if (!String(fields.antwoord || "").trim()) {
      delete next.antwoorden[fields.id];
      return next;
    }
    var answer = cleanAnswer(Object.assign({}, fields, { gewijzigd: (now || new Date()).toISOString() }));
    if (!answer) throw new Error("Dit antwoord kan niet worden bewaard.");
    next.antwoorden[answer.id] = answer;
    return next;
  }

  function list(notebook) {
    return Object.keys(notebook.antwoorden).map(function (key) { return notebook.antwoorden[key]; });
  }

  /* Adds answers to a notebook: an id it lacks is added, a newer answer replaces an older one,
     and an answer that is the same or older changes nothing. */
  function merge(notebook, incoming) {
    var next = { formaat: FORMAT, antwoorden: Object.assign({}, notebook.antwoorden) };
    var counts = { added: 0, updated: 0, same: 0 };
    incoming.forEach(function (item) {
      var answer = cleanAnswer(item);
      if (!answer) return;
      var current = next.antwoorden[answer.id];
      if (!current) {
        counts.added += 1;
      } else if (Date.parse(answer.gewijzigd) > Date.parse(current.gewijzigd)) {
        counts.updated += 1;
      } else {
        counts.same += 1;
        return;
      }
      next.antwoorden[answer.id] = answer;
    });
    return { notebook: next, counts: counts };
  }

  function toFile(notebook, now, site) {
    return JSON.stringify({
      soort: FILE_KIND, formaat: FORMAT, site: site || "", gemaakt: (now || new Date()).toISOString(),
      antwoorden: list(notebook).sort(function (a, b) { return a.id < b.id ? -1 : 1; })
    }, null, 2) + "\n";
  }

  /* The answers in a file made by toFile; a wrong file throws an error with a Dutch message. */
  function fromFile(text) {
    var data;
    try { data = JSON.parse(text); } catch (error) {
      throw new Error("Dit bestand kunnen we niet lezen. Kies een bestand dat je met ‘Bewaar als bestand’ hebt gemaakt.");
    }
    if (!data || data.soort !== FILE_KIND || !Array.isArray(data.antwoorden)) {
      throw new Error("Dit is geen bestand met antwoorden van deze site. Kies een bestand dat je met ‘Bewaar als bestand’ hebt gemaakt.");
    }
    if (typeof data.formaat !== "number" || data.formaat > FORMAT) {
      throw new Error("Dit bestand is gemaakt met een nieuwere versie van de site. Open het op de site waar het vandaan komt.");
    }
    var answers = data.antwoorden.map(cleanAnswer).filter(Boolean);
    return { answers: answers, skipped: data.antwoorden.length - answers.length };
  }

  /* The notebook grouped for reading: modules in the site's order, then answers whose module is gone.
     Each answer says whether its prompt is still the same, changed, or no longer on the site. */
  function groups(notebook, data) {
    var items = {}, order = {};
    data.items.forEach(function (item, index) { items[item.id] = item; order[item.id] = index; });
    var byModule = {};
    list(notebook).forEach(function (answer) {
      var current = items[answer.id];
      var moduleId = current ? current.module : answer.module;
      var state = !current ? "weg"
        : squash(current.vraag) === squash(answer.vraag) && squash(current.titel) === squash(answer.titel) ? "zelfde" : "veranderd";
      (byModule[moduleId] = byModule[moduleId] || []).push({ answer: answer, current: current || null, state: state });
    });
    function byPlace(a, b) {
      var x = a.current ? order[a.answer.id] : Infinity, y = b.current ? order[b.answer.id] : Infinity;
      return x !== y ? x - y : (a.answer.id < b.answer.id ? -1 : 1);
    }
    var out = [];
    data.modules.forEach(function (module) {
      if (byModule[module.id]) out.push({ module: module, entries: byModule[module.id].sort(byPlace) });
      delete byModule[module.id];
    });
    var rest = [];
    Object.keys(byModule).sort().forEach(function (key) { rest = rest.concat(byModule[key]); });
    if (rest.length) out.push({ module: null, entries: rest.sort(byPlace) });
    return out;
  }

  function heading(group) {
    return group.module ? "Module " + group.module.nummer + ": " + group.module.titel : "Vragen die niet meer op de site staan";
  }

  /* A readable version to keep or hand in: Markdown, which reads as plain text too. */
  function toText(notebook, data, formatDate) {
    var lines = ["# Mijn antwoorden", ""];
    groups(notebook, data).forEach(function (group) {
      lines.push("## " + heading(group), "");
      group.entries.forEach(function (entry) {
        var answer = entry.answer;
        lines.push("### " + (answer.titel ? answer.titel + ": " : "") + answer.vraag, "");
        answer.antwoord.replace(/\r\n?/g, "\n").split("\n").forEach(function (line) { lines.push("> " + line); });
        lines.push("", "*Laatst gewijzigd: " + formatDate(answer.gewijzigd) + "*", "");
      });
    });
    if (lines.length === 2) lines.push("Er zijn nog geen antwoorden.", "");
    return lines.join("\n");
  }

  return { FORMAT: FORMAT, empty: empty, clean: clean, set: set, list: list, merge: merge, toFile: toFile,
           fromFile: fromFile, groups: groups, heading: heading, toText: toText, squash: squash };
});
