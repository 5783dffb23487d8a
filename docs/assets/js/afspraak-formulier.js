/* "Dit ga ik doen", the form itself: fetched on the first click of a doekaartje's button (afspraak.js,
   later/afspraak-formulier.js), since most readers of a page never open it. The participant takes the
   card's action or writes one sentence of their own, and picks when: this week or a date. The agreement
   is kept in Mijn antwoorden (the same storage, model and rules as the answers: antwoorden-opslag.js), as
   an entry of the kind "afspraak" with its day, so it is exported, imported, merged and printed with them.
   "Zet in mijn agenda" makes an .ics file in the browser (afspraak-ics.js, fetched on that click too).
   Nothing is sent anywhere. Every text goes in through textContent (lv.dom.el). */
import * as lv from "./lv/core.js";
import model from "./antwoorden-kern.js";
import * as answers from "./antwoorden-opslag.js";
import { load } from "./lv/later.js";

var dom = lv.dom;
var SENTENCE = 300; // one sentence, and it must fit on the printed card

function pad(n) {
  return (n < 10 ? "0" : "") + n;
}

/* A local day as "2026-12-04". */
export function localDay(date) {
  return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
}

/* "Deze week": the Friday of this week, the end of a working week; on Saturday and Sunday, today. */
export function thisWeek(now) {
  var day = now.getDay(), ahead = day === 0 || day === 6 ? 0 : 5 - day;
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead));
}

function radio(name, value, text, checked) {
  var id = name + "-" + value;
  var input = dom.el("input", { type: "radio", name: name, id: id, value: value, checked: checked });
  return { input: input, row: dom.replace(dom.el("p", { "class": "lv-agreement__option" }), [input, " ", dom.el("label", { "for": id }, text)]) };
}

function describe(node) {
  return { card: node.id.replace(/^kaart-/, ""), module: node.getAttribute("data-module") || "",
           titel: model.squash((node.querySelector(".lv-card__title") || {}).textContent),
           vraag: model.squash((node.querySelector(".lv-card__text") || {}).textContent) };
}

/* The link back to the card: this page with the card's anchor, without a query or other hash. A page
   whose address is a plan (the participants' page, data-lv-afspraak-kaartpagina) links to the card's own page. */
function cardUrl(node) {
  var own = node.closest("[data-lv-afspraak-kaartpagina]") && node.querySelector(".lv-card__meta a");
  if (own) return new URL(own.getAttribute("href"), window.location.href).href;
  return window.location.href.split(/[?#]/)[0] + "#" + node.id;
}

/* Fills the panel under a doekaartje's button (made by afspraak.js) with the form, wires it, and opens it. */
export function build(node, toggle, panel) {
  var card = describe(node), base = panel.id, id = "afspraak-" + card.card;
  var what = dom.el("fieldset"), when = dom.el("fieldset");
  var mine = radio(base + "-wat", "kaartje", "Wat op dit kaartje staat", true);
  var own = radio(base + "-wat", "eigen", "Mijn eigen zin:", false);
  var sentence = dom.el("input", { type: "text", id: base + "-zin", maxlength: SENTENCE, "aria-label": "Mijn eigen zin", "class": "lv-agreement__sentence" });
  dom.replace(what, [dom.el("legend", {}, "Wat ga je doen?"), mine.row, own.row, sentence]);
  var week = radio(base + "-wanneer", "week", "Deze week", true);
  var dated = radio(base + "-wanneer", "datum", "Op een datum:", false);
  var day = dom.el("input", { type: "date", id: base + "-datum", "aria-label": "Datum van je afspraak" });
  dom.replace(when, [dom.el("legend", {}, "Wanneer?"), week.row, dated.row, day]);
  var save = dom.el("button", { type: "button", "class": "md-button", "data-lv-afspraak": "bewaar" }, "Bewaar mijn afspraak");
  var status = dom.el("p", { "class": "lv-agreement__status", role: "status", "aria-live": "polite" });
  var after = dom.el("p", { "class": "lv-agreement__after", hidden: true });
  var once = dom.el("button", { type: "button", "class": "md-button", "data-lv-afspraak": "agenda" }, "Zet in mijn agenda");
  var series = dom.el("button", { type: "button", "class": "md-button", "data-lv-afspraak": "reeks" }, "Herinner me na 1, 3 en 6 weken");
  dom.replace(after, [once, " ", series]);
  dom.replace(panel, [what, when, dom.replace(dom.el("p"), [save]), status, after]);

  function open(show) {
    panel.hidden = !show;
    toggle.setAttribute("aria-expanded", String(show));
  }
  function show(entry) {
    if (!entry) return;
    var fromCard = entry.antwoord === card.vraag;
    mine.input.checked = fromCard; own.input.checked = !fromCard;
    sentence.value = fromCard ? "" : entry.antwoord;
    dated.input.checked = true; day.value = entry.wanneer;
    after.hidden = false;
    status.textContent = "Je afspraak staat in Mijn antwoorden: " + entry.antwoord + " (" + lv.formatDate(entry.wanneer) + ").";
  }
  toggle.addEventListener("click", function () { open(panel.hidden); });
  sentence.addEventListener("input", function () { own.input.checked = true; });
  day.addEventListener("input", function () { dated.input.checked = true; });
  save.addEventListener("click", function () {
    var text = own.input.checked ? model.squash(sentence.value) : card.vraag;
    var wanneer = week.input.checked ? thisWeek(new Date()) : day.value;
    if (!text) { status.textContent = "Schrijf eerst je eigen zin, of kies wat op het kaartje staat."; sentence.focus(); return; }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(wanneer) || !lv.formatDate(wanneer)) { status.textContent = "Kies een datum, of kies ‘Deze week’."; day.focus(); return; }
    var stored = answers.load();
    if (!stored.ok && (!stored.damaged || stored.blocked)) { status.textContent = stored.message; return; }
    var entry = { id: id, soort: "afspraak", module: card.module, titel: card.titel, vraag: card.vraag, antwoord: text, wanneer: wanneer };
    var next;
    try { next = model.set(stored.notebook, entry, new Date()); } catch (error) { status.textContent = error.message; return; }
    var written = answers.store(next);
    if (!written.ok) { status.textContent = written.message; return; }
    show(next.antwoorden[id]);
  });
  function ics(useSeries) {
    var entry = answers.load().notebook.antwoorden[id];
    if (!entry) return;
    load(lv.siteRoot() + "assets/bundles/agenda.js", "agenda").then(function (agenda) {
      dom.download(agenda.fileName(entry), "text/calendar;charset=utf-8",
        agenda.calendar(entry, { url: cardUrl(node), series: useSeries, host: window.location.host || "leerlijn-vertrouwen" }));
      status.textContent = useSeries ? "Je agendabestand met drie herinneringen staat klaar. Open het om het in je agenda te zetten."
        : "Je agendabestand staat klaar. Open het om het in je agenda te zetten.";
    }, function () {
      status.textContent = "Het lukte niet om je agendabestand te maken. Je afspraak is wel bewaard. Laad de pagina opnieuw en probeer het nog eens.";
    });
  }
  once.addEventListener("click", function () { ics(false); });
  series.addEventListener("click", function () { ics(true); });
  var known = answers.load().notebook.antwoorden[id];
  if (known && known.soort === "afspraak") show(known);
  open(true);
}
