/* Eigen kaartjes: the pure logic of the own-cards maker, without any DOM.
   A deck is {titel, moment, module, kaarten: [{soort, titel, tekst, fasen}]}. This file turns it
   into a share link (packed by eigen-kaartjes-link.js), into a YAML fragment for the data file, and
   back, and cleans every deck that comes from elsewhere (a link, a file, the browser's storage). Kinds, limits and phases come from the page's JSON (macros/own_cards.py),
   so nothing here repeats the site's design. It runs in the browser (classic script, also from
   file://) and in Node for the tests (tests/js/own-cards*.test.js). */
import link from "./eigen-kaartjes-link.js";

var WANNEER = "Wanneer: ";
// Bidirectional controls can make a text read differently from what it holds; control characters
// have no place on a card. Both are dropped from anything that comes from elsewhere.
var INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var own = Object.prototype.hasOwnProperty;

/* "1 kaartje", "2 kaartjes": a number with the right form of its word. */
function plural(n, one, many) {
  return n + " " + (n === 1 ? one : many);
}

function create(config) {
  var kinds = Object.keys(config.kinds);
  var phases = config.phases;
  var limits = config.limits;
  var modules = config.modules.map(function (module) { return module.id; });
  // More cards than this are never kept: four links' worth is already more than a session uses.
  var maxCards = 4 * limits.cards;

  // ------------------------------------------------------------------ cards and limits

  function defaultPhases(soort) {
    // The kind may come from a link: "constructor" must not find Object's own property.
    return (own.call(config.defaultPhases, soort) ? config.defaultPhases[soort] : [phases[0]]).slice();
  }

  function newCard(soort) {
    var kind = kinds.indexOf(soort) >= 0 ? soort : kinds[0];
    return { soort: kind, titel: "", tekst: "", fasen: defaultPhases(kind) };
  }

  function emptyDeck() {
    return { titel: "", moment: "", module: "", kaarten: [] };
  }

  /* What a counter under a field says: how many characters are left, or how many are too many. */
  function count(value, max) {
    var length = Array.from(value || "").length;
    return { length: length, max: max, left: max - length, over: Math.max(0, length - max) };
  }

  /* Everything that keeps a deck from being pasted into the data file, in plain Dutch. */
  function problems(deck) {
    var list = [];
    if (!deck.kaarten.length) list.push("Er staan nog geen kaartjes in de set.");
    deck.kaarten.forEach(function (card, index) {
      var name = "Kaartje " + (index + 1);
      if (!card.titel.trim()) list.push(name + " heeft nog geen titel.");
      if (!card.tekst.trim()) list.push(name + " heeft nog geen tekst.");
      var title = count(card.titel.trim(), limits.title), text = count(card.tekst.trim(), limits.text);
      if (title.over) list.push(name + ": de titel is " + title.over + " tekens te lang.");
      if (text.over) list.push(name + ": de tekst is " + text.over + " tekens te lang.");
    });
    return list;
  }

  // ------------------------------------------------------------------ cleaning input from elsewhere

  function text(value, max, lines) {
    // A link or file from someone else may hold anything; keep strings only, and never absurdly long.
    if (typeof value !== "string") return "";
    value = value.replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(INVISIBLE, "");
    return (lines ? value : value.replace(/\n+/g, " ")).slice(0, max);
  }

  function cleanCard(raw) {
    raw = raw && typeof raw === "object" ? raw : {};
    var soort = kinds.indexOf(raw.soort) >= 0 ? raw.soort : kinds[0];
    var fasen = Array.isArray(raw.fasen) ? raw.fasen.filter(function (phase, index, all) {
      return phases.indexOf(phase) >= 0 && all.indexOf(phase) === index;
    }) : [];
    return { soort: soort, titel: text(raw.titel, 4 * limits.title), tekst: text(raw.tekst, 4 * limits.text, true),
             fasen: fasen.length ? fasen : defaultPhases(soort) };
  }

  function cleanDeck(raw) {
    raw = raw && typeof raw === "object" ? raw : {};
    var cards = Array.isArray(raw.kaarten) ? raw.kaarten : [];
    // Only a module the site knows: the fragment for the data file names it.
    var module = modules.indexOf(raw.module) >= 0 ? raw.module : "";
    return { titel: text(raw.titel, 200), moment: text(raw.moment, 200), module: module,
             kaarten: cards.slice(0, maxCards).map(cleanCard) };
  }

  /* What the user must hear about a deck from elsewhere that was cut to fit the maker. */
  function cutNotes(raw) {
    var total = raw && Array.isArray(raw.kaarten) ? raw.kaarten.length : 0;
    if (total <= maxCards) return [];
    return ["Er stonden " + plural(total, "kaartje", "kaartjes") + " in. De kaartjesmaker houdt er hoogstens " + maxCards +
            ", dus je ziet de eerste " + maxCards + ". De rest is niet geopend."];
  }

  // ------------------------------------------------------------------ the share link

  /* Short keys keep the link short; phases are left out when they are the kind's default. */
  function compact(deck) {
    return {
      t: deck.titel, m: deck.moment, o: deck.module,
      k: deck.kaarten.map(function (card) {
        var row = [card.soort, card.titel, card.tekst];
        if (card.fasen.join() !== defaultPhases(card.soort).join()) row.push(card.fasen);
        return row;
      })
    };
  }

  function expanded(data) {
    if (!data || typeof data !== "object" || !Array.isArray(data.k)) throw link.LinkError("kapot");
    return {
      titel: data.t, moment: data.m, module: data.o,
      kaarten: data.k.map(function (row) {
        row = Array.isArray(row) ? row : [];
        return { soort: row[0], titel: row[1], tekst: row[2], fasen: row[3] };
      })
    };
  }

  /* The deck as the part after '#set=' in a link. */
  function encode(deck) {
    return link.pack(JSON.stringify(compact(deck)));
  }

  /* Whether the deck fits in a link; if not, why not, in words for the user. */
  function linkFit(deck, encoded) {
    if (deck.kaarten.length > limits.cards) {
      return { fits: false, reason: "Je set heeft " + plural(deck.kaarten.length, "kaartje", "kaartjes") +
        ". In een link passen er " + limits.cards + ". Bewaar de set als bestand, of maak twee kleinere sets." };
    }
    if (encoded.length > limits.linkChars) {
      return { fits: false, reason: "Je set is te groot voor een link. Bewaar de set als bestand, of maak de teksten korter." };
    }
    return { fits: true, reason: "" };
  }

  /* A link's deck with what the user must hear about it, or a LinkError with a Dutch message. */
  function readLink(value) {
    var data;
    var json = link.unpack(value);
    try {
      data = expanded(JSON.parse(json));
    } catch (error) {
      throw link.LinkError("kapot");
    }
    return { deck: cleanDeck(data), notes: cutNotes(data) };
  }

  function decode(value) {
    return readLink(value).deck;
  }

  // ------------------------------------------------------------------ the YAML fragment

  function slug(value, max) {
    var plain = (value || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    while (plain.length > max) plain = plain.replace(/-?[^-]*$/, "");
    return plain;
  }

  /* The fragment for the data file, written by js-yaml's dump (passed in, like `parse` below), so no
     text can end its line and start a field of its own. Every value is quoted; ids are computed here
     and the module is one the site knows, whatever the link or file said. */
  function toYaml(deck, siteName, dump) {
    var key = slug(deck.titel, 28) || "eigen-kaartjes";
    var set = { id: key.indexOf("eigen") === 0 ? key : "eigen-" + key,
                titel: text(deck.titel, 200).trim() || "Eigen kaartjes",
                module: modules.indexOf(deck.module) >= 0 ? deck.module : modules[0] };
    var moment = text(deck.moment, 200).trim();
    if (moment) set.beschrijving = WANNEER + moment;
    set.kaarten = deck.kaarten.map(function (card, index) {
      return { id: key + "-" + (index < 9 ? "0" : "") + (index + 1), soort: card.soort, fasen: card.fasen.slice(),
               titel: text(card.titel, 4 * limits.title).trim(), tekst: text(card.tekst, 4 * limits.text, true).trim() };
    });
    return ["# Eigen kaartjes, gemaakt met de kaartjesmaker van " + text(siteName, 200) + ".",
            "# Plak dit in docs/data/leermateriaal.yml, onder kaartensets:.",
            "# Controleer de ids: elke id mag maar een keer voorkomen in het hele bestand."].join("\n") + "\n" +
      dump([set], { quoteStyle: "double", forceQuotes: true, lineWidth: -1, noRefs: true });
  }

  /* Reads our own fragment back, and also a whole data file or a deck a maintainer reformatted.
     `parse` is a YAML parser (js-yaml's load); it is passed in so the tests can give the same one. */
  function fromYaml(source, parse) {
    var data;
    try {
      data = parse(source);
    } catch (error) {
      throw new Error("Dit is geen geldig exportbestand: de opmaak klopt niet" +
        (error.mark ? " op regel " + (error.mark.line + 1) : "") + ". Gebruik het bestand of de tekst die je met deze pagina hebt gemaakt.");
    }
    if (data && !Array.isArray(data) && Array.isArray(data.kaartensets)) data = data.kaartensets;
    if (data && !Array.isArray(data) && Array.isArray(data.kaarten)) data = [data];
    var decks = Array.isArray(data) ? data.filter(function (item) { return item && Array.isArray(item.kaarten); }) : [];
    if (!decks.length) {
      throw new Error("In deze tekst staan geen kaartjes. Gebruik het bestand of de tekst die je met deze pagina hebt gemaakt.");
    }
    var raw = decks[0], moment = typeof raw.beschrijving === "string" ? raw.beschrijving : "";
    var deck = cleanDeck({
      titel: raw.titel, module: raw.module, kaarten: raw.kaarten,
      moment: moment.indexOf(WANNEER) === 0 ? moment.slice(WANNEER.length) : moment
    });
    return { deck: deck, skipped: decks.length - 1, notes: cutNotes(raw) };
  }

  // ------------------------------------------------------------------ Markdown marks in a text

  /* The site shows *schuin* and **vet** in card texts (macros/inline.py). Here they become parts that
     the page shows with <em> and <strong> made by the DOM, never by parsing HTML; a link keeps its words. */
  function inlineParts(value) {
    var parts = [], pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]*)\]\([^)]*\)/g, last = 0, match;
    while ((match = pattern.exec(value)) !== null) {
      if (match.index > last) parts.push({ text: value.slice(last, match.index) });
      if (match[1] !== undefined) parts.push({ text: match[1], strong: true });
      else if (match[2] !== undefined) parts.push({ text: match[2], em: true });
      else parts.push({ text: match[3] });
      last = pattern.lastIndex;
    }
    if (last < value.length) parts.push({ text: value.slice(last) });
    return parts;
  }

  /* The same text without marks, as the built card images show it (inline.plain_text). */
  function plainText(value) {
    return value.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`]+/g, "").trim();
  }

  // ------------------------------------------------------------------ the message to share

  /* The moment is typed as a heading ("Bij de wekelijkse overdracht"), but in the message it runs on
     in a sentence, so its first letter goes small; a word in capitals (MDO) or with a capital inside
     (BuurtTeam) keeps its letters. */
  function inSentence(text) {
    var first = text.split(/\s/)[0];
    return /^\p{Lu}[\p{Ll}]*$/u.test(first) && first.length > 1 ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  }

  function shareText(deck, address) {
    var n = deck.kaarten.length;
    var lines = ["Hoi! We hebben eigen kaartjes gemaakt: " + (deck.titel.trim() || "Eigen kaartjes") + "."];
    lines.push((n === 1 ? "Het is 1 kaartje" : "Het zijn " + n + " kaartjes") +
      (deck.moment.trim() ? ", voor dit moment: " + inSentence(deck.moment.trim()) + "." : "."));
    lines.push("", "Open ze met deze link:", address, "",
      "Je kunt ze bekijken, printen en zelf aanpassen. De kaartjes staan alleen in de link, niet op een server.");
    return lines.join("\n");
  }

  return {
    newCard: newCard, emptyDeck: emptyDeck, count: count, problems: problems, cleanDeck: cleanDeck,
    encode: encode, decode: decode, readLink: readLink, linkFit: linkFit, toYaml: toYaml, fromYaml: fromYaml,
    shareText: shareText, slug: slug, defaultPhases: defaultPhases, inlineParts: inlineParts, plainText: plainText,
    cutNotes: cutNotes, maxCards: maxCards, plural: plural
  };
}

export default { create: create, FORMAT: link.FORMAT, plural: plural };
