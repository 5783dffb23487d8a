/* De planner on paper and for the group: the two print editions, the participant view and the invitation.
   The begeleider's edition has the clock times, every werkplaat with its steps and notes, what to bring,
   and which card sheets to print. The participants' edition (also their view of the link) has the agenda,
   the cases and the prompts with writing lines, and nothing meant for the begeleider.
   Markup only comes from the page's <template> elements (made by the build); text goes in as textContent. */
import * as lv from "./lv/core.js";
import plannerModel from "./planner-model.js";
import qrCode from "./lv/qr.js";

var EDITIONS = { begeleider: "Voor de begeleider", deelnemers: "Voor de deelnemers" };

var dom = lv.dom, formatDate = lv.formatDate;
function clone(id) { return dom.cloneFirst(id); }
function slot(node, name) { return node.querySelector("[data-slot='" + name + "']"); }
function put(node, name, text) { dom.text(node, "[data-slot='" + name + "']", text); }

/* A copy of an item's markup from the build, without ids: the page may hold it twice. With keepId the
   item keeps its own id (the participants' view: My answers attaches answer fields to a prompt by its
   id, as on a module page, see prompt_item.html), and only its inner ids go. */
function itemMarkup(key, keepId) {
  var copy = dom.item(key);
  if (!copy) return null;
  (keepId ? [] : [copy]).concat(Array.prototype.slice.call(copy.querySelectorAll("[id], [aria-labelledby]"))).forEach(function (node) {
    node.removeAttribute("id");
    node.removeAttribute("aria-labelledby");
  });
  return copy;
}

