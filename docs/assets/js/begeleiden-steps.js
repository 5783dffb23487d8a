/* Begeleiden: a plan (from the planner's own link codec, planner-link.js) as the list of steps the
   live view runs, without any DOM. Every werkplaat step is a step with its own minutes; every other
   block is one step with the block's minutes. Each step says what the room sees (title, form, text,
   lines) and, apart, what only the begeleider sees (notes): the room's view never reads notes.
   live is the page's extra data (macros/live_view.py): the steps and notes of each werkplaat and the
   text of each case. Tests: tests/js/begeleiden-timer.test.mjs. */

function table(list) {
  var out = Object.create(null);
  (list || []).forEach(function (entry) { out[entry.id] = entry; });
  return out;
}

function create(model, live, clock) {
  var werkplaten = table(live.werkplaten), cases = table(live.cases);

  function titleOf(block) {
    var first = model.item(block.kind, block.ids[0]);
    if (block.kind === "werkplaat" && first) return first.titel;
    if (block.kind === "casus" && first) return first.titel;
    if (block.kind === "kaartjes") return block.ids.length === 1 && first ? first.titel : "Kaartjes";
    if (block.kind === "overdenking") return "Ter overdenking";
    if (block.kind === "terugblik") return live.terugblik ? live.terugblik.titel : "Terugblik";
    if (block.kind === "pauze") return "Pauze";
    return block.title || "Eigen blok";
  }

  /* What the room sees of a block that is not a werkplaat, and the begeleider's own notes for it. */
  function blockStep(block) {
    var step = { form: "", text: "", lines: [], cards: [], notes: block.text ? [block.text] : [] };
    if (block.kind === "kaartjes") {
      step.form = "In de groep";
      // The room sees one card at a time (begeleiden-view.js), in order or drawn at random.
      step.cards = block.ids.map(function (id) { var card = model.item("kaartjes", id); return { titel: card.titel, tekst: card.tekst }; });
    } else if (block.kind === "casus") {
      var found = cases[block.ids[0]];
      step.form = "Tweetallen, dan in de groep";
      step.text = found ? found.tekst : "";
      step.lines = found ? [found.vraag] : [];
      if (found && found.luisteren) step.notes.push("Luister naar: " + found.luisteren);
    } else if (block.kind === "overdenking") {
      step.form = "Alleen";
      step.text = "Schrijf voor jezelf.";
      step.lines = block.ids.map(function (id) { return model.item("overdenking", id).tekst; });
    } else if (block.kind === "pauze") {
      step.text = "Even pauze.";
    }
    return step;
  }

  /* The plan as steps, each with its clock time from the plan's start. */
  function steps(plan) {
    var out = [];
    model.schedule(plan).forEach(function (row, index) {
      // The look back runs like a werkplaat: its steps, its opening question, its notes; never anyone's agreement.
      var block = row.block, title = titleOf(block);
      var own = block.kind === "terugblik" ? live.terugblik : block.kind === "werkplaat" ? werkplaten[block.ids[0]] : null;
      var at = row.start;
      function add(step, minutes, number, count) {
        out.push(Object.assign(step, { block: index, blockTitle: title, kind: block.kind, minutes: minutes,
          from: clock(at), number: number, count: count }));
        at += minutes;
      }
      if (own) {
        own.steps.forEach(function (s, n) {
          // The werkplaat's notes belong to its first step, where the begeleider reads them before starting.
          add({ form: s.vorm, text: s.tekst, lines: n === 0 ? [own.opening] : [], cards: [],
                notes: n === 0 ? own.notes.concat(block.text ? [block.text] : []) : [] }, s.minuten, n + 1, own.steps.length);
        });
      } else {
        add(blockStep(block), row.minutes, 1, 1);
      }
    });
    return out;
  }

  return { steps: steps, titleOf: titleOf };
}

export default { create: create };
