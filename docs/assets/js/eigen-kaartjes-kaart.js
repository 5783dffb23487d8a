/* Eigen kaartjes: the cards in the editor. Each card's fields and buttons are a copy of the editor
   template (own_cards_editor.html), its preview a copy of the site's card template (card.html); both
   are filled with textContent only. A key typed in a card changes that card's counters and preview,
   nothing else, so typing stays quick in a set of forty. A removed card leaves a placeholder of its own
   height where it stood, with its way back, so the next card's "Verwijderen" never slides under the
   pointer (issue 20, point 14). */

var LABELS = { up: "omhoog", down: "omlaag", remove: "verwijderen", image: "als afbeelding", share: "delen" };

export class CardList {
  /** @param {import("./eigen-kaartjes.js").Maker} maker */
  constructor(maker) {
    this.maker = maker;
    /** @type {HTMLElement} */
    this.list = maker.root.querySelector("[data-lv-ek-cards]");
    // The card behind each placeholder, until it is put back or the placeholder goes.
    /** @type {WeakMap<Element, import("./eigen-kaartjes.js").Card>} */
    this.removed = new WeakMap();
    // The cards whose counter and preview wait for the task after a key (typed).
    /** @type {WeakMap<Element, {card: import("./eigen-kaartjes.js").Card, fields: Object<string, boolean>}>} */
    this.waiting = new WeakMap();
  }

  /** @returns {HTMLElement[]} the cards' items, in order; placeholders are not cards */
  items() {
    return Array.prototype.slice.call(this.list.querySelectorAll(":scope > .lv-ek-card"));
  }

  indexOf(item) {
    return this.items().indexOf(item);
  }

  /* Every card drawn afresh, for a deck that was loaded, opened or imported. */
  render() {
    var self = this;
    this.list.textContent = "";
    this.maker.deck.kaarten.forEach(function (card, index) { self.list.appendChild(self.editor(card)); });
    this.refresh();
  }

  /* Numbers, counters and previews of every card, after the order or the number of cards changed. */
  refresh() {
    var self = this;
    this.items().forEach(function (item, index) { self.fill(item, index); });
  }

  /* The set's name changed: only the line with it on each preview. */
  refreshMeta() {
    var self = this;
    this.items().forEach(function (item, index) { self.meta(item, index); });
  }

  /** @param {import("./eigen-kaartjes.js").Card} card */
  editor(card) {
    var self = this, maker = this.maker, id = "lv-ek-k" + (maker.uid += 1);
    var item = maker.dom.cloneFirst("lv-ek-editor");
    ["titel", "tekst"].forEach(function (field) {
      var input = /** @type {HTMLInputElement} */ (item.querySelector("[data-ek=" + field + "]"));
      input.id = id + "-" + field;
      /** @type {HTMLLabelElement} */ (item.querySelector("[data-ek-label=" + field + "]")).htmlFor = input.id;
      item.querySelector("[data-ek-count=" + field + "]").id = input.id + "-telling";
      input.setAttribute("aria-describedby", input.id + "-telling");
      input.value = card[field];
      input.addEventListener("input", function () {
        var card = maker.deck.kaarten[self.indexOf(item)];
        card[field] = input.value;
        maker.edited();
        self.typed(item, card, field);
      });
    });
    item.querySelectorAll("[data-ek=soort]").forEach(function (node) {
      var radio = /** @type {HTMLInputElement} */ (node);
      radio.name = id + "-soort";
      radio.checked = radio.value === card.soort;
      radio.addEventListener("change", function () {
        var index = self.indexOf(item), current = maker.deck.kaarten[index];
        // A card that kept its kind's phases gets the new kind's; chosen phases stay.
        if (current.fasen.join() === maker.model.defaultPhases(current.soort).join()) {
          current.fasen = maker.model.defaultPhases(radio.value);
        }
        current.soort = radio.value;
        self.fill(item, index);
        maker.edited();
      });
    });
    item.querySelectorAll("[data-ek-action]").forEach(function (button) {
      button.addEventListener("click", function () { self.act(item, button.getAttribute("data-ek-action")); });
    });
    item.querySelector("[data-ek=preview]").appendChild(maker.dom.cloneFirst("lv-ek-kaart"));
    return item;
  }

