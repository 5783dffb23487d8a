/* Writes the .ics files of the next meeting that the planner's follow-up step can make (afspraak-ics.js,
   meetingCalendar), for crafted titles and places, with and without a start time, into a folder with a
   JSON list of what each should say; tests/test_nabericht_ics.py parses them with Python's icalendar.
   Usage: node tests/js/nabericht-ics-files.mjs <out-dir> */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { meetingCalendar } from "../../docs/assets/js/afspraak-ics.js";

const out = process.argv[2];
mkdirSync(out, { recursive: true });
const TITLES = [
  "Bijeenkomst: Kort, in een ketenoverleg; als iedereen ja zegt",
  "Een \\backslash\\ en \"aanhalingstekens\" 🙂👍🏽 中文",
  "<img src=x onerror=alert(1)> {{ titel }}",
  ("Samen werken aan vertrouwen, in de wijk; ").repeat(8).slice(0, 300),
];
const NOW = new Date("2026-12-01T21:05:09.123Z");
const cases = [];
TITLES.forEach((title, i) => {
  [13 * 60 + 30, 23 * 60 + 15, null].forEach((start, j) => {
    const meeting = { title, day: "2026-12-31", start, minutes: 120, text: "Regel een\nregel twee, met; tekens",
                      place: "Zaal 2, De Brug; Utrecht", url: "https://example.org/leerlijn/bijeenkomst/?v=1&b=VM5F1T" };
    const name = `meeting-${i}-${j}.ics`;
    writeFileSync(join(out, name), meetingCalendar(meeting, { now: NOW, host: "example.org" }));
    cases.push({ name, title, start, day: meeting.day, text: meeting.text, place: meeting.place, url: meeting.url });
  });
});
writeFileSync(join(out, "cases.json"), JSON.stringify(cases, null, 2));
