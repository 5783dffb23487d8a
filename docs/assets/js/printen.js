/* Print buttons on the cut sheets. A button, not a link, so it works with Enter and Space. */
import { onPage } from "./lv/core.js";

function init() {
  document.querySelectorAll("[data-lv-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
}
onPage(init);
