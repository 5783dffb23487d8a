/* Eigen kaartjes: a card as an image of 1200 × 630, to download or hand to another app, and all cards
   as images in one zip. The drawing itself is in eigen-kaartjes-tekenen.js. Nothing is sent anywhere. */
import * as lv from "./lv/core.js";
import drawing from "./eigen-kaartjes-tekenen.js";

export class Images {
  /** @param {import("./eigen-kaartjes.js").Maker} maker */
  constructor(maker) {
    this.maker = maker;
  }

  info(index) {
    var maker = this.maker, data = maker.data;
    return { design: data.design, deckTitle: maker.deckTitle(), number: index + 1, total: maker.deck.kaarten.length,
             siteName: data.siteName, siteAddress: data.siteAddress, plainText: maker.model.plainText };
  }

  name(index) {
    var card = this.maker.deck.kaarten[index];
    return (index < 9 ? "0" : "") + (index + 1) + "-" + (this.maker.model.slug(card.titel, 40) || "kaartje") + ".png";
  }

  image(index, share) {
    var maker = this.maker, card = maker.deck.kaarten[index], name = this.name(index);
    return drawing.cardImage(card, this.info(index)).then(function (blob) {
      function save() {
        lv.dom.download(name, blob.type, blob);
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

  zip() {
    var self = this, maker = this.maker, status = maker.box("[data-lv-ek-share-status]");
    var name = "kaartjes-" + (maker.model.slug(maker.deck.titel, 40) || "eigen") + ".zip";
    var items = maker.deck.kaarten.map(function (card, index) {
      return { card: card, number: index + 1, name: self.name(index) };
    });
    status.textContent = "De afbeeldingen worden gemaakt…";
    drawing.imagesZip(items, this.info(0)).then(function (blob) {
      lv.dom.download(name, blob.type, blob);
      status.textContent = (items.length === 1 ? "1 afbeelding staat" : items.length + " afbeeldingen staan") +
        " in je downloads, samen in " + name + ".";
    });
  }

  attach() {
    var self = this, root = this.maker.root;
    root.addEventListener("lv-ek-image", function (event) { self.image(/** @type {CustomEvent} */ (event).detail.index, false); });
    root.addEventListener("lv-ek-share", function (event) { self.image(/** @type {CustomEvent} */ (event).detail.index, true); });
    root.querySelector("[data-lv-ek-action=zip]").addEventListener("click", function () { self.zip(); });
    // The share button only shows where the device can hand an image to another app (mostly phones).
    this.maker.canShare = canShareFiles();
  }
}

function canShareFiles() {
  try {
    return !!(navigator.canShare && navigator.canShare({ files: [new File(["x"], "x.png", { type: "image/png" })] }));
  } catch (error) {
    return false;
  }
}
