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
