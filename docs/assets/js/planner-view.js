/* De planner on the page, part 2: drawing the blocks, the total, the warnings, the problems and the QR code.
   Markup only comes from the page's <template> elements (made by the build); text goes in with
   textContent. planner.js holds the plan and the events and calls these functions to draw. */
import * as lv from "./lv/core.js";
import qrDownload from "./lv/qr-download.js";

var dom = lv.dom;
var QR_TOO_LONG = "Deze link is te lang voor een QR-code. Deel de link of de uitnodiging hieronder.";

function create(page, model, paper) {
  var data = model.data;
  function q(selector) { return page.querySelector(selector); }

  /* The lines under a block's title: the cards, the prompts, or the werkplaat's group and materials. */
  function describe(block) {
    var first = model.item(block.kind, block.ids[0]);
    if (block.kind === "kaartjes") {
      return block.ids.map(function (id) { var c = model.item("kaartjes", id); return data.cardKinds[c.soort] + ": " + c.titel; });
    }
    if (block.kind === "overdenking") return block.ids.map(function (id) { return model.item("overdenking", id).tekst; });
    if (block.kind === "werkplaat") return ["Groep: " + first.groepsgrootte, "Nodig: " + first.materialen.join(", ")];
    if (block.kind === "terugblik" && data.lookBack) return ["Openingsvraag: " + data.lookBack.openingsvraag];
    return [];
  }

  /* One block of the plan as a list item, from the template lv-pl-blok, with labels that name its number. */
  function blockRow(row, index, count) {
    var block = row.block, li = dom.cloneFirst("lv-pl-blok");
    var number = index + 1;
    function slot(name) { return li.querySelector("[data-slot='" + name + "']"); }
    li.setAttribute("data-phase", row.phase);
    li.setAttribute("data-index", String(index));
    slot("from").textContent = row.from;
    slot("to").textContent = row.to;
    slot("kind").textContent = "Blok " + number + " van " + count + " · " + data.kinds[block.kind];
    slot("phase-label").textContent = paper.phaseLabel(row.phase);
    slot("minutes-label").textContent = row.minutes + " minuten";
    slot("title").textContent = paper.blockTitle(block);
    slot("text").textContent = block.text;
    slot("text").hidden = !block.text;
    dom.replace(slot("items"), describe(block).map(function (text) { return dom.el("li", {}, text); }));
    slot("minutes").value = String(row.minutes);
    slot("phase").value = row.phase;
    slot("own").hidden = block.kind !== "vrij";
    slot("own-title").value = block.title;
    slot("choose").hidden = !model.hasItems(block.kind);
    var labels = { prev: "Vorige keuze voor blok ", roll: "Willekeurige andere keuze voor blok ", next: "Volgende keuze voor blok ",
                   up: "Zet blok " + number + " eerder", down: "Zet blok " + number + " later", remove: "Haal blok " + number + " weg" };
    Array.prototype.forEach.call(li.querySelectorAll("[data-act]"), function (button) {
      var act = button.getAttribute("data-act"), label = labels[act];
      button.setAttribute("aria-label", /^Zet|^Haal/.test(label) ? label : label + number);
      button.title = button.getAttribute("aria-label");
    });
    slot("minutes").setAttribute("aria-label", "Minuten van blok " + number);
    slot("phase").setAttribute("aria-label", "Fase van blok " + number);
    return li;
  }

  /* The total against the chosen length, as a line with a data-fit the CSS colours. */
  function renderTotal(plan) {
    var total = model.total(plan), box = q("[data-lv-pl-total]");
    var rest = plan.target - total;
    box.textContent = "Samen " + total + " van " + plan.target + " minuten" +
      (rest > 0 ? " · nog " + rest + " minuten over" : rest < 0 ? " · " + -rest + " minuten te veel" : " · precies goed");
    box.setAttribute("data-fit", rest < 0 ? "over" : rest > 0 ? "under" : "exact");
  }

  function renderWarnings(plan) {
    var list = q("[data-lv-pl-warnings]"), warnings = model.warnings(plan);
    dom.replace(list, warnings.map(function (warning) { return dom.el("li", {}, warning.text); }));
    q("[data-lv-pl-warnings-box]").hidden = !warnings.length;
  }

  /* The problems of a link, each once; the box stays hidden when there are none. */
  function renderProblems(problems) {
    var box = q("[data-lv-pl-problems]"), list = q("[data-lv-pl-problem-list]");
    dom.replace(list, problems.map(function (text) { return dom.el("li", {}, text); }));
    box.hidden = !problems.length;
  }

  /* The QR code of the participants' link with its downloads (named after the plan's date), or a sentence
     when the link is too long for one. The figure says "om op een dia te zetten": the files are right under it. */
  var qrDate = "", qrBox = null;
  function renderQr(link, date) {
    qrDate = date || "";
    qrBox = qrBox || qrDownload.create(q("[data-lv-pl-qr-box]"), q("[data-lv-pl-qr]"), {
      alt: "QR-code naar de link voor de deelnemers", tooLong: QR_TOO_LONG,
      note: { "class": "lv-pl__qr-note", "data-lv-pl-qr-note": "" },
      name: function () { return "qr-plan-" + (qrDate || "zonder-datum"); } });
    qrBox.show(link);
  }

  return { blockRow: blockRow, renderTotal: renderTotal, renderWarnings: renderWarnings,
           renderProblems: renderProblems, renderQr: renderQr };
}

export default { create: create };
