/* The light and the dark view: our own toggle instead of Material's palette component.
   Why our own: Material sets the view in its script at the end of the page, after the first paint. A reader
   whose system asks for dark saw the page light first, and then it flipped. And at start-up Material set the
   view again, with a meta tag and a switching attribute, which restyled the whole page four times while a
   phone's reader waited (BENCHMARKS.md, section 7). Now a short script in the header
   (overrides/partials/javascripts/palette.html) sets the view before anything is painted, and holds the one
   rule for which view: the reader's choice, else the system's. This module handles the clicks, the other
   tabs and the system's own switch. The choice is kept where Material kept it, so nobody's choice is lost. */
import { whenIdle } from "./lv/core.js";
import { KEYS } from "./lv/keys.js";

var SWITCHING = "data-md-color-switching"; // Material's palette CSS turns transitions off under it

/** @typedef {((button?: Element | null) => Element | null) & { buttons: Element[] }} Rule */

/* The browser bar's colour follows the header, as Material's did. Reading the header's style also makes the
   browser work out the new colours at once, while transitions are still off. */
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

/* Material's stored format, so that its own toggle would read the choice too. */
function choiceOf(index, button) {
  return {
    index: index,
    color: {
      media: button.getAttribute("data-md-color-media"),
      scheme: button.getAttribute("data-md-color-scheme"),
      primary: button.getAttribute("data-md-color-primary"),
      accent: button.getAttribute("data-md-color-accent")
    }
  };
}

function start(/** @type {Rule | undefined} */ rule) {
  if (!rule || !rule.buttons.length) return; // a page without the header (a short link's redirect)
  var buttons = rule.buttons, clicked = /** @type {Element | null} */ (null);

  /* A view on screen, without colours sliding over. Focus that was on the toggle stays on it: the button
     just pressed is hidden now, and the one shown says what the next press does. */
  function show(/** @type {Element | null} */ button) {
    var focused = buttons.indexOf(/** @type {Element} */ (document.activeElement)) >= 0;
    document.body.setAttribute(SWITCHING, "");
    var shown = rule(button);
    paintBar();
    window.requestAnimationFrame(function () { document.body.removeAttribute(SWITCHING); });
    if (focused && shown instanceof HTMLElement) shown.focus();
  }

  buttons[0].parentElement.addEventListener("click", function (event) {
    var index = buttons.indexOf(/** @type {Element} */ (event.target).closest("button"));
    if (index < 0) return;
    index = (index + 1) % buttons.length;
    clicked = buttons[index];
    show(clicked);
    try {
      /** @type {any} */ (window).__md_set(KEYS.colourScheme, choiceOf(index, clicked));
    } catch (error) {
      // Storage is blocked (Material's writer only catches a full one): the choice lasts while the page is open.
    }
  });
  // Another tab chose, or the site's data was wiped: that counts, not what was clicked here before.
  window.addEventListener("storage", function (event) {
    if (event.key !== null && event.key.slice(-KEYS.colourScheme.length - 1) !== "." + KEYS.colourScheme) return;
    clicked = null;
    show(null);
  });
  // Back to a page kept in the browser's memory: another tab may have chosen meanwhile, without an event here.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    clicked = null;
    show(null);
  });
  // The system switched (at sunset, say): that counts until the reader chooses.
  var queries = buttons.map(function (button) { return button.getAttribute("data-md-color-media"); });
  queries.filter(function (query, index) { return query && queries.indexOf(query) === index; }).forEach(function (query) {
    window.matchMedia(query).addEventListener("change", function () { show(clicked); });
  });
  // Not during Material's start: the header's style is ready by then, so reading it costs no extra pass.
  whenIdle(paintBar);
}

start(/** @type {any} */ (window).__lv_scheme);
