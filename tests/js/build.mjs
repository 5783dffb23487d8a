/* Builds the site's bundles: one classic script (IIFE) and one stylesheet per page kind, from the ES
   modules in docs/assets/js/pages/ and the stylesheets in docs/assets/css/pages/, into docs/assets/bundles/;
   and the scripts a page fetches later, on a click (docs/assets/js/later/, see lv/later.js).
   Classic scripts, because Chromium refuses ES modules from file:// and the offline zip opens from disk.
   The bundles are committed, so `make serve` and `make site` need no Node; tests/test_bundles.py runs
   this again into a temporary folder and compares byte for byte (see the README).
   Usage: node tests/js/build.mjs [out-dir] */
import * as esbuild from "esbuild";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = resolve(process.argv[2] || join(root, "docs/assets/bundles"));
const entries = (dir, ext) => readdirSync(join(root, dir)).filter((name) => name.endsWith(ext)).sort()
  .map((name) => join(root, dir, name));

// The same options for every bundle; the output depends on the sources only, never on the machine.
const common = { bundle: true, minify: true, charset: "utf8", legalComments: "eof", logLevel: "warning",
                 outdir: out, absWorkingDir: root, target: ["es2020"] };

await esbuild.build({ ...common, entryPoints: entries("docs/assets/js/pages", ".js"), format: "iife" });
// Scripts a page fetches only when they are used (lv/later.js), as classic scripts of their own.
await esbuild.build({ ...common, entryPoints: entries("docs/assets/js/later", ".js"), format: "iife" });
// The card fonts stay files of their own, loaded by the browser only where a card is drawn.
await esbuild.build({ ...common, entryPoints: entries("docs/assets/css/pages", ".css"), external: ["../fonts/*"] });