  /* One card's number, counters, buttons and preview, changed in place. */
  fill(item, index) {
    var maker = this.maker, card = maker.deck.kaarten[index], name = "Kaartje " + (index + 1);
    item.querySelector("[data-ek=legend]").textContent = name;
    this.count(item, card, "titel");
    this.count(item, card, "tekst");
    item.querySelectorAll("[data-ek-action]").forEach(function (node) {
      var button = /** @type {HTMLButtonElement} */ (node), action = button.getAttribute("data-ek-action");
      button.setAttribute("aria-label", name + " " + LABELS[action]);
      if (action === "share") button.hidden = !maker.canShare;
      if (action === "up") button.disabled = index === 0;
      if (action === "down") button.disabled = index === maker.deck.kaarten.length - 1;
    });
    this.preview(item.querySelector("[data-ek=preview] .lv-card"), card);
    this.meta(item, index);
  }

  /* After a key, this field's counter and its line on the preview, nothing else, in a task of their own
     that a burst of keys shares. In the key's own task the browser lays the page out again for the caret;
     with the preview changed in that task too, a key in a set of twenty took over 50 ms on a busy machine
     with the CPU slowed four times (issue 20, point 13; make bench, section 6). */
  typed(item, card, field) {
    var self = this, waiting = this.waiting.get(item);
    if (waiting) { waiting.card = card; waiting.fields[field] = true; return; }
    waiting = { card: card, fields: {} };
    waiting.fields[field] = true;
    this.waiting.set(item, waiting);
    setTimeout(function () {
      self.waiting.delete(item);
      var article = item.querySelector("[data-ek=preview] .lv-card");
      Object.keys(waiting.fields).forEach(function (name) {
        self.count(item, waiting.card, name);
        if (name === "titel") self.title(article, waiting.card); else self.text(article.querySelector(".lv-card__text"), waiting.card.tekst.trim());
      });
    }, 0);
  }

  /* A field's "Nog 40 tekens over" (or how many too many), and whether the field is marked too long. */
  count(item, card, field) {
    var count = this.maker.model.count(card[field].trim(), this.maker.data.limits[field === "titel" ? "title" : "text"]);
    var label = item.querySelector("[data-ek-count=" + field + "]");
    label.textContent = count.over ? count.over + (count.over === 1 ? " teken" : " tekens") + " te veel. Maak het korter."
      : "Nog " + count.left + (count.left === 1 ? " teken" : " tekens") + " over.";
    label.classList.toggle("lv-ek-count--over", count.over > 0);
    var input = item.querySelector("[data-ek=" + field + "]"), invalid = count.over ? "true" : "false";
    if (input.getAttribute("aria-invalid") !== invalid) input.setAttribute("aria-invalid", invalid);
  }

  title(article, card) {
    article.querySelector(".lv-card__title").textContent = card.titel.trim() || "…";
  }

  /* The screen card, in the site's card layout (card.html), filled with text only. */
  preview(article, card) {
    var kind = this.maker.data.design.kinds[card.soort];
    article.className = "lv-card lv-card--" + card.soort;
    article.setAttribute("data-soort", card.soort);
    var kindLine = article.querySelector(".lv-card__kind");
    kindLine.querySelector(".lv-card__symbol").textContent = kind.symbol;
    kindLine.lastChild.textContent = " " + kind.label;
    this.title(article, card);
    this.text(article.querySelector(".lv-card__text"), card.tekst.trim());
  }

  meta(item, index) {
    item.querySelector(".lv-card__meta").textContent = this.maker.deckTitle() + " · kaartje " + (index + 1) +
      " van " + this.maker.deck.kaarten.length;
  }

  /* A card text with *schuin* and **vet** as the site shows them, built from text nodes only. */
  text(node, value) {
    var dom = this.maker.dom;
    node.textContent = "";
    this.maker.model.inlineParts(value).forEach(function (part) {
      node.appendChild(part.em || part.strong ? dom.el(part.em ? "em" : "strong", {}, part.text)
        : document.createTextNode(part.text));
    });
  }

