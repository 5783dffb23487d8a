"""The look back on the agreements in the data file and the build: it runs as written, a traject opens
every meeting from the second on with it, and a mistake is a trainer's message naming item and field."""
from __future__ import annotations

import copy

import pytest

from macros import look_back, planner, sessions
from test_loader import error_of, good, load  # noqa: F401 - the fixture `good` is used by name

LOOK_BACK = {
    "titel": "Terugblik op de afspraken", "doel": "Ieder kijkt terug.", "openingsvraag": "Wat deed je met je afspraak?",
    "vraag": "Wat deed je? Wat merkte je?", "leeg": "Er staat nog geen afspraak op dit apparaat.", "duur_minuten": 15,
    "ruimte": "Stoelen in tweetallen.", "deelname": "Ieder bepaalt zelf wat die vertelt.", "materialen": ["De eigen telefoon"],
    "stappen": [{"vorm": "alleen", "minuten": 2, "tekst": "Zoek je afspraak op."},
                {"vorm": "tweetallen", "minuten": 8, "tekst": "Vertel elkaar wat je deed."},
                {"vorm": "hele groep", "minuten": 5, "tekst": "Haal op wat lukte."}],
}


def with_look_back(data: dict, minutes: int = 15) -> dict:
    """The mini data with a look back, a second plan that opens with it, and a traject of three meetings."""
    data = copy.deepcopy(data)
    data["terugblik"] = copy.deepcopy(LOOK_BACK)
    second = copy.deepcopy(data["sessies"][0])
    second["id"] = "pr-sessie-2"
    second["blokken"].insert(1, {"soort": "terugblik", "minuten": minutes, "tekst": "Vraag ook naar de lijst."})
    second["duur_minuten"] += minutes
    data["sessies"].append(second)
    data["trajecten"] = [{"id": "pr-traject", "titel": "Een traject", "beschrijving": "Drie keer samen.",
                          "bijeenkomsten": [{"sessie": "pr-sessie", "wanneer": "week 1"},
                                            {"sessie": "pr-sessie-2", "wanneer": "week 3"},
                                            {"sessie": "pr-sessie-2", "wanneer": "week 5"}]}]
    return data


def test_a_plan_with_the_look_back_loads_and_its_row_has_the_look_backs_title(tmp_path, good):
    catalog = load(tmp_path, with_look_back(good))
    rows = sessions.session_rows(catalog, "pr-sessie-2", "trainers/")
    assert rows[1]["title"] == "Terugblik op de afspraken" and rows[1]["phase"] == "openen" and rows[1]["minutes"] == 15
    assert rows[1]["text"] == "Vraag ook naar de lijst."


def test_the_planner_offers_the_look_back_as_a_block_with_its_minutes(tmp_path, good):
    catalog = load(tmp_path, with_look_back(good))
    data = planner.planner_data(catalog, "plannen/", "https://example.org/")
    assert data["kinds"]["terugblik"] == look_back.KIND_LABEL and data["lookBack"]["duur"] == 15
    assert data["lookBack"]["vraag"] == "Wat deed je? Wat merkte je?"
    assert [item["key"] for item in planner.item_templates(catalog)][-1] == "terugblik"
    # Without a look back in the data file, the planner does not offer one.
    plain = load(tmp_path, good)
    assert "terugblik" not in planner.planner_data(plain, "plannen/", "https://example.org/")["kinds"]


def test_a_look_back_block_takes_the_minutes_of_its_steps(tmp_path, good):
    message = error_of(tmp_path, with_look_back(good, minutes=20))
    assert "sessie 'pr-sessie-2', blok 2 (terugblik), veld 'minuten'" in message and "15 minuten" in message


def test_a_look_back_block_needs_the_look_back_in_the_data_file(tmp_path, good):
    data = with_look_back(good)
    del data["terugblik"]
    assert "blok 2 (terugblik): er staat geen 'terugblik' in het databestand" in error_of(tmp_path, data)


def test_the_look_backs_steps_add_up(tmp_path, good):
    data = with_look_back(good)
    data["terugblik"]["duur_minuten"] = 20
    message = error_of(tmp_path, data)
    assert "terugblik" in message and "duur_minuten" in message and "zodat de terugblik loopt" in message


@pytest.mark.parametrize("meeting", [1, 2])
def test_a_traject_meeting_from_the_second_on_opens_with_the_look_back(tmp_path, good, meeting):
    data = with_look_back(good)
    data["trajecten"][0]["bijeenkomsten"][meeting]["sessie"] = "pr-sessie"
    message = error_of(tmp_path, data)
    assert f"traject 'pr-traject', bijeenkomst {meeting + 1} (sessie 'pr-sessie'), veld 'blokken'" in message
    assert "soort: terugblik" in message


def test_the_look_back_later_in_the_plan_is_not_an_opening(tmp_path, good):
    data = with_look_back(good)
    blocks = data["sessies"][1]["blokken"]
    blocks.insert(3, blocks.pop(1))  # after the case: the opening is over by then
    message = error_of(tmp_path, data)
    assert "bijeenkomst 2 (sessie 'pr-sessie-2')" in message


def test_the_live_view_runs_the_look_back_like_a_werkplaat(tmp_path, good):
    catalog = load(tmp_path, with_look_back(good))
    live = look_back.live_data(catalog)
    assert [(s["vorm"], s["minuten"]) for s in live["steps"]] == [("Alleen", 2), ("Tweetallen", 8), ("Hele groep", 5)]
    assert live["opening"] == "Wat deed je met je afspraak?"
