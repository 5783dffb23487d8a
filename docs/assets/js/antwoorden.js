/* Mijn antwoorden: an answer field under every prompt and every denkkaartje, on every page.
   Participants write their reflections where they read them. The answer is kept in this browser only
   (lv.storage), saved as they type, with the prompt's text beside it, so the notebook page
   (antwoorden-schrift.js) can show it even after the prompt changes. Without JavaScript nothing of
   this appears and the prompts read as before; on paper a typed answer replaces the writing lines.
   Tools that add prompts later (the selection page) announce them with the event "lv-inhoud".
   Nothing typed is lost: each field remembers which stored answer it last saw, follows other tabs
   (the storage event), and when an answer changed elsewhere while this one was being typed, it says
   so and lets the reader choose. Stored data the page cannot read fully is kept aside before any
   write, and when storage fails the text stays on screen with a way to save it as a file. */
import { KEYS } from "./lv/keys.js";
import * as lv from "./lv/core.js";
import storageApi, { local } from "./lv/storage.js";
import model from "./antwoorden-kern.js";
import { load, store } from "./antwoorden-opslag.js";

var dom = lv.dom;
var KEY = KEYS.answers;
var DELAY = 400, READY = "data-lv-antwoorden-klaar";
var counter = 0, asked = false, fields = [];
var KEPT = "Deze tekst staat al bewaard op dit apparaat.", PRIVACY = "Schrijf geen namen of herkenbare details van cliënten of collega's.";

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

function savedMessage() {
  var notes = storageApi.notes({ userAgent: navigator.userAgent, protocol: window.location.protocol });
  var safari = notes.some(function (note) { return note.code === "safari"; });
  return "Bewaard op dit apparaat om " + time(new Date()) + "." +
    (safari ? " Safari wist dit na zeven dagen zonder bezoek. Bewaar af en toe een bestand." : "");
}

// Two stored answers are the same when text and time agree; null is "no answer".
function same(a, b) {
  return a === b || !!a && !!b && a.gewijzigd === b.gewijzigd && a.antwoord === b.antwoord;
}

function button(text, action) {
  return dom.el("button", { type: "button", "class": "md-button lv-answer__choice", "data-lv-keuze": action }, text);
}

/* One answer field: a button that opens it, the field labelled with the prompt, a status line,
   a choice when another tab changed the answer, and a copy of the answer that only shows on paper. */
