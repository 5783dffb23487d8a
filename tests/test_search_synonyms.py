"""Search in the readers' words: the `zoekwoorden` table of the data file, validated and put into
Material's worker as data (macros/search_stemming.py), then used there (macros/search_compounds.js)."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from macros.loader import load_catalog
from macros.search_stemming import patched_worker
from tests.test_search_worker import CONFIG, HARNESS, MATERIAL_JS, _material_worker, _node

FIXTURE = Path(__file__).parent / "fixtures/mini/docs"
SYNONYMS = {"professional": ["hulpverlener", "zorgverlener", "medewerker"]}


def _error_of(tmp_path: Path, table) -> str:
    data = yaml.safe_load((FIXTURE / "data/leermateriaal.yml").read_text(encoding="utf-8"))
    data["zoekwoorden"] = table
    path = tmp_path / "leermateriaal.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    # The core's error type is being renamed; the message is what a trainer reads.
    with pytest.raises(Exception) as caught:
        load_catalog(path, FIXTURE)
    message = str(caught.value)
    assert "leermateriaal.yml" in message and "zoekwoorden" in message, message
    return message


def test_the_real_table_is_valid_and_maps_readers_words_to_professional(catalog):
    [entry] = [e for e in catalog.data.zoekwoorden if e.site == "professional"]
    assert {"hulpverlener", "zorgverlener", "medewerker"} <= set(entry.lezers)


@pytest.mark.parametrize("table, field", [
    ([{"site": "professional", "lezers": ["twee woorden"]}], "lezers"),
    ([{"site": "professional", "lezers": ["<script>"]}], "lezers"),
    ([{"site": "professional", "lezers": []}], "lezers"),
    ([{"site": "professional", "lezer": ["hulpverlener"]}], "lezer"),
])
def test_a_broken_entry_names_the_field(tmp_path, table, field):
    assert field in _error_of(tmp_path, table)


def test_a_readers_word_leads_to_one_site_word(tmp_path):
    message = _error_of(tmp_path, [{"site": "professional", "lezers": ["hulpverlener"]},
                                   {"site": "begeleider", "lezers": ["hulpverlener"]}])
    assert "'hulpverlener'" in message
    message = _error_of(tmp_path, [{"site": "professional", "lezers": ["a" + "b"]},
                                   {"site": "professional", "lezers": ["cd"]}])
    assert "'professional'" in message


def test_the_table_goes_into_the_worker_as_a_json_literal():
    code = patched_worker(_material_worker().read_text(encoding="utf-8"),
                          synonyms={"cliënt": ["klant\u2028"], "x": ["</script>"]})
    line = next(line for line in code.splitlines() if line.startswith("self.lvSearchSynonyms = "))
    literal = line.removeprefix("self.lvSearchSynonyms = ").removesuffix(";")
    assert literal.isascii()
    assert json.loads(literal) == {"cliënt": ["klant\u2028"], "x": ["</script>"]}


def _found(worker: Path, tmp_path: Path, query: str) -> list[str]:
    """The pages Material's worker (this file) finds for a query on two small pages."""
    docs = [{"location": "wijkteam/", "title": "Het wijkteam",
             "text": "De professional van het wijkteam luistert eerst naar de cliënt."},
            {"location": "fietsen/", "title": "Leren fietsen", "text": "Een kind leert fietsen door los te laten."}]
    index = tmp_path / "search_index.json"
    index.write_text(json.dumps({"config": CONFIG, "docs": docs}), encoding="utf-8")
    result = subprocess.run([_node(), str(HARNESS), str(worker), str(index), query],
                            env={**os.environ, "MATERIAL_JS": str(MATERIAL_JS)}, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return [group[0] for group in json.loads(result.stdout)[query]]


def _worker(tmp_path: Path, synonyms) -> Path:
    worker = tmp_path / ("with" if synonyms else "without") / _material_worker().name
    worker.parent.mkdir()
    worker.write_text(patched_worker(_material_worker().read_text(encoding="utf-8"), synonyms=synonyms),
                      encoding="utf-8")
    return worker


@pytest.mark.parametrize("query", ["hulpverlener", "zorgverleners", "Medewerker"])
def test_the_patched_worker_finds_professional_for_a_readers_word(tmp_path, query):
    assert _found(_worker(tmp_path, None), tmp_path, query) == []
    assert _found(_worker(tmp_path, SYNONYMS), tmp_path, query) == ["wijkteam/"]
