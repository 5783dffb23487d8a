// "Dit ga ik doen": the calendar writer (folding, escaping, UID, days across a year boundary) and
// agreements in the notebook (kept, merged and read from a file by the same rules as answers).
import test from "node:test";
import assert from "node:assert/strict";
import { escapeText, fold, addDays, uid, calendar, days, stamp } from "../../docs/assets/js/afspraak-ics.js";
import model from "../../docs/assets/js/antwoorden-model.js";

const bytes = (s) => Buffer.byteLength(s, "utf8");

test("escaping: backslash, semicolon, comma and every kind of newline", () => {
  assert.equal(escapeText("a\\b;c,d\ne\r\nf\rg"), "a\\\\b\\;c\\,d\\ne\\nf\\ng");
  assert.equal(escapeText("\"quotes\" and 'these'"), "\"quotes\" and 'these'");
});

test("folding: at most 75 octets a line, never inside a character", () => {
  for (const text of ["x".repeat(300), "é".repeat(200), "🙂".repeat(100), "a" + "中".repeat(90), "ab🙂".repeat(60)]) {
    const folded = fold("SUMMARY:" + text);
    const lines = folded.split("\r\n");
    assert.ok(lines.every((line) => bytes(line) <= 75), text.slice(0, 5));
    lines.slice(1).forEach((line) => assert.equal(line[0], " "));
    assert.equal(lines.map((line, i) => (i ? line.slice(1) : line)).join(""), "SUMMARY:" + text, "unfolds to the same");
    assert.ok(!folded.includes("\uFFFD") && lines.every((line) => Buffer.from(line, "utf8").toString("utf8") === line));
  }
  assert.equal(fold("short"), "short");
  assert.equal(fold("x".repeat(75)), "x".repeat(75), "exactly 75 octets stays one line");
});

test("days are calendar days, also across a year boundary and a leap day", () => {
  assert.equal(addDays("2026-12-30", 7), "2027-01-06");
  assert.equal(addDays("2026-12-31", 1), "2027-01-01");
  assert.equal(addDays("2028-02-28", 1), "2028-02-29");
  assert.equal(addDays("2026-03-28", 1), "2026-03-29", "a change to summer time changes nothing");
  assert.deepEqual(days({ wanneer: "2026-12-30" }, true), ["2027-01-06", "2027-01-20", "2027-02-10"]);
  assert.deepEqual(days({ wanneer: "2026-12-30" }, false), ["2026-12-30"]);
});

test("UID is stable for the same agreement and day; DTSTAMP is UTC", () => {
  assert.equal(uid("afspraak-wv-d01", "2027-01-06", "example.org"), "afspraak-afspraak-wv-d01-20270106@example.org");
  assert.equal(stamp(new Date("2026-12-31T23:59:58.900Z")), "20261231T235958Z");
  const agreement = { id: "afspraak-x", antwoord: "Bellen, echt; nu", titel: "", wanneer: "2026-12-30" };
  const a = calendar(agreement, { now: new Date("2026-01-01T00:00:00Z"), series: true });
  const b = calendar(agreement, { now: new Date("2026-06-01T00:00:00Z"), series: true });
  const uids = (text) => text.split("\r\n").filter((line) => line.startsWith("UID:"));
  assert.deepEqual(uids(a), uids(b));
  assert.equal(new Set(uids(a)).size, 3);
  assert.ok(a.includes("DTSTART;VALUE=DATE:20270106\r\n") && a.includes("BEGIN:VALARM\r\n") && a.endsWith("END:VCALENDAR\r\n"));
  assert.ok(a.includes("SUMMARY:Dit ga ik doen: Bellen\\, echt\\; nu\r\n"));
  assert.ok(!/\r\n(?! )[^A-Z]/.test(a), "every line starts with a property or a fold");
});

test("a crafted link stays on one line", () => {
  const text = calendar({ id: "x", antwoord: "a", titel: "", wanneer: "2026-01-01" },
                        { url: "https://e.org/\r\nATTENDEE:evil", now: new Date() });
  assert.ok(!text.includes("\r\nATTENDEE"));
});

