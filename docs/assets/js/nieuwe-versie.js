/* The site after one visit without internet: registers the service worker that the build writes
   (macros/service_worker.py, sw.js at the site's root) and, when a new version of the site is ready,
   says so: "Er is een nieuwe versie: vernieuwen". Nothing is swapped silently; the reader chooses.
   Pages from disk (the offline zip) cannot have a service worker, and need none. */
import * as lv from "./lv/core.js";

var dom = lv.dom, shown = false, asked = false;

function offer(registration) {
  if (shown || !registration.waiting || !navigator.serviceWorker.controller) return;
  shown = true;
  var bar = dom.el("div", { "class": "lv-new-version", role: "status" });
  var button = dom.el("button", { type: "button", "class": "md-button md-button--primary" }, "vernieuwen");
  dom.replace(bar, [dom.el("span", {}, "Er is een nieuwe versie: "), button]);
  button.addEventListener("click", function () {
    button.disabled = true;
    asked = true;
    registration.waiting.postMessage("vernieuwen");
  });
  document.body.appendChild(bar);
}

function register() {
  if (!("serviceWorker" in navigator) || window.location.protocol === "file:" || !window.isSecureContext) return;
  var base = lv.siteRoot(), reloading = false;
  navigator.serviceWorker.register(base + "sw.js", { scope: base }).then(function (registration) {
    offer(registration);
    registration.addEventListener("updatefound", function () {
      var coming = registration.installing;
      if (coming) coming.addEventListener("statechange", function () { if (coming.state === "installed") offer(registration); });
    });
  }, function (error) {
    if (globalThis.console) globalThis.console.warn("lv: de site kan zich niet bewaren voor gebruik zonder internet", error);
  });
  // The new version took over after "vernieuwen": show the page again from it, once. The first worker
  // also takes over (clients.claim) on a first visit; that changes nothing on the page, so no reload then.
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (!asked || reloading) return;
    reloading = true;
    window.location.reload();
  });
}

register();
