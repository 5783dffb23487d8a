/* The invitation builder and the selection page, on the shared layer (docs/assets/lv/).
   The trainer's choice lives entirely in the address (?v=1&m=module&k=cards&o=prompts&w=werkplaat
   &d=date&t=time&p=place), so it needs no server, account or cookie, and keeps working as long as the
   ids exist; links from before v= existed read as version 1. Cards and prompts are copies of the
   build's <template> elements filled with textContent; a werkplaat is its build-made item. This file
   only chooses, arranges and writes the invitation text. */
import { SCHEMAS } from "./lv/state.js";
import * as lv from "./lv/core.js";
import urlState from "./lv/url-state.js";
import clipboard from "./lv/clipboard.js";
import qrDownload from "./lv/qr-download.js";

var dom = lv.dom, formatDate = lv.formatDate;

var codec = urlState.codec({
  version: SCHEMAS.invitation.current,
  fields: { m: "id", k: "ids", o: "ids", w: "id", d: "date", t: "time", p: "text" }
});

// An id the module pages can have: a link with any other "module" is damaged, not old.
var ID = /^[a-z0-9][a-z0-9-]*$/;
var clean = function (text, limit) { return urlState.cleanText(text, limit).value; };

/* A table by id, without a prototype: an id from a link such as "constructor" finds nothing. */
function byId(list) {
  var map = Object.create(null);
  list.forEach(function (item) { map[item.id] = item; });
  return map;
}

function when(state) {
  return [formatDate(state.d), state.t ? "om " + state.t : "", state.p ? "in " + state.p : ""]
    .filter(Boolean).join(" ");
}

// ------------------------------------------------------------------ material from the templates

function Material(data) {
  this.data = data;
  this.modules = byId(data.modules);
  this.cards = byId(data.cards);
  this.prompts = byId(data.prompts);
  this.werkplaten = byId(data.werkplaten);
}

/* One card: the site's card template, with every value set as text. */
Material.prototype.card = function (card) {
  var node = dom.cloneFirst("lv-sjabloon-kaartje"), kind = this.data.kinds[card.soort];
  node.className = "lv-card lv-card--" + card.soort;
  node.id = card.anker;
  node.setAttribute("aria-labelledby", card.anker + "-titel");
  node.setAttribute("data-soort", card.soort);
  node.setAttribute("data-module", card.module);
  var kindLine = node.querySelector(".lv-card__kind");
  dom.replace(kindLine, [dom.text(kindLine, ".lv-card__symbol", kind.symbol), " " + kind.label]);
  dom.text(node, ".lv-card__title", card.titel).id = card.anker + "-titel";
  dom.text(node, ".lv-card__text", card.tekst);
  var meta = node.querySelector(".lv-card__meta"), link = meta.querySelector("a");
  link.setAttribute("href", card.url);
  dom.replace(meta, [card.meta + " · ", link]);
  return node;
};

/* One prompt, with its own module: My answers files the answer under it, whatever the link says. */
Material.prototype.prompt = function (prompt) {
  var node = dom.cloneFirst("lv-sjabloon-vraag");
  node.id = "overdenking-" + prompt.id;
  node.setAttribute("data-module", prompt.module);
  node.querySelector("p").textContent = prompt.tekst;
  return node;
};

/* The ids of one kind that exist; the others are added to missing, by name. */
Material.prototype.known = function (ids, kind, word, missing) {
  var map = this[kind];
  return ids.filter(function (id) {
    if (!map[id]) missing.push(word + " '" + id + "'");
    return !!map[id];
  });
};

function notice(title, lines) {
  var box = lv.notice(title, lines);
  box.classList.add("lv-selection__missing");
  return box;
}

