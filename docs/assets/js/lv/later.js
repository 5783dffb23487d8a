/* Code that a page needs only after a click, as a classic script of its own: docs/assets/js/later/<name>.js,
   bundled to docs/assets/bundles/<name>.js. The first view of every page stays light, as the search index
   and the own-cards fonts also come only when they are used. The two scripts are separate bundles, so the
   late one hands over what it brings with an event on the document, the one way both can see.
   A classic script loads from file:// too (the offline zip), and the service worker keeps it for offline use. */

var EVENT = "lv-later";
var asked = Object.create(null);

/* Called by a late script when it runs: value is what the page asked for under name. */
export function provide(name, value) {
  document.dispatchEvent(new CustomEvent(EVENT, { detail: { name: name, value: value } }));
}

/* The value a late script provides, fetched once from url: a promise, rejected when the file cannot load
   (then the next call tries again). */
export function load(url, name) {
  if (asked[name]) return asked[name];
  asked[name] = new Promise(function (resolve, reject) {
    var script = document.createElement("script");
    function arrived(event) {
      var detail = /** @type {CustomEvent} */ (event).detail;
      if (!detail || detail.name !== name) return;
      document.removeEventListener(EVENT, arrived);
      resolve(detail.value);
    }
    document.addEventListener(EVENT, arrived);
    script.onerror = function () {
      document.removeEventListener(EVENT, arrived);
      script.remove();
      delete asked[name];
      reject(new Error("lv.later: " + url + " kon niet worden geladen"));
    };
    script.src = url;
    document.head.appendChild(script);
  });
  return asked[name];
}
