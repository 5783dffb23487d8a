/* Begeleiden on the page: runs a plan from the planner's link in the room. The plan is read with the
   planner's own codec (planner-model.js and planner-link.js), so every link the planner makes opens
   here: plans with blocks, ready plans (?klaar=) and old invitation links. The state is
   {query, timer, blank, sound, card}; every action makes a new state, draws it, keeps it and tells the other
   window (begeleiden-sync.js). The time comes from timestamps (begeleiden-timer.js); the interval
   below only redraws, so a late tick changes nothing. A step never moves on by itself. */
import * as lv from "./lv/core.js";
import plannerModel from "./planner-model.js";
import Timer from "./begeleiden-timer.js";
import Steps from "./begeleiden-steps.js";
import Sync from "./begeleiden-sync.js";
import Sound from "./begeleiden-sound.js";
import View from "./begeleiden-view.js";

var page, app, steps, view, sync, sound, state, room = false, roomHere = false, said = {}, wake = "";

function q(selector) { return page.querySelector(selector); }
function say(text) { q("[data-bg-say]").textContent = text; }
function minutesText(ms) { var m = Math.ceil(ms / Timer.MINUTE); return m + (m === 1 ? " minuut" : " minuten"); }
function current() { return steps[state.timer.step]; }

function draw() { view.draw(state, Date.now(), room || roomHere, wake); }

/* What screen readers hear: the start, one minute left and the end of a step, never every second. */
function listen(now) {
  var step = current(), timer = state.timer, left = Timer.left(timer, step.minutes, now);
  if (!timer.running) return;
  if (Timer.isUp(timer, step.minutes, now)) {
    if (said.up) return;
    said.up = true;
    say("Tijd is om voor " + view.stepName(step) + ". Ga verder als de groep klaar is.");
    // The room's window chimes only when the begeleider's window is gone, so one laptop never chimes twice.
    if (state.sound && !room) sound.chime();
    if (state.sound && room) sync.leadGone().then(function (gone) { if (gone) sound.chime(); });
  } else if (left <= Timer.MINUTE && !said.minute) {
    said.minute = true;
    say("Nog één minuut.");
  }
}

// What was said already, from the state as it is: a reload at the end of a step does not chime again.
function settle(now) {
  var step = current(), timer = state.timer;
  said = { up: Timer.isUp(timer, step.minutes, now), minute: Timer.left(timer, step.minutes, now) <= Timer.MINUTE };
}

function commit(next) {
  state = next;
  var kept = sync.send(state);
  if (!kept.ok) note(kept.message);
  settle(Date.now());
  draw();
}

function note(text) {
  var box = q("[data-bg-message]");
  box.textContent = text;
  box.hidden = !text;
}

function announceStep() {
  var step = current();
  say(view.stepName(step) + ". " + (step.form ? step.form + ", " : "") + minutesText(step.minutes * Timer.MINUTE) + ".");
}

function go(index) {
  if (index < 0 || index >= steps.length) return say(index < 0 ? "Dit is de eerste stap." : "Dit is de laatste stap.");
  commit(Object.assign({}, state, { timer: Timer.goTo(state.timer, index, Date.now()), card: 0 }));
  announceStep();
}

var ACTIONS = {
  toggle: function () {
    var now = Date.now(), timer = Timer.toggle(state.timer, now);
    sound.prepare();
    if (timer.running) sound.keepAwake().then(function (text) { wake = text; draw(); });
    commit(Object.assign({}, state, { timer: timer }));
    say(timer.running ? "De tijd loopt. Nog " + minutesText(Timer.left(timer, current().minutes, now)) + " voor " + view.stepName(current()) + "."
      : "Gepauzeerd.");
  },
  next: function () { go(state.timer.step + 1); },
  prev: function () { go(state.timer.step - 1); },
  more: function () { minute(1); },
  less: function () { minute(-1); },
  blank: function () { commit(Object.assign({}, state, { blank: !state.blank })); say(state.blank ? "Het scherm voor de groep is zwart." : "Het scherm voor de groep is terug."); },
  sound: function () { sound.prepare(); commit(Object.assign({}, state, { sound: !state.sound })); say(state.sound ? "Geluid aan." : "Geluid uit."); },
  full: function () {
    if (document.fullscreenElement) return document.exitFullscreen();
    if (!document.documentElement.requestFullscreen) return say("Deze browser kan niet naar volledig scherm.");
    return document.documentElement.requestFullscreen().catch(function () { say("Volledig scherm lukt nu niet."); });
  },
  view: function () {
    roomHere = !roomHere;
    app.classList.toggle("lv-bg--room", roomHere);
    var button = q("[data-bg-act='view']");
    button.setAttribute("aria-pressed", String(roomHere));
    button.textContent = roomHere ? "Toon jouw scherm" : "Toon het scherm voor de groep";
    draw();
  },
  window: function () {
    var url = window.location.pathname + "?" + state.query + "&scherm=groep";
    var other = window.open(url, "lv-begeleiden-groep", "popup,width=1024,height=640");
    say(other ? "Het scherm voor de groep is open. Sleep het naar de beamer en druk daar op F." :
      "Je browser hield het nieuwe venster tegen. Sta pop-upvensters toe voor deze site, of gebruik de knop Toon het scherm voor de groep.");
  },
  "card-prev": function () { card(state.card - 1); },
  "card-next": function () { card(state.card + 1); },
  "card-draw": function () {
    var count = current().cards.length;
    // Another card than the one on screen, when there is another.
    card(count > 1 ? (state.card + 1 + Math.floor(Math.random() * (count - 1))) % count : 0);
  },
  help: function () { help(true); },
  close: function () { help(false); }
};

