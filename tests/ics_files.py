"""Shared by the tests that parse the site's calendar files with a real parser (Python's icalendar):
node writes the files a page can make, and each one is read back under the same RFC 5545 checks."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import icalendar
import pytest

ROOT = Path(__file__).resolve().parent.parent


def write(kind: str, out: Path) -> tuple[Path, list[dict]]:
    """Run tests/js/ics-files.mjs for kind ("afspraak" or "nabericht") into out; its cases.json says what
    each file should hold."""
    subprocess.run(["node", str(ROOT / "tests/js/ics-files.mjs"), kind, str(out)], check=True)
    return out, json.loads((out / "cases.json").read_text(encoding="utf-8"))


def files_fixture(kind: str):
    """A module fixture `files`: the (folder, cases) of one kind, written once for the test file."""
    @pytest.fixture(scope="module")
    def files(tmp_path_factory):
        return write(kind, tmp_path_factory.mktemp("ics-" + kind))
    return files


def read(raw: bytes, name: str) -> icalendar.Calendar:
    """One file, parsed after the checks every file must pass: CRLF lines of at most 75 octets, folds that
    never cut a character in two, and a VERSION and PRODID."""
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and all(len(line) <= 75 for line in lines), name
    for line in lines:
        line.decode("utf-8")
    cal = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    assert str(cal["VERSION"]) == "2.0" and cal.get("PRODID")
    return cal
