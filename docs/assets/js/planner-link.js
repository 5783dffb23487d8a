/* De planner: the plan in its address, read and written, without any DOM.
   A link is all a begeleider has of a plan, and anyone can change one, so reading it is careful:
   every value is checked, a wrong one is corrected and named in a Dutch sentence, and what can be
   read is kept. Limits keep a crafted link from freezing the tab (a two-hour plan has a few dozen
   blocks at most). Texts go through lv.urlState.cleanText: one line, no hidden characters, so they
   cannot put lines of their own into the invitation text. Runs in the browser (classic script,
   also from file://) and in Node for the tests (tests/js/planner*.test.js). */
import { SCHEMAS, readVersion } from "./lv/state.js";
import urlState from "./lv/url-state.js";

// The version of the address format. A newer site reads older links; an older site says
// plainly that a link is too new, instead of showing half a plan.
var FORMAT = SCHEMAS.planner.current;
var LIMITS = { blocks: 100, ids: 12, modules: 20, problems: 12, title: 120, place: 120, name: 80 };
// The letters of the block grammar (the field type "blocks" in lv/url-state.js) and the kinds they mean.
var KIND_CODES = { W: "werkplaat", K: "kaartjes", C: "casus", O: "overdenking", P: "pauze", V: "vrij", T: "terugblik" };
var CODE_OF = {};
Object.keys(KIND_CODES).forEach(function (code) { CODE_OF[KIND_CODES[code]] = code; });
var WHAT = { werkplaat: "werkplaat", kaartjes: "kaartje", casus: "casus", overdenking: "vraag" };

// A value from the link as a message quotes it: one clean line, short enough to read.
function shown(raw) { return urlState.cleanText(raw, 60).value; }

/* Each id once, at most limit of them; the rest is named in problems. */
function uniqueIds(list, limit, problems, what) {
  var seen = new Set(), out = [];
  list.forEach(function (id) { if (id && !seen.has(id)) { seen.add(id); out.push(id); } });
  if (out.length > limit) {
    problems.push("Deze link noemt meer dan " + limit + " " + what + ". De planner houdt de eerste " + limit + ".");
    out = out.slice(0, limit);
  }
  return out;
}

