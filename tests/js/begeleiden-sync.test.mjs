/* The order of the live view's states between two windows (begeleiden-sync.js): a late copy of a state
   never undoes a newer step. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";

import Sync from "../../docs/assets/js/begeleiden-sync.js";

function clocks(times) {
  let now = times.start;
  const tick = () => now;
  return { lead: Sync.order(tick, "a"), room: Sync.order(tick, "b"), at: (time) => { now = time; } };
}

test("the room's late copy does not take the begeleider back a step", () => {
  const { lead, room, at } = clocks({ start: 1000 });
  const blankOff = room.next();              // the room presses "b": its state goes out twice
  assert.ok(lead.take(blankOff), "the channel's copy is taken");
  at(1000);                                  // the same millisecond: the begeleider presses "next"
  const step2 = lead.next();
  assert.ok(step2.time > blankOff.time, "a state sent after one taken is always above it");
  assert.equal(lead.take(blankOff), false, "the storage event's copy of the room's state comes late and is ignored");
  assert.ok(room.take(step2), "the room follows the begeleider");
});

test("a clock that is behind still orders after what it has taken", () => {
  const lead = Sync.order(() => 5000, "a");
  const room = Sync.order(() => 10, "b");   // a window whose clock is far behind (or held in a test)
  assert.ok(room.take(lead.next()));
  const answer = room.next();
  assert.ok(lead.take(answer), "the room's next state is newer than the one it took");
});

test("two states sent in the same millisecond: both windows keep the same one", () => {
  const a = Sync.order(() => 7, "a");
  const b = Sync.order(() => 7, "b");
  const fromA = a.next();
  const fromB = b.next();
  assert.equal(a.take(fromB), true, "b's id is above a's, so a takes b's state");
  assert.equal(b.take(fromA), false, "and b keeps its own");
});

test("a state without a number (an older page) is taken; a damaged number is not", () => {
  const clock = Sync.order(() => 1, "a");
  assert.equal(clock.take(undefined), true);
  for (const bad of [null, 5, "5", { time: "5", id: "x" }, { time: 5 }, { time: Number.NaN, id: "x" }]) {
    assert.equal(clock.take(bad), false, JSON.stringify(bad));
  }
});

/* Two windows of one browser, as far as begeleiden-sync.js sees them: one storage, a storage event in
   every window but the writer, no channel (the storage event alone must keep them in step). */
function browserWith(store, held = null) {
  const windows = [];
  globalThis.localStorage = store;
  globalThis.BroadcastChannel = undefined;
  return {
    open(received) {
      const listeners = [];
      const win = { addEventListener: (type, listener) => { if (type === "storage") listeners.push(listener); } };
      globalThis.window = win;
      const sync = Sync.create(received);
      const self = { sync, listeners };
      windows.push(self);
      const send = sync.send;
      // The browser fires the storage event in the other windows, with the value as it was written.
      sync.send = (state) => {
        const result = send(state);
        const event = { key: "lv-begeleiden", newValue: store.getItem("lv-begeleiden") };
        const deliver = () => { for (const other of windows) if (other !== self) other.listeners.forEach((listener) => listener(event)); };
        if (held) held.push(deliver); else deliver();   // held: the events wait, as when both windows act at once
        return result;
      };
      return sync;
    },
  };
}

function memoryStore() {
  const data = new Map();
  return { getItem: (key) => (data.has(key) ? data.get(key) : null), setItem: (key, value) => data.set(key, String(value)),
           removeItem: (key) => data.delete(key) };
}

test("a window that reloads goes on from the number in storage, so the other window takes its states", (t) => {
  t.mock.method(Date, "now", () => 1000);   // every send in the same millisecond: the numbers run ahead of the clock
  const store = memoryStore();
  const browser = browserWith(store);
  const lead = [], room = [];
  const leadSync = browser.open((state) => lead.push(state));
  browser.open((state) => room.push(state));
  leadSync.send({ stap: 1 });
  leadSync.send({ stap: 2 });
  leadSync.send({ stap: 3 });
  assert.deepEqual(room.at(-1), { stap: 3 });
  const reloaded = browser.open((state) => room.push(state));   // the room's window reloads
  assert.deepEqual(reloaded.load().state, { stap: 3 });
  reloaded.send({ stap: 3, leeg: true });                        // and the room presses "b"
  assert.deepEqual(lead.at(-1), { stap: 3, leeg: true }, "the begeleider's window follows the reloaded window");
});

for (const [first, second] of [[0.25, 0.75], [0.75, 0.25]]) {
  test(`after both windows change something at once, storage keeps the state both show (ids ${first}, ${second})`, (t) => {
    t.mock.method(Date, "now", () => 2000);
    const ids = [first, second];
    t.mock.method(Math, "random", () => ids.shift());   // each window's id: both orders of the tie are tried
    const store = memoryStore();
    const held = [];
    const browser = browserWith(store, held);
    const seen = { a: [], b: [] };
    const a = browser.open((state) => seen.a.push(state));
    const b = browser.open((state) => seen.b.push(state));
    a.send({ stap: 4 });                   // both in the same millisecond, before either hears the other
    b.send({ stap: 5 });
    held.splice(0).forEach((deliver) => deliver());
    const shown = { a: seen.a.at(-1) || { stap: 4 }, b: seen.b.at(-1) || { stap: 5 } };
    assert.equal(seen.a.length + seen.b.length, 1, "one window takes the other's state, the other keeps its own");
    assert.deepEqual(shown.a, shown.b);
    const stored = JSON.parse(store.getItem("lv-begeleiden"));
    assert.deepEqual(stored.stand, shown.a, "and a window that reloads reads the state both show");
  });
}
