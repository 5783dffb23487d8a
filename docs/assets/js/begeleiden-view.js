/* Begeleiden: drawing the two views from the state, without changing it. The room's part shows the
   block, the step, the group form and the minutes left; the begeleider's part adds the real clock,
   ahead or behind, the next step, the notes and the whole plan. Everything goes in with textContent. */
import * as lv from "./lv/core.js";
import Timer from "./begeleiden-timer.js";

var dom = lv.dom;

function create(app, steps) {
  function slot(name) { return app.querySelector("[data-bg-slot='" + name + "']"); }
  function part(name) { return app.querySelector("[data-bg-" + name + "]"); }
  var blocks = steps.length ? steps[steps.length - 1].block + 1 : 0;

  function stepName(step) {
    return step.count > 1 ? step.blockTitle + ", stap " + step.number + " van " + step.count : step.blockTitle;
  }

  /* The whole plan, once: a row per step with its clock time. The current row is marked later. */
  function drawPlan(go) {
    var list = slot("plan");
    if (!list) return;
    dom.replace(list, steps.map(function (step, index) {
      var row = dom.el("li", { "data-step": index });
      var button = dom.el("button", { type: "button", "class": "lv-bg-lead__go" });
      dom.replace(button, [dom.el("span", { "class": "lv-bg-lead__at" }, step.from), " " + stepName(step)]);
      button.addEventListener("click", function () { go(index); });
      row.appendChild(button);
      row.appendChild(dom.el("span", { "class": "lv-bg-lead__meta" }, [step.form, step.minutes + " min."].filter(Boolean).join(" · ")));
      return row;
    }));
  }

  function driftText(minutes) {
    if (minutes === null) return "Je bent nog niet begonnen.";
    if (minutes === 0) return "Je loopt precies op schema.";
    var amount = Math.abs(minutes) + (Math.abs(minutes) === 1 ? " minuut" : " minuten");
    return minutes > 0 ? amount + " achter op het plan" : amount + " voor op het plan";
  }

  function drawRoom(state, now, room) {
    var timer = state.timer, step = steps[timer.step];
    var cards = step.cards.length, card = step.cards[state.card] || step.cards[0];
    slot("where").textContent = "Blok " + (step.block + 1) + " van " + blocks + (step.count > 1 ? " · stap " + step.number + " van " + step.count : "") +
      (cards > 1 ? " · kaartje " + (state.card + 1) + " van " + cards : "");
    part("card").hidden = !card;
    part("cards").hidden = !card;
    slot("card-title").textContent = card ? card.titel : "";
    slot("card-text").textContent = card ? card.tekst : "";
    slot("title").textContent = step.blockTitle;
    slot("form").textContent = step.form;
    slot("form").hidden = !step.form;
    slot("text").textContent = step.text;
    dom.replace(slot("lines"), step.lines.map(function (line) { return dom.el("li", {}, line); }));
    var length = Timer.length(timer, step.minutes), left = Timer.left(timer, step.minutes, now);
    slot("left").textContent = Timer.format(left);
    var share = length ? left / length : 0, up = Timer.isUp(timer, step.minutes, now);
    part("time").setAttribute("data-bg-level", up ? "up" : share <= 0.05 ? "alarm" : share <= 0.2 ? "warn" : "ok");
    part("fill").style.transform = "scaleX(" + share.toFixed(4) + ")";
    part("up").hidden = !up;
    part("paused").hidden = up || timer.running || timer.began === null;
    part("blank").hidden = !(state.blank && room);
  }

  function drawLead(state, now, wake) {
    var timer = state.timer, step = steps[timer.step], next = steps[timer.step + 1];
    var clock = new Date(now);
    slot("clock").textContent = clock.getHours() + ":" + String(clock.getMinutes()).padStart(2, "0");
    slot("drift").textContent = driftText(Timer.drift(timer, steps, now));
    slot("next").textContent = next ? next.from + " " + stepName(next) + (next.form ? " (" + next.form.toLowerCase() + ")" : "") : "Dit is de laatste stap.";
    slot("wake").textContent = wake;
    var notes = step.notes.length ? step.notes : ["Bij deze stap heb je geen notities."];
    dom.replace(slot("notes"), notes.map(function (note) { return dom.el("li", {}, note); }));
    app.querySelectorAll("[data-step]").forEach(function (row) {
      var current = Number(row.getAttribute("data-step")) === timer.step;
      if (current) row.querySelector("button").setAttribute("aria-current", "step");
      else row.querySelector("button").removeAttribute("aria-current");
    });
  }

  /* Everything on screen for state at now. room: this window shows the room's view. */
  function draw(state, now, room, wake) {
    var timer = state.timer;
    drawRoom(state, now, room);
    if (part("lead")) drawLead(state, now, wake);
    slot("toggle").textContent = timer.running ? "Pauze" : timer.began === null ? "Start" : "Verder";
    app.querySelector("[data-bg-act='blank']").setAttribute("aria-pressed", String(state.blank));
    var sound = app.querySelector("[data-bg-act='sound']");
    if (sound) {
      sound.setAttribute("aria-pressed", String(state.sound));
      sound.textContent = state.sound ? "Geluid aan" : "Geluid uit";
    }
  }

  return { draw: draw, drawPlan: drawPlan, stepName: stepName };
}

export default { create: create };
