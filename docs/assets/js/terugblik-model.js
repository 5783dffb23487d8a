/* The participants' own parts of a plan, without any DOM: which agreements the look back shows, which
   doekaartjes the closing block offers, and which cards the week's card is chosen from. The look back
   reads only the participant's own notebook (antwoorden-model.js); nothing here is sent anywhere.
   Runs in the browser and in Node for the tests (tests/js/terugblik-model.test.mjs). */
import answersModel from "./antwoorden-model.js";

// The look back is about the last meeting or two: the most recent agreements, not a notebook of a thousand.
export var SHOWN = 12;

/* The agreements in a notebook, the latest day first; every other kind of entry is left out. */
export function agreements(notebook) {
  return answersModel.list(notebook).filter(function (entry) { return entry.soort === "afspraak"; })
    .sort(function (a, b) { return a.wanneer < b.wanneer ? 1 : a.wanneer > b.wanneer ? -1 : a.id < b.id ? -1 : 1; });
}

/* The id of the answer to "Wat deed je? Wat merkte je?" under one agreement: one per agreement and day,
   so a new agreement for the same card next time gets a look back of its own. Within the notebook's id rule. */
export function reflectionId(agreement) {
  return ("terugblik-" + agreement.id + "-" + agreement.wanneer.replace(/-/g, "")).toLowerCase().slice(0, 80);
}

/* The answer to the look back when no agreement is stored: one per meeting day, if the plan has one. */
export function ownReflectionId(plan) {
  return "terugblik-eigen" + (plan.date ? "-" + plan.date.replace(/-/g, "") : "");
}

/* An agreement as one sentence: it ends with a full stop unless it already ends a sentence. */
export function sentence(text) {
  var clean = answersModel.squash(text);
  return /[.!?…]$/.test(clean) ? clean : clean + ".";
}

/* The ids of the cards of the plan's card rounds, each once, in the plan's order. */
function planCardIds(plan) {
  var seen = Object.create(null), out = [];
  plan.blocks.forEach(function (block) {
    if (block.kind !== "kaartjes") return;
    block.ids.forEach(function (id) { if (!seen[id]) { seen[id] = true; out.push(id); } });
  });
  return out;
}

/* The session's own cards: those of its card rounds; without a card round, every card of its modules.
   fromModules says which of the two it is. modules: the plan's module ids (planner-paper's modulesOf). */
function ownCards(plan, model, modules, keep) {
  var own = planCardIds(plan).map(function (id) { return model.item("kaartjes", id); })
    .filter(function (card) { return card && keep(card); });
  if (own.length) return { cards: own, fromModules: false };
  var wanted = Object.create(null);
  modules.forEach(function (id) { wanted[id] = true; });
  return { cards: model.data.cards.filter(function (card) { return wanted[card.module] && keep(card); }), fromModules: true };
}

/* The doekaartjes a participant can choose from in the closing block. */
export function doeCards(plan, model, modules) {
  return ownCards(plan, model, modules, function (card) { return card.soort === "doe"; });
}

/* The cards the week's card is chosen from: every card of the session (denk and doe). */
export function weekPool(plan, model, modules) {
  return ownCards(plan, model, modules, function () { return true; }).cards;
}

export default { SHOWN: SHOWN, agreements: agreements, reflectionId: reflectionId, ownReflectionId: ownReflectionId,
                 sentence: sentence, doeCards: doeCards, weekPool: weekPool };