function field(node, stored) {
  var item = describe(node);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(item.id) || !model.squash(item.vraag)) return null;
  counter += 1;
  var base = "lv-antwoord-" + counter;
  var seen = stored.notebook.antwoorden[item.id] || null;  // the stored answer this field last saw
  var conflict = null, failed = false, timer = null;
  var wrap = dom.el("div", { "class": "lv-answer" });
  var toggle = dom.el("button", { type: "button", "class": "lv-answer__toggle md-button", "aria-expanded": "false",
                                  "aria-controls": base }, "Schrijf je antwoord");
  var panel = dom.el("div", { "class": "lv-answer__field", id: base, hidden: true });
  var label = dom.replace(dom.el("label", { "for": base + "-tekst" }), [
    "Je antwoord", dom.el("span", { "class": "lv-sr-only" }, " op: " + model.squash((item.titel ? item.titel + ". " : "") + item.vraag))]);
  var privacy = dom.el("p", { "class": "lv-answer__privacy", id: base + "-privacy" }, PRIVACY); // read with the field
  var area = dom.el("textarea", { id: base + "-tekst", rows: 4, maxlength: model.LIMITS.answerChars, spellcheck: "true", "aria-describedby": base + "-privacy" });
  area.value = seen ? seen.antwoord : "";
  var status = dom.el("p", { "class": "lv-answer__status", role: "status", "aria-live": "polite" });
  var rescue = dom.el("p", { "class": "lv-answer__rescue", hidden: true });
  dom.replace(rescue, [button("Bewaar dit antwoord als bestand", "bestand")]);
  var choice = dom.el("div", { "class": "lv-answer__conflict", hidden: true });
  var mine = notebookUrl();
  var more = mine ? dom.replace(dom.el("p", { "class": "lv-answer__more" }), [
    "Dit blijft in deze browser; op een gedeelde computer kies je na afloop Alles wissen. ", dom.el("a", { href: mine }, "Al je antwoorden")]) : null;
  var paper = dom.el("p", { "class": "lv-answer__print" });
  dom.replace(panel, [label, privacy, area, status, rescue, choice, more]);
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

  // Typed but not yet stored: a field like that is never overwritten from elsewhere.
  function dirty() {
    return area.value !== (seen ? seen.antwoord : "");
  }

  function fail(message) {
    failed = true;
    status.textContent = "Niet bewaard. " + message + " Je tekst staat nog hier. Bewaar hem als bestand of kopieer hem.";
    rescue.hidden = false;
  }

  /* Another tab changed or wiped this answer while this field holds other, unsaved text. */
  function ask(other) {
    clearTimeout(timer);
    timer = null;
    conflict = { other: other };
    var when = other ? " om " + time(new Date(other.gewijzigd)) : "";
    dom.replace(choice, other ? [
      dom.el("p", {}, "In een ander venster is dit antwoord veranderd" + when + ". Daar staat nu:"),
      dom.el("p", { "class": "lv-answer__other" }, other.antwoord),
      dom.el("p", {}, "Welke tekst wil je houden?"),
      dom.replace(dom.el("p"), [button("Houd mijn tekst", "mijn"), " ", button("Neem de andere tekst", "ander")])
    ] : [
      dom.el("p", {}, "In een ander venster is dit antwoord gewist. Je tekst hier is nog niet bewaard."),
      dom.replace(dom.el("p"), [button("Bewaar mijn tekst toch", "mijn"), " ", button("Wis ook hier", "ander")])
    ]);
    choice.hidden = false;
    open(true);
    status.textContent = other ? "Let op: dit antwoord is in een ander venster veranderd. Kies hieronder welke tekst je houdt."
      : "Let op: dit antwoord is in een ander venster gewist. Kies hieronder wat je wilt.";
  }

  function settle() {
    conflict = null;
    choice.hidden = true;
    dom.replace(choice, []);
  }

  function save() {
    timer = null;
    if (conflict) { status.textContent = "Niet bewaard. Kies eerst hieronder welke tekst je houdt."; return; }
    var current = load();
    if (!current.ok && !current.damaged) return fail(current.message);
    if (current.blocked) return fail(current.message);
    var there = current.notebook.antwoorden[item.id] || null;
    if (!same(there, seen)) {
      if ((there ? there.antwoord : "") === area.value) { seen = there; status.textContent = KEPT; return; }
      return ask(there);
    }
    if (!dirty()) { status.textContent = KEPT; return; }  // an untouched field writes nothing
    var next, result;
    try {
      next = model.set(current.notebook, Object.assign({}, item, { antwoord: area.value }));
      result = store(next);
    } catch (error) {
      result = { ok: false, message: error.message };
    }
    if (!result.ok) return fail(result.message);
    seen = next.antwoorden[item.id] || null;
    failed = false;
    rescue.hidden = true;
    status.textContent = savedMessage() + (current.damaged ? " " + current.message : "");
    if (!asked) {
      asked = true;
      local.persist();
    }
  }

  /* The answers changed in another tab: an idle field follows, an edited one asks. */
  function follow(notebook) {
    var there = notebook.antwoorden[item.id] || null;
    if (same(there, seen)) return;
    if ((there ? there.antwoord : "") === area.value) { seen = there; if (conflict) settle(); return; }
    if (dirty() || conflict) return ask(there);
    seen = there;
    area.value = there ? there.antwoord : "";
    mark();
    if (!panel.hidden || area.value.trim()) open(true);
    status.textContent = there ? "Bijgewerkt vanuit een ander venster." : "In een ander venster is dit antwoord gewist.";
  }

  choice.addEventListener("click", function (event) {
    var pick = event.target.closest("[data-lv-keuze]");
    if (!pick || !conflict) return;
    var other = conflict.other;
    settle();
    if (pick.getAttribute("data-lv-keuze") === "mijn") {
      seen = load().notebook.antwoorden[item.id] || null;
      area.focus();
      save();
    } else {
      seen = other;
      area.value = other ? other.antwoord : "";
      mark();
      area.focus();
      status.textContent = other ? "Je hebt de tekst uit het andere venster genomen." : "Dit antwoord is ook hier gewist.";
    }
  });
  rescue.addEventListener("click", function () {
    dom.download("antwoord-" + item.id + ".txt", "text/plain;charset=utf-8",
      model.squash((item.titel ? item.titel + ": " : "") + item.vraag) + "\n\n" + area.value + "\n");
  });
  toggle.addEventListener("click", function () {
    open(panel.hidden);
    if (!panel.hidden) area.focus();
  });
  area.addEventListener("input", function () {
    mark();
    if (!conflict) status.textContent = "Bezig met bewaren…";
    clearTimeout(timer);
    timer = setTimeout(save, DELAY);
  });
  // Leaving the field or the page saves at once, so nothing typed in the last moment is lost.
  area.addEventListener("blur", function () { if (timer) { clearTimeout(timer); save(); } });
  window.addEventListener("pagehide", function () { if (timer) { clearTimeout(timer); save(); } });
  if (!stored.ok) status.textContent = stored.message;
  mark();
  open(!!area.value.trim());
  fields.push({ wrap: wrap, follow: follow, unsaved: function () { return !!conflict || failed && dirty(); } });
  return wrap;
}

