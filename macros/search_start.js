/* Start Material's search when the reader starts to search, not at page load.

   Material loads the whole index (about 57 KB gzip for this site) and its search worker (15 KB)
   on every page, while most readers never search. macros/search_lazy.py puts this file in front
   of Material's bundle and makes the bundle wait for `lvSearch.started` before it asks for the
   index, and create its worker through `lvSearch.worker`, which starts the real one only when
   the first message (the index) is sent to it.

   The reader starts to search by focusing the search field: by click or tab, on a phone by the
   search button, or by Material's own keys (/, s, f), which focus the field. A page opened from a
   search result (?h=...) highlights the words it was found by, which needs the index at once.
   Classic script on purpose: the offline edition runs the bundle from file://. */
(function () {
  "use strict";

  let begin;
  const started = new Promise((resolve) => { begin = resolve; });

  function isSearch(target) {
    return target instanceof Element &&
      (target.matches("[data-md-component=search-query]") || target.id === "__search");
  }

  document.addEventListener("focusin", (event) => { if (isSearch(event.target)) begin(); });
  // The phone's search button is a label for the toggle: checking it opens the search overlay.
  document.addEventListener("change", (event) => { if (isSearch(event.target)) begin(); });
  if (new URLSearchParams(location.search).has("h")) begin();
  const field = document.querySelector("[data-md-component=search-query]");
  if (field && document.activeElement === field) begin();

  /* A stand-in for `new Worker(url)` with the three methods Material uses. The real worker (under
     file://, the iframe-worker shim's) is made on the first message, with the listeners so far. */
  function worker(url) {
    let real = null;
    const listeners = [];
    return {
      addEventListener(...args) {
        listeners.push(args);
        if (real) real.addEventListener(...args);
      },
      removeEventListener(...args) {
        const index = listeners.findIndex(([type, listener]) => type === args[0] && listener === args[1]);
        if (index >= 0) listeners.splice(index, 1);
        if (real) real.removeEventListener(...args);
      },
      postMessage(message) {
        if (!real) {
          real = new Worker(url);
          for (const args of listeners) real.addEventListener(...args);
        }
        real.postMessage(message);
      },
    };
  }

  self.lvSearch = { started, worker };
})();
