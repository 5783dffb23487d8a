"""The next meeting's calendar file from the planner's follow-up step (meetingCalendar in
docs/assets/js/afspraak-ics.js), parsed by a real parser: Python's icalendar reads every file back to
its title, place, text and link, with a timed start in floating time (the room's clock), an end that
carries over midnight, a stable UID, and a reminder the day before."""
from __future__ import annotations

import datetime as dt

import icalendar

import ics_files


files = ics_files.files_fixture("nabericht")


def test_every_meeting_file_parses_back(files):
    out, cases = files
    assert len(cases) == 12
    uids = {}
    for case in cases:
        cal = ics_files.read((out / case["name"]).read_bytes(), case["name"])
        [event] = cal.walk("VEVENT")
        assert str(event["SUMMARY"]) == case["title"]
        assert str(event["LOCATION"]) == case["place"]
        assert str(event["DESCRIPTION"]) == case["text"] + "\n" + case["url"]
        assert str(event["URL"]) == case["url"]
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 12, 1, 21, 5, 9, tzinfo=dt.timezone.utc)
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if case["start"] is None:
            assert start == dt.date(2026, 12, 31) and end == dt.date(2027, 1, 1)
        else:
            # Floating time: no time zone, so 13:30 is 13:30 on the participant's own clock.
            assert start.tzinfo is None
            assert start == dt.datetime(2026, 12, 31) + dt.timedelta(minutes=case["start"])
            assert end - start == dt.timedelta(minutes=120)
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY" and alarm.decoded("TRIGGER") == -dt.timedelta(days=1)
        uids.setdefault(case["title"], set()).add(str(event["UID"]))
    # The same meeting keeps one UID, so opening the file twice updates the event; another title is another.
    assert all(len(found) == 1 for found in uids.values())
    assert len({next(iter(found)) for found in uids.values()}) == len(uids)


def test_a_late_meeting_ends_the_next_day_across_the_year(files):
    out, cases = files
    late = next(case for case in cases if case["start"] == 23 * 60 + 15)
    event = icalendar.Calendar.from_ical((out / late["name"]).read_bytes().decode("utf-8")).walk("VEVENT")[0]
    assert event.decoded("DTEND") == dt.datetime(2027, 1, 1, 1, 15)
