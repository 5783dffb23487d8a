/* The shared front-end layer, part 1: safe DOM building, template cloning and starting a tool.
   Every tool on the site (invitation, own cards, planner, my answers) is an ES module that imports what it
   uses from here; esbuild joins a page's modules into one classic script (docs/assets/bundles/), because
   Chromium refuses ES modules from file:// and the offline zip is opened from disk. This file is the only
   place that turns data into elements: text always goes in through textContent, and markup only comes
   from <template> elements that the build rendered with the site's own Jinja templates. Nothing here
   parses HTML (ESLint bans it: docs/assets/js/eslint.config.mjs). */
import { isDate } from "./dates.js";

/* An element with attributes and, optionally, its text. A value is never parsed as markup. */
function el(tag, attrs, text) {
  var node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (key) {
    var value = attrs[key];
    if (value === false || value === null || value === undefined) return;
    node.setAttribute(key, value === true ? "" : String(value));
  });
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function templateNode(idOrNode) {
  var node = typeof idOrNode === "string" ? document.getElementById(idOrNode) : idOrNode;
  if (!node || node.tagName !== "TEMPLATE") {
    throw new Error("lv.dom: geen <template> gevonden: " + idOrNode);
  }
  return node;
}

/* A copy of a build-made <template> (by id or element), as a DocumentFragment. */
function clone(idOrNode) {
  return document.importNode(templateNode(idOrNode).content, true);
}

/* The first element of a template's copy: the usual case of one card, one prompt, one row. */
function cloneFirst(idOrNode) {
  return clone(idOrNode).firstElementChild;
}

/* A pre-rendered item (a werkplaat, a prompt) that the build emitted as
   <template data-lv-item="kind:id">; null when the page has none with that key. */
function item(key) {
  var found = null;
  document.querySelectorAll("template[data-lv-item]").forEach(function (node) {
    if (!found && node.getAttribute("data-lv-item") === key) found = node;
  });
  return found ? cloneFirst(found) : null;
}

/* Sets the text of the first match of selector under parent; a missing slot is a bug in the template. */
function text(parent, selector, value) {
  var node = parent.querySelector(selector);
  if (!node) throw new Error("lv.dom: " + selector + " ontbreekt in het sjabloon");
  node.textContent = value === undefined || value === null ? "" : String(value);
  return node;
}

/* Empties a node and appends the given children (nodes or strings, which become text). */
function replace(parent, children) {
  parent.textContent = "";
  (children || []).forEach(function (child) {
    if (child === null || child === undefined) return;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  });
  return parent;
}

/* The page's JSON island (<script type="application/json" id=...>), written by Jinja's tojson.
   null when the page has none. Damaged JSON is a fault of the build, never of the reader: it is
   reported on the console, and with required (as lv.start's tools ask) it throws, so the tool
   shows its notice instead of starting on nothing. */
function readJson(id, required) {
  var node = document.getElementById(id || "lv-data");
  if (!node) {
    if (required) throw new Error("lv.readJson: geen gegevens met id " + (id || "lv-data"));
    return null;
  }
  try {
    return JSON.parse(node.textContent);
  } catch (error) {
    if (globalThis.console) globalThis.console.error("lv.readJson: de gegevens '" + (id || "lv-data") + "' zijn beschadigd", error);
    if (required) throw error;
    return null;
  }
}

// ---------------------------------------------------------------- starting a tool safely

var BROKEN = "Deze link werkt niet";
var ADVICE = ["Kopieer de link nog eens helemaal en open hem opnieuw. Misschien viel er iets weg bij het kopiëren.",
              "Lukt het dan nog niet? Vraag wie je de link stuurde om een nieuwe link."];

/* A Dutch notice in Material's warning style: a title, lines of text, and optionally a link. */
function notice(title, lines, action) {
  var box = el("div", { "class": "admonition warning lv-notice-box", role: "alert" });
  box.appendChild(el("p", { "class": "admonition-title" }, title));
  (lines || []).forEach(function (line) { box.appendChild(el("p", {}, line)); });
  if (action) box.appendChild(replace(el("p"), [el("a", { href: action.href }, action.text)]));
  return box;
}

/* The notice a tool shows when it cannot start: what went wrong when the tool can say it in Dutch
   (a StateError, lv/state.js), else the general advice, and always a way to the empty tool. */
function brokenNotice(error) {
  var lines = error && error.name === "StateError" ? [error.message].concat(ADVICE.slice(1)) : ADVICE;
  var bare = globalThis.location ? globalThis.location.pathname.split("/").pop() || "./" : "./";
  return notice(BROKEN, lines, { href: bare, text: "Open de pagina zonder de gegevens uit de link" });
}

