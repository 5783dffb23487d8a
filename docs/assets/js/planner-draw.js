/* De planner: "Stel een sessie voor", and the other choices per block (◄ ►, and the die).
   Pure logic on top of planner-model.js, without any DOM. A draw is a starting point for the begeleider,
   never a finished plan: it follows the arc open, explore, deepen, agree, close, and fills it with
   material from the chosen modules. The random source is passed in, so the tests can fix it. */

/* A small seeded generator (mulberry32): the same seed gives the same draw, in every browser. */
function seeded(seed) {
  var state = seed >>> 0;
  return function () {
    state = (state + 0x6d2b79f5) >>> 0;
    var t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(list, count, random) {
  var pool = list.slice(), out = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  // Back in the order of the data file, so a round reads as the deck does.
  return out.sort(function (a, b) { return list.indexOf(a) - list.indexOf(b); });
}

function create(model) {
  // The rules are the model's tables (session_rules.RULES); the draw inserts the first kind of pause.
  var data = model.data, rules = model.rules, PAUSE = rules.pauses[0];

  function inModules(plan) {
    var chosen = plan.modules.length ? plan.modules : data.modules.map(function (m) { return m.id; });
    return function (entry) { return chosen.indexOf(entry.module) !== -1; };
  }

  /* Werkplaten that suit the group and the longest time the begeleider allows. */
  function fitsFilter(plan, werkplaat) {
    if (plan.group && werkplaat.groep && (plan.group < werkplaat.groep[0] || plan.group > werkplaat.groep[1])) return false;
    return !plan.maxWerkplaat || werkplaat.duur <= plan.maxWerkplaat;
  }

  /* The ids a block of this kind could show in this phase, within the plan's filter. A card round
     keeps its kind of card (denk or doe). Where nothing fits the phase exactly (no card is marked
     for opening), the same kind of item from the chosen modules is the honest next best. */
  function pool(plan, kind, phase, soort) {
    var inFilter = inModules(plan);
    var list = {
      werkplaat: data.werkplaten.filter(function (w) { return inFilter(w) && fitsFilter(plan, w); }),
      kaartjes: data.cards.filter(function (c) { return inFilter(c) && (!soort || c.soort === soort); }),
      casus: data.cases.filter(inFilter),
      overdenking: data.prompts.filter(inFilter)
    }[kind] || [];
    var fitting = list.filter(function (entry) {
      return entry.fase ? entry.fase === phase : !entry.fasen || entry.fasen.indexOf(phase) !== -1;
    });
    return (fitting.length > 1 || kind === "overdenking" ? fitting : list).map(function (entry) { return entry.id; });
  }

  function blockPool(plan, block) {
    var first = model.item(block.kind, block.ids[0]);
    return pool(plan, block.kind, model.blockPhase(block), first && first.soort);
  }

  /* The next (step 1) or previous (step -1) choice for a block, or null when there is no other.
     Rounds with several cards or prompts move on by a whole window of the same size. */
  function step(plan, block, direction) {
    var ids = blockPool(plan, block);
    var size = Math.max(1, block.ids.length);
    if (ids.length <= size && ids.join() === block.ids.join()) return null;
    if (!ids.length) return null;
    var anchor = ids.indexOf(direction > 0 ? block.ids[block.ids.length - 1] : block.ids[0]);
    var start = anchor === -1 ? (direction > 0 ? 0 : ids.length - size)
      : direction > 0 ? anchor + 1 : anchor - size;
    var next = [];
    for (var i = 0; i < Math.min(size, ids.length); i += 1) next.push(ids[(((start + i) % ids.length) + ids.length) % ids.length]);
    return next;
  }

  /* Another choice at random, never the current one when there is another. */
  function roll(plan, block, random) {
    var ids = blockPool(plan, block);
    var size = Math.min(Math.max(1, block.ids.length), ids.length);
    for (var tries = 0; tries < 12; tries += 1) {
      var pick = sample(ids, size, random);
      if (pick.join() !== block.ids.join()) return pick;
    }
    return null;
  }

  function replaceIds(block, ids) {
    var changed = model.newBlock(block.kind, ids, { minutes: block.minutes, phase: block.phase, title: block.title });
    // A werkplaat brings its own duration; a new one does not inherit the old one's minutes.
    if (block.kind === "werkplaat") changed.minutes = null;
    return changed;
  }

  /* A new block for the end of the plan: in the phase of the block before it, with material
     that the plan does not use yet. Null when the filter leaves nothing of this kind. */
  function blockFor(plan, kind, ownTitle) {
    var last = plan.blocks[plan.blocks.length - 1];
    var phase = last ? model.blockPhase(last) : "openen";
    var block = model.newBlock(kind, [], { phase: kind === "pauze" || kind === "vrij" ? phase : null });
    if (kind === "vrij") block.title = ownTitle;
    if (!model.hasItems(kind)) return block;
    var soort = kind === "kaartjes" ? model.cardKindFor(phase) : null;
    var used = {};
    plan.blocks.forEach(function (b) { b.ids.forEach(function (id) { used[id] = true; }); });
    var ids = pool(plan, kind, kind === "werkplaat" ? "verdiepen" : phase, soort);
    var fresh = ids.filter(function (id) { return !used[id]; });
    block.ids = (fresh.length ? fresh : ids).slice(0, kind === "kaartjes" ? 3 : kind === "overdenking" ? 2 : 1);
    if (kind !== "werkplaat" && phase !== model.itemPhase(block)) block.phase = phase;
    return block.ids.length ? block : null;
  }

  // ---------------------------------------------------------------- the draw

  // Minutes a flexible block may take, lowest and highest, while the draw fits the length.
  var FLEX = { kaartjes: [10, 20], casus: [15, 30], overdenking: [15, 30], vrij: [5, 15] };

  function flexible(block) { return block.kind !== "werkplaat" && block.kind !== "pauze"; }

  /* One pause near the middle of a plan longer than the longest stretch, then more where still needed. */
  function withPauses(blocks) {
    var pause = function (before) {
      return model.newBlock(PAUSE, [], { minutes: rules.minutes[PAUSE], phase: model.blockPhase(before) });
    };
    var sum = blocks.reduce(function (s, block) { return s + model.blockMinutes(block); }, 0);
    var out = blocks.slice();
    if (sum > rules.longest && blocks.length > 1) {
      var best = 1, bestGap = Infinity, now = 0;
      for (var i = 0; i < blocks.length - 1; i += 1) {
        now += model.blockMinutes(blocks[i]);
        if (Math.abs(now - sum / 2) < bestGap) { bestGap = Math.abs(now - sum / 2); best = i + 1; }
      }
      out.splice(best, 0, pause(blocks[best - 1]));
    }
    var result = [], stretch = 0;
    out.forEach(function (block, i) {
      var minutes = model.blockMinutes(block);
      if (i > 0 && !model.isPause(block) && stretch + minutes > rules.longest) {
        result.push(pause(result[result.length - 1]));
        stretch = 0;
      }
      result.push(block);
      stretch = model.isPause(block) ? 0 : stretch + minutes;
    });
    return result;
  }

  /* Shift five minutes at a time between flexible blocks until the plan fills the length, as far as it can. */
  function fit(plan) {
    var guard = 0;
    while (guard < 200) {
      guard += 1;
      var gap = plan.target - model.total(plan);
      if (gap === 0) return;
      var candidates = plan.blocks.filter(function (block) {
        var range = FLEX[block.kind], now = model.blockMinutes(block);
        return flexible(block) && range && (gap > 0 ? now < range[1] : now > range[0]);
      });
      if (!candidates.length) return;
      var block = candidates[guard % candidates.length];
      var amount = Math.min(5, Math.abs(gap));
      block.minutes = model.blockMinutes(block) + (gap > 0 ? amount : -amount);
    }
  }

  function draw(options, random) {
    var plan = model.emptyPlan();
    ["title", "start", "target", "modules", "group", "maxWerkplaat", "date", "place", "name"].forEach(function (key) {
      if (options[key] !== undefined) plan[key] = options[key];
    });
    var b = model.newBlock;
    function pick(kind, phase, soort, count) { return sample(pool(plan, kind, phase, soort), count, random); }
    var pause = plan.target > rules.longest ? rules.minutes[PAUSE] : 0;
    var opening = b("kaartjes", pick("kaartjes", "openen", model.cardKindFor("openen"), 3), { phase: "openen", minutes: 10 });
    var firstCase = pick("casus", "verkennen", null, 1);
    var exploring = b("casus", firstCase, { phase: "verkennen", minutes: 15 });
    var agreeing = b("kaartjes", pick("kaartjes", "afspreken", model.cardKindFor("afspreken"), 4), { phase: "afspreken", minutes: 10 });
    var closing = b("vrij", [], { phase: "afsluiten", minutes: 5, title: "Afsluiting",
      text: "Vraag ieder in één zin wat hij meeneemt. Spreek af wanneer jullie terugkijken." });
    // The werkplaat gets what the arc leaves at its shortest; the prompts and a second case come after.
    var room = plan.target - pause - 40;
    var werkplaten = pool(plan, "werkplaat", "verdiepen").filter(function (id) { return model.item("werkplaat", id).duur <= room; });
    var deepening = [];
    if (werkplaten.length) {
      deepening.push(b("werkplaat", sample(werkplaten, 1, random)));
      room -= model.blockMinutes(deepening[0]);
    }
    var others = pool(plan, "casus", "verdiepen").filter(function (id) { return firstCase.indexOf(id) === -1; });
    var optional = [b("overdenking", pick("overdenking", "verdiepen", null, 2), { minutes: 15 }),
                    b("casus", sample(others, 1, random), { phase: "verdiepen", minutes: 15 })];
    optional.forEach(function (block) {
      if (block.ids.length && room >= 15) { deepening.push(block); room -= 15; }
    });
    var blocks = [opening, exploring].concat(deepening, [agreeing, closing]);
    plan.blocks = blocks.filter(function (block) { return !model.hasItems(block.kind) || block.ids.length; });
    // Fit first with room for the pauses, so that inserting them lands on the length.
    var target = plan.target;
    plan.target = target - (target > rules.longest ? rules.minutes[PAUSE] * Math.ceil(target / rules.longest - 1) : 0);
    fit(plan);
    plan.target = target;
    plan.blocks = withPauses(plan.blocks);
    fit(plan);
    return plan;
  }

  return { step: step, roll: roll, replaceIds: replaceIds, draw: draw, pool: pool, blockPool: blockPool, blockFor: blockFor };
}

export default { create: create, seeded: seeded };
