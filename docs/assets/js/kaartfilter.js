/* Filters the cards index by kind and module. Without JavaScript every card stays visible,
   so the form is shown only once this script runs. */
import { onPage, start } from "./lv/core.js";

function setUp(root) {
  var form = root.querySelector(".lv-filter");
  // Through lv.start like every tool: if the filter fails, its form says so and every card stays visible.
  if (form) start(form, function () { filter(root, form); });
}

function filter(root, form) {
  var status = root.querySelector(".lv-filter__status");
  var cards = Array.prototype.slice.call(root.querySelectorAll(".lv-card"));
  form.hidden = false;

  function apply() {
    var kind = form.elements.soort.value;
    var module = form.elements.module.value;
    var shown = 0;
    cards.forEach(function (card) {
      var visible = (!kind || card.dataset.soort === kind) && (!module || card.dataset.module === module);
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    status.textContent = shown === 1 ? "1 kaartje." : shown + " kaartjes.";
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
}

function init() {
  document.querySelectorAll("[data-lv-filter]").forEach(setUp);
}

// Material's instant loading swaps pages without a reload; document$ tells us when.
onPage(init);
