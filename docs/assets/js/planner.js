/* De planner on the page: settings, the blocks of the plan, printing and inviting.
   Every change goes into the address at once (history.replaceState), so the address is the plan:
   reload it, bookmark it or send it, and the same plan comes back. The logic lives in planner-link.js,
   planner-model.js and planner-draw.js; paper and invitation in planner-paper.js, drawing the blocks in
   planner-view.js. This file holds the plan and connects them to the page. */
import * as lv from "./lv/core.js";
import urlState from "./lv/url-state.js";
import clipboard from "./lv/clipboard.js";
import plannerModel from "./planner-model.js";
import plannerLink from "./planner-link.js";
import plannerDraw from "./planner-draw.js";
import plannerPaper from "./planner-paper.js";
import plannerView from "./planner-view.js";
import plannerChoices from "./planner-choices.js";
import groupParts from "./bijeenkomst-terugblik.js";
import plannerFollowUp from "./planner-nabericht.js";

var dom = lv.dom;
var page, model, draw, paper, view, choices, followUp, plan, data;
var clean = function (text, limit) { return urlState.cleanText(text, limit).value; };
// The start time and title the begeleider typed on this page: a ready plan opened after them keeps them.
var typed = { start: false, title: false };

function q(selector) { return page.querySelector(selector); }
function all(selector) { return Array.prototype.slice.call(page.querySelectorAll(selector)); }
function say(text) { q("[data-lv-pl-status]").textContent = text; }

// ---------------------------------------------------------------- the address

