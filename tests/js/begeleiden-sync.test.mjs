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
  for (const bad of [null, 5, "5", { time: "5", id: "x" }, { time: 5 }, { time: Number.NaN, id: "x" },
                     { time: Infinity, id: "x" }, { time: 2 ** 60, id: "x" }, { time: -1, id: "x" }, { time: 1.5, id: "x" }]) {
    assert.equal(clock.take(bad), false, JSON.stringify(bad));
  }
});

/* Two windows of one browser, as far as begeleiden-sync.js sees them: one storage, and a storage event in
   every window but the writer for every write, the windows' own write-backs included. No channel: the
   storage event alone must keep them in step. With held, the events wait until settle(), as when both
   windows act before either hears the other. */
function browserWith(store, held = false) {
  const windows = [];
  const queue = [];
  let writer = null;
  let writes = 0;
  globalThis.localStorage = {
    getItem: (key) => store.getItem(key),
    removeItem: (key) => store.removeItem(key),
    setItem: (key, value) => {
      const old = store.getItem(key);
      store.setItem(key, value);
      writes += 1;
      if (old === String(value)) return;   // the browser fires no event for a value that did not change
      const from = writer;
      for (const other of windows) if (other !== from) queue.push({ to: other, event: { key, newValue: String(value) } });
      if (!held) settle();
    },
  };
  globalThis.BroadcastChannel = undefined;
  function settle() {
    for (let rounds = 0; queue.length; rounds += 1) {
      assert.ok(rounds < 20, "the windows keep writing to each other");
      const { to, event } = queue.shift();
      const before = writer;
      writer = to;
      to.listeners.forEach((listener) => listener(event));
      writer = before;
    }
  }
  return {
    get writes() { return writes; },
    settle,
    open(received) {
      const listeners = [];
      const self = { listeners };
      globalThis.window = { addEventListener: (type, listener) => { if (type === "storage") listeners.push(listener); } };
      const sync = Sync.create(received);
      windows.push(self);
      const send = sync.send;
      sync.send = (state) => { writer = self; try { return send(state); } finally { writer = null; } };
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
  assert.equal(browser.writes, 4, "one write per change: no window echoes a state it took");
});

for (const [first, second] of [[0.25, 0.75], [0.75, 0.25]]) {
  test(`after both windows change something at once, storage keeps the state both show (ids ${first}, ${second})`, (t) => {
    t.mock.method(Date, "now", () => 2000);
    const ids = [first, second];
    t.mock.method(Math, "random", () => ids.shift());   // each window's id: both orders of the tie are tried
    const store = memoryStore();
    const browser = browserWith(store, true);
    const seen = { a: [], b: [] };
    const a = browser.open((state) => seen.a.push(state));
    const b = browser.open((state) => seen.b.push(state));
    a.send({ stap: 4 });                   // both in the same millisecond, before either hears the other
    b.send({ stap: 5 });
    browser.settle();
    const shown = { a: seen.a.at(-1) || { stap: 4 }, b: seen.b.at(-1) || { stap: 5 } };
    assert.equal(seen.a.length + seen.b.length, 1, "one window takes the other's state, the other keeps its own");
    assert.deepEqual(shown.a, shown.b);
    const stored = JSON.parse(store.getItem("lv-begeleiden"));
    assert.deepEqual(stored.stand, shown.a, "and a window that reloads reads the state both show");
  });
}