/* Adds a field to every prompt and denkkaartje under root that has none yet. A tool whose cards are
   previews or paper (the planner, the own-cards maker, a cut sheet) marks its part data-lv-no-answers.
   Content a tool adds gets its fields at once; the page's own, at start, in slices (lv.inSlices), and
   the body carries data-lv-antwoorden-klaar when every field is there. */
function targets(root) {
  return Array.prototype.filter.call(root.querySelectorAll("li.lv-prompt[id^='overdenking-'], article.lv-card--denk[id^='kaart-']"),
    function (node) { return !node.closest("template, [data-lv-no-answers]"); });
}

function add(node, memo) {
  if (node.querySelector(".lv-answer")) return;
  if (!memo.stored) memo.stored = load();
  var made = field(node, memo.stored);
  if (!made) return;
  var lines = node.querySelector(".lv-prompt__lines");
  if (lines) node.insertBefore(made, lines); else node.appendChild(made);
}

function attach(root) {
  var memo = {};
  targets(root).forEach(function (node) { add(node, memo); });
}

function attachPage() {
  document.body.removeAttribute(READY);
  lv.inSlices(targets(document), add, function () { document.body.setAttribute(READY, ""); });
}

function live() {
  fields = fields.filter(function (entry) { return entry.wrap.isConnected; });
  return fields;
}

// Another tab changed the answers (or wiped them all): every field on this page follows.
window.addEventListener("storage", function (event) {
  if (event.key !== KEY && event.key !== null) return;
  // Only a notebook read in full is followed: a damaged one would empty fields whose text it lost.
  var fresh = load();
  if (fresh.ok) live().forEach(function (entry) { entry.follow(fresh.notebook); });
});
// Text that could not be stored, or waits for a choice, is not dropped by closing the tab unasked.
window.addEventListener("beforeunload", function (event) {
  if (live().some(function (entry) { return entry.unsaved(); })) { event.preventDefault(); event.returnValue = ""; }
});

export default { KEY: KEY, load: load, store: store, attach: attach };
// Other tools announce content they add (a selection, a plan) with an "lv-inhoud" event.
document.addEventListener("lv-inhoud", function (event) {
  var detail = /** @type {CustomEvent} */ (event).detail;
  attach(detail && detail.root || document);
});
lv.onPage(attachPage);
