/* Eigen kaartjes: everything that takes the deck out of the editor. The cut sheets for print (copies of
   the site's sheet template), the card images, the share link with its QR code and message, and the
   file for the data file, plus reading such a file back. Nothing here sends anything anywhere. */
import * as lv from "./lv/core.js";
import jsyaml from "../vendor/js-yaml-5.5.0.min.js";
import qrDownload from "./lv/qr-download.js";
import clipboard from "./lv/clipboard.js";
import drawing from "./eigen-kaartjes-tekenen.js";
import linkFormat from "./eigen-kaartjes-link.js";

function attach(maker) {
  var root = maker.root, data = maker.data, model = maker.model, dom = maker.dom;
  var hash = linkFormat.HASH;
  var shareStatus = root.querySelector("[data-lv-ek-share-status]");
  var importStatus = root.querySelector("[data-lv-ek-import-status]");
  var timer = null;
  var qrBox = qrDownload.create(root.querySelector("[data-lv-ek-qr-box]"), root.querySelector("[data-lv-ek-qr]"), {
    alt: "QR-code naar de link met je kaartjes", tooLong: "Deze link is te lang voor een QR-code. Deel de link of de tekst.",
    name: function () { return "qr-kaartjes-" + (model.slug(maker.deck.titel, 40) || "eigen"); } });

  function fileName(extension) {
    return "kaartjes-" + (model.slug(maker.deck.titel, 40) || "eigen") + "." + extension;
  }

  function download(blob, name) {
    lv.dom.download(name, blob.type, blob);
  }

  // ---------------------------------------------------------------- paper

  /* Eight cards a sheet, as on the site's print sheets: copies of sheet.html's sheet and card. */
  function renderSheets() {
    var box = root.parentNode.querySelector("[data-lv-ek-sheets]"), cards = maker.deck.kaarten;
    var perSheet = data.design.card.perSheet, count = Math.ceil(cards.length / perSheet);
    box.textContent = "";
    for (var s = 0; s < count; s += 1) {
      var sheet = dom.clone("lv-ek-printvel").querySelector(".lv-sheet");
      sheet.setAttribute("aria-label", "Blad " + (s + 1) + " van " + count);
      var model_card = sheet.querySelector(".lv-sheetcard");
      model_card.remove();
      cards.slice(s * perSheet, (s + 1) * perSheet).forEach(function (card, offset) {
        sheet.appendChild(sheetCard(model_card.cloneNode(true), card, s * perSheet + offset));
      });
      box.appendChild(sheet);
    }
  }

  function sheetCard(node, card, index) {
    var kind = data.design.kinds[card.soort];
    node.className = "lv-sheetcard lv-sheetcard--" + card.soort;
    node.id = "printkaart-eigen-" + (index + 1);
    node.querySelector(".lv-card__symbol").textContent = kind.symbol;
    node.querySelector(".lv-sheetcard__kind").lastChild.textContent = " " + kind.label;
    node.querySelector(".lv-sheetcard__title").textContent = card.titel.trim();
    maker.text(node.querySelector(".lv-sheetcard__text"), card.tekst.trim());
    // Own cards have no short link of their own, so no QR code and no address on the card.
    node.querySelector(".lv-sheetcard__qr").remove();
    node.querySelector(".lv-sheetcard__meta").textContent = maker.deckTitle() + " · " + (index + 1) + "/" +
      maker.deck.kaarten.length;
    return node;
  }

  // ---------------------------------------------------------------- images

  function imageInfo(index) {
    return { design: data.design, deckTitle: maker.deckTitle(), number: index + 1, total: maker.deck.kaarten.length,
             siteName: data.siteName, siteAddress: data.siteAddress, plainText: model.plainText };
  }

  function imageName(index) {
    var card = maker.deck.kaarten[index];
    return (index < 9 ? "0" : "") + (index + 1) + "-" + (model.slug(card.titel, 40) || "kaartje") + ".png";
  }

  function image(index, share) {
    var card = maker.deck.kaarten[index];
    return drawing.cardImage(card, imageInfo(index)).then(function (blob) {
      var name = imageName(index);
      function save() {
        download(blob, name);
        maker.say("De afbeelding van kaartje " + (index + 1) + " staat in je downloads: " + name + ".");
      }
      if (!share) return save();
      // If the device will not hand the image over after all, the download still gives it to you.
      return navigator.share({ files: [new File([blob], name, { type: "image/png" })], title: card.titel })
        .catch(function (error) { if (!error || error.name !== "AbortError") save(); });
    }).catch(function (error) {
      maker.say("De afbeelding lukte niet: " + (error && error.message ? error.message : "onbekende fout") + ".");
    });
  }

  function canShareFiles() {
    try {
      return !!(navigator.canShare && navigator.canShare({ files: [new File(["x"], "x.png", { type: "image/png" })] }));
    } catch (error) {
      return false;
    }
  }

  function zip() {
    var items = maker.deck.kaarten.map(function (card, index) {
      return { card: card, number: index + 1, name: imageName(index) };
    });
    shareStatus.textContent = "De afbeeldingen worden gemaakt…";
    drawing.imagesZip(items, imageInfo(0)).then(function (blob) {
      download(blob, fileName("zip"));
      shareStatus.textContent = (items.length === 1 ? "1 afbeelding staat" : items.length + " afbeeldingen staan") +
        " in je downloads, samen in " + fileName("zip") + ".";
    });
  }

  // ---------------------------------------------------------------- the link, the message and the file

  function baseAddress() {
    // From the offline zip the page is a file on this computer; a link to it would open nothing elsewhere.
    if (!/^https?:$/.test(window.location.protocol)) return data.publicUrl;
    return window.location.href.split("#")[0];
  }

  function updateLink() {
    var encoded = model.encode(maker.deck), fit = model.linkFit(maker.deck, encoded);
    var shareBox = root.querySelector("[data-lv-ek-share]"), tooBig = root.querySelector("[data-lv-ek-toobig]");
    shareBox.hidden = !fit.fits;
    tooBig.hidden = fit.fits;
    tooBig.querySelector("[data-lv-ek-toobig-text]").textContent = fit.reason;
    // While the user decides about a link pasted into the address, that link stays there.
    if (!maker.linkPending) {
      window.history.replaceState(window.history.state, "", window.location.href.split("#")[0] + (fit.fits ? hash + encoded : ""));
    }
    if (!fit.fits) return;
    var link = baseAddress() + hash + encoded;
    root.querySelector("#lv-ek-link").value = link;
    root.querySelector("#lv-ek-bericht").value = model.shareText(maker.deck, link);
    // The QR code carries the same set as digits (eigen-kaartjes-link.js), so it needs fewer modules.
    qrBox.show(baseAddress() + hash + linkFormat.forQr(encoded));
  }

  function updateFile() {
    root.querySelector("#lv-ek-yaml").value = model.toYaml(maker.deck, data.siteName, jsyaml.dump);
    var list = root.querySelector("[data-lv-ek-problems]");
    list.textContent = "";
    var problems = model.problems(maker.deck);
    problems.forEach(function (problem) { list.appendChild(dom.el("li", {}, problem)); });
    root.querySelector("[data-lv-ek-problems-intro]").hidden = !problems.length;
  }

  function update() {
    renderSheets();
    updateLink();
    updateFile();
  }

  function readFile(text) {
    try {
      var result = model.fromYaml(text, jsyaml.load);
      if (!maker.replaceDeck(result.deck, "Je opende een bestand. De kaartjes van daarvoor zijn niet weg.")) {
        importStatus.textContent = "Het bestand is niet geopend, zodat je huidige kaartjes blijven staan. Lees de melding bovenaan.";
        return;
      }
      importStatus.textContent = "Geopend: " + model.plural(result.deck.kaarten.length, "kaartje", "kaartjes") + "." +
        (result.skipped ? " Het bestand had meer sets; je ziet de eerste." : "");
      maker.notice(result.notes);
    } catch (error) {
      importStatus.textContent = error.message;
    }
  }

  // ---------------------------------------------------------------- wiring

  maker.onChange(function (now) {
    clearTimeout(timer);
    if (now) update(); else timer = setTimeout(update, 150);
  });
  // Ctrl+P right after typing: the sheets catch up before the browser prints.
  window.addEventListener("beforeprint", function () {
    clearTimeout(timer);
    update();
  });
  root.addEventListener("lv-ek-image", function (event) { image(event.detail.index, false); });
  root.addEventListener("lv-ek-share", function (event) { image(event.detail.index, true); });
  root.querySelector("[data-lv-ek-action=zip]").addEventListener("click", zip);
  root.querySelectorAll("[data-lv-ek-action=download-yaml]").forEach(function (button) {
    button.addEventListener("click", function () { maker.downloadDeck(maker.deck); });
  });
  clipboard.wire(root, "data-lv-ek-copy");
  root.querySelector("[data-lv-ek-file]").addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (file) file.text().then(readFile);
  });
  root.querySelector("[data-lv-ek-action=import]").addEventListener("click", function () {
    readFile(root.querySelector("[data-lv-ek-paste]").value);
  });
  // The share button only shows where the device can hand an image to another app (mostly phones).
  maker.canShare = canShareFiles();
}

export default { attach: attach };
