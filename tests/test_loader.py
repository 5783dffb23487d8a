"""Loading and validating the data file: every kind of mistake gets a message naming file, id and field."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from macros.loader import DataError, load_catalog
from macros.model import CARD_TEXT_MAX

FIXTURE = Path(__file__).parent / "fixtures/mini/docs"


@pytest.fixture
def good() -> dict:
    return yaml.safe_load((FIXTURE / "data/leermateriaal.yml").read_text(encoding="utf-8"))


def load(tmp_path: Path, data) -> object:
    path = tmp_path / "leermateriaal.yml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_catalog(path, FIXTURE)


def error_of(tmp_path: Path, data) -> str:
    with pytest.raises(DataError) as caught:
        load(tmp_path, data)
    message = str(caught.value)
    assert "leermateriaal.yml" in message, "the message must name the file"
    assert "Traceback" not in message
    return message


def test_the_fixture_loads_into_typed_objects(tmp_path, good):
    catalog = load(tmp_path, good)
    assert catalog.modules["proef"].leestijd_minuten == 30
    deck, number, card = catalog.cards["pr-02"]
    assert (deck.id, number, card.soort) == ("pr", 2, "doe")
    assert [p.id for p in catalog.prompts["proef"]] == ["pr-o1"]
    step = catalog.werkplaten["pr-werkplaat"].stappen[1]
    assert (step.vorm, step.minuten, step.tekst) == ("alleen", 10, "Schrijf op wat je leerde.")


def test_yaml_syntax_error_names_the_line(tmp_path):
    text = "modules:\n  - id: proef\n    titel: [niet gesloten\n    nummer: 1\n"
    message = error_of(tmp_path, text)
    assert "regel 4" in message or "regel 3" in message
    assert "opmaak" in message


def test_missing_field_names_card_and_field(tmp_path, good):
    del good["kaartensets"][0]["kaarten"][1]["tekst"]
    message = error_of(tmp_path, good)
    assert "kaartje 'pr-02'" in message
    assert "veld 'tekst'" in message
    assert "ontbreekt" in message


def test_wrong_type_names_module_and_field(tmp_path, good):
    good["modules"][0]["leestijd_minuten"] = "een uurtje"
    message = error_of(tmp_path, good)
    assert "module 'proef'" in message and "veld 'leestijd_minuten'" in message
    assert "heel getal" in message


def test_wrong_kind_lists_the_choices(tmp_path, good):
    good["kaartensets"][0]["kaarten"][0]["soort"] = "praat"
    message = error_of(tmp_path, good)
    assert "kaartje 'pr-01'" in message and "veld 'soort'" in message
    assert "'denk'" in message and "'doe'" in message


def test_duplicate_id_anywhere_is_rejected(tmp_path, good):
    # A prompt that takes the id of a card: ids are unique across the whole file.
    good["overdenkingen"][0]["vragen"].append({"id": "pr-01", "tekst": "Nog een vraag?"})
    message = error_of(tmp_path, good)
    assert "vraag 'pr-01'" in message and "veld 'id'" in message
    assert "kaartje 'pr-01'" in message


def test_duplicate_card_in_same_deck(tmp_path, good):
    good["kaartensets"][0]["kaarten"].append(copy.deepcopy(good["kaartensets"][0]["kaarten"][0]))
    message = error_of(tmp_path, good)
    assert "kaartje 'pr-01', veld 'id'" in message


def test_reference_to_unknown_module(tmp_path, good):
    good["werkplaten"][0]["module"] = "bestaat-niet"
    message = error_of(tmp_path, good)
    assert "werkplaat 'pr-werkplaat'" in message and "veld 'module'" in message
    assert "'bestaat-niet'" in message and "proef" in message


def test_deck_with_unknown_module(tmp_path, good):
    good["kaartensets"][0]["module"] = "proev"
    message = error_of(tmp_path, good)
    assert "kaartenset 'pr', veld 'module'" in message


def test_empty_text_is_rejected(tmp_path, good):
    good["overdenkingen"][0]["vragen"][0]["tekst"] = "   "
    message = error_of(tmp_path, good)
    assert "vraag 'pr-o1'" in message and "veld 'tekst'" in message and "leeg" in message


def test_card_text_too_long_for_a_printed_card(tmp_path, good):
    good["kaartensets"][0]["kaarten"][0]["tekst"] = "Lang " * 60
    message = error_of(tmp_path, good)
    assert "kaartje 'pr-01'" in message and "veld 'tekst'" in message
    assert "te lang" in message and str(CARD_TEXT_MAX) in message


def test_typo_in_a_field_name(tmp_path, good):
    good["kaartensets"][0]["kaarten"][0]["titl"] = good["kaartensets"][0]["kaarten"][0].pop("titel")
    message = error_of(tmp_path, good)
    assert "veld 'titl'" in message and "tikfout" in message
    assert "veld 'titel'" in message


def test_module_page_must_exist(tmp_path, good):
    good["modules"][0]["pagina"] = "modules/weg.md"
    message = error_of(tmp_path, good)
    assert "module 'proef', veld 'pagina'" in message


def test_line_number_of_the_item_is_given(tmp_path):
    text = (FIXTURE / "data/leermateriaal.yml").read_text(encoding="utf-8")
    text = text.replace("tekst: Bel een collega en vraag hoe het gaat.", "tekst: ''")
    message = error_of(tmp_path, text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "id: pr-02" in row)
    assert f"regel {line}" in message


def test_all_errors_are_reported_at_once(tmp_path, good):
    good["modules"][0]["titel"] = ""
    good["kaartensets"][0]["kaarten"][0]["soort"] = "x"
    message = error_of(tmp_path, good)
    assert "2 fout(en)" in message


def test_real_data_file_is_valid(catalog):
    assert len(catalog.modules) >= 1
    for deck in catalog.data.kaartensets:
        assert deck.module in catalog.modules


def test_number_out_of_range_says_the_limit(tmp_path, good):
    good["modules"][0]["leestijd_minuten"] = 2
    message = error_of(tmp_path, good)
    assert "module 'proef', veld 'leestijd_minuten'" in message and "minstens 5" in message


def test_step_minutes_must_add_up_to_the_werkplaat(tmp_path, good):
    good["werkplaten"][0]["stappen"][0]["minuten"] = 15
    message = error_of(tmp_path, good)
    assert "werkplaat 'pr-werkplaat', veld 'duur_minuten'" in message and "25 minuten" in message


def test_a_step_without_group_form_names_the_werkplaat(tmp_path, good):
    del good["werkplaten"][0]["stappen"][1]["vorm"]
    message = error_of(tmp_path, good)
    assert "stap 2 van werkplaat 'pr-werkplaat', veld 'vorm'" in message and "verplicht" in message


def test_a_step_written_as_plain_text_names_its_fields(tmp_path, good):
    good["werkplaten"][0]["stappen"][0] = "Praat samen. (10 minuten)"
    message = error_of(tmp_path, good)
    assert "stap 1 van werkplaat 'pr-werkplaat'" in message and "'vorm:', 'minuten:' en 'tekst:'" in message


def test_a_werkplaat_needs_an_opening_question(tmp_path, good):
    del good["werkplaten"][0]["openingsvraag"]
    assert "werkplaat 'pr-werkplaat', veld 'openingsvraag'" in error_of(tmp_path, good)


def test_a_ready_plan_must_add_up(tmp_path, good):
    good["sessies"][0]["duur_minuten"] = 70
    message = error_of(tmp_path, good)
    assert "sessie 'pr-sessie', veld 'duur_minuten'" in message and "60 minuten" in message


def test_a_ready_plan_names_a_missing_card(tmp_path, good):
    good["sessies"][0]["blokken"][0]["kaarten"] = ["pr-77"]
    assert "sessie 'pr-sessie', blok 1 (kaartjes), veld 'kaarten'" in error_of(tmp_path, good)


def test_a_ready_plan_needs_an_opening_and_a_closing(tmp_path, good):
    good["sessies"][0]["blokken"][-1]["fase"] = "afspreken"
    assert "het laatste blok hoort in de fase 'afsluiten'" in error_of(tmp_path, good)


def test_a_ready_plan_needs_a_pause_after_ninety_minutes(tmp_path, good):
    good["sessies"][0]["blokken"][1]["minuten"] = 90
    good["sessies"][0]["duur_minuten"] = 135
    assert "meer dan 90 minuten" in error_of(tmp_path, good)


def _card_as_text(data):
    data["kaartensets"][0]["kaarten"][0] = "Wat zie je echt gebeuren?"


def _group_upside_down(data):
    data["werkplaten"][0]["groep"] = {"min": 8, "max": 4}


def _no_group_numbers(data):
    del data["werkplaten"][0]["groep"]


@pytest.mark.parametrize("change, named", [
    (_card_as_text, ["'id:', 'soort:', 'titel:', 'tekst:' en 'fasen:'"]),
    (_group_upside_down, ["werkplaat 'pr-werkplaat', veld 'max'", "kleiner dan het kleinste"]),
    (_no_group_numbers, ["werkplaat 'pr-werkplaat', veld 'groep'", "verplicht"]),
], ids=["card as text", "group upside down", "no group numbers"])
def test_rules_of_the_model_are_named_in_the_one_message_format(tmp_path, good, change, named):
    change(good)
    message = error_of(tmp_path, good)
    assert [part for part in named if part not in message] == []


def test_the_planner_filters_on_the_numbers_not_on_the_words(tmp_path, good):
    from macros.planner import planner_data

    good["werkplaten"][0]["groepsgrootte"] = "vier tot acht mensen"
    good["werkplaten"][0]["groep"] = {"min": 4, "max": 8}
    path = tmp_path / "data.yml"
    path.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    data = planner_data(load_catalog(path), "plannen/", "https://example.org/")
    assert data["werkplaten"][0]["groep"] == [4, 8]