  act(item, action) {
    var maker = this.maker, index = this.indexOf(item), cards = maker.deck.kaarten;
    if (action === "up" || action === "down") {
      var to = action === "up" ? index - 1 : index + 1, other = this.items()[to];
      cards.splice(to, 0, cards.splice(index, 1)[0]);
      if (action === "up") other.before(item); else other.after(item);
      this.refresh();
      // Focus stays on the card that moved, so a keyboard user can move it again.
      var again = /** @type {HTMLButtonElement} */ (item.querySelector("[data-ek-action=" + action + "]"));
      (again.disabled ? /** @type {HTMLElement} */ (item.querySelector("[data-ek-action=" + (action === "up" ? "down" : "up") + "]"))
        : again).focus();
      maker.say("Kaartje " + (index + 1) + " staat nu op plek " + (to + 1) + ".");
    } else if (action === "remove") {
      this.remove(item, index);
    } else {
      maker.root.dispatchEvent(new CustomEvent("lv-ek-" + action, { detail: { index: index } }));
      return;
    }
    maker.edited();
  }

  /* The card goes; a placeholder of the same height takes its place, with "Zet terug" focused. */
  remove(item, index) {
    var maker = this.maker, card = maker.deck.kaarten.splice(index, 1)[0];
    var gone = maker.dom.cloneFirst("lv-ek-weg"), title = card.titel.trim();
    gone.style.minHeight = item.getBoundingClientRect().height + "px";
    var text = title ? "Kaartje „" + title + "” is verwijderd." : "Een kaartje zonder titel is verwijderd.";
    gone.querySelector("[data-ek-gone=text]").textContent = text;
    var undo = /** @type {HTMLElement} */ (gone.querySelector("[data-ek-gone=undo]"));
    undo.setAttribute("aria-label", "Zet terug: " + (title ? "kaartje „" + title + "”" : "het kaartje zonder titel"));
    undo.addEventListener("click", this.restore.bind(this, gone));
    gone.querySelector("[data-ek-gone=dismiss]").addEventListener("click", this.dismiss.bind(this, gone));
    this.removed.set(gone, card);
    item.replaceWith(gone);
    this.refresh();
    // The page must not move: the point where the user clicked stays inside the placeholder.
    undo.focus({ preventScroll: true });
    maker.say(text + " Met de knop Zet terug zet je het weer op zijn plek.");
  }

  /* The card comes back where its placeholder stands, between the cards that are around it now. */
  restore(gone) {
    var maker = this.maker, card = this.removed.get(gone);
    if (!card) return;
    var index = 0;
    for (var node = gone.previousElementSibling; node; node = node.previousElementSibling) {
      if (node.classList.contains("lv-ek-card")) index += 1;
    }
    maker.deck.kaarten.splice(index, 0, card);
    var item = this.editor(card);
    this.removed.delete(gone);
    gone.replaceWith(item);
    this.refresh();
    /** @type {HTMLElement} */ (item.querySelector("[data-ek=titel]")).focus();
    maker.say("Kaartje " + (index + 1) + " staat terug.");
    maker.edited();
  }

  /* The placeholder goes; the card stays removed. Focus goes to the next card, or to "toevoegen". */
  dismiss(gone) {
    var next = gone.nextElementSibling || gone.previousElementSibling;
    this.removed.delete(gone);
    gone.remove();
    var target = next && next.querySelector("[data-ek=titel], [data-ek-gone=undo]");
    /** @type {HTMLElement} */ (target || this.maker.root.querySelector("[data-lv-ek-add]")).focus();
    this.maker.say("Het bericht is weg. Het kaartje blijft verwijderd.");
  }

  add(soort) {
    var maker = this.maker, card = maker.model.newCard(soort);
    maker.deck.kaarten.push(card);
    var item = this.editor(card);
    this.list.appendChild(item);
    this.refresh();
    /** @type {HTMLElement} */ (item.querySelector("[data-ek=titel]")).focus();
    maker.edited();
  }
}
