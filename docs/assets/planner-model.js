/* De planner: the pure logic of a session plan, without any DOM.
   A plan is {title, start, target, modules, group, maxWerkplaat, date, place, ready, blocks}; a block is
   {kind, ids, minutes, phase, title, text}, where minutes and phase are null while they follow the data.
   The plan lives in the address (see encode/decode), so the same link always gives the same plan.
   The data comes from the page's JSON (macros/planner.py); the warnings repeat macros/session_rules.py,
   and tests/test_browser_planner.py runs both on the same plans. Runs in the browser (classic script,
   also from file://) and in Node for the tests (tests/js/planner*.test.js). */
// One file, two homes: window.lv.plannerModel in the browser, module.exports in Node (tests/js).
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else (root.lv = root.lv || {}).plannerModel = factory();
})(this, function () {
  "use strict";

  // The version of the address format. A newer site reads older links; an older site says
  // plainly that a link is too new, instead of showing half a plan.
  var FORMAT = 1;
  var KIND_CODES = { W: "werkplaat", K: "kaartjes", C: "casus", O: "overdenking", P: "pauze", V: "vrij" };
  var CODE_OF = {};
  Object.keys(KIND_CODES).forEach(function (code) { CODE_OF[KIND_CODES[code]] = code; });
  // One block: its kind as a capital, its ids joined by dots, then optional minutes (M) and phase (F).
  // Ids only have small letters, digits and dashes, so capitals can mark the parts. No character here is
  // WhatsApp markup (* _ ~) or gets percent-encoded, so a link stays short and intact in a chat.
  var BLOCK = /([WKCOPV])([a-z0-9.-]*)(?:M(\d{1,3}))?(?:F([1-5]))?/g;

  function clock(minutes) {
    var day = ((minutes % 1440) + 1440) % 1440;
    return Math.floor(day / 60) + ":" + String(day % 60).padStart(2, "0");
  }

  function parseClock(value) {
    var match = /^([01]?\d|2[0-3]):?([0-5]\d)$/.exec(String(value || "").trim());
    return match ? Number(match[1]) * 60 + Number(match[2]) : null;
  }

  function create(data) {
    var phases = data.phases.map(function (phase) { return phase.id; });
    var index = {};
    ["cards", "cases", "prompts", "werkplaten", "modules", "sessions"].forEach(function (list) {
      index[list] = {};
      (data[list] || []).forEach(function (item) { index[list][item.id] = item; });
    });
    var TABLE = { werkplaat: "werkplaten", kaartjes: "cards", casus: "cases", overdenking: "prompts" };
    var WHAT = { werkplaat: "werkplaat", kaartjes: "kaartje", casus: "casus", overdenking: "vraag" };

    function item(kind, id) { return TABLE[kind] ? index[TABLE[kind]][id] : undefined; }
    function hasItems(kind) { return !!TABLE[kind]; }

    function newBlock(kind, ids, extra) {
      var block = { kind: kind, ids: ids || [], minutes: null, phase: null, title: "", text: "" };
      Object.keys(extra || {}).forEach(function (key) { block[key] = extra[key]; });
      return block;
    }

    /* The minutes a block takes: its own, else the werkplaat's duration, else the default for its kind. */
    function blockMinutes(block) {
      if (block.minutes) return block.minutes;
      if (block.kind === "werkplaat" && item("werkplaat", block.ids[0])) return item("werkplaat", block.ids[0]).duur;
      return data.defaults[block.kind] || 10;
    }

    /* The phase a block falls in: its own, else the first phase of what it shows (as session_rules.block_phase). */
    function itemPhase(block) {
      var first = item(block.kind, block.ids[0]);
      if (block.kind === "werkplaat" && first) return first.fase;
      if ((block.kind === "casus" || block.kind === "kaartjes") && first) return first.fasen[0];
      if (block.kind === "overdenking") return "verdiepen";
      return null;
    }
    function blockPhase(block) { return block.phase || itemPhase(block) || (block.kind === "pauze" ? "verdiepen" : "verkennen"); }

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
      var rows = schedule(plan);
      if (rows[0].phase !== "openen") {
        out.push({ code: "opening", text: "Je plan begint niet met een blok in de fase openen. Een korte start helpt de groep om te landen." });
      }
      if (rows[rows.length - 1].phase !== "afsluiten") {
        out.push({ code: "closing", text: "Je plan eindigt niet met een blok in de fase afsluiten. Neem een paar minuten om samen af te ronden." });
      }
      var sum = total(plan);
      if (plan.target && sum > plan.target) {
        out.push({ code: "total", text: "Je plan duurt " + sum + " minuten. Dat is " + (sum - plan.target) +
          " minuten langer dan de " + plan.target + " minuten die je hebt." });
      }
      var stretch = 0;
      for (var i = 0; i < plan.blocks.length; i += 1) {
        stretch = plan.blocks[i].kind === "pauze" ? 0 : stretch + rows[i].minutes;
        if (stretch > data.longest) {
          out.push({ code: "pause", block: i, text: "Voor blok " + (i + 1) + " gaan er meer dan " + data.longest +
            " minuten voorbij zonder pauze. Zet een pauze ertussen." });
          break;
        }
      }
      return out;
    }

    // ---------------------------------------------------------------- the address

    function signature(block) {
      return block.kind + ":" + (hasItems(block.kind) ? block.ids.join(".") : block.title);
    }

    function fromReady(session) {
      return session.blokken.map(function (b) {
        var block = newBlock(b.soort, b.ids.slice(), { minutes: b.minuten || null, title: b.titel || "", text: b.tekst || "" });
        // Only a phase that differs from the item's own is the plan's choice; so a link reads back the same.
        block.phase = b.fase && b.fase !== itemPhase(block) ? b.fase : null;
        return block;
      });
    }

    /* The query string of a plan (without "?"). Only what differs from the data is written. */
    function encode(plan, extra) {
      var parts = ["v=" + FORMAT];
      var blocks = plan.blocks.map(function (block) {
        var code = CODE_OF[block.kind] + block.ids.join(".");
        var usual = block.kind === "werkplaat" ? blockMinutes(newBlock("werkplaat", block.ids)) : null;
        if (block.minutes && block.minutes !== usual) code += "M" + block.minutes;
        if (block.phase && block.phase !== itemPhase(block)) code += "F" + (phases.indexOf(block.phase) + 1);
        return code;
      }).join("");
      // A space as "+" (as forms write it) keeps a title short and readable in a chat message.
      function add(key, value) { if (value) parts.push(key + "=" + encodeURIComponent(value).replace(/%20/g, "+")); }
      add("titel", plan.title);
      add("t", clock(plan.start).replace(":", "").padStart(4, "0"));
      add("duur", plan.target ? String(plan.target) : "");
      add("m", plan.modules.join("."));
      add("g", plan.group ? String(plan.group) : "");
      add("wmax", plan.maxWerkplaat ? String(plan.maxWerkplaat) : "");
      add("klaar", plan.ready);
      add("b", blocks);
      plan.blocks.forEach(function (block) { if (block.kind === "vrij") add("n", block.title || " "); });
      add("d", plan.date);
      add("p", plan.place);
      Object.keys(extra || {}).forEach(function (key) { add(key, extra[key]); });
      return parts.join("&");
    }

    function emptyPlan() {
      return { title: "", start: 13 * 60 + 30, target: 120, modules: [], group: 0, maxWerkplaat: 0,
               date: "", place: "", ready: "", blocks: [] };
    }

    function number(value, low, high) {
      var n = Number(value);
      return value && Number.isInteger(n) && n >= low && n <= high ? n : 0;
    }

    /* A plan from a query string. Problems are Dutch sentences; what can be read is kept. */
    function decode(search) {
      var params = new URLSearchParams(search);
      var plan = emptyPlan(), problems = [];
      var version = params.get("v");
      if (version && version !== String(FORMAT)) {
        problems.push("Deze link is gemaakt met een nieuwere versie van de planner (versie " + version +
          "). Open hem op de site waar hij vandaan komt, of maak het plan opnieuw.");
        return { plan: plan, problems: problems, known: false };
      }
      plan.title = (params.get("titel") || "").slice(0, 120);
      var start = parseClock(params.get("t"));
      if (start !== null) plan.start = start;
      plan.target = number(params.get("duur"), 15, 600) || plan.target;
      plan.group = number(params.get("g"), 1, 200);
      plan.maxWerkplaat = number(params.get("wmax"), 5, 600);
      plan.date = /^\d{4}-\d{2}-\d{2}$/.test(params.get("d") || "") ? params.get("d") : "";
      plan.place = (params.get("p") || "").slice(0, 120);
      (params.get("m") || "").split(/[.,]/).filter(Boolean).forEach(function (id) {
        if (index.modules[id]) plan.modules.push(id); else problems.push("De module '" + id + "' bestaat niet (meer).");
      });
      var ready = params.get("klaar");
      var session = ready ? index.sessions[ready] : null;
      if (ready && !session) problems.push("Het kant-en-klare plan '" + ready + "' bestaat niet (meer).");
      if (session) plan.ready = ready;
      if (!version && session && !params.get("b")) {
        // A link from the trainers' page: the ready plan as it stands in the data file.
        plan.title = plan.title || session.titel;
        plan.start = parseClock(session.start);
        plan.target = session.duur;
        plan.modules = [session.module];
        plan.blocks = fromReady(session);
        return { plan: plan, problems: problems, known: true };
      }
      if (!version) return fromInvitation(params, plan, problems);
      readBlocks(params, plan, problems, session);
      return { plan: plan, problems: problems, known: true };
    }

    function readBlocks(params, plan, problems, session) {
      var names = params.getAll("n"), texts = {};
      if (session) fromReady(session).forEach(function (b) { texts[signature(b)] = b.text; });
      var source = params.get("b") || "", read = 0, match;
      BLOCK.lastIndex = 0;
      while ((match = BLOCK.exec(source)) && match[0]) {
        if (match.index !== read) break;
        read = BLOCK.lastIndex;
        var kind = KIND_CODES[match[1]];
        var block = newBlock(kind, match[2].split(".").filter(Boolean), {
          minutes: number(match[3], 1, 480) || null, phase: match[4] ? phases[Number(match[4]) - 1] : null });
        if (kind === "vrij") block.title = (names.shift() || "").trim().slice(0, 80) || "Eigen blok";
        var missing = block.ids.filter(function (id) { return !item(kind, id); });
        missing.forEach(function (id) { problems.push("Het " + WHAT[kind] + " '" + id + "' bestaat niet (meer). Blok " + (plan.blocks.length + 1) + " laat het weg."); });
        block.ids = block.ids.filter(function (id) { return !!item(kind, id); });
        if (hasItems(kind) && !block.ids.length) continue;
        block.text = texts[signature(block)] || "";
        plan.blocks.push(block);
      }
      if (read < source.length) {
        problems.push("Het einde van de link is niet te lezen (vanaf '" + source.slice(read, read + 20) +
          "'). Misschien is er iets weggevallen bij het kopiëren. De blokken ervoor staan hieronder.");
      }
    }

    /* A link of the old invitation builder (?m=module&k=cards&o=prompts&w=werkplaat) becomes a plan. */
    function fromInvitation(params, plan, problems) {
      function ids(key, kind) {
        return (params.get(key) || "").split(",").map(function (id) { return id.trim(); }).filter(function (id) {
          if (!id) return false;
          if (!item(kind, id)) problems.push("Het " + WHAT[kind] + " '" + id + "' bestaat niet (meer).");
          return !!item(kind, id);
        });
      }
      var cards = ids("k", "kaartjes"), prompts = ids("o", "overdenking"), werkplaat = ids("w", "werkplaat");
      if (cards.length) plan.blocks.push(newBlock("kaartjes", cards));
      if (werkplaat.length) plan.blocks.push(newBlock("werkplaat", werkplaat));
      if (prompts.length) plan.blocks.push(newBlock("overdenking", prompts));
      return { plan: plan, problems: problems, known: true, invitation: plan.blocks.length > 0 };
    }

    return {
      FORMAT: FORMAT, phases: phases, item: item, hasItems: hasItems, newBlock: newBlock, blockMinutes: blockMinutes,
      blockPhase: blockPhase, itemPhase: itemPhase, total: total, schedule: schedule, warnings: warnings,
      encode: encode, decode: decode, emptyPlan: emptyPlan, fromReady: fromReady, index: index, data: data
    };
  }

  return { create: create, clock: clock, parseClock: parseClock, FORMAT: FORMAT };
});