const T1 = new Date("2026-03-01T10:00:00.000Z"), T2 = new Date("2026-03-02T10:00:00.000Z");
const agreement = { id: "afspraak-wv-d01", soort: "afspraak", module: "wat-is-vertrouwen", titel: "Vraag het na",
                    vraag: "Vraag een collega wat die nodig heeft.", antwoord: "Ik vraag Sanne.", wanneer: "2026-03-06" };

test("an agreement is an entry of its own kind, with its day", () => {
  const book = model.set(model.empty(), agreement, T1);
  assert.deepEqual(book.antwoorden["afspraak-wv-d01"], { ...agreement, gewijzigd: T1.toISOString() });
  assert.throws(() => model.set(model.empty(), { ...agreement, wanneer: "volgende week" }, T1));
  assert.throws(() => model.set(model.empty(), { ...agreement, wanneer: undefined }, T1));
  const read = model.read({ formaat: 1, antwoorden: { x: { ...agreement, id: "x", wanneer: "2026-02-31x", gewijzigd: T1.toISOString() } } });
  assert.equal(read.lossy, true, "a damaged agreement is kept aside, not silently dropped");
});

test("agreements go through the file and merge like answers, with the future-date rule", () => {
  const mine = model.set(model.empty(), agreement, T1);
  const later = model.set(model.empty(), { ...agreement, antwoord: "Ik bel Sanne.", wanneer: "2026-03-13" }, T2);
  const file = model.fromFile(model.toFile(later, T2, "test"));
  assert.equal(file.answers[0].wanneer, "2026-03-13");
  const merged = model.merge(mine, file.answers, T2);
  assert.deepEqual(merged.counts, { added: 0, updated: 1, same: 0 });
  assert.equal(merged.notebook.antwoorden["afspraak-wv-d01"].wanneer, "2026-03-13");
  const future = [{ ...agreement, antwoord: "Uit de toekomst", gewijzigd: "2099-01-01T00:00:00.000Z" }];
  const kept = model.plan(merged.notebook, future, T2);
  assert.equal(kept.counts.bewaard, 1);
  assert.equal(kept.notebook.antwoorden["afspraak-wv-d01"].antwoord, "Ik bel Sanne.", "a future date never wins by itself");
  assert.equal(model.merge(merged.notebook, file.answers, T2).counts.same, 1, "importing twice adds nothing");
});

test("the notebook shows agreements first, soonest first, with their day in the text version", async () => {
  const lezen = (await import("../../docs/assets/js/antwoorden-lezen.js")).default;
  const data = { modules: [{ id: "wat-is-vertrouwen", nummer: 1, titel: "Wat is vertrouwen?" }],
                 items: [{ id: "wv-o1", module: "wat-is-vertrouwen", vraag: "Aan wie denk je?", titel: "" }] };
  let book = model.set(model.empty(), { id: "wv-o1", soort: "vraag", module: "wat-is-vertrouwen", vraag: "Aan wie denk je?", antwoord: "Oma" }, T1);
  book = model.set(book, { ...agreement, id: "afspraak-eigen", wanneer: "2026-04-01", antwoord: "Later" }, T1);
  book = model.set(book, agreement, T1);
  const groups = lezen.groups(book, data);
  assert.equal(lezen.heading(groups[0]), "Dit ga ik doen");
  assert.deepEqual(groups[0].entries.map((e) => e.answer.id), ["afspraak-wv-d01", "afspraak-eigen"]);
  assert.ok(groups[0].entries.every((e) => e.state === "zelfde"), "an own sentence is not 'gone from the site'");
  assert.equal(lezen.heading(groups[1]), "Module 1: Wat is vertrouwen?");
  const text = lezen.toText(book, data, (iso) => iso);
  assert.ok(text.indexOf("Dit ga ik doen") < text.indexOf("Module 1") && text.includes("*Wanneer: 2026-03-06*"));
});
