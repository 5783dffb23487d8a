/* Fetch the search index when the reader starts to search, not at page load.

   Material loads the whole index (about 44 KB gzip for this site) on every page, while most
   readers never search. macros/search_lazy.py makes Material's bundle wait for the event below
   before it asks for the index, and appends this file to the bundle, so it runs right after
   Material has set up its components and before the reader can do anything.

   The reader starts to search by focusing the search field: by click or tab, on a phone by the
   search button, or by Material's own keys (/, s, f), which focus the field. A page opened from a
   search result (?h=...) highlights the words it was found by, which needs the index at once.
   Classic script on purpose: the offline edition runs the bundle from file://. */
(function () {
  "use strict";

  const EVENT = "lv:search-start";
  let started = false;

  function start() {
    if (started) return;
    started = true;
    window.dispatchEvent(new Event(EVENT));
  }

  function isSearch(target) {
    return target instanceof Element &&
      (target.matches("[data-md-component=search-query]") || target.id === "__search");
  }

  document.addEventListener("focusin", (event) => { if (isSearch(event.target)) start(); });
  // The phone's search button is a label for the toggle: checking it opens the search overlay.
  document.addEventListener("change", (event) => { if (isSearch(event.target)) start(); });
  if (new URLSearchParams(location.search).has("h")) start();
  const field = document.querySelector("[data-md-component=search-query]");
  if (field && document.activeElement === field) start();
})();
