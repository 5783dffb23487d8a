/* Begeleiden: the arithmetic of the live view's timer, without any DOM.
   Time is always computed from timestamps (Date.now() passed in as now), never by counting ticks:
   a background tab runs its timers late and a sleeping laptop runs none, but the difference between
   two timestamps stays right. A timer is a plain object, so it can be stored and read back after a
   reload: {step, running, since, done, extra, began}.
     step    the index of the current step in the list of steps (begeleiden-steps.js)
     running true while the clock runs; since is then the moment it (re)started
     done    milliseconds spent on this step before since (pauses are not counted)
     extra   whole minutes added (+1) or taken off (-1) for this step
     began   the moment the session was first started, or null; ahead or behind is counted from it
   Tests: tests/js/begeleiden-timer.test.mjs. */

var MINUTE = 60000;

function fresh() {
  return { step: 0, running: false, since: 0, done: 0, extra: 0, began: null };
}

/* Milliseconds spent on the current step at now. */
function elapsed(timer, now) {
  return timer.done + (timer.running ? Math.max(0, now - timer.since) : 0);
}

/* The step's length in milliseconds: its planned minutes plus what was added, never below zero. */
function length(timer, minutes) {
  return Math.max(0, (minutes + timer.extra) * MINUTE);
}

/* Milliseconds left (0 when the time is up; the clock never goes negative on screen). */
function left(timer, minutes, now) {
  return Math.max(0, length(timer, minutes) - elapsed(timer, now));
}

function isUp(timer, minutes, now) {
  return elapsed(timer, now) >= length(timer, minutes);
}

function start(timer, now) {
  if (timer.running) return timer;
  return Object.assign({}, timer, { running: true, since: now, began: timer.began === null ? now : timer.began });
}

function pause(timer, now) {
  if (!timer.running) return timer;
  return Object.assign({}, timer, { running: false, done: elapsed(timer, now), since: 0 });
}

function toggle(timer, now) {
  return timer.running ? pause(timer, now) : start(timer, now);
}

/* One minute more (+1) or less (-1). Less never goes below what has already passed, rounded up,
   so taking a minute off never makes the time up at once without the begeleider seeing it. */
function addMinute(timer, minutes, delta, now) {
  var extra = timer.extra + delta;
  var spent = Math.ceil(elapsed(timer, now) / MINUTE);
  if (delta < 0 && minutes + extra < Math.max(1, spent)) return timer;
  return Object.assign({}, timer, { extra: extra });
}

/* Another step: its own clock starts from zero; a running clock keeps running. */
function goTo(timer, step, now) {
  return Object.assign({}, timer, { step: step, done: 0, extra: 0, since: timer.running ? now : 0 });
}

/* How far the session is from the plan, in whole minutes: positive is behind, negative is ahead.
   The expected end is now + what is left of this step + the planned minutes of the steps after it;
   the planned end is the start + all planned minutes. So a pause, a minute added or a step skipped
   all count, and before the start nothing is ahead or behind (null). */
function drift(timer, steps, now) {
  if (timer.began === null) return null;
  var total = 0, after = 0;
  steps.forEach(function (step, index) {
    total += step.minutes;
    if (index > timer.step) after += step.minutes;
  });
  var expected = now + left(timer, steps[timer.step].minutes, now) + after * MINUTE;
  return Math.round((expected - (timer.began + total * MINUTE)) / MINUTE);
}

/* "12:05" for milliseconds left; minutes can pass 59 ("75:00"). */
function format(ms) {
  var seconds = Math.ceil(ms / 1000);
  return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
}

/* A timer read back from storage: every field checked, else null (the caller says so and starts fresh). */
function revive(raw, stepCount) {
  if (!raw || typeof raw !== "object") return null;
  var whole = function (n) { return typeof n === "number" && Number.isFinite(n) && Math.floor(n) === n; };
  if (!whole(raw.step) || raw.step < 0 || raw.step >= stepCount) return null;
  if (typeof raw.running !== "boolean" || !whole(raw.since) || !whole(raw.done) || raw.done < 0) return null;
  if (!whole(raw.extra) || Math.abs(raw.extra) > 600) return null;
  if (raw.began !== null && !whole(raw.began)) return null;
  return { step: raw.step, running: raw.running, since: raw.since, done: raw.done, extra: raw.extra, began: raw.began };
}

export default { MINUTE: MINUTE, fresh: fresh, elapsed: elapsed, length: length, left: left, isUp: isUp,
                 start: start, pause: pause, toggle: toggle, addMinute: addMinute, goTo: goTo, drift: drift,
                 format: format, revive: revive };
