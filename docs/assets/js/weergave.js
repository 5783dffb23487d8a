/* The light and the dark view: our own toggle instead of Material's palette component.
   Why our own: Material sets the scheme in its script at the end of the page, after the first paint.
   A reader whose system asks for dark saw the page light first, and then it flipped. And at start-up
   Material set the scheme again, with a meta tag and a switching attribute, which restyled the whole
   page four times while a phone's reader waited (BENCHMARKS.md, section 7). Now a short script in the
   header (overrides/partials/javascripts/palette.html) sets the scheme before anything is painted,
   and holds the one rule for which scheme: the reader's choice, else the system's. This module only
   handles the clicks, the other tabs and the system's own switch. The choice is kept where Material
   kept it, so nobody's earlier choice is lost. */
import { KEYS } from "./lv/keys.js";

var SWITCHING = "data-md-color-switching"; // Material's palette CSS turns transitions off under it

/** @typedef {(chosen?: Element | null) => Element | null} Apply */

/* The header script's rule; absent only on a page without the toggle. */
function rule() {
  return /** @type {Apply | undefined} */ (/** @type {any} */ (window).__lv_weergave);
}

/* The browser bar's colour follows the header, as Material's did. */
function paintBar() {
  var header = document.querySelector(".md-header");
  if (!header) return;
  var meta = document.querySelector('meta[name="theme-color"]');
  if (!meta) {
    meta = document.createElement("meta");
    meta.setAttribute("name", "theme-color");
    document.head.appendChild(meta);
  }
  meta.setAttribute("content", window.getComputedStyle(header).backgroundColor);
}

/* Shows a scheme without the colours sliding over (transitions off for one frame). */
function show(apply, chosen) {
  document.body.setAttribute(SWITCHING, "");
  var shown = apply(chosen);
  window.requestAnimationFrame(function () {
    document.body.removeAttribute(SWITCHING);
    paintBar();
  });
  return shown;
}

function optionOf(button) {
  return {
    media: button.getAttribute("data-md-color-media"),
    scheme: button.getAttribute("data-md-color-scheme"),
    primary: button.getAttribute("data-md-color-primary"),
    accent: button.getAttribute("data-md-color-accent")
  };
}

function start() {
  var apply = rule(), box = document.querySelector(".lv-weergave");
  if (!apply || !box) return;
  var buttons = Array.prototype.slice.call(box.querySelectorAll("button"));
  box.addEventListener("click", function (event) {
    var button = /** @type {Element} */ (event.target).closest("button");
    if (!button || buttons.indexOf(button) < 0) return;
    var index = (buttons.indexOf(button) + 1) % buttons.length, next = buttons[index];
    // Material's own writer and format: it never throws, and a full storage only costs the memory.
    /** @type {any} */ (window).__md_set(KEYS.colourScheme, { index: index, color: optionOf(next) });
    show(apply, next);
    next.focus();
  });
  // Another tab chose, or wiped the site's data; the system switched while the reader had not chosen.
  window.addEventListener("storage", function (event) {
    if (event.key === null || event.key.slice(-KEYS.colourScheme.length - 1) === "." + KEYS.colourScheme) show(apply);
  });
  buttons.forEach(function (button) {
    var query = window.matchMedia(button.getAttribute("data-md-color-media") || "not all");
    query.addEventListener("change", function () { show(apply); });
  });
  // Not at start-up: the header's style is ready then, so reading it costs no extra pass.
  (window.requestIdleCallback || window.setTimeout)(paintBar);
}

start();
