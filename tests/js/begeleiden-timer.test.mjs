/* The live view's timer (issue 21): time from timestamps, never from ticks; pause and resume, a minute
   more or less, ahead or behind the plan, and a timer read back after a reload. Also the steps a plan
   becomes. Run with `node --test tests/js/`. */
import test from "node:test";
import assert from "node:assert/strict";

import Timer from "../../docs/assets/js/begeleiden-timer.js";
import Steps from "../../docs/assets/js/begeleiden-steps.js";
import Model from "../../docs/assets/js/planner-model.js";

const M = Timer.MINUTE;
const T0 = Date.UTC(2026, 11, 1, 13, 30);
const steps = [{ minutes: 10 }, { minutes: 5 }, { minutes: 15 }];

test("elapsed time comes from the timestamps: an hour of sleep counts as an hour, without a single tick", () => {
  const timer = Timer.start(Timer.fresh(), T0);
  assert.equal(Timer.elapsed(timer, T0 + 3 * M), 3 * M);
  assert.equal(Timer.left(timer, 10, T0 + 3 * M), 7 * M);
  assert.equal(Timer.left(timer, 10, T0 + 60 * M), 0, "never below zero on screen");
  assert.ok(Timer.isUp(timer, 10, T0 + 10 * M));
  assert.ok(!Timer.isUp(timer, 10, T0 + 10 * M - 1));
});

test("pause and resume: the minutes of a pause are not counted", () => {
  let timer = Timer.start(Timer.fresh(), T0);
  timer = Timer.pause(timer, T0 + 4 * M);
  assert.equal(Timer.elapsed(timer, T0 + 30 * M), 4 * M, "a paused clock stands still");
  timer = Timer.start(timer, T0 + 30 * M);
  assert.equal(Timer.elapsed(timer, T0 + 31 * M), 5 * M);
  assert.equal(timer.began, T0, "the session began at the first start");
  assert.equal(Timer.toggle(timer, T0 + 32 * M).running, false);
});

test("a minute more or less changes this step only; less never goes below what has passed", () => {
  let timer = Timer.start(Timer.fresh(), T0);
  timer = Timer.addMinute(timer, 10, 1, T0);
  assert.equal(Timer.left(timer, 10, T0 + 2 * M), 9 * M);
  timer = Timer.addMinute(Timer.addMinute(timer, 10, -1, T0), 10, -1, T0);
  assert.equal(Timer.length(timer, 10), 9 * M);
  const late = Timer.addMinute(timer, 10, -1, T0 + 8.5 * M);
  assert.equal(late, timer, "9 minutes with 8.5 passed cannot lose a minute");
  const next = Timer.goTo(timer, 1, T0 + 9 * M);
  assert.equal(next.extra, 0);
  assert.equal(Timer.elapsed(next, T0 + 10 * M), M, "the next step starts its own clock, still running");
});

test("ahead or behind: pauses, added minutes and skipped steps all count", () => {
  let timer = Timer.fresh();
  assert.equal(Timer.drift(timer, steps, T0), null, "before the start nothing is ahead or behind");
  timer = Timer.start(timer, T0);
  assert.equal(Timer.drift(timer, steps, T0 + 3 * M), 0);
  timer = Timer.pause(timer, T0 + 3 * M);
  assert.equal(Timer.drift(timer, steps, T0 + 8 * M), 5, "five minutes of pause: five minutes behind");
  timer = Timer.start(timer, T0 + 8 * M);
  timer = Timer.addMinute(timer, 10, 2, T0 + 8 * M);
  assert.equal(Timer.drift(timer, steps, T0 + 8 * M), 7);
  timer = Timer.goTo(timer, 2, T0 + 9 * M);
  assert.equal(Timer.drift(timer, steps, T0 + 9 * M), 9 - 15, "skipping to the last step at 9 minutes: 6 ahead");
  assert.equal(Timer.drift(Timer.goTo(timer, 2, T0 + 50 * M), steps, T0 + 50 * M), 50 + 15 - 30);
});

test("a timer stored before a reload resumes with the time that passed, and a crafted one is refused", () => {
  const before = Timer.addMinute(Timer.start(Timer.goTo(Timer.fresh(), 1, T0), T0), 5, 1, T0);
  const back = Timer.revive(JSON.parse(JSON.stringify(before)), steps.length);
  assert.deepEqual(back, before);
  assert.equal(Timer.left(back, 5, T0 + 4 * M), 2 * M, "four minutes later (the reload, the sleep) two are left");
  for (const bad of [null, "x", { ...before, step: 3 }, { ...before, step: -1 }, { ...before, done: -5 },
    { ...before, running: "ja" }, { ...before, extra: 1e9 }, { ...before, since: 1.5 }, { ...before, began: "nu" }]) {
    assert.equal(Timer.revive(bad, steps.length), null, JSON.stringify(bad));
  }
});

test("the clock reads as minutes and seconds, rounded up, past an hour too", () => {
  assert.equal(Timer.format(0), "0:00");
  assert.equal(Timer.format(59001), "1:00");
  assert.equal(Timer.format(75 * M), "75:00");
});

test("a plan becomes steps: each werkplaat step its own minutes, other blocks one step; notes kept apart", () => {
  const phases = ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"].map((id) => ({ id, label: id }));
  const model = Model.create({ phases, defaults: { kaartjes: 10, casus: 20, overdenking: 20, pauze: 10, vrij: 10 }, longest: 90,
    modules: [{ id: "alfa", nummer: 1, titel: "Alfa" }], cards: [], cases: [], prompts: [{ id: "o1", module: "alfa", tekst: "Vraag?" }],
    werkplaten: [{ id: "kort", module: "alfa", titel: "Kort", fase: "verdiepen", duur: 12, groep: [4, 12] }], sessions: [] });
  const live = { werkplaten: [{ id: "kort", opening: "Open?", notes: ["Alleen voor jou"],
    steps: [{ vorm: "Alleen", minuten: 4, tekst: "Schrijf" }, { vorm: "Tweetallen", minuten: 8, tekst: "Praat" }] }], cases: [] };
  const { plan } = model.decode("v=1&t=0900&b=WkortPOo1");
  const list = Steps.create(model, live, Model.clock).steps(plan);
  assert.deepEqual(list.map((s) => [s.from, s.minutes, s.form]),
    [["9:00", 4, "Alleen"], ["9:04", 8, "Tweetallen"], ["9:12", 10, ""], ["9:22", 20, "Alleen"]]);
  assert.deepEqual(list[0].notes, ["Alleen voor jou"]);
  assert.deepEqual(list[0].lines, ["Open?"], "the opening question is for the room");
  assert.ok(!JSON.stringify([list[0].text, list[0].lines, list[0].form]).includes("Alleen voor jou"));
  assert.deepEqual(list[3].lines, ["Vraag?"]);
  const invitation = model.decode("m=alfa&o=o1&w=kort");
  assert.deepEqual(Steps.create(model, live, Model.clock).steps(invitation.plan).map((s) => s.minutes), [4, 8, 20],
    "an old invitation link runs too");
});
