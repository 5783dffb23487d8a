/* The state layer (docs/assets/js/lv/state.js and lv/keys.js): one rule for versions, one error type,
   one set of Dutch messages, migrations run in order, and every storage key registered once.
   Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { SCHEMAS, StateError, message, migrate, readVersion, upgrade } from "../../docs/assets/js/lv/state.js";
import { KEYS } from "../../docs/assets/js/lv/keys.js";

const sources = path.join(import.meta.dirname, "..", "..", "docs", "assets", "js");

test("a version is read by one rule: absent is 1, a plain whole number as a number or as its digits", () => {
  const schema = { current: 2, migrations: [(v) => v] };
  assert.equal(readVersion(undefined, schema, "link"), 1);
  assert.equal(readVersion("2", schema, "link"), 2);
  assert.equal(readVersion(2, schema, "device"), 2);
  assert.equal(readVersion("1", schema, "file"), 1);
  for (const [raw, where] of [["01", "link"], ["-1", "link"], ["abc", "link"], ["", "link"], [0, "device"],
                              [1.5, "file"], [[1], "device"], [{}, "device"], [true, "file"]]) {
    assert.throws(() => readVersion(raw, schema, where),
      (error) => error.name === "StateError" && error.code === "beschadigd" && error.message === message("beschadigd", where),
      JSON.stringify(raw));
  }
  assert.throws(() => readVersion("3", schema, "link"), (error) => error.code === "nieuwer" && /nieuwere versie/.test(error.message));
});

test("an older version is migrated step by step to today's", () => {
  const schema = { current: 3, migrations: [(v) => ({ ...v, b: v.a * 2 }), (v) => ({ ...v, c: v.b + 1 })] };
  assert.deepEqual(upgrade({ a: 5 }, 1, schema, "device"), { version: 1, value: { a: 5, b: 10, c: 11 } });
  assert.deepEqual(migrate({ a: 5, b: 1 }, 2, schema), { a: 5, b: 1, c: 2 });
  assert.deepEqual(upgrade({ x: 1 }, 3, schema, "device").value, { x: 1 });
});

test("every schema's current version matches its migrations", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    assert.equal(schema.current, schema.migrations.length + 1, name);
  }
});

test("the messages exist once: no tool writes its own 'nieuwere versie' or its own error type", () => {
  const files = fs.readdirSync(sources, { recursive: true }).filter((name) => name.endsWith(".js") && !name.endsWith("state.js"));
  for (const name of files) {
    const text = fs.readFileSync(path.join(sources, name), "utf8");
    assert.doesNotMatch(text, /"[^"]*nieuwere versie[^"]*"/, name);
    assert.doesNotMatch(text, /error\.name = /, name);
  }
  assert.equal(StateError("beschadigd", "x").name, "StateError");
  assert.throws(() => message("nieuwer", "elders"), /geen melding/);
});

test("every storage key is registered once, and no module writes a key of its own", () => {
  const values = Object.values(KEYS);
  assert.equal(new Set(values).size, values.length);
  const files = fs.readdirSync(sources, { recursive: true }).filter((name) => name.endsWith(".js") && !name.endsWith("keys.js"));
  for (const name of files) {
    const text = fs.readFileSync(path.join(sources, name), "utf8");
    for (const key of values) assert.ok(!text.includes(JSON.stringify(key)), `${name} names ${key} itself`);
  }
});
