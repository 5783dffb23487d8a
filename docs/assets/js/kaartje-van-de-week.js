/* Kaartje van de week on a deck's page and on a card's page. The deck's page gets a box with this
   week's card (kaartje-week.js) and a link to it; the card's page says "dit is het kaartje van week N"
   when it is. The places are emitted by the build (deck_page.html, card_page.html); text goes in with
   textContent. Nothing is stored or sent: the choice follows from the date alone. */
import * as lv from "./lv/core.js";
import { isoWeek, pick } from "./kaartje-week.js";

var dom = lv.dom;

function reason(week) {
  return "Dit is het kaartje van week " + week.week + ". Elke week kiest de site één kaartje uit deze set, voor iedereen hetzelfde.";
}

function deckBox(box) {
  var cards = Array.prototype.slice.call(document.querySelectorAll(".lv-deck article.lv-card[id^='kaart-']"));
  var card = pick(cards, new Date());
  if (!card) return;
  var week = isoWeek(new Date()), link = card.querySelector(".lv-card__meta a");
  var title = (card.querySelector(".lv-card__title") || {}).textContent || "";
  dom.replace(box, [dom.el("p", { "class": "lv-weekcard__label" }, "Kaartje van week " + week.week),
    dom.replace(dom.el("p", { "class": "lv-weekcard__title" }),
      [dom.el("a", { href: link ? link.getAttribute("href") : "#" + card.id }, title)]),
    dom.el("p", { "class": "lv-weekcard__why" }, "Elke week één kaartje uit deze set, voor iedereen hetzelfde. Probeer het deze week uit.")]);
  box.hidden = false;
}

function cardReason(node) {
  var ids = (node.getAttribute("data-lv-deck-cards") || "").split(" ").filter(Boolean);
  if (pick(ids, new Date()) !== node.getAttribute("data-lv-card")) return;
  node.textContent = reason(isoWeek(new Date()));
  node.hidden = false;
}

lv.onPage(function () {
  var box = document.querySelector("[data-lv-weekcard]");
  if (box) deckBox(box);
  var why = document.querySelector("[data-lv-weekcard-reason]");
  if (why) cardReason(why);
});
