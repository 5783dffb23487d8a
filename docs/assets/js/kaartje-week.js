/* Kaartje van de week: which card of a set is this week's, without DOM, tracking or storage.
   Everyone in the same ISO week (Monday to Sunday, on their own calendar) gets the same card: the
   number of whole weeks since Monday 5 January 1970, modulo the number of cards. That count runs on
   across a year boundary, so week 1 does not repeat the card of week 52 or 53 by accident.
   Tests: tests/js/kaartje-week.test.mjs. */

var DAY_MS = 24 * 60 * 60 * 1000;
var FIRST_MONDAY = Date.UTC(1970, 0, 5);

// The local calendar day of a moment, as a UTC midnight: days are counted on the calendar only.
function calendarDay(date) {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
}

/* The ISO 8601 week: {year, week}; 31 December 2024 is week 1 of 2025, 1 January 2027 week 53 of 2026. */
export function isoWeek(date) {
  var day = calendarDay(date), weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
  var thursday = new Date(day + (3 - weekday) * DAY_MS), year = thursday.getUTCFullYear();
  return { year: year, week: 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) };
}

/* Whole weeks since the first Monday of 1970: the same number for every day of one ISO week. */
export function weekIndex(date) {
  return Math.floor((calendarDay(date) - FIRST_MONDAY) / DAY_MS / 7);
}

/* This week's item of a list (in the list's own order), or null for an empty list. */
export function pick(items, date) {
  return items.length ? items[((weekIndex(date) % items.length) + items.length) % items.length] : null;
}
