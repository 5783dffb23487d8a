/* Begeleiden: keeping the begeleider's window and the room's window in step, and surviving a reload.
   The whole state ({query, timer, blank, sound}) goes into this browser's storage after every change,
   and to the other window through a BroadcastChannel. The storage event carries the same state between
   windows of one browser too, where a browser has no BroadcastChannel or one that does not reach. A window that closes simply stops listening: nothing waits for an answer.
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

/* onState(state) is called with every state another window sends. */
function create(onState) {
  var channel = null;
  try {
    if (typeof BroadcastChannel === "function") channel = new BroadcastChannel(CHANNEL);
  } catch (error) {
    channel = null;
  }
  if (channel) channel.onmessage = function (event) { if (event.data && event.data.state) onState(event.data.state); };
  // The storage event fires only in the other windows. It carries the same state as the channel, so it
  // links windows where a channel exists but does not reach (pages from disk in some browsers); taking
  // the same state twice changes nothing.
  window.addEventListener("storage", function (event) {
    if (event.key !== KEYS.liveView || !event.newValue) return;
    try {
      var stored = JSON.parse(event.newValue);
      onState(stored.stand);
    } catch (error) { /* a damaged value is read (and reported) at the next load */ }
  });

  /* Keeps the state and tells the other window. Returns the storage's result (with a Dutch message). */
  function send(state) {
    var result = local.write(KEYS.liveView, { versie: SCHEMAS.liveView.current, stand: state });
    if (channel) {
      try { channel.postMessage({ state: state }); } catch (error) { /* the other window is gone */ }
    }
    return result;
  }

  /* The state this browser kept: {state} when there is one, {problem} when it cannot be read. */
  function load() {
    var found = local.read(KEYS.liveView);
    if (!found.ok) return { state: null, problem: found.message };
    if (!found.value) return { state: null };
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

export default { create: create };
