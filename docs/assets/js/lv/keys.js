/* The shared front-end layer: every key this site uses in the browser's storage, in one place, so no
   two tools ever write under the same name and a reader's data can be found (and wiped) by its key.
   A key that ends in "-" is a prefix: a copy of damaged data gets a time after it. */

export var KEYS = {
  answers: "lv-antwoorden",               // the notebook: every answer field on the site (antwoorden.js)
  answersUndo: "lv-antwoorden-ongedaan",  // the notebook as it was before the last import (antwoorden-import.js)
  ownCards: "lv-eigen-kaartjes",          // the own-cards maker's draft (eigen-kaartjes-opslag.js)
  ownCardsBackups: "lv-eigen-kaartjes-reserve",    // sets the maker put aside before replacing them
  ownCardsDamaged: "lv-eigen-kaartjes-beschadigd-", // a damaged draft, kept as its text
  liveView: "lv-begeleiden",              // the live view: which plan, step and time left (begeleiden-sync.js)
  // The light or dark view, in Material's format and under Material's scope (its __md_get and __md_set),
  // so a choice made with Material's own toggle still counts (weergave.js; the header script reads it too).
  colourScheme: "__palette",
  probe: "lv-proef"                       // written and removed at once, to learn whether writing works (storage.js)
};

// Where storage.keepAside puts a copy of damaged data: beside the original, under a name that says so.
export var ASIDE = "-beschadigd";
