/* Kaartje van de week on the home page, a deck's page and a card's page. The home page and a deck's page get a box with this
   week's card (kaartje-week.js) and a link to it; the card's page says "dit is het kaartje van week N"
   when it is. The places are emitted by the build (deck_page.html, card_page.html); text goes in with
   textContent. Nothing is stored or sent: the choice follows from the date alone. */
import * as lv from "./lv/core.js";
import { isoWeek, pick } from "./kaartje-week.js";

var dom = lv.dom;

function reason(week) {
  return "Dit is het kaartje van week " + week + ". Elke week kiest de site één kaartje uit deze set, voor iedereen hetzelfde.";
}

/* The box: on the home page from every card of the site (JSON from the build), on a deck's page from its cards. */
function box(node) {
  var choice;
  if (node.hasAttribute("data-lv-weekcard-site")) {
    choice = pick(lv.readJson("lv-weekkaarten", true) || [], new Date());
  } else {
    var card = pick(Array.prototype.slice.call(document.querySelectorAll(".lv-deck article.lv-card[id^='kaart-']")), new Date());
    var link = card && card.querySelector(".lv-card__meta a");
    choice = card && { titel: (card.querySelector(".lv-card__title") || {}).textContent || "",
                       url: link ? link.getAttribute("href") : "#" + card.id };
  }
  if (!choice || typeof choice.titel !== "string" || typeof choice.url !== "string") return;
  var week = isoWeek(new Date()), which = node.hasAttribute("data-lv-weekcard-site") ? "van de hele site" : "uit deze set";
  dom.replace(node, [dom.el("p", { "class": "lv-weekcard__label" }, "Kaartje van week " + week.week),
    dom.replace(dom.el("p", { "class": "lv-weekcard__title" }), [dom.el("a", { href: choice.url }, choice.titel)]),
    dom.el("p", { "class": "lv-weekcard__why" }, "Elke week één kaartje " + which + ", voor iedereen hetzelfde. Probeer het deze week uit.")]);
  node.hidden = false;
}

function ids(node, name) {
  return (node.getAttribute(name) || "").split(" ").filter(Boolean);
}

/* The card's page: whether this card is this week's card of its set, or of the whole site (the home page). */
function cardReason(node) {
  var id = node.getAttribute("data-lv-card"), now = new Date(), week = isoWeek(now).week;
  if (pick(ids(node, "data-lv-deck-cards"), now) === id) {
    node.textContent = reason(week);
  } else if (pick(ids(node, "data-lv-site-cards"), now) === id) {
    node.textContent = "Dit is het kaartje van week " + week + ". Elke week kiest de site één kaartje, voor iedereen hetzelfde; dit staat deze week op de startpagina.";
  } else {
    return;
  }
  node.hidden = false;
}

lv.onPage(function () {
  var place = document.querySelector("[data-lv-weekcard]");
  if (place) box(place);
  var why = document.querySelector("[data-lv-weekcard-reason]");
  if (why) cardReason(why);
});