function create(model) {
  var data = model.data;
  // No prototype: an id from a link such as "constructor" must find nothing.
  var moduleOf = Object.create(null);
  data.modules.forEach(function (m) { moduleOf[m.id] = m; });
  var deckOf = Object.create(null);
  data.decks.forEach(function (d) { deckOf[d.id] = d; });

  /* The name of a block as the agenda shows it. */
  function blockTitle(block) {
    var first = model.item(block.kind, block.ids[0]);
    if (block.kind === "werkplaat") return "Werkplaat: " + first.titel;
    if (block.kind === "casus") return "Casus: " + first.titel;
    if (block.kind === "kaartjes") {
      // Titles end in a question mark often, so a comma between them runs them together: a dot in the middle.
      return (data.cardKinds[first.soort] || "Kaartje") + "s: " + block.ids.map(function (id) { return model.item("kaartjes", id).titel; }).join(" · ");
    }
    if (block.kind === "overdenking") return "Ter overdenking: " + block.ids.length + (block.ids.length === 1 ? " vraag" : " vragen");
    if (block.kind === "pauze") return "Pauze";
    if (block.kind === "terugblik") return data.lookBack ? data.lookBack.titel : data.kinds.terugblik;
    return block.title || data.kinds.vrij;
  }

  function phaseLabel(id) {
    var phase = data.phases.filter(function (p) { return p.id === id; })[0];
    return phase ? phase.label : id;
  }

  function when(plan) {
    var rows = model.schedule(plan);
    var time = "van " + lvClock(plan.start) + (rows.length ? " tot " + rows[rows.length - 1].to : "");
    var text = [formatDate(plan.date), time, plan.place ? "in " + plan.place : ""].filter(Boolean).join(", ");
    return text.charAt(0).toUpperCase() + text.slice(1) + ".";
  }
  function lvClock(minutes) { return plannerModel.clock(minutes); }

  function modulesOf(plan) {
    var ids = plan.modules.slice();
    plan.blocks.forEach(function (block) {
      block.ids.forEach(function (id) { var it = model.item(block.kind, id); if (it && ids.indexOf(it.module) === -1) ids.push(it.module); });
    });
    return ids.filter(function (id) { return moduleOf[id]; }).map(function (id) { return moduleOf[id]; })
      .sort(function (a, b) { return a.nummer - b.nummer; });
  }

  function checkbox(list, text) {
    var row = clone("lv-pl-vinkje");
    put(row, "text", text);
    list.appendChild(row);
    return row;
  }

  /* What the begeleider brings: the werkplaten's materials once each, the card sheets, and the handouts. */
  function checklist(plan, sheet) {
    var seen = Object.create(null), list = slot(sheet, "checklist"), sheets = slot(sheet, "sheets"), decks = Object.create(null);
    plan.blocks.forEach(function (block) {
      if (block.kind === "werkplaat") {
        model.item("werkplaat", block.ids[0]).materialen.forEach(function (text) {
          if (!seen[text.toLowerCase()]) { seen[text.toLowerCase()] = true; checkbox(list, text); }
        });
      }
      if (block.kind === "kaartjes") block.ids.forEach(function (id) { var d = model.item("kaartjes", id).deck; (decks[d] = decks[d] || []).push(id); });
    });
    checkbox(list, "Voor iedere deelnemer het programma (print voor de deelnemers), met de casussen en de vragen");
    Object.keys(decks).forEach(function (id) {
      var row = checkbox(sheets, deckOf[id].titel + ": het printvel, of alleen de kaartjes " +
        decks[id].map(function (c) { return model.item("kaartjes", c).titel; }).join(", ") + ". ");
      slot(row, "text").appendChild(dom.el("a", { href: deckOf[id].print }, "Open het printvel"));
    });
    if (!Object.keys(decks).length) checkbox(sheets, "Je plan gebruikt geen kaartjes.");
  }

  function lines() { return clone("lv-pl-lijnen"); }

  /* One block in detail: for the begeleider everything, for the group only what they read and write.
     own: the participants' own parts (bijeenkomst-terugblik.js), only in their view on their own device. */
  function blockDetail(row, edition, answered, own, plan) {
    var block = row.block, part = clone("lv-pl-papier-blok");
    put(part, "time", row.from + "–" + row.to);
    put(part, "title", blockTitle(block));
    if (edition === "begeleider" && block.text) put(part, "text", block.text);
    var items = slot(part, "items"), material = slot(part, "material");
    if (block.kind === "kaartjes") {
      block.ids.forEach(function (id) {
        var card = model.item("kaartjes", id);
        items.appendChild(dom.el("li", {}, card.titel + ": " + card.tekst));
      });
    }
    if (block.kind === "overdenking") {
      var list = dom.el("ol", { "class": "lv-prompts__list" });
      block.ids.forEach(function (id) {
        // A prompt that comes twice gets one answer field: the first keeps its id.
        var it = itemMarkup("overdenking:" + id, answered && !answered.has(id));
        if (!it) return;
        if (answered && it.id) { answered.add(id); it.setAttribute("data-module", model.item("overdenking", id).module); }
        list.appendChild(it);
      });
      material.appendChild(list);
    }
    if (block.kind === "casus") {
      var story = material.appendChild(itemMarkup("casus:" + block.ids[0]));
      // What to listen for is a tip for the begeleider, and the group's edition has none.
      if (edition === "deelnemers") story.querySelectorAll(".lv-case__listen").forEach(function (tip) { tip.remove(); });
      if (edition === "deelnemers") material.appendChild(lines());
    }
    if (block.kind === "terugblik") {
      // The begeleider's print has the steps; paper for the group the question; their own view their agreements.
      var look = edition === "begeleider" ? itemMarkup("terugblik") : own ? own.lookBack(plan) : clone("lv-pl-terugblik-papier");
      look.querySelectorAll("details").forEach(function (details) { details.open = true; });
      material.appendChild(look);
      if (edition === "deelnemers" && !own) material.appendChild(lines());
    }
    if (block.kind === "werkplaat" && edition === "begeleider") {
      var werkplaat = itemMarkup("werkplaat:" + block.ids[0]);
      // On paper the notes for the begeleider are open; they are the point of this edition.
      werkplaat.querySelectorAll("details").forEach(function (details) { details.open = true; });
      material.appendChild(werkplaat);
    }
    return part;
  }

  /* The code of the group's link on paper (options.qr), or no figure at all when there is no link or it is too long. */
  function paperQr(sheet, link) {
    var code = link ? qrCode.svg(link, "QR-code naar het programma voor de deelnemers") : null;
    if (code) slot(sheet, "qr-code").appendChild(code); else slot(sheet, "qr").remove();
  }

  /* An edition of the plan into a container (emptied first). options.answers: the prompts keep their
     ids and modules, for the answer fields of the participants' view; options.qr: the group's link, as a
     QR code on paper; options.own: that view's own parts (the look back, "Dit ga ik doen" in the closing
     block, the week's card). */
  function render(container, plan, edition, options) {
    var answered = options && options.answers ? new Set() : null, own = options && options.own;
    dom.replace(container, []);
    var sheet = clone("lv-pl-papier");
    put(sheet, "edition", EDITIONS[edition]);
    put(sheet, "title", plan.title || "Bijeenkomst");
    // The begeleider plans the room and the materials for the group's size.
    put(sheet, "when", when(plan) + (edition === "begeleider" && plan.group ? " Voor " + plan.group + " deelnemers." : ""));
    var rows = model.schedule(plan), agenda = slot(sheet, "agenda");
    rows.forEach(function (row) {
      var tr = clone("lv-pl-papier-rij");
      put(tr, "time", row.from + "–" + row.to);
      put(tr, "minutes", String(row.minutes));
      put(tr, "phase", phaseLabel(row.phase));
      put(tr, "title", blockTitle(row.block));
      agenda.appendChild(tr);
    });
    paperQr(sheet, options && options.qr);
    if (edition === "begeleider") checklist(plan, sheet); else slot(sheet, "checklist-part").remove();
    // The group may read ahead: each module of the plan, with its page.
    var read = slot(sheet, "read"), modules = modulesOf(plan);
    if (edition === "deelnemers" && modules.length) {
      read.appendChild(document.createTextNode("Lees vooraf: "));
      modules.forEach(function (m, i) {
        if (i) read.appendChild(document.createTextNode(", "));
        read.appendChild(dom.el("a", { href: m.url }, "module " + m.nummer + ", " + m.titel));
      });
    } else {
      read.remove();
    }
    var blocks = slot(sheet, "blocks");
    rows.forEach(function (row, index) {
      var kind = row.block.kind;
      // The closing block is where a participant chooses what to do; in their own view it always shows.
      var choose = own && index === rows.length - 1 && row.phase === "afsluiten" ? own.closing(plan) : null;
      if (!choose && (kind === "pauze" || (edition === "deelnemers" && (kind === "werkplaat" || kind === "vrij")))) return;
      var part = blockDetail(row, edition, answered, own, plan);
      if (choose) slot(part, "material").appendChild(choose);
      blocks.appendChild(part);
    });
    var week = own ? own.weekCard(plan) : null;
    if (week) sheet.appendChild(week);
    container.appendChild(sheet);
    return sheet;
  }

  /* The invitation for WhatsApp or e-mail: plain text, so the chat app cannot misread it. */
  function invitation(plan, link, name) {
    var modules = modulesOf(plan);
    var rows = model.schedule(plan);
    var lines = ["Hoi allemaal,", ""];
    var date = formatDate(plan.date);
    lines.push((date ? "Op " + date + " " : "Bij onze volgende bijeenkomst ") + "werken we samen aan " +
      (plan.title ? "\"" + plan.title + "\"" : "vertrouwen en samenwerken") + ".");
    lines.push("We beginnen om " + lvClock(plan.start) + (rows.length ? " en stoppen om " + rows[rows.length - 1].to : "") +
      (plan.place ? ", in " + plan.place : "") + ".");
    if (modules.length) {
      lines.push("We gebruiken " + (modules.length === 1 ? "module " : "de modules ") +
        modules.map(function (m) { return m.nummer + " (" + m.titel + ")"; }).join(" en ") + ".");
    }
    lines.push("", "Het programma, de casussen en de vragen staan hier:", link, "");
    lines.push("Wil je je voorbereiden? Lees dan de casussen en denk alvast na over de vragen.");
    lines.push("", "Tot dan!");
    if (name) lines.push(name);
    return lines.join("\n");
  }

  return { render: render, invitation: invitation, blockTitle: blockTitle, phaseLabel: phaseLabel, modulesOf: modulesOf };
}

export default { create: create, formatDate: formatDate };