function link(query) {
  // From the offline edition (file://) a link must still open for someone else: use the online address.
  return (window.location.protocol === "file:" ? data.publicUrl : window.location.href.split(/[?#]/)[0]) + "?" + query;
}
function ownLink() { return link(model.encode(plan)); }
// The group does not see the begeleider's texts, so their link leaves out the ready plan they come from.
// It opens the participants' own page (bijeenkomst.md), with its own title and link preview.
function participantQuery() { return model.encode(plan, null, true); }
function groupAddress() { return new URL(data.groupUrl, window.location.href).href.split(/[?#]/)[0]; }
function participantLink() {
  return (window.location.protocol === "file:" ? data.groupPublicUrl : groupAddress()) + "?" + participantQuery();
}

// ---------------------------------------------------------------- settings

function fillSettings() {
  all("[data-lv-pl-field]").forEach(function (field) {
    var key = field.getAttribute("data-lv-pl-field");
    var value = key === "start" ? plannerModel.clock(plan.start).padStart(5, "0") : plan[key];
    if (key === "target" && !field.querySelector("option[value='" + plan.target + "']")) {
      field.appendChild(dom.el("option", { value: plan.target }, plan.target + " minuten"));
    }
    field.value = value ? String(value) : (field.tagName === "SELECT" ? "0" : "");
  });
  all("[data-lv-pl-module]").forEach(function (box) { box.checked = plan.modules.indexOf(box.value) !== -1; });
  if (plan.ready) q("[data-lv-pl-ready]").value = plan.ready;
}

function readSetting(field) {
  var key = field.getAttribute("data-lv-pl-field"), value = field.value;
  if (key in typed) typed[key] = true;
  if (key === "start") {
    var start = plannerModel.parseClock(value);
    if (start !== null) plan.start = start;
  } else if (key === "date") {
    plan.date = urlState.isDate(value) ? value : "";
  } else if (key === "title" || key === "place" || key === "name") {
    plan[key] = clean(value, key === "name" ? 80 : 120);
  } else {
    var n = Number(value);
    plan[key] = Number.isInteger(n) && n > 0 ? n : 0;
    if (key === "target" && !plan.target) plan.target = 120;
  }
}

// ---------------------------------------------------------------- the blocks

function renderInvite() {
  var link = participantLink();
  q("[data-lv-pl-link]").value = link;
  q("[data-lv-pl-own-link]").value = ownLink();
  q("[data-lv-pl-open]").setAttribute("href", data.groupUrl + "?" + participantQuery());
  q("[data-lv-pl-live]").setAttribute("href", data.liveUrl + "?" + model.encode(plan));
  q("[data-lv-pl-message]").value = paper.invitation(plan, link, plan.name);
  view.renderQr(link, plan.date);
  followUp.render(plan, link);
}

/* Draw everything again from the plan, write the address, and put the focus back where it was.
   A link the planner could not read (damaged, or from a newer site) stays in the address until the
   begeleider changes something, so the link its message speaks of is not replaced by an empty plan. */
function render(focus, keepAddress) {
  var list = q("[data-lv-pl-blocks]"), rows = model.schedule(plan), open = choices.opened(list);
  list.textContent = "";
  rows.forEach(function (row, index) { list.appendChild(view.blockRow(row, index, rows.length)); });
  choices.fill(list, plan, open);
  q("[data-lv-pl-empty]").hidden = rows.length > 0;
  view.renderTotal(plan);
  view.renderWarnings(plan);
  if (!keepAddress) window.history.replaceState(null, "", "?" + model.encode(plan) + window.location.hash);
  renderInvite();
  if (focus) {
    var target = list.querySelector("li[data-index='" + focus.index + "'] [data-act='" + focus.act + "']") ||
      list.querySelector("li[data-index='" + focus.index + "'] [data-act]") || q("[data-lv-pl-new]");
    target.focus();
  }
}

/* After opening or drawing a plan, take the reader (and the keyboard focus) to it: it starts far below. */
function showPlan() {
  var heading = q("#lv-pl-stap-plan");
  heading.setAttribute("tabindex", "-1");
  heading.focus();
  heading.scrollIntoView({ block: "start" });
}

/* A block with new material says what to do in words that fit it (planner-link.js, textFor). */
function withText(block) {
  if (model.hasItems(block.kind)) block.text = model.textFor(plan.ready, block);
  return block;
}

function act(index, what, id) {
  var block = plan.blocks[index], ids, focus = { index: index, act: what === "choose" ? "next" : what };
  if (what === "prev" || what === "next" || what === "roll" || what === "choose") {
    ids = what === "choose" ? choices.pick(plan, block, id)
      : what === "roll" ? draw.roll(plan, block, Math.random) : draw.step(plan, block, what === "next" ? 1 : -1);
    if (!ids) return say("Er is geen andere keuze voor blok " + (index + 1) + " binnen je modules en filters.");
    plan.blocks[index] = withText(draw.replaceIds(block, ids));
    render(focus);
    return say("Blok " + (index + 1) + " is nu: " + paper.blockTitle(plan.blocks[index]) + ".");
  }
  if (what === "up" || what === "down") {
    var to = index + (what === "up" ? -1 : 1);
    if (to < 0 || to >= plan.blocks.length) return say(what === "up" ? "Dit blok staat al bovenaan." : "Dit blok staat al onderaan.");
    plan.blocks.splice(to, 0, plan.blocks.splice(index, 1)[0]);
    render({ index: to, act: what });
    return say("Blok verplaatst. Het is nu blok " + (to + 1) + ", om " + model.schedule(plan)[to].from + ".");
  }
  if (what === "remove") {
    var removed = paper.blockTitle(block);
    plan.blocks.splice(index, 1);
    render({ index: Math.min(index, plan.blocks.length - 1), act: "remove" });
    say("Blok weggehaald: " + removed + ".");
  }
}

function addBlock(kind) {
  // The same limit as a link has, so every plan the planner makes can be opened again.
  var most = plannerLink.LIMITS.blocks;
  if (plan.blocks.length >= most) return say("Je plan heeft al " + most + " blokken. Meer kan niet in één plan.");
  var block = draw.blockFor(plan, kind, data.kinds.vrij);
  if (!block) return say("Er is geen " + data.kinds[kind].toLowerCase() + " binnen je modules en filters.");
  plan.blocks.push(withText(block));
  render({ index: plan.blocks.length - 1, act: "prev" });
  say("Blok toegevoegd aan het eind: " + paper.blockTitle(block) + ", om " + model.schedule(plan)[plan.blocks.length - 1].from + ".");
}

// ---------------------------------------------------------------- events

function onBlockInput(event) {
  var li = event.target.closest("li[data-index]");
  if (!li) return;
  var index = Number(li.getAttribute("data-index")), block = plan.blocks[index], field = event.target.getAttribute("data-slot");
  if (field === "minutes") {
    var minutes = Number(event.target.value);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) return;
    var usual = model.blockMinutes(model.newBlock(block.kind, block.ids));
    block.minutes = block.kind === "werkplaat" && minutes === usual ? null : minutes;
  } else if (field === "phase") {
    block.phase = event.target.value === model.itemPhase(block) ? null : event.target.value;
  } else if (field === "own-title") {
    block.title = clean(event.target.value, 80) || data.kinds.vrij;
  } else {
    return;
  }
  render(event.type === "change" ? { index: index, act: null } : null);
  if (event.type === "change") li = q("li[data-index='" + index + "'] [data-slot='" + field + "']");
  if (li && li.focus) li.focus();
}

function wire() {
  q("[data-lv-pl-blocks]").addEventListener("click", function (event) {
    var button = event.target.closest("[data-act]");
    if (button) act(Number(button.closest("li[data-index]").getAttribute("data-index")), button.getAttribute("data-act"), button.getAttribute("data-id"));
  });
  q("[data-lv-pl-blocks]").addEventListener("change", onBlockInput);
  all("[data-lv-pl-field]").forEach(function (field) {
    field.addEventListener("change", function () { readSetting(field); render(); });
    // The name shows under the invitation while it is typed; the address follows on change.
    if (field.getAttribute("data-lv-pl-field") === "name") field.addEventListener("input", function () { readSetting(field); renderInvite(); });
  });
  all("[data-lv-pl-module]").forEach(function (box) {
    box.addEventListener("change", function () {
      plan.modules = all("[data-lv-pl-module]").filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      render();
    });
  });
  page.addEventListener("click", function (event) {
    var button = event.target.closest("[data-lv-pl-action], [data-lv-pl-print]");
    if (!button) return;
    var action = button.getAttribute("data-lv-pl-action");
    if (action === "draw") {
      var settings = { title: plan.title, start: plan.start, target: plan.target, modules: plan.modules, group: plan.group,
                       maxWerkplaat: plan.maxWerkplaat, date: plan.date, place: plan.place, name: plan.name };
      if (!settings.modules.length) return say("Kies eerst een of meer modules.");
      plan = draw.draw(settings, Math.random);
      plan.blocks.forEach(withText);
      render();
      showPlan();
      return say("Voorstel klaar: " + plan.blocks.length + " blokken. Kijk ze na en pas ze aan je groep aan.");
    }
    if (action === "ready") {
      // The ready plan brings its blocks, title and times; what the begeleider already filled in stays.
      var before = plan, kept = ["date", "place", "name", "group"].concat(Object.keys(typed).filter(function (k) { return typed[k]; }));
      plan = model.decode("klaar=" + encodeURIComponent(q("[data-lv-pl-ready]").value)).plan;
      kept.forEach(function (key) { if (before[key]) plan[key] = before[key]; });
      fillSettings();
      render();
      showPlan();
      return say("Het plan '" + plan.title + "' staat hieronder. Pas het gerust aan.");
    }
    if (action === "add") return addBlock(q("[data-lv-pl-new]").value);
    if (button.hasAttribute("data-lv-pl-print")) {
      paper.render(q("[data-lv-pl-paper]"), plan, button.getAttribute("data-lv-pl-print"), { qr: participantLink() });
      return window.print();
    }
  });
  clipboard.wire(page, "data-lv-pl-copy");
  // Ctrl+P without a button: the begeleider's edition.
  window.addEventListener("beforeprint", function () {
    if (!q("[data-lv-pl-paper]").firstChild) paper.render(q("[data-lv-pl-paper]"), plan, "begeleider", { qr: participantLink() });
  });
}

/* The group's view of the link (bijeenkomst.md): their edition on screen, and the same on paper.
   A link preview is made at build time, so it stays "Uitnodiging voor een bijeenkomst"; the heading
   and the tab's title show the plan's own (cleaned) title, date and place. */
function showGroup() {
  var when = [plan.title, lv.formatDate(plan.date), plan.place].filter(Boolean).join(" · ");
  var heading = document.querySelector(".md-content h1");
  if (heading && plan.title) heading.textContent = plan.title;
  if (when) document.title = when + " – Uitnodiging voor een bijeenkomst";
  // The prompts keep their ids, so My answers adds answer fields under them (docs/assets/js/antwoorden.js).
  var own = groupParts.create(model, paper.modulesOf);
  paper.render(q("[data-lv-pl-paper]"), plan, "deelnemers", { answers: true, qr: participantLink(), own: own });
  document.dispatchEvent(new CustomEvent("lv-inhoud", { detail: { root: q("[data-lv-pl-paper]") } }));
}

/* Starts the planner on its page; lv.start shows "Deze link werkt niet" if anything here throws. */
function start(container) {
  page = container;
  data = lv.readJson("lv-data", true);
  model = plannerModel.create(data);
  draw = plannerDraw.create(model);
  paper = plannerPaper.create(model);
  view = plannerView.create(page, model, paper);
  choices = plannerChoices.create(model, draw);
  var params = new URLSearchParams(window.location.search.slice(0, urlState.LINK_LIMIT));
  if (!page.hasAttribute("data-lv-pl-group") && params.get("voor") === "deelnemers") {
    // An older participants' link (plannen/?…&voor=deelnemers): the same plan on the participants' own page.
    params.delete("voor");
    return window.location.replace(data.groupUrl + "?" + params.toString() + window.location.hash);
  }
  var read = model.decode(window.location.search);
  plan = read.plan;
  view.renderProblems(read.problems);
  if (page.hasAttribute("data-lv-pl-group")) return showGroup();
  followUp = plannerFollowUp.create(page, model, paper, function () { render(); });
  fillSettings();
  wire();
  q("[data-lv-pl]").hidden = false;
  render(null, !read.known);
  if (read.invitation) say("Deze link kwam uit de uitnodigingsbouwer. De keuze staat nu als blokken in je plan.");
}

function init() {
  lv.startOnce(document.querySelector(".lv-pl-page"), "data-lv-pl-ready-page", start);
}

lv.onPage(init);
