/* The invitation builder and the selection page.
   The trainer's choice lives entirely in the address (?m=module&k=cards&o=prompts&w=werkplaat
   &d=date&t=time&p=place), so it needs no server, account or cookie, and keeps working as long
   as the ids exist. The markup of cards, prompts and werkplaten comes pre-rendered from the
   build (see macros/render.py), so this file only chooses and arranges. */
(function () {
  "use strict";

  function readData() {
    var node = document.getElementById("lv-data");
    return node ? JSON.parse(node.textContent) : null;
  }

  function byId(list) {
    var map = {};
    list.forEach(function (item) { map[item.id] = item; });
    return map;
  }

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function html(tag, attrs, markup) {
    // Only markup made by the build goes through here; it is escaped there.
    var node = element(tag, attrs);
    node.innerHTML = markup;
    return node;
  }

  function splitIds(value) {
    return (value || "").split(",").map(function (id) { return id.trim(); }).filter(Boolean);
  }

  function formatDate(iso) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || "")) return "";
    var parts = iso.split("-");
    var date = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
    return date.toLocaleDateString("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  }

  // ------------------------------------------------------------------ the selection itself

  function parseSelection(params) {
    return {
      module: params.get("m") || "",
      cards: splitIds(params.get("k")),
      prompts: splitIds(params.get("o")),
      werkplaat: params.get("w") || "",
      date: params.get("d") || "",
      time: params.get("t") || "",
      place: params.get("p") || ""
    };
  }

  function selectionQuery(selection) {
    var params = new URLSearchParams();
    params.set("m", selection.module);
    if (selection.cards.length) params.set("k", selection.cards.join(","));
    if (selection.prompts.length) params.set("o", selection.prompts.join(","));
    if (selection.werkplaat) params.set("w", selection.werkplaat);
    if (selection.date) params.set("d", selection.date);
    if (selection.time) params.set("t", selection.time);
    if (selection.place) params.set("p", selection.place);
    return params.toString();
  }

  /* Builds the participant's view; returns the element. Unknown ids are listed, never dropped silently. */
  function renderSelection(data, selection) {
    var modules = byId(data.modules), cards = byId(data.cards);
    var prompts = byId(data.prompts), werkplaten = byId(data.werkplaten);
    var root = element("div", { "class": "lv-selection__body" });
    var missing = [];
    var module = modules[selection.module];

    if (!selection.module) {
      root.appendChild(element("p", { "class": "lv-notice" },
        "In deze link staat geen module. Vraag je trainer om een nieuwe link, of kies zelf een module in de leerlijn."));
      return root;
    }
    if (!module) missing.push("module '" + selection.module + "'");

    var heading = element("h2", { "class": "lv-selection__title" },
      module ? "Module " + module.nummer + ": " + module.titel : "Voorbereiding");
    root.appendChild(heading);
    var when = [formatDate(selection.date), selection.time ? "om " + selection.time : "",
                selection.place ? "in " + selection.place : ""].filter(Boolean).join(" ");
    if (when) root.appendChild(element("p", { "class": "lv-selection__when" }, "Bijeenkomst: " + when + "."));
    if (module) {
      root.appendChild(element("p", {}, module.beschrijving));
      var read = element("p", {});
      read.appendChild(document.createTextNode("Lees vooraf de module (ongeveer " + module.duur + " minuten): "));
      read.appendChild(element("a", { href: module.url }, module.titel));
      root.appendChild(read);
    }

    var chosenCards = selection.cards.filter(function (id) {
      if (!cards[id]) missing.push("kaartje '" + id + "'");
      return !!cards[id];
    });
    if (chosenCards.length) {
      root.appendChild(element("h3", {}, "Kaartjes om mee te nemen"));
      var grid = element("div", { "class": "lv-deck__cards" });
      chosenCards.forEach(function (id) { grid.insertAdjacentHTML("beforeend", cards[id].html); });
      root.appendChild(grid);
    }

    var chosenPrompts = selection.prompts.filter(function (id) {
      if (!prompts[id]) missing.push("vraag '" + id + "'");
      return !!prompts[id];
    });
    if (chosenPrompts.length) {
      root.appendChild(element("h3", {}, "Ter overdenking"));
      var list = element("ol", { "class": "lv-prompts__list" });
      chosenPrompts.forEach(function (id) { list.insertAdjacentHTML("beforeend", prompts[id].html); });
      root.appendChild(html("section", { "class": "lv-prompts", "aria-label": "Ter overdenking" }, list.outerHTML));
    }

    if (selection.werkplaat) {
      if (werkplaten[selection.werkplaat]) {
        root.insertAdjacentHTML("beforeend", werkplaten[selection.werkplaat].html);
      } else {
        missing.push("werkplaat '" + selection.werkplaat + "'");
      }
    }

    if (missing.length) {
      var notice = element("div", { "class": "admonition warning lv-selection__missing", role: "alert" });
      notice.appendChild(element("p", { "class": "admonition-title" }, "Niet alles uit deze link bestaat nog"));
      notice.appendChild(element("p", {}, "Deze onderdelen konden we niet vinden: " + missing.join(", ") +
        ". Misschien is de link oud, of is er iets weggevallen bij het kopiëren. De rest staat hieronder."));
      root.insertBefore(notice, root.firstChild);
    }
    return root;
  }

  function initSelection(container, data) {
    var selection = parseSelection(new URLSearchParams(window.location.search));
    container.textContent = "";
    container.appendChild(renderSelection(data, selection));
  }

  // ------------------------------------------------------------------ the builder

  function invitationText(data, selection, link, name) {
    var module = byId(data.modules)[selection.module];
    var cards = byId(data.cards);
    var lines = ["Hoi allemaal,", ""];
    var when = [formatDate(selection.date), selection.time ? "om " + selection.time : "",
                selection.place ? "in " + selection.place : ""].filter(Boolean).join(" ");
    lines.push((when ? "Op " + when + " " : "Bij onze volgende bijeenkomst ") +
      "werken we samen aan module " + module.nummer + ": " + module.titel + ".");
    lines.push(module.beschrijving, "");
    lines.push("Wil je je vooraf voorbereiden? Open deze link. Het lezen kost ongeveer " + module.duur + " minuten.");
    lines.push(link, "");
    if (selection.cards.length) {
      lines.push("Denk alvast na over " + (selection.cards.length === 1 ? "dit kaartje:" : "deze kaartjes:"));
      selection.cards.forEach(function (id) { if (cards[id]) lines.push("- " + cards[id].titel); });
      lines.push("");
    }
    if (selection.prompts.length) {
      lines.push("Er " + (selection.prompts.length === 1 ? "staat 1 vraag" : "staan " + selection.prompts.length + " vragen") +
        " klaar om over na te denken. Neem je antwoorden mee.", "");
    }
    lines.push("Tot dan!");
    if (name) lines.push(name);
    return lines.join("\n");
  }

  function checkboxList(container, items, name, type, label) {
    container.textContent = "";
    items.forEach(function (item) {
      var id = "lv-b-" + name + "-" + item.id;
      var row = element("p", { "class": "lv-builder__choice" });
      var input = element("input", { type: type, id: id, name: name, value: item.id });
      row.appendChild(input);
      row.appendChild(document.createTextNode(" "));
      row.appendChild(element("label", { "for": id }, label(item)));
      container.appendChild(row);
    });
  }

  function qrSvg(text) {
    if (typeof window.qrcode !== "function") return "";
    var qr = window.qrcode(0, "M");
    qr.addData(text);
    qr.make();
    return qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true, alt: "QR-code naar de link" });
  }

  function copy(textField, status) {
    var value = textField.value;
    function done() { status.textContent = "Gekopieerd. Plak het in je e-mail of WhatsApp."; }
    function fallback() {
      textField.focus();
      textField.select();
      try { document.execCommand("copy"); done(); } catch (error) {
        status.textContent = "Kopiëren lukte niet. Selecteer de tekst en kopieer hem met Ctrl+C.";
      }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(done, fallback);
    } else {
      fallback();
    }
  }

  function initBuilder(root, data) {
    var form = root.querySelector("form");
    var moduleSelect = form.elements.module;
    var lists = {
      cards: root.querySelector("[data-lv-list=cards]"),
      prompts: root.querySelector("[data-lv-list=prompts]"),
      werkplaten: root.querySelector("[data-lv-list=werkplaten]")
    };
    var status = root.querySelector(".lv-builder__status");
    data.modules.forEach(function (module) {
      moduleSelect.appendChild(element("option", { value: module.id }, module.nummer + ". " + module.titel));
    });

    function fillChoices() {
      var id = moduleSelect.value;
      var of = function (item) { return item.module === id; };
      checkboxList(lists.cards, data.cards.filter(of), "cards", "checkbox", function (card) {
        return (card.soort === "denk" ? "Denkkaartje: " : "Doekaartje: ") + card.titel;
      });
      checkboxList(lists.prompts, data.prompts.filter(of), "prompts", "checkbox", function (prompt) {
        var div = document.createElement("div");
        div.innerHTML = prompt.html;
        return div.querySelector("p").textContent;
      });
      checkboxList(lists.werkplaten, [{ id: "", titel: "Geen werkplaat" }].concat(data.werkplaten.filter(of)),
        "werkplaat", "radio", function (w) { return w.id ? w.titel + " (" + w.duur + " minuten)" : w.titel; });
      lists.werkplaten.querySelector("input").checked = true;
    }

    function checked(name) {
      return Array.prototype.slice.call(form.querySelectorAll("input[name=" + name + "]:checked"))
        .map(function (input) { return input.value; }).filter(Boolean);
    }

    function update() {
      var selection = {
        module: moduleSelect.value, cards: checked("cards"), prompts: checked("prompts"),
        werkplaat: checked("werkplaat")[0] || "", date: form.elements.date.value,
        time: form.elements.time.value, place: form.elements.place.value.trim()
      };
      var link = new URL(data.selectionPath + "?" + selectionQuery(selection), window.location.href).href;
      root.querySelector("#lv-b-link").value = link;
      root.querySelector("[data-lv-open]").setAttribute("href", link);
      root.querySelector("[data-lv-qr]").innerHTML = qrSvg(link);
      root.querySelector("#lv-b-text").value = invitationText(data, selection, link, form.elements.name.value.trim());
      var preview = root.querySelector("[data-lv-preview]");
      preview.textContent = "";
      preview.appendChild(renderSelection(data, selection));
      status.textContent = "";
    }

    moduleSelect.addEventListener("change", function () { fillChoices(); update(); });
    form.addEventListener("change", update);
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    root.querySelectorAll("[data-lv-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        copy(root.querySelector("#" + button.getAttribute("data-lv-copy")), status);
      });
    });
    root.hidden = false;
    fillChoices();
    update();
  }

  function init() {
    var data = readData();
    if (!data) return;
    document.querySelectorAll("[data-lv-builder]").forEach(function (root) { initBuilder(root, data); });
    document.querySelectorAll("[data-lv-selection]").forEach(function (root) { initSelection(root, data); });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