function minute(delta) {
  var before = state.timer, timer = Timer.addMinute(before, current().minutes, delta, Date.now());
  if (timer === before) return say("Er kan geen minuut meer af: die tijd is al voorbij.");
  commit(Object.assign({}, state, { timer: timer }));
  say((delta > 0 ? "Een minuut erbij" : "Een minuut eraf") + ". Nog " + minutesText(Timer.left(timer, current().minutes, Date.now())) + ".");
}

/* One card of a block of kaartjes on the room's screen. */
function card(index) {
  var cards = current().cards;
  if (index < 0 || index >= cards.length) return say(index < 0 ? "Dit is het eerste kaartje." : "Dit is het laatste kaartje.");
  commit(Object.assign({}, state, { card: index }));
  say("Kaartje " + (index + 1) + " van " + cards.length + ": " + cards[index].titel + ".");
}

function cardOf(raw, step) {
  return Number.isInteger(raw) && raw >= 0 && raw < step.cards.length ? raw : 0;
}

var opener = null;
function help(open) {
  var box = q("[data-bg-help]");
  if (open) opener = document.activeElement;
  box.hidden = !open;
  if (open) box.querySelector("[data-bg-act='close']").focus();
  else if (opener && opener.focus) opener.focus();
}

var KEYS = { " ": "toggle", ArrowRight: "next", ArrowLeft: "prev", "+": "more", "=": "more", "-": "less", "−": "less",
             f: "full", F: "full", b: "blank", B: "blank" };

function onKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  var target = event.target, tag = target && target.tagName;
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable)) return;
  var helpOpen = !q("[data-bg-help]").hidden;
  if (event.key === "?" || (event.key === "Escape" && helpOpen)) { event.preventDefault(); return help(!helpOpen); }
  var action = KEYS[event.key];
  if (!action || helpOpen) return;
  event.preventDefault();
  ACTIONS[action]();
}

/* Another window's state: the same plan is followed; the room's window follows a new plan too. */
function receive(other) {
  if (!other || typeof other.query !== "string") return;
  if (other.query !== state.query) {
    if (room) window.location.search = "?" + other.query + "&scherm=groep";
    return;
  }
  var timer = Timer.revive(other.timer, steps.length);
  if (!timer) return;
  state = { query: state.query, timer: timer, blank: other.blank === true, sound: other.sound !== false, card: cardOf(other.card, steps[timer.step]) };
  settle(Date.now());
  draw();
}

/* The state this browser kept for this plan, with an honest sentence about what came back. */
function restore(query) {
  var fresh = { query: query, timer: Timer.fresh(), blank: false, sound: true, card: 0 };
  var kept = sync.load();
  if (kept.problem) return { state: fresh, message: kept.problem };
  var old = kept.state;
  if (!old || old.query !== query) {
    return { state: fresh, message: old && !room ? "Op dit apparaat liep een andere bijeenkomst. Die tijd is niet meegenomen; dit plan begint bij het begin." : "" };
  }
  var timer = Timer.revive(old.timer, steps.length);
  if (!timer) return { state: fresh, message: "Wat op dit apparaat bewaard was, is beschadigd. De tijd begint opnieuw." };
  var back = { query: query, timer: timer, blank: old.blank === true, sound: old.sound !== false, card: cardOf(old.card, steps[timer.step]) };
  if (timer.began === null && timer.step === 0) return { state: back, message: "" };
  var step = steps[timer.step], left = minutesText(Timer.left(timer, step.minutes, Date.now()));
  return { state: back, message: room ? "" : "Je bent terug bij " + view.stepName(step) + ". " +
    (timer.running ? "De tijd liep door terwijl de pagina dicht was. Er is nog " + left + "." : "De tijd staat op pauze, met nog " + left + ".") };
}

function showProblems(problems) {
  var box = q("[data-bg-problems]"), list = q("[data-bg-problem-list]");
  lv.dom.replace(list, problems.map(function (text) { return lv.dom.el("li", {}, text); }));
  box.hidden = !problems.length;
}

function start(container) {
  page = container;
  app = q("[data-bg-app]");
  var data = lv.readJson("lv-data", true), model = plannerModel.create(data);
  var read = model.decode(window.location.search);
  showProblems(read.problems);
  room = new URLSearchParams(window.location.search).get("scherm") === "groep";
  steps = Steps.create(model, data.live, plannerModel.clock).steps(read.plan);
  if (!steps.length) { q("[data-bg-empty]").hidden = read.problems.length > 0; return; }
  if (room) {
    // The room's window never holds the begeleider's part, so nothing of it can reach the projector.
    q("[data-bg-lead]").remove();
    app.querySelectorAll("[data-bg-lead-only]").forEach(function (node) { node.remove(); });
    app.classList.add("lv-bg--room", "lv-bg--window");
    document.body.classList.add("lv-bg-body--room");
  }
  view = View.create(app, steps);
  sync = Sync.create(receive);
  if (!room) sync.holdLead();
  sound = Sound.create();
  var back = restore(model.encode(read.plan));
  state = back.state;
  note(back.message);
  view.drawPlan(go);
  settle(Date.now());
  wake = "Het scherm blijft aan zodra je de tijd start.";
  if (room) sound.keepAwake().then(function (text) { wake = text; });
  app.hidden = false;
  app.addEventListener("click", function (event) {
    var button = event.target.closest("[data-bg-act]");
    if (button) ACTIONS[button.getAttribute("data-bg-act")]();
  });
  document.addEventListener("keydown", onKey);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && state.timer.running) sound.keepAwake().then(function (text) { wake = text; draw(); });
  });
  setInterval(function () { listen(Date.now()); draw(); }, 500);
  draw();
}

function init() {
  lv.startOnce(document.querySelector(".lv-bg-page"), "data-bg-started", start);
}

lv.onPage(init);
