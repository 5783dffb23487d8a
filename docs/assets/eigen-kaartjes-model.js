/* Eigen kaartjes: the pure logic of the own-cards maker, without any DOM.
   A deck is {titel, moment, module, kaarten: [{soort, titel, tekst, fasen}]}. This file turns it
   into a share link (compressed, with a format version and a checksum), into a YAML fragment for
   the data file, and back. Kinds, limits and phases come from the page's JSON (macros/own_cards.py),
   so nothing here repeats the site's design. It runs in the browser (classic script, also from
   file://) and in Node for the tests (tests/js/own-cards*.test.js). */
(function (root, factory) {
  "use strict";
  var node = typeof module === "object" && module.exports;
  var api = factory(node ? require("./vendor/fflate-0.8.3.js") : root.fflate);
  if (node) {
    module.exports = api;
  } else {
    root.lv = root.lv || {};
    root.lv.eigenKaartjes = api;
  }
})(this, function (fflate) {
  "use strict";

  // The first part of a link's deck says how the rest is written. A newer site reads old links;
  // an older site says plainly that a link is too new, instead of showing nonsense.
  var FORMAT = 1;
  var WANNEER = "Wanneer: ";

  function LinkError(code, message) {
    var error = new Error(message);
    error.name = "LinkError";
    error.code = code;
    return error;
  }

  function create(config) {
    var kinds = Object.keys(config.kinds);
    var phases = config.phases;
    var limits = config.limits;

    // ------------------------------------------------------------------ cards and limits

    function defaultPhases(soort) {
      return (config.defaultPhases[soort] || [phases[0]]).slice();
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

    function text(value, max) {
      // A link or file from someone else may hold anything; keep strings only, and never absurdly long.
      return typeof value === "string" ? value.slice(0, max) : "";
    }

    function cleanCard(raw) {
      raw = raw && typeof raw === "object" ? raw : {};
      var soort = kinds.indexOf(raw.soort) >= 0 ? raw.soort : kinds[0];
      var fasen = Array.isArray(raw.fasen) ? raw.fasen.filter(function (phase, index, all) {
        return phases.indexOf(phase) >= 0 && all.indexOf(phase) === index;
      }) : [];
      return { soort: soort, titel: text(raw.titel, 4 * limits.title), tekst: text(raw.tekst, 4 * limits.text),
               fasen: fasen.length ? fasen : defaultPhases(soort) };
    }

    function cleanDeck(raw) {
      raw = raw && typeof raw === "object" ? raw : {};
      var cards = Array.isArray(raw.kaarten) ? raw.kaarten : [];
      return { titel: text(raw.titel, 200), moment: text(raw.moment, 200), module: text(raw.module, 40),
               kaarten: cards.slice(0, 4 * limits.cards).map(cleanCard) };
    }

    // ------------------------------------------------------------------ the share link

    function toBase64Url(bytes) {
      var binary = "";
      for (var i = 0; i < bytes.length; i += 1) binary += String.fromCharCode(bytes[i]);
      return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    function fromBase64Url(value) {
      var binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }

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

    function expand(data) {
      if (!data || typeof data !== "object" || !Array.isArray(data.k)) throw new Error("vorm");
      return cleanDeck({
        titel: data.t, moment: data.m, module: data.o,
        kaarten: data.k.map(function (row) {
          row = Array.isArray(row) ? row : [];
          return { soort: row[0], titel: row[1], tekst: row[2], fasen: row[3] };
        })
      });
    }

    /* The deck as the part after '#' in a link: "<format>.<zlib, base64url>". The zlib checksum
       makes a damaged or cut-off link fail loudly instead of opening a half deck. */
    function encode(deck) {
      var json = JSON.stringify(compact(deck));
      return FORMAT + "." + toBase64Url(fflate.zlibSync(fflate.strToU8(json), { level: 9 }));
    }

    /* Whether the deck fits in a link; if not, why not, in words for the user. */
    function linkFit(deck, encoded) {
      if (deck.kaarten.length > limits.cards) {
        return { fits: false, reason: "Je set heeft " + deck.kaarten.length + " kaartjes. In een link passen er " +
          limits.cards + ". Bewaar de set als bestand, of maak twee kleinere sets." };
      }
      if (encoded.length > limits.linkChars) {
        return { fits: false, reason: "Je set is te groot voor een link. Bewaar de set als bestand, of maak de teksten korter." };
      }
      return { fits: true, reason: "" };
    }

    function decode(value) {
      var match = /^(\d+)\.([A-Za-z0-9_-]+)$/.exec((value || "").trim());
      if (!match) {
        throw LinkError("kapot", "Deze link is beschadigd of niet compleet. Vraag de afzender om de link opnieuw te sturen, " +
          "of kopieer hem nog eens helemaal.");
      }
      if (Number(match[1]) > FORMAT) {
        throw LinkError("versie", "Deze link is gemaakt met een nieuwere versie van de site. Open hem op de site waar hij vandaan komt.");
      }
      try {
        return expand(JSON.parse(fflate.strFromU8(fflate.unzlibSync(fromBase64Url(match[2])))));
      } catch (error) {
        throw LinkError("kapot", "Deze link is beschadigd of niet compleet. Vaak valt het laatste stuk weg bij het kopiëren. " +
          "Vraag de afzender om de link opnieuw te sturen.");
      }
    }

    // ------------------------------------------------------------------ the YAML fragment

    function slug(value, max) {
      var plain = (value || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
        .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
      while (plain.length > max) plain = plain.replace(/-?[^-]*$/, "");
      return plain;
    }

    /* Double-quoted YAML strings: JSON's escapes are valid YAML, so any text stays plain text. */
    function quoted(value) {
      return JSON.stringify(value.trim());
    }

    function toYaml(deck, siteName) {
      var key = slug(deck.titel, 28) || "eigen-kaartjes";
      var lines = [
        "# Eigen kaartjes, gemaakt met de kaartjesmaker van " + siteName + ".",
        "# Plak dit in docs/data/leermateriaal.yml, onder kaartensets:.",
        "# Controleer de ids: elke id mag maar een keer voorkomen in het hele bestand.",
        "- id: " + (key.indexOf("eigen") === 0 ? key : "eigen-" + key),
        "  titel: " + quoted(deck.titel || "Eigen kaartjes"),
        "  module: " + (deck.module || config.modules[0].id)
      ];
      if (deck.moment.trim()) lines.push("  beschrijving: " + quoted(WANNEER + deck.moment));
      lines.push("  kaarten:");
      deck.kaarten.forEach(function (card, index) {
        lines.push("  - id: " + key + "-" + (index < 9 ? "0" : "") + (index + 1),
                   "    soort: " + card.soort,
                   "    fasen: [" + card.fasen.join(", ") + "]",
                   "    titel: " + quoted(card.titel),
                   "    tekst: " + quoted(card.tekst));
      });
      return lines.join("\n") + "\n";
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
      return { deck: deck, skipped: decks.length - 1 };
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

    function shareText(deck, link) {
      var n = deck.kaarten.length;
      var lines = ["Hoi! We hebben eigen kaartjes gemaakt: " + (deck.titel.trim() || "Eigen kaartjes") + "."];
      lines.push((n === 1 ? "Het is 1 kaartje" : "Het zijn " + n + " kaartjes") +
        (deck.moment.trim() ? ", voor dit moment: " + deck.moment.trim() + "." : "."));
      lines.push("", "Open ze met deze link:", link, "",
        "Je kunt ze bekijken, printen en zelf aanpassen. De kaartjes staan alleen in de link, niet op een server.");
      return lines.join("\n");
    }

    return {
      newCard: newCard, emptyDeck: emptyDeck, count: count, problems: problems, cleanDeck: cleanDeck,
      encode: encode, decode: decode, linkFit: linkFit, toYaml: toYaml, fromYaml: fromYaml,
      shareText: shareText, slug: slug, defaultPhases: defaultPhases, inlineParts: inlineParts, plainText: plainText
    };
  }

  return { create: create, FORMAT: FORMAT };
});
