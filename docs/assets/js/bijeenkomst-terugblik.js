/* The participants' own parts of a plan, on their page (bijeenkomst.md), drawn by planner-paper.js:
   - the look back: their own agreements from Mijn antwoorden on this device, each with the question
     and an answer field (antwoorden.js attaches it, as under any prompt), or a kind line when there is none;
   - "Dit ga ik doen" in the closing block: the session's doekaartjes, where afspraak.js attaches its form;
   - the week's card, from the session's own cards (kaartje-week.js).
   The agreements are read here, in this browser, and shown to this participant only: nothing is sent,
   and the room's view (begeleiden.js) never reads them. Markup comes from the build's templates
   (look_back_templates.html); every text goes in with textContent. */
import * as lv from "./lv/core.js";
import answers from "./antwoorden.js";
import { isoWeek, pick } from "./kaartje-week.js";
import lookBackModel from "./terugblik-model.js";

var dom = lv.dom;
function slot(node, name) { return node.querySelector("[data-slot='" + name + "']"); }

/* model: the planner's model; modulesOf(plan): the plan's modules, as planner-paper.js counts them. */
function create(model, modulesOf) {
  var data = model.data;
  function moduleIds(plan) { return modulesOf(plan).map(function (m) { return m.id; }); }

  /* One agreement with the look back's question; its id makes antwoorden.js give it an answer field. */
  function agreementItem(entry) {
    var li = dom.cloneFirst("lv-pl-terugblik-afspraak");
    li.id = "overdenking-" + lookBackModel.reflectionId(entry);
    li.setAttribute("data-module", entry.module || "");
    slot(li, "label").textContent = "Je afspraak" + (lv.formatDate(entry.wanneer) ? " van " + lv.formatDate(entry.wanneer) : "") + ":";
    slot(li, "agreement").textContent = lookBackModel.sentence(entry.antwoord);
    return li;
  }

  /* The look back: this participant's agreements, or the line that says there are none and what to do. */
  function lookBack(plan) {
    var part = dom.cloneFirst("lv-pl-terugblik"), stored = answers.load();
    var list = lookBackModel.agreements(stored.notebook);
    list.slice(0, lookBackModel.SHOWN).forEach(function (entry) { slot(part, "list").appendChild(agreementItem(entry)); });
    slot(part, "list").hidden = !list.length;
    slot(part, "intro").hidden = !list.length;
    if (list.length > lookBackModel.SHOWN) {
      var older = list.length - lookBackModel.SHOWN;
      slot(part, "list").after(dom.el("p", { "class": "lv-lookback__more" }, "Je hebt nog " + older + (older === 1 ? " oudere afspraak" : " oudere afspraken") +
        ". Die staan in Mijn antwoorden."));
    }
    if (!list.length) {
      var own = dom.cloneFirst("lv-pl-terugblik-eigen");
      own.id = "overdenking-" + lookBackModel.ownReflectionId(plan);
      slot(part, "own").appendChild(own);
      slot(part, "empty").hidden = false;
    }
    // Storage that cannot be read says so, instead of an empty look back that suggests there is nothing.
    if (!stored.ok && stored.message) part.insertBefore(dom.el("p", { "class": "lv-notice", role: "status" }, stored.message), part.firstChild);
    return part;
  }

  /* "Dit ga ik doen" in the closing block: the session's doekaartjes, each as on a module page. */
  function closing(plan) {
    var part = dom.cloneFirst("lv-pl-afspraak-kiezen"), found = lookBackModel.doeCards(plan, model, moduleIds(plan));
    found.cards.forEach(function (card) {
      var node = dom.item("kaart:" + card.id);
      if (node) slot(part, "cards").appendChild(node);
    });
    slot(part, "from-modules").hidden = !found.fromModules || !found.cards.length;
    // The doekaartjes of whole modules are many: folded, so the page stays short on a phone.
    slot(part, "summary").textContent = (found.fromModules ? "Toon de doekaartjes" : "De doekaartjes") + " (" + found.cards.length + ")";
    slot(part, "fold").open = !found.fromModules;
    return found.cards.length ? part : null;
  }

  /* The week's card from the session's own cards: the same for everyone in this ISO week. */
  function weekCard(plan, now) {
    var card = pick(lookBackModel.weekPool(plan, model, moduleIds(plan)), now || new Date());
    var url = card && data.cardUrls && Object.prototype.hasOwnProperty.call(data.cardUrls, card.id) ? data.cardUrls[card.id] : null;
    if (!card || !url) return null;
    var box = dom.cloneFirst("lv-pl-weekkaart"), week = isoWeek(now || new Date()).week;
    slot(box, "label").textContent = "Kaartje van week " + week;
    slot(box, "link").textContent = card.titel;
    slot(box, "link").setAttribute("href", url);
    slot(box, "text").textContent = card.tekst;
    slot(box, "why").textContent = "Elke week krijgt iedereen hetzelfde kaartje uit deze bijeenkomst. Neem het deze week mee in je werk.";
    return box;
  }

  return { lookBack: lookBack, closing: closing, weekCard: weekCard };
}

export default { create: create };
