/* Eigen kaartjes: the maker's buttons, fields and window events, joined to the parts that handle them.
   One place for the wiring, so each part (eigen-kaartjes-kaart.js, -reserve.js, -delen.js) only says
   what happens, and the markup it wires is own_cards.html. */

/** @param {import("./eigen-kaartjes.js").Maker} maker */
export function wire(maker) {
  var root = maker.root, data = maker.data, dom = maker.dom;
  ["titel", "moment", "module"].forEach(function (field) {
    var input = /** @type {HTMLInputElement} */ (maker.box("[data-lv-ek-deck=" + field + "]"));
    input.addEventListener(field === "module" ? "change" : "input", function () {
      maker.deck[field] = input.value;
      // The set's name stands on every preview card; only that line changes.
      if (field === "titel") maker.cards.refreshMeta();
      maker.edited();
    });
  });
  var start = /** @type {HTMLSelectElement} */ (maker.box("[data-lv-ek-start]"));
  data.decks.forEach(function (deck) {
    start.appendChild(dom.el("option", { value: deck.id }, deck.label + " (" +
      maker.model.plural(deck.kaarten.length, "kaartje", "kaartjes") + ")"));
  });
  // A deck's own page links here with ?van=<set>, so that set is already chosen.
  var from = new URLSearchParams(window.location.search).get("van");
  if (from && data.decks.some(function (deck) { return deck.id === from; })) start.value = from;
  var modules = maker.box("[data-lv-ek-deck=module]");
  data.modules.forEach(function (module) {
    modules.appendChild(dom.el("option", { value: module.id }, "Module " + module.nummer + ": " + module.titel));
  });
  root.querySelectorAll("[data-lv-ek-add]").forEach(function (button) {
    button.addEventListener("click", function () { maker.cards.add(button.getAttribute("data-lv-ek-add")); });
  });
  var actions = {
    "copy-deck": function () { maker.copyDeck(start.value); },
    undo: function () { maker.undo(); },
    "take-theirs": function () { maker.reserve.resolveConflict(true); },
    "keep-mine": function () { maker.reserve.resolveConflict(false); },
    "open-link": function () { maker.reserve.answerLink("open"); },
    "add-link": function () { maker.reserve.answerLink("add"); },
    "keep-link": function () { maker.reserve.answerLink("keep"); }
  };
  Object.keys(actions).forEach(function (name) {
    maker.box("[data-lv-ek-action=" + name + "]").addEventListener("click", actions[name]);
  });
  window.addEventListener("storage", function (event) { maker.reserve.onStorage(event); });
  window.addEventListener("hashchange", function () { maker.reserve.onHashChange(); });
  maker.outputs.attach();
}
