/* Mijn antwoorden: the agreements on paper. Each agreement becomes an A6 card (the agreement, its day,
   the card's title and a QR code back to the card), four to an A4 cut sheet. The cards are clones of the
   build's template (notebook.html), filled with textContent; the QR code is drawn element by element
   (lv/qr.js). The QR code points at the public site (data.site), also when the notebook is opened from
   the offline zip, because a phone cannot open a file:// link. Printing switches the page to the sheet
   only (html.lv-print-afspraken, afspraak.css) and back after printing. */
import * as lv from "./lv/core.js";
import qr from "./lv/qr.js";
import model from "./antwoorden-model.js";
import answers from "./antwoorden.js";

var dom = lv.dom;
var PER_SHEET = 4, MODE = "lv-print-afspraken";

/* The agreements of a notebook, soonest first, with the public link to their card (or "" when the card is gone). */
export function agreements(notebook, data) {
  var urls = new Map();
  data.items.forEach(function (item) { urls.set(item.id, item.url); });
  return model.list(notebook).filter(function (entry) { return entry.soort === "afspraak"; })
    .sort(function (a, b) { return a.wanneer < b.wanneer ? -1 : a.wanneer > b.wanneer ? 1 : a.id < b.id ? -1 : 1; })
    .map(function (entry) {
      var url = urls.has(entry.id) && data.site ? new URL(urls.get(entry.id), data.site).href : "";
      return { entry: entry, url: url };
    });
}

function card(item) {
  var node = dom.cloneFirst("lv-sjabloon-afspraakkaart");
  dom.text(node, ".lv-agreement-card__text", item.entry.antwoord);
  dom.text(node, ".lv-agreement-card__date", "Wanneer: " + lv.formatDate(item.entry.wanneer));
  dom.text(node, ".lv-agreement-card__title", item.entry.titel ? "Kaartje: " + item.entry.titel : "");
  var code = item.url ? qr.svg(item.url, "QR-code naar het kaartje " + item.entry.titel, "card") : null;
  var box = node.querySelector(".lv-agreement-card__qr");
  if (code) box.appendChild(code); else box.remove();
  return node;
}

function sheets(items) {
  var out = [];
  for (var start = 0; start < items.length; start += PER_SHEET) {
    var sheet = dom.el("section", { "class": "lv-agreement-sheet", "data-lv-no-answers": "",
                                    "aria-label": "Blad " + (out.length + 1) });
    dom.replace(sheet, items.slice(start, start + PER_SHEET).map(card));
    out.push(sheet);
  }
  return out;
}

function init(root) {
  var section = root.querySelector("[data-lv-agreement-cards]");
  if (!section) return;
  var data = lv.readJson("lv-data", true), holder = section.querySelector("[data-lv-agreement-sheets]");
  function refresh() {
    var items = agreements(answers.load().notebook, data);
    section.hidden = !items.length;
    return items;
  }
  section.querySelector("[data-lv-agreement-print]").addEventListener("click", function () {
    dom.replace(holder, sheets(refresh()));
    holder.hidden = false;
    document.documentElement.classList.add(MODE);
    window.print();
  });
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove(MODE);
    holder.hidden = true;
  });
  window.addEventListener("storage", refresh);
  refresh();
}

lv.onPage(function () {
  var root = document.querySelector("[data-lv-notebook]");
  if (root) lv.start(root.closest(".lv-notebook-page"), init);
});
