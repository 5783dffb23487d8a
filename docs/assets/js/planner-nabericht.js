/* De planner, step 5: the follow-up message after the session, and the next meeting as a calendar file.
   The begeleider fills in the next meeting's day and time (they go into the plan's link, planner-link.js);
   the message (nabericht.js) goes into a read-only field as text, copied with the shared copy buttons, and
   "Download" makes an .ics with the site's one calendar writer (afspraak-ics.js). */
import * as lv from "./lv/core.js";
import plannerModel from "./planner-model.js";
import urlState from "./lv/url-state.js";
import { meetingCalendar } from "./afspraak-ics.js";
import { message, meetingFileName } from "./nabericht.js";
import lookBackModel from "./terugblik-model.js";

/* page: the planner; model and paper: the planner's model and paper (for the plan's modules);
   changed(): called after the begeleider changed the next meeting, so the planner writes its address. */
function create(page, model, paper, changed) {
  function q(selector) { return page.querySelector(selector); }
  var day = q("[data-lv-pl-next-date]"), time = q("[data-lv-pl-next-time]"), status = q("[data-lv-pl-next-status]");
  var plan = null, link = "";

  /* The parts of the message from the plan: its doekaartjes and prompts, each once, in the plan's order. */
  function parts(current, groupLink) {
    var modules = paper.modulesOf(current).map(function (m) { return m.id; });
    var cards = lookBackModel.doeCards(current, model, modules), prompts = [];
    current.blocks.forEach(function (block) {
      if (block.kind !== "overdenking") return;
      block.ids.forEach(function (id) { var it = model.item("overdenking", id); if (it && prompts.indexOf(it.tekst) < 0) prompts.push(it.tekst); });
    });
    return { title: current.title, date: lv.formatDate(current.date), cards: cards.cards, fromModules: cards.fromModules,
             prompts: prompts, link: groupLink, name: current.name,
             next: { date: lv.formatDate(current.nextDate), time: typeof current.nextTime === "number" ? plannerModel.clock(current.nextTime) : "" } };
  }

  /* Draws the step from the plan: the fields, the message, and whether the calendar file can be made. */
  function render(current, groupLink) {
    plan = current;
    link = groupLink;
    day.value = plan.nextDate || "";
    time.value = typeof plan.nextTime === "number" ? plannerModel.clock(plan.nextTime).padStart(5, "0") : "";
    q("[data-lv-pl-followup]").value = message(parts(plan, link));
  }

  function read() {
    plan.nextDate = urlState.isDate(day.value) ? day.value : "";
    plan.nextTime = plannerModel.parseClock(time.value);
    changed();
  }
  day.addEventListener("change", read);
  time.addEventListener("change", read);

  q("[data-lv-pl-next-ics]").addEventListener("click", function () {
    if (!plan.nextDate) { status.textContent = "Vul eerst de datum van de volgende bijeenkomst in."; day.focus(); return; }
    var text = "De volgende bijeenkomst" + (plan.title ? " na \"" + plan.title + "\"" : "") +
      ". We beginnen met een terugblik op de afspraken.";
    lv.dom.download(meetingFileName(plan.nextDate), "text/calendar;charset=utf-8", meetingCalendar(
      { title: "Bijeenkomst" + (plan.title ? ": " + plan.title : ""), day: plan.nextDate, start: plan.nextTime,
        minutes: plan.target, text: text, place: plan.place, url: link },
      { host: window.location.host || "leerlijn-vertrouwen" }));
    status.textContent = "Het agendabestand staat klaar. Stuur het mee met je bericht, of zet het in je eigen agenda.";
  });

  return { render: render };
}

export default { create: create };
