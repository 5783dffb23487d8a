/* "Zet in mijn agenda": an iCalendar file (RFC 5545) for an agreement, made in the browser, without DOM.
   No calendar library on npm fits a static page cleanly (ics, ical-generator and ical.js are either
   Node-shaped, pull in dependencies, or parse rather than write), so the writer is this small file and
   the tests prove it: tests/js/afspraak-ics.test.mjs and tests/test_afspraak_ics.py, which parses every
   file with Python's icalendar.
   The same writer makes the begeleider's file of the next meeting (meetingCalendar, at the end).
   Time zones: every agreement is an all-day event (DTSTART;VALUE=DATE). A date means the same day in
   every time zone and on every device, needs no VTIMEZONE, and cannot shift by an hour at a change to
   summer time; a floating time would do the same but suggests an hour nobody chose. The reminder
   (VALARM) is relative to the start of that day, so it goes off at 9:00 in the participant's own time.
   Days are counted on the calendar (Y-M-D in UTC arithmetic), never in milliseconds of local time. */

var DAY_MS = 24 * 60 * 60 * 1000;
// The series after "Zet in mijn agenda": one, three and six weeks after the day of the agreement.
export var SERIES = [7, 21, 42];
var LIMIT = 75; // octets per line, without the CRLF (RFC 5545, 3.1)

/* TEXT as RFC 5545 (3.3.11) wants it: backslash, semicolon, comma and newline escaped. */
export function escapeText(value) {
  return String(value).replace(/\r\n?/g, "\n").replace(/[\\;,]/g, function (c) { return "\\" + c; })
    .replace(/\n/g, "\\n");
}

function octets(char) {
  var code = char.codePointAt(0);
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/* One content line folded at 75 octets: a continuation starts with a space, and a line is never cut
   inside a UTF-8 character (the loop walks code points, so not inside a surrogate pair either). */
export function fold(line) {
  var out = [], current = "", size = 0;
  Array.from(line).forEach(function (char) {
    var n = octets(char);
    if (size + n > LIMIT) {
      out.push(current);
      current = " ";
      size = 1;
    }
    current += char;
    size += n;
  });
  out.push(current);
  return out.join("\r\n");
}

/* "2026-12-31" plus a number of days, as "2027-01-07": calendar days, the same in every time zone. */
export function addDays(day, days) {
  var parts = day.split("-").map(Number);
  var date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]) + days * DAY_MS);
  return date.toISOString().slice(0, 10);
}

function basic(day) {
  return day.replace(/-/g, "");
}

/* DTSTAMP: the moment the file is made, in UTC. */
export function stamp(now) {
  return now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
}

/* The same agreement on the same day gives the same UID, so importing the file again updates the
   event in the calendar instead of adding it twice. */
export function uid(id, day, host) {
  return "afspraak-" + id + "-" + basic(day) + "@" + (host || "leerlijn-vertrouwen");
}

/* The days of the events: one (the agreement's own day) or the series after it. */
export function days(agreement, series) {
  return series ? SERIES.map(function (n) { return addDays(agreement.wanneer, n); }) : [agreement.wanneer];
}

/* The whole file, as text with CRLF line ends. agreement: {id, antwoord, titel, wanneer}; url: the
   link back to the card (absolute); series: three events instead of one. */
export function calendar(agreement, options) {
  // A URL is a URI, not TEXT: control characters and spaces are dropped, so it stays one line.
  var now = options.now || new Date(), url = String(options.url || "").replace(/[\u0000-\u0020\u007f]/g, "");
  var text = agreement.antwoord, title = "Dit ga ik doen: " + text;
  var body = text + (agreement.titel ? "\n\nKaartje: " + agreement.titel : "") + (url ? "\n" + url : "");
  var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leerlijn vertrouwen//Dit ga ik doen//NL", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH"];
  days(agreement, options.series).forEach(function (day) {
    lines.push("BEGIN:VEVENT", "UID:" + uid(agreement.id, day, options.host), "DTSTAMP:" + stamp(now),
      "DTSTART;VALUE=DATE:" + basic(day), "DTEND;VALUE=DATE:" + basic(addDays(day, 1)),
      "SUMMARY:" + escapeText(title), "DESCRIPTION:" + escapeText(body), "TRANSP:TRANSPARENT");
    if (url) lines.push("URL:" + url);
    lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escapeText(title), "TRIGGER;RELATED=START:PT9H",
      "END:VALARM", "END:VEVENT");
  });
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

/* A file name without characters a file system refuses. */
export function fileName(agreement) {
  return "afspraak-" + agreement.id.replace(/[^A-Za-z0-9_-]/g, "") + ".ics";
}

// ---------------------------------------------------------------- the next meeting (planner-nabericht.js)

function two(n) { return (n < 10 ? "0" : "") + n; }

/* A short, stable fingerprint of a text, so the same meeting keeps its UID however often it is downloaded. */
function hash(text) {
  var h = 5381;
  Array.from(String(text)).forEach(function (char) { h = (h * 33 + char.codePointAt(0)) >>> 0; });
  return h.toString(16);
}

/* "20270112T133000": a day and minutes since midnight, carried over to the next day when needed. */
function localTime(day, minutes) {
  var extra = Math.floor(minutes / 1440), rest = minutes - extra * 1440;
  return basic(addDays(day, extra)) + "T" + two(Math.floor(rest / 60)) + two(rest % 60) + "00";
}

/* The next meeting as one event, for the begeleider to send with the follow-up message. meeting:
   {title, day, start (minutes since midnight, or null), minutes, text, url}. With a start time it is a
   timed event in floating time: the meeting is in one room, at the room's clock, so 13:30 stays 13:30 on
   every device and no VTIMEZONE is needed. Without a time it is a day, like an agreement. The reminder
   comes the day before. */
export function meetingCalendar(meeting, options) {
  var now = options.now || new Date(), url = String(meeting.url || "").replace(/[\u0000-\u0020\u007f]/g, "");
  var timed = typeof meeting.start === "number" && meeting.start >= 0 && meeting.start < 1440;
  var title = meeting.title || "Bijeenkomst";
  var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leerlijn vertrouwen//Bijeenkomst//NL", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "BEGIN:VEVENT",
               "UID:bijeenkomst-" + basic(meeting.day) + "-" + hash(title) + "@" + (options.host || "leerlijn-vertrouwen"),
               "DTSTAMP:" + stamp(now)];
  if (timed) {
    lines.push("DTSTART:" + localTime(meeting.day, meeting.start),
               "DTEND:" + localTime(meeting.day, meeting.start + Math.max(15, meeting.minutes || 120)));
  } else {
    lines.push("DTSTART;VALUE=DATE:" + basic(meeting.day), "DTEND;VALUE=DATE:" + basic(addDays(meeting.day, 1)));
  }
  lines.push("SUMMARY:" + escapeText(title), "DESCRIPTION:" + escapeText((meeting.text || "") + (url ? "\n" + url : "")));
  if (meeting.place) lines.push("LOCATION:" + escapeText(meeting.place));
  if (url) lines.push("URL:" + url);
  lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escapeText(title), "TRIGGER:-P1D", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
