/* The hover texts of the header's icons (the logo, the view toggle, the search's clear button).
   With content.tooltips, Material turns every title in the header into a tooltip of its own when the page
   starts, and measures each one by adding it to the page: a layout of the whole page per title, on every
   page, while a phone's reader waits (BENCHMARKS.md, section 7). This script runs after Material's script but
   before the page has loaded, when Material looks for those titles. It takes them away and gives them back
   once the browser is idle, so they show as the browser's own hover text. Each icon keeps its name in its
   aria-label, so a screen reader hears the same as before, and a keyboard user sees it on focus (kop.css). */
import { whenIdle } from "./lv/core.js";

var held = [];

document.querySelectorAll(".md-header [title]").forEach(function (element) {
  if (!element.hasAttribute("aria-label")) return; // without a label, the title is its name: leave it
  held.push([element, element.getAttribute("title")]);
  element.removeAttribute("title");
});

function giveBack() {
  whenIdle(function () { held.forEach(function (pair) { pair[0].setAttribute("title", pair[1]); }); });
}

// After Material's own handler of the same event, which was added first; then once the browser is idle.
if (held.length && document.readyState === "loading") document.addEventListener("DOMContentLoaded", giveBack);
else if (held.length) giveBack();
