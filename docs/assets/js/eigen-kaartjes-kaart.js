/* Eigen kaartjes: one card in the editor. Its fields and buttons are a copy of the editor template
   (own_cards_editor.html), its preview a copy of the site's card template (card.html); both are filled
   with textContent only. These methods join the Maker of eigen-kaartjes.js. */

var cards = {};

/* Numbers, counters and previews of every card: cheap, and always in step with the order. */
cards.refresh = function () {
  var self = this;
  Array.prototype.forEach.call(this.list.children, function (item, index) { self.fill(item, index); });
};

cards.editor = function (card, index) {
  var self = this, id = "lv-ek-k" + (this.uid += 1);
  var item = this.dom.cloneFirst("lv-ek-editor");
  ["titel", "tekst"].forEach(function (field) {
    var input = item.querySelector("[data-ek=" + field + "]");
    input.id = id + "-" + field;
    item.querySelector("[data-ek-label=" + field + "]").htmlFor = input.id;
    item.querySelector("[data-ek-count=" + field + "]").id = input.id + "-telling";
    input.setAttribute("aria-describedby", input.id + "-telling");
    input.value = card[field];
    input.addEventListener("input", function () {
      self.cardAt(item)[field] = input.value;
      self.fill(item, self.indexOf(item));
      self.save();
    });
  });
  item.querySelectorAll("[data-ek=soort]").forEach(function (radio) {
    radio.name = id + "-soort";
    radio.checked = radio.value === card.soort;
    radio.addEventListener("change", function () {
      var current = self.cardAt(item);
      // A card that kept its kind's phases gets the new kind's; chosen phases stay.
      if (current.fasen.join() === self.model.defaultPhases(current.soort).join()) {
        current.fasen = self.model.defaultPhases(radio.value);
      }
      current.soort = radio.value;
      self.fill(item, self.indexOf(item));
      self.save();
    });
  });
  item.querySelectorAll("[data-ek-action]").forEach(function (button) {
    button.addEventListener("click", function () { self.act(item, button.getAttribute("data-ek-action")); });
  });
  return item;
};

cards.indexOf = function (item) {
  return Array.prototype.indexOf.call(this.list.children, item);
};

cards.cardAt = function (item) {
  return this.deck.kaarten[this.indexOf(item)];
};

cards.fill = function (item, index) {
  var card = this.deck.kaarten[index], name = "Kaartje " + (index + 1), limits = this.data.limits, self = this;
  item.querySelector("[data-ek=legend]").textContent = name;
  [["titel", limits.title], ["tekst", limits.text]].forEach(function (pair) {
    var count = self.model.count(card[pair[0]].trim(), pair[1]);
    var label = item.querySelector("[data-ek-count=" + pair[0] + "]");
    label.textContent = count.over ? count.over + (count.over === 1 ? " teken" : " tekens") + " te veel. Maak het korter."
      : "Nog " + count.left + (count.left === 1 ? " teken" : " tekens") + " over.";
    label.classList.toggle("lv-ek-count--over", count.over > 0);
    item.querySelector("[data-ek=" + pair[0] + "]").setAttribute("aria-invalid", count.over ? "true" : "false");
  });
  var labels = { up: "omhoog", down: "omlaag", remove: "verwijderen", image: "als afbeelding", share: "delen" };
  item.querySelectorAll("[data-ek-action]").forEach(function (button) {
    var action = button.getAttribute("data-ek-action");
    button.setAttribute("aria-label", name + " " + labels[action]);
    if (action === "share") button.hidden = !self.canShare;
  });
  item.querySelector("[data-ek-action=up]").disabled = index === 0;
  item.querySelector("[data-ek-action=down]").disabled = index === this.deck.kaarten.length - 1;
  var preview = item.querySelector("[data-ek=preview]");
  preview.textContent = "";
  preview.appendChild(this.card(card, index));
};

/* The screen card: a copy of the site's card template (card.html), filled with text only. */
cards.card = function (card, index) {
  var kind = this.data.design.kinds[card.soort];
  var article = this.dom.cloneFirst("lv-ek-kaart");
  article.className = "lv-card lv-card--" + card.soort;
  article.setAttribute("data-soort", card.soort);
  var kindLine = article.querySelector(".lv-card__kind");
  kindLine.querySelector(".lv-card__symbol").textContent = kind.symbol;
  kindLine.lastChild.textContent = " " + kind.label;
  article.querySelector(".lv-card__title").textContent = card.titel.trim() || "…";
  this.text(article.querySelector(".lv-card__text"), card.tekst.trim());
  article.querySelector(".lv-card__meta").textContent = this.deckTitle() + " · kaartje " + (index + 1) +
    " van " + this.deck.kaarten.length;
  return article;
};

/* A card text with *schuin* and **vet** as the site shows them, built from text nodes only. */
cards.text = function (node, value) {
  var dom = this.dom;
  node.textContent = "";
  this.model.inlineParts(value).forEach(function (part) {
    node.appendChild(part.em || part.strong ? dom.el(part.em ? "em" : "strong", {}, part.text)
      : document.createTextNode(part.text));
  });
};

cards.deckTitle = function () {
  return this.deck.titel.trim() || "Eigen kaartjes";
};

cards.act = function (item, action) {
  var index = this.indexOf(item), cards = this.deck.kaarten;
  if (action === "up" || action === "down") {
    var to = action === "up" ? index - 1 : index + 1;
    cards.splice(to, 0, cards.splice(index, 1)[0]);
    this.list.insertBefore(item, action === "up" ? item.previousElementSibling : item.nextElementSibling.nextElementSibling);
    this.refresh();
    // Focus stays on the card that moved, so a keyboard user can move it again.
    var again = item.querySelector("[data-ek-action=" + action + "]");
    (again.disabled ? item.querySelector("[data-ek-action=" + (action === "up" ? "down" : "up") + "]") : again).focus();
    this.say("Kaartje " + (index + 1) + " staat nu op plek " + (to + 1) + ".");
  } else if (action === "remove") {
    // Only this card's way back: the sets of eerder stay where they are (eigen-kaartjes-reserve.js).
    this.showUndo("Kaartje " + (index + 1) + " is verwijderd.", null, { card: cards.splice(index, 1)[0], index: index });
    var next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    this.refresh();
    (next ? next.querySelector("[data-ek=titel]") : this.root.querySelector("[data-lv-ek-add]")).focus();
  } else {
    this.root.dispatchEvent(new CustomEvent("lv-ek-" + action, { detail: { index: index } }));
    return;
  }
  this.save();
};

cards.add = function (soort) {
  var card = this.model.newCard(soort);
  this.deck.kaarten.push(card);
  var item = this.editor(card, this.deck.kaarten.length - 1);
  this.list.appendChild(item);
  this.refresh();
  item.querySelector("[data-ek=titel]").focus();
  this.save();
};

export default cards;
