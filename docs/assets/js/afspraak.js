/* "Dit ga ik doen": under every doekaartje a button with which the participant makes a personal
   agreement. The form behind it (afspraak-formulier.js) is fetched on the button's first click
   (later/afspraak-formulier.js, lv/later.js): most readers never open it, and every page's first view
   and start stay lighter without it (issue 24). Nothing is sent anywhere. */
import * as lv from "./lv/core.js";
import { load } from "./lv/later.js";
import * as answers from "./antwoorden-opslag.js";
import { KEYS } from "./lv/keys.js";

var dom = lv.dom;
var READY = "data-lv-afspraken-klaar";
var counter = 0, buttons = [];

/* What a closed button says: "Je afspraak" where this device keeps an agreement for the card. */
function label(toggle, cardId, stored) {
  if (toggle.getAttribute("aria-expanded") === "true") return;
  var known = stored.notebook.antwoorden["afspraak-" + cardId];
  toggle.textContent = known && known.soort === "afspraak" ? "Je afspraak" : "Dit ga ik doen";
}

/* The buttons still on the page; a tool may have replaced the content that held the others. */
function live() {
  buttons = buttons.filter(function (entry) { return entry.toggle.isConnected; });
  return buttons;
}

/* A card the form can take: an id that is safe in an address, and an action to agree on. */
function usable(node) {
  var text = node.querySelector(".lv-card__text");
  return /^[a-z0-9][a-z0-9-]*$/.test(node.id.replace(/^kaart-/, "")) && !!text && !!text.textContent.trim();
}

/* The button and its empty panel; the first click fetches the form into the panel and opens it. The
   button says "Je afspraak" where this device already keeps one for the card, as "Je antwoord" does. */
function add(node, memo) {
  if (node.querySelector(".lv-agreement") || !usable(node)) return;
  counter += 1;
  if (!memo.stored) memo.stored = answers.load();
  var cardId = node.id.replace(/^kaart-/, "");
  var base = "lv-afspraak-" + counter;
  var toggle = dom.el("button", { type: "button", "class": "md-button lv-agreement__toggle", "aria-expanded": "false",
                                  "aria-controls": base });
  label(toggle, cardId, memo.stored);
  live().push({ toggle: toggle, cardId: cardId });
  var panel = dom.el("div", { "class": "lv-agreement__panel", id: base, hidden: true });
  function first() {
    toggle.removeEventListener("click", first);
    load(lv.siteRoot() + "assets/bundles/afspraak-formulier.js", "afspraak-formulier").then(function (form) {
      form.build(node, toggle, panel);
    }, function () {
      toggle.addEventListener("click", first);
      dom.replace(panel, [dom.el("p", { "class": "lv-agreement__status", role: "status" },
        "Het formulier kon niet laden. Controleer of je verbinding werkt en klik dan nog eens op de knop.")]);
      panel.hidden = false;
      toggle.setAttribute("aria-expanded", "true");
    });
  }
  toggle.addEventListener("click", first);
  // After the form's own handler has opened or closed the panel: a closed button says what is kept now.
  // A notebook that cannot be read in full changes nothing, as in the storage handler below.
  toggle.addEventListener("click", function () {
    setTimeout(function () { var stored = answers.load(); if (stored.ok) label(toggle, cardId, stored); }, 0);
  });
  node.appendChild(dom.replace(dom.el("div", { "class": "lv-agreement" }), [toggle, panel]));
}

/* Another tab saved or wiped an agreement: every closed button on this page says so at once. A notebook
   that cannot be read in full changes nothing, so a damaged store never makes a kept agreement look gone. */
window.addEventListener("storage", function (event) {
  if (event.key !== KEYS.answers && event.key !== null) return;
  var stored = answers.load();
  if (!stored.ok) return;
  live().forEach(function (entry) { label(entry.toggle, entry.cardId, stored); });
});

/* Every doekaartje under root; previews and paper (data-lv-no-answers) are left alone. */
function targets(root) {
  return Array.prototype.filter.call(root.querySelectorAll("article.lv-card--doe[id^='kaart-']"),
    function (node) { return !node.closest("template, [data-lv-no-answers]"); });
}

/* Content a tool adds gets its buttons at once; the page's own come in slices (lv.inSlices), as the
   answer fields do, and then the body carries data-lv-afspraken-klaar. */
document.addEventListener("lv-inhoud", function (event) {
  var detail = /** @type {CustomEvent} */ (event).detail, memo = {};
  targets(detail && detail.root || document).forEach(function (node) { add(node, memo); });
});
lv.onPage(function () {
  document.body.removeAttribute(READY);
  lv.inSlices(targets(document), add, function () { document.body.setAttribute(READY, ""); });
});
