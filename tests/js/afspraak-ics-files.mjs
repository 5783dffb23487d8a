/* Writes the .ics files the agreement page can make, for crafted texts, into a folder, with a JSON
   list of what each one should say; tests/test_afspraak_ics.py parses them with Python's icalendar.
   Usage: node tests/js/afspraak-ics-files.mjs <out-dir> */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { calendar, days } from "../../docs/assets/js/afspraak-ics.js";

const out = process.argv[2];
mkdirSync(out, { recursive: true });
const TEXTS = [
  "Ik vraag Sanne, mijn collega, om feedback; vóór vrijdag.",
  "Een \\backslash\\, \"dubbele\" en 'enkele' aanhalingstekens",
  "Twee regels:\nzo, en\r\nzo",
  "Emoji 🙂👍🏽 en é ü ñ — ook 中文",
  ("Ik luister eerst, zonder oordeel; daarna vraag ik door. 🙂 ").repeat(6).slice(0, 300),
  "<script>alert(1)</script> & {{ titel }}",
];
const NOW = new Date("2026-12-28T14:05:09.123Z");
const cases = [];
TEXTS.forEach((text, i) => {
  [false, true].forEach((series) => {
    const agreement = { id: "afspraak-wv-d0" + i, antwoord: text, titel: "Kaartje; met, tekens", wanneer: "2026-12-30" };
    const name = `case-${i}-${series ? "reeks" : "een"}.ics`;
    const url = "https://example.org/leerlijn/modules/1/#kaart-wv-d0" + i;
    writeFileSync(join(out, name), calendar(agreement, { now: NOW, url, series, host: "example.org" }));
    cases.push({ name, text: text.replace(/\r\n?/g, "\n"), url, days: days(agreement, series), id: agreement.id });
  });
});
writeFileSync(join(out, "cases.json"), JSON.stringify(cases, null, 2));
