/* De planner: the pure logic of a session plan, without any DOM.
   A plan is {title, start, target, modules, group, maxWerkplaat, date, place, ready, blocks, nextDate,
   nextTime}, the last two the next meeting (day, and minutes or null); a block is
   {kind, ids, minutes, phase, title, text}, where minutes and phase are null while they follow the data.
   The plan lives in the address (planner-link.js, offered here as encode/decode), so the same link
   always gives the same plan.
   The data comes from the page's JSON (macros/planner.py). The rules come as tables from
   macros/session_rules.py (planner-rules.js, made by `make bundles`), which the build applies to the ready
   plans; this file applies them and holds none of its own (tests/test_planner_rules.py compares both).
   Runs in the browser (classic script, also from file://) and in Node for the tests (tests/js/planner*.test.js). */
import Link from "./planner-link.js";
import RULES from "./planner-rules.js";

// The version of the address format, kept with the address itself (planner-link.js).
var FORMAT = Link.FORMAT;

function clock(minutes) {
  var day = ((minutes % 1440) + 1440) % 1440;
  return Math.floor(day / 60) + ":" + String(day % 60).padStart(2, "0");
}

function parseClock(value) {
  var match = /^([01]?\d|2[0-3]):?([0-5]\d)$/.exec(String(value || "").trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/* data: the page's JSON; rules: the tables of session_rules.RULES (the tests pass others to see them count). */
function create(data, rules) {
  rules = rules || RULES;
  var phases = rules.phases.slice();
  // Keys come from links, so the tables have no prototype: "constructor" or "__proto__" finds nothing.
  var index = Object.create(null);
  ["cards", "cases", "prompts", "werkplaten", "modules", "sessions"].forEach(function (list) {
    index[list] = Object.create(null);
    (data[list] || []).forEach(function (item) { index[list][item.id] = item; });
  });
  var TABLE = { werkplaat: "werkplaten", kaartjes: "cards", casus: "cases", overdenking: "prompts" };

  function item(kind, id) { return hasItems(kind) ? index[TABLE[kind]][id] : undefined; }
  function hasItems(kind) { return Object.prototype.hasOwnProperty.call(TABLE, kind); }

  function newBlock(kind, ids, extra) {
    var block = { kind: kind, ids: ids || [], minutes: null, phase: null, title: "", text: "" };
    Object.keys(extra || {}).forEach(function (key) { block[key] = extra[key]; });
    return block;
  }

  /* The minutes a block takes: its own, else the werkplaat's duration, else the default for its kind
     (as session_rules.block_minutes). */
  function blockMinutes(block) {
    if (block.minutes) return block.minutes;
    if (block.kind === "werkplaat") return item("werkplaat", block.ids[0]) ? item("werkplaat", block.ids[0]).duur : 0;
    // The look back runs as written, like a werkplaat: its minutes are those of its steps (macros/look_back.py).
    if (block.kind === "terugblik") return data.lookBack ? data.lookBack.duur : 0;
    return rules.minutes[block.kind];
  }

  /* The phase a block falls in: its own, else the first phase of what it shows, else its kind's
     (as session_rules.block_phase). */
  function itemPhase(block) {
    var first = item(block.kind, block.ids[0]);
    if (block.kind === "werkplaat" && first) return first.fase;
    if ((block.kind === "casus" || block.kind === "kaartjes") && first) return first.fasen[0];
    return own(rules.kindPhase, block.kind) || null;
  }
  function blockPhase(block) {
    return block.phase || itemPhase(block) || own(rules.emptyPhase, block.kind) || rules.otherPhase;
  }
  function own(table, key) { return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined; }
  function isPause(block) { return rules.pauses.indexOf(block.kind) !== -1; }
  /* The kind of card that suits a phase: the one whose default phases hold it, else the first kind. */
  function cardKindFor(phase) {
    var kinds = Object.keys(rules.cardPhases);
    return kinds.filter(function (kind) { return rules.cardPhases[kind].indexOf(phase) !== -1; })[0] || kinds[0];
  }

  function total(plan) {
    return plan.blocks.reduce(function (sum, block) { return sum + blockMinutes(block); }, 0);
  }

  /* Every block with its clock times, counted from the start and the blocks before it. */
  function schedule(plan) {
    var now = plan.start;
    return plan.blocks.map(function (block) {
      var minutes = blockMinutes(block);
      var row = { block: block, start: now, end: now + minutes, from: clock(now), to: clock(now + minutes),
                  minutes: minutes, phase: blockPhase(block) };
      now += minutes;
      return row;
    });
  }

  /* Advice, never a stop: the same three rules as the build applies to ready plans. */
  function warnings(plan) {
    var out = [];
    if (!plan.blocks.length) return out;
    var rows = schedule(plan), opening = phases[0], closing = phases[phases.length - 1];
    if (rows[0].phase !== opening) {
      out.push({ code: "opening", text: "Je plan begint niet met een blok in de fase " + opening + ". Een korte start helpt de groep om te landen." });
    }
    if (rows[rows.length - 1].phase !== closing) {
      out.push({ code: "closing", text: "Je plan eindigt niet met een blok in de fase " + closing + ". Neem een paar minuten om samen af te ronden." });
    }
    var sum = total(plan);
    if (plan.target && sum > plan.target) {
      out.push({ code: "total", text: "Je plan duurt " + sum + " minuten. Dat is " + (sum - plan.target) +
        " minuten langer dan de " + plan.target + " minuten die je hebt." });
    }
    var stretch = 0;
    for (var i = 0; i < plan.blocks.length; i += 1) {
      stretch = isPause(plan.blocks[i]) ? 0 : stretch + rows[i].minutes;
      if (stretch > rules.longest) {
        out.push({ code: "pause", block: i, text: "Voor blok " + (i + 1) + " gaan er meer dan " + rules.longest +
          " minuten voorbij zonder pauze. Zet een pauze ertussen." });
        break;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- plans from the data

  function fromReady(session) {
    return session.blokken.map(function (b) {
      var block = newBlock(b.soort, b.ids.slice(), { minutes: b.minuten || null, title: b.titel || "", text: b.tekst || "" });
      // Only a phase that differs from the item's own is the plan's choice; so a link reads back the same.
      block.phase = b.fase && b.fase !== itemPhase(block) ? b.fase : null;
      return block;
    });
  }

  function emptyPlan() {
    return { title: "", start: 13 * 60 + 30, target: 120, modules: [], group: 0, maxWerkplaat: 0,
             date: "", place: "", name: "", ready: "", blocks: [], nextDate: "", nextTime: null };
  }

  var api = {
    FORMAT: FORMAT, phases: phases, rules: rules, item: item, hasItems: hasItems, newBlock: newBlock,
    blockMinutes: blockMinutes, blockPhase: blockPhase, itemPhase: itemPhase, isPause: isPause, cardKindFor: cardKindFor,
    total: total, schedule: schedule, warnings: warnings, emptyPlan: emptyPlan, fromReady: fromReady, index: index, data: data
  };
  // The plan in its address lives in planner-link.js; the model offers it as its own.
  var link = Link.create(api, clock, parseClock);
  api.encode = link.encode;
  api.decode = link.decode;
  api.textFor = link.textFor;
  return api;
}

export default { create: create, clock: clock, parseClock: parseClock, FORMAT: FORMAT };
