/* The site's service worker, written into the site by macros/service_worker.py: FILES lists every file
   the site needs without internet, each with a revision. A new version fetches only what changed (the
   rest is copied from the cache of the last version) and then waits: the page offers "vernieuwen"
   (docs/assets/js/nieuwe-versie.js), so a reader never gets a silent swap or half old, half new pages.
   Only requests inside this worker's own scope are answered; other sites are never asked or kept. */
var VERSION = "__VERSION__";
var FILES = [/* __FILES__ */];
var CACHE = "lv-site-" + VERSION;
var PREFIX = "lv-site-";
var scope = self.registration.scope;
var revision = new Map(FILES.map(function (entry) { return [new URL(entry[0], scope).href, entry[1]]; }));

// The key of a file in the cache carries its revision, so an unchanged file is found in the last version.
function key(url) { return url + (url.indexOf("?") === -1 ? "?" : "&") + "lv-revisie=" + revision.get(url); }

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(Array.from(revision.keys()).map(function (url) {
      return caches.match(key(url)).then(function (kept) {
        if (kept) return cache.put(key(url), kept);
        return fetch(url, { cache: "reload", credentials: "same-origin" }).then(function (response) {
          if (!response.ok) throw new Error("lv: " + url + " gaf " + response.status);
          return cache.put(key(url), response);
        });
      });
    }));
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf(PREFIX) === 0 && name !== CACHE; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

// The page asks for the new version when the reader chooses "vernieuwen".
self.addEventListener("message", function (event) {
  if (event.data === "vernieuwen") self.skipWaiting();
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.url.indexOf(scope) !== 0) return;
  var url = request.url.split("#")[0].split("?")[0];
  if (!revision.has(url) && revision.has(url + "/")) url += "/";
  if (!revision.has(url)) return;
  // A page with a plan in its address (?klaar=, ?v=) is still the same file.
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(key(url)).then(function (found) { return found || fetch(request); });
  }));
});
