/* Mijn antwoorden: an answer field under every prompt and every denkkaartje, on every page.
   Participants write their reflections where they read them. The answer is kept in this browser only
   (lv.storage), saved as they type, with the prompt's text beside it, so the notebook page
   (antwoorden-schrift.js) can show it even after the prompt changes. Without JavaScript nothing of
   this appears and the prompts read as before; on paper a typed answer replaces the writing lines.
   Tools that add prompts later (the selection page) announce them with the event "lv-inhoud". */
(function () {
  "use strict";
  var lv = window.lv, dom = lv.dom, model = lv.antwoordenModel;
  var KEY = "lv-antwoorden";
  var DELAY = 400;
  var counter = 0, asked = false;

  function load() {
    var stored = lv.storage.read(KEY);
    return { ok: stored.ok, message: stored.message, notebook: model.clean(stored.value) };
  }

  function time(date) {
    return date.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
  }

  /* Where the notebook page is, from the site's own navigation; it works online and from disk. */
  function notebookUrl() {
    var link = document.querySelector(".md-nav a[href*='mijn-antwoorden']");
    return link ? link.getAttribute("href") : null;
  }

  /* What a prompt or denkkaartje asks, as text, from the page itself. */
  function describe(node) {
    if (node.classList.contains("lv-card")) {
      var cardId = node.id.replace(/^kaart-/, "");
      return { id: cardId, soort: "kaartje", module: node.getAttribute("data-module") || "",
               titel: (node.querySelector(".lv-card__title") || {}).textContent || "",
               vraag: (node.querySelector(".lv-card__text") || {}).textContent || "" };
    }
    var section = node.closest("[data-module], .lv-prompts[id^='overdenking-']");
    var moduleId = section ? section.getAttribute("data-module") || section.id.replace(/^overdenking-/, "") : "";
    return { id: node.id.replace(/^overdenking-/, ""), soort: "vraag", module: moduleId, titel: "",
             vraag: (node.querySelector("p") || {}).textContent || "" };
  }

  function savedMessage(extra) {
    var notes = lv.storage.notes({ userAgent: navigator.userAgent, protocol: window.location.protocol });
    var safari = notes.some(function (note) { return note.code === "safari"; });
    return "Bewaard op dit apparaat om " + time(new Date()) + "." + (extra || "") +
      (safari ? " Safari wist dit na zeven dagen zonder bezoek. Bewaar af en toe een bestand." : "");
  }

  /* One answer field: a button that opens it, the field labelled with the prompt, a status line,
     and a copy of the answer that only shows on paper. */
  function field(node, stored) {
    var item = describe(node);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(item.id) || !model.squash(item.vraag)) return null;
    counter += 1;
    var base = "lv-antwoord-" + counter;
    var existing = stored.notebook.antwoorden[item.id];
    var text = existing ? existing.antwoord : "";
    var wrap = dom.el("div", { "class": "lv-answer" });
    var toggle = dom.el("button", { type: "button", "class": "lv-answer__toggle md-button", "aria-expanded": "false",
                                    "aria-controls": base }, "Schrijf je antwoord");
    var panel = dom.el("div", { "class": "lv-answer__field", id: base, hidden: true });
    var label = dom.replace(dom.el("label", { "for": base + "-tekst" }), [
      "Je antwoord", dom.el("span", { "class": "lv-sr-only" }, " op: " + model.squash((item.titel ? item.titel + ". " : "") + item.vraag))]);
    var area = dom.el("textarea", { id: base + "-tekst", rows: 4, maxlength: 20000, spellcheck: "true" });
    area.value = text;
    var status = dom.el("p", { "class": "lv-answer__status", role: "status", "aria-live": "polite" });
    var mine = notebookUrl();
    var more = mine ? dom.replace(dom.el("p", { "class": "lv-answer__more" }), [
      "Alleen jij ziet dit, op dit apparaat. ", dom.el("a", { href: mine }, "Al je antwoorden")]) : null;
    var paper = dom.el("p", { "class": "lv-answer__print" }, text);
    dom.replace(panel, [label, area, status, more]);
    dom.replace(wrap, [toggle, panel, paper]);

    function open(show) {
      panel.hidden = !show;
      toggle.setAttribute("aria-expanded", String(show));
      toggle.textContent = show ? "Antwoord verbergen" : area.value.trim() ? "Je antwoord" : "Schrijf je antwoord";
    }

    function mark() {
      paper.textContent = area.value;
      node.classList.toggle("lv-answered", !!area.value.trim());
    }

    var timer = null;
    function save() {
      timer = null;
      var current = load();
      var result;
      try {
        result = lv.storage.write(KEY, model.set(current.notebook, Object.assign({}, item, { antwoord: area.value })));
      } catch (error) {
        result = { ok: false, message: error.message };
      }
      status.textContent = result.ok ? savedMessage() : "Niet bewaard. " + result.message;
      if (result.ok && !asked) {
        asked = true;
        lv.storage.persist();
      }
    }

    toggle.addEventListener("click", function () {
      open(panel.hidden);
      if (!panel.hidden) area.focus();
    });
    area.addEventListener("input", function () {
      mark();
      status.textContent = "Bezig met bewaren…";
      clearTimeout(timer);
      timer = setTimeout(save, DELAY);
    });
    // Leaving the field or the page saves at once, so nothing typed in the last moment is lost.
    area.addEventListener("blur", function () { if (timer) { clearTimeout(timer); save(); } });
    window.addEventListener("pagehide", function () { if (timer) { clearTimeout(timer); save(); } });
    if (!stored.ok) status.textContent = stored.message;
    mark();
    open(!!text.trim());
    return wrap;
  }

  /* Adds a field to every prompt and denkkaartje under root that has none yet. */
  function attach(root) {
    var targets = root.querySelectorAll("li.lv-prompt[id^='overdenking-'], article.lv-card--denk[id^='kaart-']");
    if (!targets.length) return;
    var stored = load();
    targets.forEach(function (node) {
      if (node.querySelector(".lv-answer") || node.closest("template, .lv-sheet, [data-lv-ek], [data-lv-preview], .lv-pl")) return;
      var made = field(node, stored);
      if (!made) return;
      var lines = node.querySelector(".lv-prompt__lines");
      if (lines) node.insertBefore(made, lines); else node.appendChild(made);
    });
  }

  lv.antwoorden = { KEY: KEY, load: load, attach: attach };
  document.addEventListener("lv-inhoud", function (event) { attach(event.detail && event.detail.root || document); });
  lv.onPage(function () { attach(document); });
})();
