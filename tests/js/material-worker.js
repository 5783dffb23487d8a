/* Runs Material's search worker in node, the way a browser runs it: a sandbox with `self`,
   `importScripts` and messages. Used by the compound tests (for lunr and its Dutch stemmer)
   and by tests/test_search_worker.py (for the patched worker, end to end).

   The Material package is found through MATERIAL_JS (set by the pytest runner) or else in
   the project's .venv. */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

function materialJs() {
  if (process.env.MATERIAL_JS) return process.env.MATERIAL_JS;
  const lib = path.join(__dirname, "..", "..", ".venv", "lib");
  for (const python of fs.existsSync(lib) ? fs.readdirSync(lib) : []) {
    const candidate = path.join(lib, python, "site-packages", "material", "templates", "assets", "javascripts");
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error("Material for MkDocs niet gevonden: zet MATERIAL_JS of draai `make test`.");
}

/* Loads a worker file (Material's own by default) and returns its sandbox and message handler. */
function loadWorker(workerFile) {
  const root = materialJs();
  const workers = path.join(root, "workers");
  const file = workerFile || path.join(workers, fs.readdirSync(workers).find((f) => /^search\.\w+\.min\.js$/.test(f)));
  const listeners = [];
  const sandbox = { console, setTimeout, replies: [] };
  sandbox.self = sandbox;
  sandbox.addEventListener = (type, listener) => listeners.push(listener);
  sandbox.postMessage = (message) => sandbox.replies.push(message);
  // The worker asks for "../lunr/min/..." relative to itself; the files stay in Material's package.
  sandbox.importScripts = (...files) => files.forEach((f) =>
    vm.runInContext(fs.readFileSync(path.join(workers, f), "utf8"), sandbox, { filename: f }));
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: path.basename(file) });
  async function send(type, data) {
    sandbox.replies.length = 0;
    for (const listener of listeners) await listener({ data: { type, data } });
    // The worker posts its answer from a promise; let it settle.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return sandbox.replies[sandbox.replies.length - 1];
  }
  return {
    sandbox,
    /* Builds the index the way the site does (the config of search_index.json) and returns search(query). */
    async index(config, docs) {
      await send(0, { config, docs, options: { suggest: false } });
      return async (query) => {
        const reply = await send(2, query);
        return reply.data.items.map((group) => group.map((item) => item.location));
      };
    },
    /* Lunr with the Dutch support loaded, without building an index. */
    dutchLunr() {
      sandbox.importScripts("../lunr/min/lunr.stemmer.support.min.js", "../lunr/min/lunr.nl.min.js");
      return sandbox.lunr;
    },
  };
}

/* Material's own Dutch lunr, its stemmer, and a one-document index of a text: what the search tests share. */
function dutchSearch() {
  const lunr = loadWorker().dutchLunr();
  const stem = (word) => lunr.nl.stemmer(new lunr.Token(word)).toString();
  function indexOf(text) {
    return lunr(function () {
      this.use(lunr.nl);
      this.ref("id");
      this.field("text");
      this.add({ id: "1", text });
    });
  }
  return { lunr, stem, indexOf };
}

module.exports = { loadWorker, materialJs, dutchSearch };

// `node tests/js/material-worker.js WORKER INDEX.json QUERY...` prints the locations each query finds, as JSON.
if (require.main === module) {
  const [workerFile, indexFile, ...queries] = process.argv.slice(2);
  (async () => {
    const { config, docs } = JSON.parse(fs.readFileSync(indexFile, "utf8"));
    const search = await loadWorker(workerFile).index(config, docs);
    const results = {};
    for (const query of queries) results[query] = await search(query);
    process.stdout.write(JSON.stringify(results));
  })().catch((error) => { console.error(error); process.exit(1); });
}
