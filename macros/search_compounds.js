/* Dutch compounds for Material's search worker.

   Dutch glues words together ("werkafspraken", "ketenpartner", "vertrouwensband"), and a
   reader types the glued form while the site says "afspraken over het werk". Lunr's Dutch
   support (lunr-languages: trimmer, stop words, Snowball stemmer) has no decompounding, and
   Material only segments Chinese. So a query word that matches nothing in the index is split
   here into parts that do, with the Dutch linking letters (-s-, -e-, -en-) between them, and
   searched as those parts, as if the reader had typed them with spaces ("werk^1 afspraken^1").

   The parts come from the index's own vocabulary: no list of compounds to keep up to date.
   macros/search_stemming.py appends this file to the worker; the tests load it in node.
   Classic script on purpose: the worker is not a module, and the offline edition runs it
   from file://. */
(function (root) {
  "use strict";

  // Linking letters between two parts; "" (plain gluing) is tried too.
  const LINKS = ["", "s", "e", "en"];
  // Shorter parts would let "en", "te" or "al" glue any two words together.
  const MIN_PART = 3;
  // The last part may still be half typed ("werkafspr"), but not by so little it fits anything.
  const MIN_PREFIX = 4;
  // Beyond this a word is not a compound but a paste accident; splitting it would be slow noise.
  const MAX_WORD = 40;

  /* The index terms as a sorted list, for exact and prefix look-ups by binary search. */
  function vocabulary(terms) {
    const sorted = [...terms].sort();
    function lowerBound(word) {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (sorted[middle] < word) low = middle + 1;
        else high = middle;
      }
      return low;
    }
    return {
      has: (word) => sorted[lowerBound(word)] === word,
      hasPrefix: (prefix) => {
        const found = sorted[lowerBound(prefix)];
        return found !== undefined && found.startsWith(prefix);
      },
    };
  }

  /* How a word meets the index: the same two ways the patched worker searches it, the stem
     exactly ("woord^1") and the typed form as a prefix ("woord*"). */
  function matcher(vocab, stem) {
    const stemmed = (word) => {
      const result = stem(word);
      return typeof result === "string" && result !== "" && vocab.has(result);
    };
    return {
      isWord: (word) => word.length >= MIN_PART && (stemmed(word) || vocab.has(word)),
      isPrefix: (word) => vocab.hasPrefix(word),
      matches: (word) => stemmed(word) || vocab.hasPrefix(word),
    };
  }

  /* Cost of a split, compared in order: fewer parts, a complete last word rather than a
     half-typed one, fewer linking letters. A letter is split off as a link only where the part
     with it is no word: the stemmer knows "vertrouwens" as "vertrouwen", and "keten" must not
     become "ket" + "en". */
  function better(a, b) {
    for (let i = 0; i < a.length; i += 1) {
      if (a[i] !== b[i]) return a[i] < b[i];
    }
    return false;
  }

  /* The best split of a word into known parts, or null when there is none.
     `isWord(part)` says a part is a word of the index; `isPrefix(part)` that the index has a
     word starting with it (only asked for the last part). */
  function splitCompound(word, isWord, isPrefix = () => false) {
    const n = word.length;
    if (n < 2 * MIN_PART || n > MAX_WORD) return null;
    const memo = new Map();
    function from(start) {
      if (memo.has(start)) return memo.get(start);
      let best = null;
      const consider = (parts, cost) => {
        if (best === null || better(cost, best.cost)) best = { parts, cost };
      };
      // The whole word is a single part only after a first part: the word itself matched nothing.
      if (start > 0) {
        const rest = word.slice(start);
        if (isWord(rest)) consider([rest], [1, 0, 0]);
        else if (rest.length >= MIN_PREFIX && isPrefix(rest)) consider([rest], [1, 1, 0]);
      }
      // Longer first parts first, so that of two equal splits the one with longer parts wins.
      for (let end = n - MIN_PART; end >= start + MIN_PART; end -= 1) {
        const part = word.slice(start, end);
        if (!isWord(part)) continue;
        for (const link of LINKS) {
          if (!word.startsWith(link, end) || n - end - link.length < MIN_PART) continue;
          const tail = from(end + link.length);
          if (tail === null) continue;
          const [parts, prefix, links] = tail.cost;
          consider([part, ...tail.parts], [parts + 1, prefix, links + (link ? 1 : 0)]);
        }
      }
      memo.set(start, best);
      return best;
    }
    const result = from(0);
    return result === null ? null : result.parts;
  }

  /* The synonym table of the data file (`zoekwoorden`, injected by macros/search_stemming.py as
     JSON: site word -> the words readers type for it), as a map from the stem of a reader's word
     to the site's words. By stem, so "hulpverleners" counts as "hulpverlener". */
  function readerWords(synonyms, stem) {
    const words = new Map();
    for (const [site, readers] of Object.entries(synonyms || {})) {
      for (const reader of readers) {
        const key = stem(reader) || reader;
        words.set(key, [...(words.get(key) || []), site]);
      }
    }
    return words;
  }

  /* The query with every plain word that finds nothing replaced by its parts, and a reader's
     word from the synonym table joined by the site's word. Quoted phrases and words with search
     syntax (+, -, ~, ^, *, field:) are the reader's own and stay. */
  function rewriteQuery(query, vocab, stem, synonyms = new Map()) {
    const match = matcher(vocab, stem);
    return query
      .split(/("[^"]*")/)
      .map((chunk, index) => index % 2 ? chunk : chunk.replace(/\S+/g, (token) => {
        if (!/^\p{L}+$/u.test(token)) return token;
        const word = token.toLowerCase();
        const site = synonyms.get(stem(word) || word);
        // The reader's own word stays where the site has it too ("medewerker").
        if (site) return (match.matches(word) ? [token, ...site] : site).join(" ");
        if (match.matches(word)) return token;
        const parts = splitCompound(word, match.isWord, match.isPrefix);
        if (!parts) return token;
        // A complete part is searched by its stem only ("werk^1"): as a prefix, "werk" would
        // also find every "werkplaat". A half-typed last part keeps the worker's prefix search.
        return parts.map((part, i) => i < parts.length - 1 || match.isWord(part) ? `${part}^1` : part).join(" ");
      }))
      .join("");
  }

  // One vocabulary and synonym map per lunr index: built on the first query, then reused while the reader types.
  const prepared = new WeakMap();

  /* The entry point the worker calls with its lunr index, and the synonym table, before it parses the query. */
  function rewriteForIndex(query, index, synonyms) {
    // The index's search pipeline is the stemmer (Material keeps stop words out of the index).
    const stem = (word) => index.pipeline.runString(word)[0];
    if (!prepared.has(index)) {
      prepared.set(index, { vocab: vocabulary(Object.keys(index.invertedIndex)), words: readerWords(synonyms, stem) });
    }
    const { vocab, words } = prepared.get(index);
    return rewriteQuery(query, vocab, stem, words);
  }

  const api = { LINKS, MIN_PART, MIN_PREFIX, vocabulary, matcher, splitCompound, readerWords, rewriteQuery, rewriteForIndex };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.lvCompounds = api;
})(typeof self !== "undefined" ? self : this);