/* The participant's view of a state; unknown ids are listed, never dropped silently. */
Material.prototype.view = function (state, problems) {
  var self = this, root = dom.el("div", { "class": "lv-selection__body" }), missing = [];
  if (!state.m) {
    root.appendChild(dom.el("p", { "class": "lv-notice" },
      "In deze link staat geen module. Vraag je trainer om een nieuwe link, of kies zelf een module in de leerlijn."));
    return root;
  }
  if (!ID.test(state.m)) {
    // Nothing of this link can be trusted to belong together; answers typed here could not be kept.
    // The value is named literally (as text), so a participant can tell the trainer what is wrong.
    return notice("Deze link werkt niet", ["De module '" + clean(state.m, 60) + "' in deze link is beschadigd. " +
      "Kopieer de link nog eens helemaal, of vraag je trainer om een nieuwe link.", "Je kunt ook zelf een module kiezen in de leerlijn."]);
  }
  var module = this.modules[state.m];
  if (!module) missing.push("module '" + state.m + "'");
  root.appendChild(dom.el("h2", { "class": "lv-selection__title" },
    module ? "Module " + module.nummer + ": " + module.titel : "Voorbereiding"));
  if (when(state)) root.appendChild(dom.el("p", { "class": "lv-selection__when" }, "Bijeenkomst: " + when(state) + "."));
  if (module) {
    root.appendChild(dom.el("p", {}, module.beschrijving));
    // The heading names the module already; the link says what to do, so the title stands once.
    root.appendChild(dom.replace(dom.el("p"), [
      dom.el("a", { href: module.url }, "Lees de module vooraf"), " (ongeveer " + module.duur + " minuten)."]));
  }
  var cards = this.known(state.k, "cards", "kaartje", missing);
  if (cards.length) {
    root.appendChild(dom.el("h3", {}, "Kaartjes om mee te nemen"));
    root.appendChild(dom.replace(dom.el("div", { "class": "lv-deck__cards" }),
      cards.map(function (id) { return self.card(self.cards[id]); })));
  }
  var prompts = this.known(state.o, "prompts", "vraag", missing);
  if (prompts.length) {
    root.appendChild(dom.el("h3", {}, "Ter overdenking"));
    var section = dom.el("section", { "class": "lv-prompts", "aria-label": "Ter overdenking", "data-module": module ? state.m : null });
    section.appendChild(dom.replace(dom.el("ol", { "class": "lv-prompts__list" }),
      prompts.map(function (id) { return self.prompt(self.prompts[id]); })));
    root.appendChild(section);
  }
  if (state.w) {
    var werkplaat = this.werkplaten[state.w] && dom.item("werkplaat:" + state.w);
    if (werkplaat) root.appendChild(werkplaat); else missing.push("werkplaat '" + state.w + "'");
  }
  var lines = (problems || []).slice();
  if (missing.length) {
    lines.unshift("Deze onderdelen konden we niet vinden: " + missing.join(", ") +
      ". Misschien is de link oud, of is er iets weggevallen bij het kopiëren. De rest staat hieronder.");
  }
  if (lines.length) root.insertBefore(notice("Niet alles uit deze link bestaat nog", lines), root.firstChild);
  return root;
};

/* Tells other tools (My answers adds answer fields under prompts) that new material is on the page. */
function announce(root) {
  document.dispatchEvent(new CustomEvent("lv-inhoud", { detail: { root: root } }));
}

/* The participant's page. A link that cannot be read at all (damaged, or newer) says why and what
   to do; any other failure reaches lv.start, which shows "Deze link werkt niet" too. */
function initSelection(container, material) {
  var view;
  try {
    var read = codec.read(window.location.search);
    view = material.view(read.value, read.problems);
  } catch (error) {
    if (error.name !== "StateError") throw error;
    view = notice("Deze link werkt niet", [error.message, "Lukt het niet? Vraag je trainer om een nieuwe link."]);
  }
  dom.replace(container, [view]);
  announce(container);
}

// ------------------------------------------------------------------ the builder

function invitationText(material, state, link, name) {
  var module = material.modules[state.m], lines = ["Hoi allemaal,", ""];
  lines.push((when(state) ? "Op " + when(state) + " " : "Bij onze volgende bijeenkomst ") +
    "werken we samen aan module " + module.nummer + ": " + module.titel + (/[.?!]$/.test(module.titel) ? "" : "."));
  lines.push(module.beschrijving, "");
  lines.push("Wil je je vooraf voorbereiden? Open deze link. Het lezen kost ongeveer " + module.duur + " minuten.");
  lines.push(link, "");
  if (state.k.length) {
    lines.push("Denk alvast na over " + (state.k.length === 1 ? "dit kaartje:" : "deze kaartjes:"));
    state.k.forEach(function (id) { if (material.cards[id]) lines.push("- " + material.cards[id].titel); });
    lines.push("");
  }
  if (state.o.length) {
    lines.push("Er " + (state.o.length === 1 ? "staat 1 vraag" : "staan " + state.o.length + " vragen") +
      " klaar om over na te denken. Neem je antwoorden mee.", "");
  }
  lines.push("Tot dan!");
  if (name) lines.push(name);
  return lines.join("\n");
}

