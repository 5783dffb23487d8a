/* Begeleiden: keeping the begeleider's window and the room's window in step, and surviving a reload.
   The whole state ({query, timer, blank, sound}) goes into this browser's storage after every change,
   and to the other window through a BroadcastChannel. The storage event carries the same state between
   windows of one browser too, where a browser has no BroadcastChannel or one that does not reach. A window that closes simply stops listening: nothing waits for an answer.
   Every state carries a number from a clock (`order`), so a late copy never undoes a newer step.
   When the begeleider's window is closed, the room's window chimes itself (leadGone). */
import { KEYS } from "./lv/keys.js";
import { SCHEMAS, upgrade } from "./lv/state.js";
import { local } from "./lv/storage.js";

// The channel has its own namespace in the browser, so it can carry the storage key's name.
var CHANNEL = KEYS.liveView;

// The begeleider's window holds this lock while it is open; the browser lets go of it when the window closes.
var LEAD_LOCK = CHANNEL + "-begeleider";

function locks() { return globalThis.navigator && globalThis.navigator.locks; }

/* Called in the begeleider's window: holds the lock for as long as the window is open. */
function holdLead() {
  if (locks()) locks().request(LEAD_LOCK, function () { return new Promise(function () {}); }).catch(function () {});
}

/* Called in the room's window when a step's time is up: resolves true when no begeleider's window is
   open, so the room chimes itself. Without Web Locks, the window that opened the room's window counts. */
function leadGone() {
  var opener = window.opener && !window.opener.closed;
  if (!locks()) return Promise.resolve(!opener);
  return locks().query().then(function (found) {
    return !found.held.some(function (lock) { return lock.name === LEAD_LOCK; });
  }, function () { return !opener; });
}

/* The order of the states the windows send. A state arrives twice, by the channel and by the storage
   event, and the second copy can come after the receiving window has moved on: the begeleider presses
   "next" just after the room's window changed something, and the room's late copy would take the step back
   (CI saw this). So each state carries a number above every number its window has sent, taken or found in
   storage when it loaded, with the window's own id for two states sent in the same millisecond. A state that
   is not above the last one is ignored: a late copy, or the state that lost when both windows changed
   something at once. A state without a number, from a page of an older version of the site, is taken. */
function above(stamp, than) {
  return stamp.time > than.time || (stamp.time === than.time && stamp.id > than.id);
}

function valid(stamp) {
  // A time from Date.now(): a whole number that counting on from stays exact (a damaged 2^60 would not).
  return !!stamp && Number.isSafeInteger(stamp.time) && stamp.time >= 0 && typeof stamp.id === "string";
}

function order(now, id) {
  var last = { time: 0, id: "" };
  return {
    next: function () {
      last = { time: Math.max(now(), last.time + 1), id: id };
      return last;
    },
    take: function (stamp) {
      if (stamp === undefined) return true;
      if (!valid(stamp) || !above(stamp, last)) return false;
      last = { time: stamp.time, id: stamp.id };
      return true;
    }
  };
}

/* onState(state) is called with every state another window sends. */
function create(onState) {
  var clock = order(Date.now, Math.random().toString(36).slice(2));
  function envelope(state, stamp) { return { versie: SCHEMAS.liveView.current, stand: state, volgorde: stamp }; }
  function receive(state, stamp, version) {
    if (!clock.take(stamp)) return;
    // Storage holds the state written last, which after two changes at once can be the one that lost;
    // a window that reloads reads storage, so it gets the state both windows took. Only a state in this
    // page's own version is written back under that version's number.
    var found = local.read(KEYS.liveView);
    var stored = found.ok && found.value ? found.value.volgorde : undefined;
    if (stamp !== undefined && version === SCHEMAS.liveView.current && (!valid(stored) || above(stamp, stored))) {
      local.write(KEYS.liveView, envelope(state, stamp));
    }
    onState(state);
  }
  var channel = null;
  try {
    if (typeof BroadcastChannel === "function") channel = new BroadcastChannel(CHANNEL);
  } catch (error) {
    channel = null;
  }
  if (channel) channel.onmessage = function (event) { if (event.data && event.data.state) receive(event.data.state, event.data.volgorde, event.data.versie); };
  // The storage event fires only in the other windows. It carries the same state as the channel, so it
  // links windows where a channel exists but does not reach (pages from disk in some browsers); the copy
  // that comes second is not above the first, and is ignored.
  window.addEventListener("storage", function (event) {
    if (event.key !== KEYS.liveView || !event.newValue) return;
    try {
      var stored = JSON.parse(event.newValue);
      receive(stored.stand, stored.volgorde, stored.versie);
    } catch (error) { /* a damaged value is read (and reported) at the next load */ }
  });

  /* Keeps the state and tells the other window. Returns the storage's result (with a Dutch message). */
  function send(state) {
    var stamp = clock.next();
    var result = local.write(KEYS.liveView, envelope(state, stamp));
    if (channel) {
      try { channel.postMessage({ state: state, volgorde: stamp, versie: SCHEMAS.liveView.current }); } catch (error) { /* the other window is gone */ }
    }
    return result;
  }

  /* The state this browser kept: {state} when there is one, {problem} when it cannot be read. */
  function load() {
    var found = local.read(KEYS.liveView);
    if (!found.ok) return { state: null, problem: found.message };
    if (!found.value) return { state: null };
    // After a reload the clock starts again: it goes on from the state in storage, the newest one written.
    clock.take(found.value.volgorde);
    try {
      var value = found.value;
      return { state: upgrade(value.stand, value.versie, SCHEMAS.liveView, "device").value };
    } catch (error) {
      if (error.name !== "StateError") throw error;
      return { state: null, problem: error.message + " De tijd begint opnieuw." };
    }
  }

  return { send: send, load: load, linked: !!channel, holdLead: holdLead, leadGone: leadGone };
}

export default { create: create, order: order };
