// The storage of the shared layer: every failure becomes a result with a Dutch message, never a throw.
import test from "node:test";
import assert from "node:assert/strict";
import storageApi from "../../docs/assets/js/lv/storage.js";
const { create, notes } = storageApi;

function memory() {
  const data = new Map();
  return {
    getItem: (key) => (data.has(key) ? data.get(key) : null),
    setItem: (key, value) => data.set(key, String(value)),
    removeItem: (key) => data.delete(key),
    key: (index) => Array.from(data.keys())[index] ?? null,
    get length() { return data.size; },
    data,
  };
}

function failing(name, code) {
  const error = Object.assign(new Error(name), { name, code });
  return { getItem() { throw error; }, setItem() { throw error; }, removeItem() { throw error; } };
}

test("values go in and come out as JSON", () => {
  const store = create(() => memory());
  assert.deepEqual(store.read("x"), { ok: true, value: null });
  const backend = memory();
  const kept = create(() => backend);
  assert.deepEqual(kept.write("x", { a: [1, "<b>"] }), { ok: true });
  assert.deepEqual(kept.read("x"), { ok: true, value: { a: [1, "<b>"] } });
  assert.deepEqual(kept.remove("x"), { ok: true });
  assert.equal(backend.data.size, 0);
});

test("a full storage says it is full, or a private window", () => {
  const store = create(() => failing("QuotaExceededError", 22));
  const result = store.write("x", 1);
  assert.equal(result.ok, false);
  assert.equal(result.reason, "full");
  assert.match(result.message, /vol/);
  assert.match(result.message, /privévenster/);
  assert.equal(create(() => failing("NS_ERROR_DOM_QUOTA_REACHED", 1014)).probe().reason, "full");
});

test("blocked storage, or none at all, says so on read and on write", () => {
  for (const store of [create(() => failing("SecurityError", 18)), create(() => null),
                       create(() => { throw Object.assign(new Error("no"), { name: "SecurityError" }); })]) {
    assert.equal(store.read("x").reason, "blocked");
    assert.equal(store.write("x", 1).reason, "blocked");
    assert.match(store.write("x", 1).message, /niets bewaren/);
  }
});

test("a damaged value is reported, not thrown", () => {
  const backend = memory();
  backend.setItem("x", "{kapot");
  const result = create(() => backend).read("x");
  assert.equal(result.ok, false);
  assert.equal(result.reason, "broken");
});

test("persist reports what the browser answered", async () => {
  const store = create(() => memory());
  assert.deepEqual(await store.persist({}), { state: "onbekend" });
  assert.deepEqual(await store.persist({ storage: { persisted: async () => false, persist: async () => true } }), { state: "vast" });
  assert.deepEqual(await store.persist({ storage: { persisted: async () => false, persist: async () => false } }), { state: "niet-vast" });
  assert.deepEqual(await store.persist({ storage: { persist: async () => { throw new Error("x"); } } }), { state: "onbekend" });
});

test("notes: Safari's seven days and the storage of pages opened from disk", () => {
  const safari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
  const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
  const iphoneChrome = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1";
  assert.deepEqual(notes({ userAgent: safari, protocol: "https:" }).map((n) => n.code), ["safari"]);
  assert.match(notes({ userAgent: safari, protocol: "https:" })[0].message, /zeven dagen/);
  assert.deepEqual(notes({ userAgent: iphoneChrome, protocol: "https:" }).map((n) => n.code), ["safari"]);
  assert.deepEqual(notes({ userAgent: chrome, protocol: "https:" }), []);
  assert.deepEqual(notes({ userAgent: chrome, protocol: "file:" }).map((n) => n.code), ["schijf"]);
});

test("damaged data: read hands over the raw text, and keepAside copies it under its own key, never over an earlier copy", () => {
  const backend = memory();
  const store = create(() => backend);
  backend.setItem("x", "{kapot");
  const broken = store.read("x");
  assert.equal(broken.raw, "{kapot");
  assert.deepEqual(store.keepAside("x", broken.raw), { ok: true, key: "x-beschadigd" });
  assert.deepEqual(store.keepAside("x", broken.raw), { ok: true, key: "x-beschadigd" }, "the same copy twice is one copy");
  const second = store.keepAside("x", "{ook kapot", new Date(5));
  assert.deepEqual(second, { ok: true, key: "x-beschadigd-5" });
  assert.equal(backend.getItem("x-beschadigd"), "{kapot", "the first copy is never overwritten");
  assert.deepEqual(store.asideCopies("x").map((c) => [c.key, c.value]), [["x-beschadigd", "{kapot"], ["x-beschadigd-5", "{ook kapot"]]);
  assert.deepEqual(store.readRaw("x"), { ok: true, value: "{kapot" });
});

test("keepAside on a full storage says so, and leaves the original alone", () => {
  const backend = memory();
  backend.setItem("x", "{kapot");
  const full = { ...backend, getItem: backend.getItem, setItem() { throw Object.assign(new Error("vol"), { name: "QuotaExceededError" }); } };
  const result = create(() => full).keepAside("x", "{kapot");
  assert.equal(result.ok, false);
  assert.equal(result.reason, "full");
  assert.equal(backend.getItem("x"), "{kapot");
});
