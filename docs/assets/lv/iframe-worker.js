/* Search from disk under the site's Content-Security-Policy: a Worker made of a hidden iframe.
   Chromium runs no Web Worker from file://, so Material's search needs a stand-in in the offline zip.
   The usual one (iframe-worker 1.0.4 by Martin Donath, MIT, docs/assets/vendor/) writes an inline
   <script> into its iframe, which the policy rightly refuses; this one does the same job without any
   inline script. The iframe is same-origin and empty: the page gives it the two functions a worker
   expects (postMessage, importScripts) and loads the worker file with a plain <script src>. The name
   holds "iframe-worker", so Material's offline plugin does not add its copy from unpkg.com. Online
   (http, https) this file does nothing. */
(function () {
  "use strict";
  if (window.location.protocol !== "file:") return;

  function later(fn) { window.setTimeout(fn, 0); }

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      var self = this;
      this.url = String(url);
      this.onmessage = null;
      this.onerror = null;
      this.iframe = document.createElement("iframe");
      this.iframe.hidden = true;
      this.iframe.setAttribute("aria-hidden", "true");
      document.body.appendChild(this.iframe);
      var frame = this.iframe.contentWindow, doc = frame.document;
      doc.open();
      doc.write("<!doctype html><html><head></head><body></body></html>");
      doc.close();
      // What the worker posts reaches the page as a message event, later, as from a real worker.
      frame.postMessage = function (data) {
        var copy = window.structuredClone(data);
        later(function () { self.emit("message", new MessageEvent("message", { data: copy })); });
      };
      // importScripts, asynchronous as in iframe-worker: Material's worker waits for it.
      frame.importScripts = function () {
        return Array.prototype.reduce.call(arguments, function (done, src) {
          return done.then(function () { return self.load(src); });
        }, Promise.resolve());
      };
      frame.addEventListener("error", function (event) {
        self.emit("error", new ErrorEvent("error", { message: event.message, filename: self.url, error: event.error }));
      });
      this.ready = this.load(this.url + "?" + Date.now());
    }

    load(src) {
      var doc = this.iframe.contentWindow.document;
      return new Promise(function (resolve, reject) {
        var script = doc.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = reject;
        doc.body.appendChild(script);
      });
    }

    emit(type, event) {
      this.dispatchEvent(event);
      var handler = type === "message" ? this.onmessage : this.onerror;
      if (typeof handler === "function") handler.call(this, event);
    }

    postMessage(data) {
      var self = this, copy = window.structuredClone(data);
      this.ready.catch(function () {}).then(function () {
        if (self.iframe.contentWindow) self.iframe.contentWindow.dispatchEvent(new MessageEvent("message", { data: copy }));
      });
    }

    terminate() {
      this.iframe.remove();
    }
  }

  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
})();
