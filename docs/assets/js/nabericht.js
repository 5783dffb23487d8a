/* The follow-up message after a session, without any DOM: what the begeleider sends the group by e-mail
   or WhatsApp. Plain text, so a chat app cannot misread it: the session's doekaartjes, the vragen ter
   overdenking, the date of the next meeting when there is one, and the link to the group's own page.
   planner-nabericht.js gathers the parts from the plan and puts the text in a field (never as markup).
   Tests: tests/js/nabericht.test.mjs. */

/* parts: {title, date, cards: [{titel, tekst}], fromModules, prompts: [text], next: {date, time}, link, name};
   date and next.date are already written out ("dinsdag 12 januari 2027"), next.time as "13:30". */
export function message(parts) {
  var lines = ["Hoi allemaal,", ""];
  lines.push("Dank je wel voor de bijeenkomst" + (parts.date ? " van " + parts.date : "") +
    (parts.title ? " over \"" + parts.title + "\"" : "") + ".");
  if (parts.cards.length) {
    lines.push("", parts.fromModules ? "De doekaartjes van de modules van deze bijeenkomst:" : "De doekaartjes van deze bijeenkomst:");
    parts.cards.forEach(function (card) {
      // From the modules there are many: their titles are enough to recognise them.
      lines.push("- " + card.titel + (parts.fromModules ? "" : ": " + card.tekst));
    });
    lines.push("Heb je bij een doekaartje op Dit ga ik doen gedrukt? Dan staat je afspraak in Mijn antwoorden, op het apparaat dat je toen gebruikte.");
  }
  if (parts.prompts.length) {
    lines.push("", "Vragen ter overdenking voor de komende weken:");
    parts.prompts.forEach(function (text) { lines.push("- " + text); });
  }
  if (parts.next && parts.next.date) {
    lines.push("", "De volgende bijeenkomst is op " + parts.next.date + (parts.next.time ? " om " + parts.next.time : "") + ".",
      "We beginnen dan met een terugblik: wat deed je, en wat merkte je? Jij bepaalt zelf wat je vertelt.");
  }
  if (parts.link) lines.push("", "Het programma en de kaartjes staan hier:", parts.link);
  lines.push("", "Tot de volgende keer!");
  if (parts.name) lines.push(parts.name);
  return lines.join("\n");
}

/* A file name for the next meeting's calendar file, from its date only. */
export function meetingFileName(day) {
  return "bijeenkomst-" + String(day).replace(/[^0-9-]/g, "") + ".ics";
}

export default { message: message, meetingFileName: meetingFileName };