/* Runs init(container) and never leaves a blank tool: when init throws (a crafted link, damaged
   data, a bug), the parts it made are hidden and the Dutch notice takes their place. A tool that reads
   no link gives its own notice, {title, lines}, so the reader is not told to copy a link. Returns true
   when the tool started. The error still goes to the console, for whoever looks into it. */
function start(container, init, own) {
  if (!container) return false;
  try {
    init(container);
    return true;
  } catch (error) {
    if (globalThis.console) globalThis.console.error(error);
    Array.prototype.forEach.call(container.children, function (child) {
      if (child.tagName !== "TEMPLATE" && child.tagName !== "SCRIPT" && child.tagName !== "LINK") child.hidden = true;
    });
    container.hidden = false;
    var box = own ? notice(own.title, own.lines) : brokenNotice(error);
    box.setAttribute("data-lv-broken", "");
    container.insertBefore(box, container.firstChild);
    return false;
  }
}

/* Runs fn once the page is ready. Material's instant navigation announces new pages on document$;
   without it (or with JavaScript loaded late) DOMContentLoaded is enough. */
function onPage(fn) {
  if (globalThis.document$ && typeof globalThis.document$.subscribe === "function") {
    globalThis.document$.subscribe(function () { fn(); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { fn(); });
  } else {
    fn();
  }
}

/* Runs each(item) for every item in slices of about SLICE_MS, each slice a task of its own, then done().
   A module page has dozens of prompts and cards that each get a field; built in one go, on a phone,
   that held the page up for over 100 ms while it started (issue 24: Total Blocking Time). Each slice
   waits until the browser is idle, so the fields come after Material's own start instead of between
   its tasks, and a slice stays short enough that a phone four times slower than this machine still
   finishes it within 50 ms. each gets the item and an object that is new in every slice, for what may
   be read once per slice (and not once per page, since another tab can write in between). An item that
   fails is reported and skipped, so one broken prompt never leaves the others without their field. */
var SLICE_MS = 8;
function whenIdle(fn) {
  // The timeout keeps a page that is never idle (a running animation) from waiting for ever.
  if (typeof globalThis.requestIdleCallback === "function") globalThis.requestIdleCallback(fn, { timeout: 500 });
  else setTimeout(fn, 0);
}
function inSlices(items, each, done) {
  var list = Array.prototype.slice.call(items), at = 0;
  /** @param {IdleDeadline} [deadline] */
  function slice(deadline) {
    // A short idle gap (while the reader scrolls) gets a short slice; a slice the timeout forced gets the full one.
    var budget = deadline && !deadline.didTimeout ? Math.min(SLICE_MS, deadline.timeRemaining()) : SLICE_MS;
    var until = performance.now() + Math.max(budget, 1), memo = {};
    do {
      try { each(list[at], memo); } catch (error) { if (globalThis.console) globalThis.console.error(error); }
      at += 1;
    } while (at < list.length && performance.now() < until);
    if (at < list.length) whenIdle(slice); else if (done) done();
  }
  if (list.length) whenIdle(slice); else if (done) setTimeout(done, 0);
}

/* A file offered for download, made in the browser: nothing is sent anywhere. */
function download(name, type, content) {
  var url = URL.createObjectURL(new Blob([content], { type: type }));
  var link = el("a", { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

/* The address of the site's root folder, from Material's page settings: the service worker and the scripts
   fetched later live there, under any address the site has (also /leerlijn/ and file://). */
function siteRoot() {
  var config = readJson("__config");
  return new URL((config && config.base ? config.base : ".") + "/", window.location.href).href;
}

// A meeting date as Dutch people write it ("donderdag 3 december 2026"); '' for anything not a date,
// so a crafted link cannot put other text there. A date that does not exist (2026-02-31) is not a date
// either: one rule for the whole site, isDate in lv/dates.js.
function formatDate(iso) {
  if (!isDate(iso)) return "";
  var parts = String(iso).split("-");
  var date = new Date(+parts[0], +parts[1] - 1, +parts[2]);
  return date.toLocaleDateString("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

export var dom = { el: el, clone: clone, cloneFirst: cloneFirst, item: item, text: text, replace: replace,
           download: download };
/* Starts a tool on container once: Material can announce the same page again, and a second start would
   wire every button twice. mark is the attribute that says the tool has started (tests wait for it). */
function startOnce(container, mark, init) {
  if (!container || container.hasAttribute(mark)) return false;
  container.setAttribute(mark, "");
  return start(container, init);
}

export { formatDate, readJson, notice, start, startOnce, onPage, inSlices, whenIdle, siteRoot };
