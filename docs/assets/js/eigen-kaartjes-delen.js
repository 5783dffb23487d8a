/* Eigen kaartjes: everything that takes the deck out of the editor. The cut sheets for print (copies of
   the site's sheet template), the share link with its QR code and message, and the file for the data
   file, plus reading such a file back. Images are in eigen-kaartjes-afbeeldingen.js. Nothing here
   sends anything anywhere.
   Timing (issue 20, point 13): these outputs cost far more than a key (the QR code alone took most of a
   second on a slow phone), so they wait until typing pauses, and then run one part per task, so a key
   typed in between never waits long. The QR code is drawn only while it is on screen. Whatever reads an
   output (a copy, print or download button, the link field) first brings every part up to date. */
import jsyaml from "../vendor/js-yaml-5.5.0.min.js";
import qrDownload from "./lv/qr-download.js";
import clipboard from "./lv/clipboard.js";
import linkFormat from "./eigen-kaartjes-link.js";
import { Images } from "./eigen-kaartjes-afbeeldingen.js";

// A pause this long after a key means the user stopped typing, even at a slow pace.
var PAUSE_MS = 500;

export class Outputs {
  /** @param {import("./eigen-kaartjes.js").Maker} maker */
  constructor(maker) {
    this.maker = maker;
    this.images = new Images(maker);
    /** @type {ReturnType<typeof setTimeout>|null} */
    this.timer = null;
    // run counts the changes; a catch-up that sees a newer change stops, as the next one will redo it.
    this.run = 0;
    this.pending = false;
    this.qrPending = false;
    this.qrOnScreen = false;
    this.qrText = "";
    this.encoded = "";
    /** @type {{show: function(string): void}|null} */
    this.qrBox = null;
  }

  /* The deck changed. now: a whole new deck, shown at once. saved: the browser holds the deck, so the
     address may drop its link until the pause: a reload then opens the draft, not the set before the
     last keys. Where the browser keeps nothing, the address keeps its (slightly older) link. */
  changed(now, saved) {
    var self = this, run = (this.run += 1);
    this.pending = true;
    this.qrPending = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (now) return this.flush(false);
    if (saved && !this.maker.linkPending && window.location.hash.indexOf(linkFormat.HASH) === 0) this.address("");
    this.timer = setTimeout(function () { self.catchUp(run); }, PAUSE_MS);
  }

  catchUp(run) {
    var self = this, steps = [this.encode, this.updateLink, this.renderSheets, this.updateFile, function () {
      self.pending = false;
      if (self.qrOnScreen) self.drawQr();
    }];
    (function next(index) {
      if (run !== self.run || index === steps.length) return;
      steps[index].call(self);
      setTimeout(function () { next(index + 1); }, 0);
    })(0);
  }

  /* Every part up to date now, before something reads it; the QR code too when withQr or on screen. */
  flush(withQr) {
    if (this.pending) {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      this.run += 1;
      this.encode();
      this.updateLink();
      this.renderSheets();
      this.updateFile();
      this.pending = false;
    }
    if (withQr || this.qrOnScreen) this.drawQr();
  }

  // ---------------------------------------------------------------- paper

  /* Eight cards a sheet, as on the site's print sheets: copies of sheet.html's sheet and card. */
  renderSheets() {
    var maker = this.maker, box = maker.root.parentNode.querySelector("[data-lv-ek-sheets]"), cards = maker.deck.kaarten;
    var perSheet = maker.data.design.card.perSheet, count = Math.ceil(cards.length / perSheet), self = this;
    box.textContent = "";
    for (var s = 0; s < count; s += 1) {
      var sheet = maker.dom.clone("lv-ek-printvel").querySelector(".lv-sheet");
      sheet.setAttribute("aria-label", "Blad " + (s + 1) + " van " + count);
      var model = sheet.querySelector(".lv-sheetcard");
      model.remove();
      cards.slice(s * perSheet, (s + 1) * perSheet).forEach(function (card, offset) {
        sheet.appendChild(self.sheetCard(model.cloneNode(true), card, s * perSheet + offset));
      });
      box.appendChild(sheet);
    }
  }

  sheetCard(node, card, index) {
    var maker = this.maker, kind = maker.data.design.kinds[card.soort];
    node.className = "lv-sheetcard lv-sheetcard--" + card.soort;
    node.id = "printkaart-eigen-" + (index + 1);
    node.querySelector(".lv-card__symbol").textContent = kind.symbol;
    node.querySelector(".lv-sheetcard__kind").lastChild.textContent = " " + kind.label;
    node.querySelector(".lv-sheetcard__title").textContent = card.titel.trim();
    maker.cards.text(node.querySelector(".lv-sheetcard__text"), card.tekst.trim());
    // Own cards have no short link of their own, so no QR code and no address on the card.
    node.querySelector(".lv-sheetcard__qr").remove();
    node.querySelector(".lv-sheetcard__meta").textContent = maker.deckTitle() + " · " + (index + 1) + "/" +
      maker.deck.kaarten.length;
    return node;
  }

  // ---------------------------------------------------------------- the link, the message and the file

  baseAddress() {
    // From the offline zip the page is a file on this computer; a link to it would open nothing elsewhere.
    if (!/^https?:$/.test(window.location.protocol)) return this.maker.data.publicUrl;
    return window.location.href.split("#")[0];
  }

  address(hash) {
    window.history.replaceState(window.history.state, "", window.location.href.split("#")[0] + hash);
  }

