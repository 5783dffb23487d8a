/* Print buttons on the cut sheets. A button, not a link, so it works with Enter and Space. */
(function () {
  "use strict";
  function init() {
    document.querySelectorAll("[data-lv-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
