/* The card filter's status line (docs/assets/js/kaartfilter.js): a full sentence for every count.
   Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";

// The module starts itself on Material's page stream; here that stream never emits, so nothing touches a DOM.
globalThis.document$ = { subscribe() {} };
const { status } = await import("../../docs/assets/js/kaartfilter.js");

test("the status line says how many kaartjes you see, and what to do when there are none", () => {
  assert.equal(status(64, 64), "Je ziet alle 64 kaartjes.");
  assert.equal(status(30, 64), "Je ziet 30 van de 64 kaartjes.");
  assert.equal(status(1, 64), "Je ziet 1 van de 64 kaartjes.");
  assert.equal(status(0, 64), "Bij deze keuze hoort geen enkel kaartje. Kies een andere soort of een andere module.");
});
