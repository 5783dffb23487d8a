// Kaartje van de week: the ISO week and the choice, also across a year boundary.
import test from "node:test";
import assert from "node:assert/strict";
import { isoWeek, weekIndex, pick } from "../../docs/assets/js/kaartje-week.js";

const day = (y, m, d) => new Date(y, m - 1, d, 12);

test("ISO weeks, including the ones that cross a year boundary", () => {
  assert.deepEqual(isoWeek(day(2026, 12, 1)), { year: 2026, week: 49 });
  assert.deepEqual(isoWeek(day(2024, 12, 30)), { year: 2025, week: 1 });
  assert.deepEqual(isoWeek(day(2026, 12, 31)), { year: 2026, week: 53 });
  assert.deepEqual(isoWeek(day(2027, 1, 3)), { year: 2026, week: 53 });
  assert.deepEqual(isoWeek(day(2027, 1, 4)), { year: 2027, week: 1 });
  assert.deepEqual(isoWeek(day(2021, 1, 1)), { year: 2020, week: 53 });
});

test("one card for the whole ISO week, a new one the next week, across the year boundary", () => {
  const cards = ["a", "b", "c", "d", "e"];
  // Monday 28 December 2026 to Sunday 3 January 2027 is one ISO week (53 of 2026).
  const week = [28, 29, 30, 31].map((d) => day(2026, 12, d)).concat([1, 2, 3].map((d) => day(2027, 1, d)));
  assert.equal(new Set(week.map((d) => pick(cards, d))).size, 1);
  assert.equal(new Set(week.map(weekIndex)).size, 1);
  assert.notEqual(pick(cards, day(2027, 1, 4)), pick(cards, day(2027, 1, 3)));
  assert.equal(weekIndex(day(2027, 1, 4)) - weekIndex(day(2026, 12, 27)), 2, "the count runs on over New Year");
  assert.equal(weekIndex(day(1970, 1, 5)), 0);
  assert.equal(pick([], day(2026, 1, 1)), null);
  // Every card gets its turn in len(cards) weeks.
  const turns = Array.from({ length: 5 }, (_, i) => pick(cards, new Date(2026, 11, 28 + 7 * i, 12)));
  assert.deepEqual([...turns].sort(), cards);
});
