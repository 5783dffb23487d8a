/* Mijn antwoorden, for reading: the notebook grouped by module in the site's order, and a readable
   Markdown version to keep or hand in. Pure logic on the notebook page only (the module pages do not
   need it); the answers' model is antwoorden-model.js. Ids come from outside, so lookups use Map.
   Runs in the browser (classic script) and in Node for the tests (tests/js/antwoorden-model.test.js). */
import model from "./antwoorden-model.js";

/* Each answer says whether its prompt is still the same, changed, or no longer on the site;
   answers whose module is gone come last. */
function groups(notebook, data) {
  var items = new Map(), order = new Map();
  data.items.forEach(function (item, index) { items.set(item.id, item); order.set(item.id, index); });
  var byModule = new Map(), agreements = [];
  model.list(notebook).forEach(function (answer) {
    var current = items.get(answer.id);
    // Agreements come first, soonest first; an own sentence has no card, and that is no change.
    if (answer.soort === "afspraak") { agreements.push({ answer: answer, current: current || null, state: "zelfde" }); return; }
    var moduleId = current ? current.module : answer.module;
    var state = !current ? "weg"
      : model.squash(current.vraag) === model.squash(answer.vraag) &&
        model.squash(current.titel) === model.squash(answer.titel) ? "zelfde" : "veranderd";
    if (!byModule.has(moduleId)) byModule.set(moduleId, []);
    byModule.get(moduleId).push({ answer: answer, current: current || null, state: state });
  });
  function byPlace(a, b) {
    var x = a.current ? order.get(a.answer.id) : Infinity, y = b.current ? order.get(b.answer.id) : Infinity;
    return x !== y ? x - y : (a.answer.id < b.answer.id ? -1 : 1);
  }
  var out = agreements.length ? [{ module: null, afspraken: true, entries: agreements.sort(function (a, b) {
    return a.answer.wanneer !== b.answer.wanneer ? (a.answer.wanneer < b.answer.wanneer ? -1 : 1) : (a.answer.id < b.answer.id ? -1 : 1);
  }) }] : [];
  data.modules.forEach(function (module) {
    if (byModule.has(module.id)) out.push({ module: module, afspraken: false, entries: byModule.get(module.id).sort(byPlace) });
    byModule.delete(module.id);
  });
  var rest = [];
  Array.from(byModule.keys()).sort().forEach(function (key) { rest = rest.concat(byModule.get(key)); });
  if (rest.length) out.push({ module: null, afspraken: false, entries: rest.sort(byPlace) });
  return out;
}

function heading(group) {
  if (group.afspraken) return "Dit ga ik doen";
  return group.module ? "Module " + group.module.nummer + ": " + group.module.titel : "Vragen die niet meer op de site staan";
}

function prompt(answer) {
  return (answer.titel ? answer.titel + ": " : "") + answer.vraag;
}

/* A readable version to keep or hand in: Markdown, which reads as plain text too. */
function toText(notebook, data, formatDate) {
  var lines = ["# Mijn antwoorden", ""];
  groups(notebook, data).forEach(function (group) {
    lines.push("## " + heading(group), "");
    group.entries.forEach(function (entry) {
      var answer = entry.answer;
      lines.push("### " + prompt(answer), "");
      answer.antwoord.replace(/\r\n?/g, "\n").split("\n").forEach(function (line) { lines.push("> " + line); });
      if (answer.wanneer) lines.push("", "*Wanneer: " + answer.wanneer + "*");
      lines.push("", "*Laatst gewijzigd: " + formatDate(answer.gewijzigd) + "*", "");
    });
  });
  if (lines.length === 2) lines.push("Er zijn nog geen antwoorden.", "");
  return lines.join("\n");
}

export default { groups: groups, heading: heading, prompt: prompt, toText: toText };