/* One list of choices: the cards, the prompts or the werkplaten of the chosen module. */
function choices(container, items, name, type, label) {
  dom.replace(container, items.map(function (item) {
    var id = "lv-b-" + name + "-" + item.id;
    return dom.replace(dom.el("p", { "class": "lv-builder__choice" }), [
      dom.el("input", { type: type, id: id, name: name, value: item.id }), " ",
      dom.el("label", { "for": id }, label(item))]);
  }));
}

var LISTS = [
  { list: "cards", name: "cards", type: "checkbox",
    label: function (card) { return (card.soort === "denk" ? "Denkkaartje: " : "Doekaartje: ") + card.titel; } },
  { list: "prompts", name: "prompts", type: "checkbox", label: function (prompt) { return prompt.tekst; } },
  { list: "werkplaten", name: "werkplaat", type: "radio", none: { id: "", titel: "Geen werkplaat" },
    label: function (w) { return w.id ? w.titel + " (" + w.duur + " minuten)" : w.titel; } }
];

function initBuilder(root, material) {
  var data = material.data, form = root.querySelector("form"), moduleSelect = form.elements.module;
  var status = root.querySelector(".lv-builder__status");
  var qrDate = "";
  var qrBox = qrDownload.create(root.querySelector("[data-lv-qr-box]"), root.querySelector("[data-lv-qr]"), {
    alt: "QR-code naar de link voor de deelnemers", tooLong: "Deze link is te lang voor een QR-code. Deel de link of de tekst.",
    name: function () { return "qr-uitnodiging-" + (qrDate || "zonder-datum"); } });
  data.modules.forEach(function (module) {
    moduleSelect.appendChild(dom.el("option", { value: module.id }, module.nummer + ". " + module.titel));
  });

  function fillChoices() {
    LISTS.forEach(function (spec) {
      var items = data[spec.list].filter(function (item) { return item.module === moduleSelect.value; });
      choices(root.querySelector("[data-lv-list=" + spec.list + "]"), spec.none ? [spec.none].concat(items) : items,
        spec.name, spec.type, spec.label);
    });
    root.querySelector("[data-lv-list=werkplaten] input").checked = true;
  }

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll("input[name=" + name + "]:checked"),
      function (input) { return input.value; }).filter(Boolean);
  }

  function update() {
    var state = {
      m: moduleSelect.value, k: checked("cards"), o: checked("prompts"), w: checked("werkplaat")[0] || "",
      d: urlState.isDate(form.elements.date.value) ? form.elements.date.value : "",
      t: urlState.isTime(form.elements.time.value) ? form.elements.time.value : "",
      p: clean(form.elements.place.value, urlState.TEXT_LIMIT)
    };
    var link = new URL(data.selectionPath + "?" + codec.write(state), window.location.href).href;
    root.querySelector("#lv-b-link").value = link;
    root.querySelector("[data-lv-open]").setAttribute("href", link);
    qrDate = state.d;
    qrBox.show(link);
    root.querySelector("#lv-b-text").value = invitationText(material, state, link, clean(form.elements.name.value, 80));
    var preview = root.querySelector("[data-lv-preview]");
    dom.replace(preview, [material.view(state)]);
    announce(preview);
    status.textContent = "";
  }

  moduleSelect.addEventListener("change", function () { fillChoices(); update(); });
  form.addEventListener("change", update);
  form.addEventListener("input", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  clipboard.wire(root, "data-lv-copy");
  root.hidden = false;
  fillChoices();
  update();
}

/* Each tool starts through lv.start, so a crafted link or damaged data shows a Dutch notice, never a blank page. */
function init() {
  var material = null;
  document.querySelectorAll("[data-lv-builder], [data-lv-selection]").forEach(function (root) {
    lv.start(root, function () {
      material = material || new Material(lv.readJson("lv-data", true));
      if (root.hasAttribute("data-lv-builder")) initBuilder(root, material); else initSelection(root, material);
    });
  });
}

lv.onPage(init);
