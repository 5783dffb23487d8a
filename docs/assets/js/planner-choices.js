/* De planner: the cases a casus block can swap to, each readable before the begeleider chooses one
   (issue 20, point 11). With ◄ and ► a begeleider only sees a title; here each case opens with its text,
   question and what to listen for, and a button puts it in the block. Markup comes from the page's
   <template> elements (planner_choices.html and the build's case items); text goes in with textContent. */
import * as lv from "./lv/core.js";

var dom = lv.dom;

/* draw: planner-draw.js, whose pool decides what a block may swap to (the same as ◄ and ►). */
function create(model, draw) {
  function slot(node, name) { return node.querySelector("[data-slot='" + name + "']"); }

  /* The case ids this casus block may hold, the current one among them. */
  function options(plan, block) {
    return block.kind === "casus" ? draw.blockPool(plan, block).filter(function (id) { return model.item("casus", id); }) : [];
  }

  /* The ids a choice puts in the block, or null when that case is no longer one of its options. */
  function pick(plan, block, id) {
    return options(plan, block).indexOf(id) !== -1 && id !== block.ids[0] ? [id] : null;
  }

  /* A case as the module page shows it, without its id (the page may hold it twice) and without its
     title, which the disclosure's own line shows. */
  function caseText(id) {
    var copy = dom.item("casus:" + id);
    if (!copy) return null;
    copy.removeAttribute("id");
    copy.querySelectorAll(".admonition-title").forEach(function (title) { title.remove(); });
    return copy;
  }

  function choice(block, id, number) {
    var li = dom.cloneFirst("lv-pl-keuze"), title = model.item("casus", id).titel;
    var current = id === block.ids[0];
    slot(li, "choice").setAttribute("data-choice", id);
    slot(li, "choice-title").textContent = title + (current ? " (staat nu in je plan)" : "");
    dom.replace(slot(li, "choice-text"), [caseText(id)]);
    if (current) {
      slot(li, "choice-line").remove();
    } else {
      slot(li, "choice-button").setAttribute("data-id", id);
      slot(li, "choice-button").setAttribute("aria-label", "Kies deze casus: " + title + ", voor blok " + number);
    }
    return li;
  }

  /* Which disclosures are open, so a redraw of the plan (after any change) leaves them open. They are
     known by the case in their block, so they follow a block that moves, and close once a choice is made. */
  function opened(list) {
    return Array.prototype.map.call(list.querySelectorAll("[data-lv-pl-choices][open], [data-lv-pl-choices] details[open]"), function (details) {
      return details.closest("[data-lv-pl-choices]").getAttribute("data-for") + ":" + (details.getAttribute("data-choice") || "");
    });
  }

  /* Adds the disclosure of choices to each casus block of the drawn list that has another case to offer. */
  function fill(list, plan, open) {
    Array.prototype.forEach.call(list.querySelectorAll("li[data-index]"), function (li) {
      var number = Number(li.getAttribute("data-index")) + 1, block = plan.blocks[number - 1], ids = options(plan, block);
      if (ids.length < 2) return;
      var box = dom.cloneFirst("lv-pl-keuzes"), key = block.ids[0] + ":";
      box.setAttribute("data-for", block.ids[0]);
      slot(box, "choice-summary").textContent = "Lees de " + ids.length + " casussen waaruit je kiest";
      dom.replace(slot(box, "choice-list"), ids.map(function (id) { return choice(block, id, number); }));
      box.open = open.indexOf(key) !== -1;
      Array.prototype.forEach.call(box.querySelectorAll("details[data-choice]"), function (details) {
        details.open = open.indexOf(key + details.getAttribute("data-choice")) !== -1;
      });
      dom.replace(li.querySelector("[data-slot='choices']"), [box]);
    });
  }

  return { opened: opened, fill: fill, pick: pick };
}

export default { create: create };
