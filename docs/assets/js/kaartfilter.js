/* Filters the cards index by kind and module. Without JavaScript every card stays visible,
   so the form is shown only once this script runs. The status line says in a full sentence how
   many kaartjes you see, and what to do when your choice leaves none; a screen reader reads it
   out after every change (role="status" in macros/templates/card_index.html). */
import { onPage, start } from "./lv/core.js";

// Said when the filter cannot start. The cards are outside the form, so every kaartje stays in view.
var BROKEN = { title: "Het filter werkt niet",
               lines: ["Je ziet daarom alle kaartjes onder elkaar. Laad de pagina opnieuw als je toch wilt filteren."] };

/* The status line for shown of total kaartjes; the build writes the first one (all) in the same words. */
export function status(shown, total) {
  if (shown === total) return "Je ziet alle " + total + " kaartjes.";
  if (shown === 0) return "Bij deze keuze hoort geen enkel kaartje. Kies een andere soort of een andere module.";
  return "Je ziet " + shown + " van de " + total + " kaartjes.";
}

function setUp(root) {
  var form = root.querySelector(".lv-filter");
  // Through lv.start like every tool: if the filter fails, its form says so and every card stays visible.
  if (form) start(form, function () { filter(root, form); }, BROKEN);
}

function filter(root, form) {
  var line = root.querySelector(".lv-filter__status");
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
    line.textContent = status(shown, cards.length);
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