  /* Packing the link is the costliest part after the QR code, so it is a step of its own. */
  encode() {
    this.encoded = this.maker.model.encode(this.maker.deck);
  }

  updateLink() {
    var maker = this.maker, model = maker.model, encoded = this.encoded, fit = model.linkFit(maker.deck, encoded);
    var tooBig = maker.box("[data-lv-ek-toobig]");
    maker.box("[data-lv-ek-share]").hidden = !fit.fits;
    tooBig.hidden = fit.fits;
    tooBig.querySelector("[data-lv-ek-toobig-text]").textContent = fit.reason;
    // While the user decides about a link pasted into the address, that link stays there.
    if (!maker.linkPending) this.address(fit.fits ? linkFormat.HASH + encoded : "");
    if (!fit.fits) return;
    var link = this.baseAddress() + linkFormat.HASH + encoded;
    /** @type {HTMLInputElement} */ (maker.box("#lv-ek-link")).value = link;
    /** @type {HTMLTextAreaElement} */ (maker.box("#lv-ek-bericht")).value = model.shareText(maker.deck, link);
  }

  /* The QR code of the link in the field, drawn again only when that link changed. It carries the same
     set as digits (eigen-kaartjes-link.js, forQr), so it needs fewer modules than the link to copy. */
  drawQr() {
    var maker = this.maker, link = /** @type {HTMLInputElement} */ (maker.box("#lv-ek-link")).value;
    this.qrPending = false;
    if (link === this.qrText) return;
    this.qrText = link;
    this.qrBox.show(link ? this.baseAddress() + linkFormat.HASH + linkFormat.forQr(this.encoded) : "");
  }

  updateFile() {
    var maker = this.maker, model = maker.model;
    /** @type {HTMLTextAreaElement} */ (maker.box("#lv-ek-yaml")).value = model.toYaml(maker.deck, maker.data.siteName, jsyaml.dump);
    var list = maker.box("[data-lv-ek-problems]"), problems = model.problems(maker.deck);
    list.textContent = "";
    problems.forEach(function (problem) { list.appendChild(maker.dom.el("li", {}, problem)); });
    maker.box("[data-lv-ek-problems-intro]").hidden = !problems.length;
  }

  readFile(text) {
    var maker = this.maker, model = maker.model, status = maker.box("[data-lv-ek-import-status]");
    try {
      var result = model.fromYaml(text, jsyaml.load);
      if (!maker.replaceDeck(result.deck, "Je opende een bestand. De kaartjes van daarvoor zijn niet weg.")) {
        status.textContent = "Het bestand is niet geopend, zodat je huidige kaartjes blijven staan. Lees de melding bovenaan.";
        return;
      }
      status.textContent = "Geopend: " + model.plural(result.deck.kaarten.length, "kaartje", "kaartjes") + "." +
        (result.skipped ? " Het bestand had meer sets; je ziet de eerste." : "");
      maker.notice(result.notes);
    } catch (error) {
      status.textContent = error.message;
    }
  }

  // ---------------------------------------------------------------- wiring

  attach() {
    var self = this, maker = this.maker, root = maker.root;
    // A button clicked right after typing (copy, print, download, share) reads what is on screen now:
    // this listener runs before the button's own, in the capture phase.
    root.addEventListener("click", function (event) {
      var target = /** @type {Element} */ (event.target);
      if (target.closest && target.closest("button, a")) self.flush(!!target.closest("[data-lv-ek-share]"));
    }, true);
    root.addEventListener("focusin", function (event) {
      if (/** @type {Element} */ (event.target).matches(".lv-ek__output")) self.flush(false);
    });
    // Ctrl+P right after typing: the sheets catch up before the browser prints. Leaving the page: the
    // address gets its link back, for the browser's history.
    window.addEventListener("beforeprint", function () { self.flush(false); });
    window.addEventListener("pagehide", function () { self.flush(false); });
    var figure = maker.box("[data-lv-ek-qr-box]");
    this.qrBox = qrDownload.create(figure, maker.box("[data-lv-ek-qr]"), {
      alt: "QR-code naar de link met je kaartjes", tooLong: "Deze link is te lang voor een QR-code. Deel de link of de tekst.",
      name: function () { return "qr-kaartjes-" + (maker.model.slug(maker.deck.titel, 40) || "eigen"); } });
    if (typeof IntersectionObserver === "function") {
      new IntersectionObserver(function (entries) {
        self.qrOnScreen = entries[entries.length - 1].isIntersecting;
        if (self.qrOnScreen && self.qrPending && !self.pending) self.drawQr();
      }).observe(figure);
    } else {
      this.qrOnScreen = true;  // an old browser: the QR code follows each pause, as the rest does
    }
    root.querySelectorAll("[data-lv-ek-action=download-yaml]").forEach(function (button) {
      button.addEventListener("click", function () { maker.downloadDeck(maker.deck); });
    });
    clipboard.wire(root, "data-lv-ek-copy");
    maker.box("[data-lv-ek-file]").addEventListener("change", function (event) {
      var file = /** @type {HTMLInputElement} */ (event.target).files[0];
      if (file) file.text().then(function (text) { self.readFile(text); });
    });
    maker.box("[data-lv-ek-action=import]").addEventListener("click", function () {
      self.readFile(/** @type {HTMLTextAreaElement} */ (maker.box("[data-lv-ek-paste]")).value);
    });
    this.images.attach();
  }
}
