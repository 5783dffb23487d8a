/* Writes the .ics files a page can make, for crafted texts, into a folder, with a JSON list (cases.json)
   of what each one should say; tests/test_afspraak_ics.py and tests/test_nabericht_ics.py parse them with
   Python's icalendar (tests/ics_files.py).
   - afspraak: the agreement's file under a doekaartje (calendar), one event and the series;
   - nabericht: the next meeting from the planner's follow-up step (meetingCalendar), with and without a
     start time, for crafted titles and places.
   Usage: node tests/js/ics-files.mjs <afspraak|nabericht> <out-dir> */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { calendar, days, meetingCalendar } from "../../docs/assets/js/afspraak-ics.js";

function agreements(write) {
  const TEXTS = [
    "Ik vraag Sanne, mijn collega, om feedback; vóór vrijdag.",
    "Een \\backslash\\, \"dubbele\" en 'enkele' aanhalingstekens",
    "Twee regels:\nzo, en\r\nzo",
    "Emoji 🙂👍🏽 en é ü ñ — ook 中文",
    ("Ik luister eerst, zonder oordeel; daarna vraag ik door. 🙂 ").repeat(6).slice(0, 300),
    "<script>alert(1)</script> & {{ titel }}",
  ];
  const now = new Date("2026-12-28T14:05:09.123Z");
  return TEXTS.flatMap((text, i) => [false, true].map((series) => {
    const agreement = { id: "afspraak-wv-d0" + i, antwoord: text, titel: "Kaartje; met, tekens", wanneer: "2026-12-30" };
    const name = `case-${i}-${series ? "reeks" : "een"}.ics`;
    const url = "https://example.org/leerlijn/modules/1/#kaart-wv-d0" + i;
    write(name, calendar(agreement, { now, url, series, host: "example.org" }));
    return { name, text: text.replace(/\r\n?/g, "\n"), url, days: days(agreement, series), id: agreement.id };
  }));
}

function meetings(write) {
  const TITLES = [
    "Bijeenkomst: Kort, in een ketenoverleg; als iedereen ja zegt",
    "Een \\backslash\\ en \"aanhalingstekens\" 🙂👍🏽 中文",
    "<img src=x onerror=alert(1)> {{ titel }}",
    ("Samen werken aan vertrouwen, in de wijk; ").repeat(8).slice(0, 300),
  ];
  const now = new Date("2026-12-01T21:05:09.123Z");
  return TITLES.flatMap((title, i) => [13 * 60 + 30, 23 * 60 + 15, null].map((start, j) => {
    const meeting = { title, day: "2026-12-31", start, minutes: 120, text: "Regel een\nregel twee, met; tekens",
                      place: "Zaal 2, De Brug; Utrecht", url: "https://example.org/leerlijn/bijeenkomst/?v=1&b=VM5F1T" };
    const name = `meeting-${i}-${j}.ics`;
    write(name, meetingCalendar(meeting, { now, host: "example.org" }));
    return { name, title, start, day: meeting.day, text: meeting.text, place: meeting.place, url: meeting.url };
  }));
}

const KINDS = { afspraak: agreements, nabericht: meetings };
const [kind, out] = process.argv.slice(2);
if (!KINDS[kind] || !out) throw new Error("usage: node tests/js/ics-files.mjs <afspraak|nabericht> <out-dir>");
mkdirSync(out, { recursive: true });
const cases = KINDS[kind]((name, text) => writeFileSync(join(out, name), text));
writeFileSync(join(out, "cases.json"), JSON.stringify(cases, null, 2));
