"""The agreement's calendar file (docs/assets/js/afspraak-ics.js), parsed by a real parser.

Node writes every kind of file the page makes (one event and the series) for crafted texts:
commas, semicolons, backslashes, quotes, newlines, emoji, markup and 300 characters. Python's
icalendar must read each one back to exactly the text, the days, the link and a reminder."""
from __future__ import annotations

import datetime as dt

import ics_files


files = ics_files.files_fixture("afspraak")


def test_every_file_parses_back_to_its_text(files):
    out, cases = files
    assert len(cases) == 12
    for case in cases:
        cal = ics_files.read((out / case["name"]).read_bytes(), case["name"])
        events = cal.walk("VEVENT")
        assert [e.decoded("DTSTART") for e in events] == [dt.date.fromisoformat(d) for d in case["days"]]
        for event, day in zip(events, case["days"]):
            assert str(event["SUMMARY"]) == "Dit ga ik doen: " + case["text"]
            assert str(event["DESCRIPTION"]).startswith(case["text"] + "\n\nKaartje: Kaartje; met, tekens\n")
            assert str(event["URL"]) == case["url"]
            assert str(event["UID"]) == f"afspraak-{case['id']}-{day.replace('-', '')}@example.org"
            assert event.decoded("DTSTAMP") == dt.datetime(2026, 12, 28, 14, 5, 9, tzinfo=dt.timezone.utc)
            assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(days=1)
            alarms = event.walk("VALARM")
            assert len(alarms) == 1 and str(alarms[0]["ACTION"]) == "DISPLAY"
            assert alarms[0].decoded("TRIGGER") == dt.timedelta(hours=9)
        assert len({str(e["UID"]) for e in events}) == len(events)


def test_the_series_crosses_the_year_boundary(files):
    _, cases = files
    series = next(case for case in cases if case["name"].endswith("reeks.ics"))
    assert series["days"] == ["2027-01-06", "2027-01-20", "2027-02-10"]