/* model: the plan model (planner-model.js) this codec reads and writes for. */
function create(model, clock, parseClock) {
  var index = model.index, phases = model.phases;

  function signature(block) {
    return block.kind + ":" + (model.hasItems(block.kind) ? block.ids.join(".") : block.title);
  }

  /* What the begeleider does in a block. A ready plan's block says it in its own words, which often
     name its own case ("wat Sanne hielp"), so they fit that material only. A block with other material
     gets the words for its kind that fit any case, card or prompt (werkwijzen in the data file). */
  function textFor(ready, block) {
    var session = ready ? index.sessions[ready] : null, general = model.data.werkwijzen || {};
    var own = session ? model.fromReady(session).filter(function (b) { return signature(b) === signature(block); })[0] : null;
    if (own && own.text) return own.text;
    return model.hasItems(block.kind) && Object.prototype.hasOwnProperty.call(general, block.kind) ? general[block.kind] : "";
  }

  /* The query string of a plan (without "?"). Only what differs from the data is written.
     The group's link (forGroup) is read on the participants' page and goes into a QR code, so it carries
     only what their edition shows: no v (a link with blocks reads as version 1), no length, group size,
     longest werkplaat, ready plan or name, no start time at 13:30, and no modules its blocks already name. */
  function encode(plan, extra, forGroup) {
    var parts = forGroup && plan.blocks.length ? [] : ["v=" + FORMAT];
    var blocks = urlState.TYPES.blocks.write(plan.blocks.map(function (block) {
      // A werkplaat and the look back have their own minutes: the link only writes a change from those.
      var usual = block.kind === "werkplaat" || block.kind === "terugblik" ? model.blockMinutes(model.newBlock(block.kind, block.ids)) : null;
      return { letter: CODE_OF[block.kind], ids: block.ids,
               minutes: block.minutes && block.minutes !== usual ? block.minutes : null,
               phase: block.phase && block.phase !== model.itemPhase(block) ? phases.indexOf(block.phase) + 1 : null };
    }));
    // A space as "+" (as forms write it) keeps a title short and readable in a chat message. A comma, colon
    // or slash means nothing inside a query's value, so it stays as it is (URLSearchParams reads both), except
    // as the last character, which a chat app would leave out of the link.
    function add(key, value) {
      if (!value) return;
      var written = encodeURIComponent(value).replace(/%20/g, "+").replace(/%(2C|3A|2F)(?!$)/g, function (all, hex) {
        return String.fromCharCode(parseInt(hex, 16));
      });
      parts.push(key + "=" + written);
    }
    function own(key, value) { if (!forGroup) add(key, value); }
    add("titel", plan.title);
    if (!forGroup || plan.start !== model.emptyPlan().start) add("t", clock(plan.start).replace(":", "").padStart(4, "0"));
    own("duur", plan.target ? String(plan.target) : "");
    add("m", (forGroup ? plan.modules.filter(function (id) { return !namedByBlocks(plan, id); }) : plan.modules).join("."));
    own("g", plan.group ? String(plan.group) : "");
    own("wmax", plan.maxWerkplaat ? String(plan.maxWerkplaat) : "");
    own("klaar", plan.ready);
    add("b", blocks);
    plan.blocks.forEach(function (block) { if (block.kind === "vrij") add("n", block.title || " "); });
    add("d", plan.date);
    add("p", plan.place);
    own("naam", plan.name);
    // The next meeting, for the follow-up message (planner-nabericht.js); the group's link has no need of it.
    own("vd", plan.nextDate);
    own("vt", typeof plan.nextTime === "number" ? clock(plan.nextTime).replace(":", "").padStart(4, "0") : "");
    Object.keys(extra || {}).forEach(function (key) { add(key, extra[key]); });
    return parts.join("&");
  }

  /* Whether a block of plan uses an item of module id: then the group's page lists that module anyway. */
  function namedByBlocks(plan, id) {
    return plan.blocks.some(function (block) {
      return block.ids.some(function (item) { var found = model.item(block.kind, item); return found && found.module === id; });
    });
  }

  function number(value, low, high) {
    var n = Number(value);
    return value && /^\d+$/.test(value) && n >= low && n <= high ? n : 0;
  }

  /* A number from the link within low..high; outside it, 0 and a sentence saying what the planner did. */
  function setting(params, key, low, high, problems, said) {
    var raw = params.get(key);
    if (raw === null || raw === "") return 0;
    var n = number(raw, low, high);
    if (!n) problems.push(said.replace("#", "'" + shown(raw) + "'"));
    return n;
  }

  function text(params, key, limit, problems, what) {
    var clean = urlState.cleanText(params.get(key) || "", limit);
    if (clean.cut) problems.push(what + " in deze link was te lang. De planner heeft hem ingekort.");
    else if (clean.hidden) problems.push(what + " in deze link had onzichtbare tekens. Die zijn weggehaald.");
    return clean.value;
  }

  /* The settings of a plan: title, time, length, group, date, place and the begeleider's name, each checked. */
  function readSettings(params, plan, problems) {
    plan.title = text(params, "titel", LIMITS.title, problems, "De titel");
    var t = params.get("t");
    if (t) {
      var start = parseClock(t);
      if (start === null) problems.push("De begintijd '" + shown(t) + "' in deze link bestaat niet. De planner begint om " + clock(plan.start) + ".");
      else plan.start = start;
    }
    plan.target = setting(params, "duur", 15, 600, problems,
      "De duur # in deze link kan niet (15 tot 600 minuten). De planner rekent met " + plan.target + " minuten.") || plan.target;
    plan.group = setting(params, "g", 1, 200, problems, "Het aantal deelnemers # in deze link kan niet. Het veld is nu leeg.");
    plan.maxWerkplaat = setting(params, "wmax", 5, 600, problems, "De langste werkplaat # in deze link kan niet. De planner kijkt er nu niet naar.");
    var d = params.get("d");
    if (d && urlState.isDate(d)) plan.date = d;
    else if (d) problems.push("De datum '" + shown(d) + "' in deze link bestaat niet. Vul de datum zelf in bij stap 1.");
    plan.place = text(params, "p", LIMITS.place, problems, "De plaats");
    var vd = params.get("vd"), vt = params.get("vt");
    if (vd && urlState.isDate(vd)) plan.nextDate = vd;
    else if (vd) problems.push("De datum van de volgende bijeenkomst ('" + shown(vd) + "') bestaat niet. Vul hem zelf in bij stap 5.");
    if (vt && parseClock(vt) !== null) plan.nextTime = parseClock(vt);
    else if (vt) problems.push("De begintijd van de volgende bijeenkomst ('" + shown(vt) + "') bestaat niet. Vul hem zelf in bij stap 5.");
    plan.name = text(params, "naam", LIMITS.name, problems, "Je naam");
    uniqueIds((params.get("m") || "").split(/[.,]/), LIMITS.modules, problems, "modules").forEach(function (id) {
      if (index.modules[id]) plan.modules.push(id); else problems.push("De module '" + shown(id) + "' bestaat niet (meer).");
    });
  }

  /* The problems as the page lists them: each once, and a count instead of a thousand lines. */
  function summary(problems) {
    var out = uniqueIds(problems, Infinity, [], "");
    if (out.length <= LIMITS.problems) return out;
    return out.slice(0, LIMITS.problems - 1).concat("En nog " + (out.length - LIMITS.problems + 1) + " meldingen over deze link.");
  }

  /* A plan from a query string. Problems are Dutch sentences; what can be read is kept.
     known is false when the link cannot be read at all (damaged or newer): then the page keeps it. */
  function decode(search) {
    var limited = urlState.limitQuery(search);
    var params = new URLSearchParams(limited.query);
    var plan = model.emptyPlan(), problems = limited.problem ? [limited.problem] : [];
    var raw = params.get("v");
    try {
      readVersion(raw, SCHEMAS.planner, "link");
    } catch (error) {
      if (error.name !== "StateError") throw error;
      problems.push(error.message + " Of maak het plan opnieuw.");
      return { plan: plan, problems: problems, known: false };
    }
    readSettings(params, plan, problems);
    var ready = params.get("klaar");
    var session = ready ? index.sessions[ready] : null;
    if (ready && !session) problems.push("Het kant-en-klare plan '" + shown(ready) + "' bestaat niet (meer).");
    if (session) plan.ready = ready;
    var done = { plan: plan, problems: problems, known: true };
    if (raw === null && session && !params.get("b")) {
      // A link from the trainers' page: the ready plan as it stands in the data file.
      plan.title = plan.title || session.titel;
      plan.start = parseClock(session.start);
      plan.target = session.duur;
      plan.modules = [session.module];
      plan.blocks = model.fromReady(session);
      plan.blocks.forEach(function (block) { block.text = block.text || textFor(plan.ready, block); });
    } else if (raw === null && !params.get("b")) {
      done = fromInvitation(params, plan, problems);
    } else {
      // A link with blocks and no v reads as version 1, as all links made before v existed.
      readBlocks(params, plan, problems);
    }
    done.problems = summary(problems);
    return done;
  }

  function readBlocks(params, plan, problems) {
    var names = params.getAll("n");
    // The grammar of b= is a field type of the state layer's codec (lv/url-state.js); its meaning is here.
    var source = params.get("b") || "", parsed = urlState.TYPES.blocks.read(source);
    for (var at = 0; at < parsed.value.length; at += 1) {
      var written = parsed.value[at];
      if (plan.blocks.length === LIMITS.blocks) {
        problems.push("Deze link heeft meer dan " + LIMITS.blocks + " blokken. Een plan van twee uur heeft er een paar tientallen. " +
          "De planner toont de eerste " + LIMITS.blocks + ".");
        return;
      }
      var kind = KIND_CODES[written.letter], number1 = plan.blocks.length + 1;
      var minutes = written.minutes ? number(written.minutes, 1, 480) : null;
      if (written.minutes && !minutes) problems.push("Blok " + number1 + " had " + written.minutes + " minuten. Dat kan niet (1 tot 480), dus het krijgt zijn gewone duur.");
      var block = model.newBlock(kind, uniqueIds(written.ids, LIMITS.ids, problems, "onderdelen in één blok"), {
        minutes: minutes || null, phase: written.phase ? phases[Number(written.phase) - 1] : null });
      if (kind === "vrij") block.title = urlState.cleanText(names.shift() || "", LIMITS.name).value || "Eigen blok";
      if (kind === "terugblik" && !model.data.lookBack) {
        problems.push("Blok " + number1 + " is een terugblik op de afspraken, maar die heeft deze site niet. De planner laat het blok weg.");
        continue;
      }
      block.ids.filter(function (id) { return !model.item(kind, id); }).forEach(function (id) {
        problems.push("Het " + WHAT[kind] + " '" + shown(id) + "' bestaat niet (meer). Blok " + number1 + " laat het weg.");
      });
      block.ids = block.ids.filter(function (id) { return !!model.item(kind, id); });
      if (model.hasItems(kind) && !block.ids.length) continue;
      block.text = textFor(plan.ready, block);
      plan.blocks.push(block);
    }
    if (parsed.rest < source.length) {
      problems.push("Het einde van de link is niet te lezen (vanaf '" + shown(source.slice(parsed.rest, parsed.rest + 20)) +
        "'). Misschien is er iets weggevallen bij het kopiëren. De blokken ervoor staan hieronder.");
    }
  }

  /* A link of the old invitation builder (?m=module&k=cards&o=prompts&w=werkplaat) becomes a plan. */
  function fromInvitation(params, plan, problems) {
    function ids(key, kind) {
      var list = (params.get(key) || "").split(",").map(function (id) { return id.trim(); });
      return uniqueIds(list, LIMITS.ids, problems, "onderdelen van één soort").filter(function (id) {
        if (!model.item(kind, id)) problems.push("Het " + WHAT[kind] + " '" + shown(id) + "' bestaat niet (meer).");
        return !!model.item(kind, id);
      });
    }
    var cards = ids("k", "kaartjes"), prompts = ids("o", "overdenking"), werkplaat = ids("w", "werkplaat");
    if (cards.length) plan.blocks.push(model.newBlock("kaartjes", cards));
    if (werkplaat.length) plan.blocks.push(model.newBlock("werkplaat", werkplaat));
    if (prompts.length) plan.blocks.push(model.newBlock("overdenking", prompts));
    plan.blocks.forEach(function (block) { block.text = textFor("", block); });
    return { plan: plan, problems: problems, known: true, invitation: plan.blocks.length > 0 };
  }

  return { encode: encode, decode: decode, signature: signature, textFor: textFor };
}

export default { create: create, FORMAT: FORMAT, LIMITS: LIMITS };
