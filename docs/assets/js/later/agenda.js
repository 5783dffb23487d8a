/* The calendar writer (afspraak-ics.js), fetched only when a participant asks for a calendar file
   ("Zet in mijn agenda", afspraak.js): most readers never do, so the pages' first view is lighter without it. */
import { calendar, fileName } from "../afspraak-ics.js";
import { provide } from "../lv/later.js";

provide("agenda", { calendar: calendar, fileName: fileName });
