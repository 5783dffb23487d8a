/* Dates and clock times as the site accepts them, in one place: the link codec (url-state.js) checks
   a meeting's date and time with these, and core.js's formatDate prints only what passes. A module of
   its own, so every page can format a date without loading the whole link codec. */

/* Whether iso is a real calendar date (2026-02-31 is not), in years a meeting can have. */
export function isDate(iso) {
  var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ""));
  if (!match || +match[1] < 1900 || +match[1] > 2999) return false;
  var date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
}

/* Whether text is a clock time "hh:mm" from 00:00 to 23:59. */
export function isTime(text) {
  return /^([01]\d|2[0-3]):([0-5]\d)$/.test(String(text || ""));
}
