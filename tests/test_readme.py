"""The README's examples are real: every YAML block validates against the model, and the data
file's header comment says what the model says."""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT
from macros import model

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```yaml\n(.*?)```", README, re.S)


def _model_for(item: dict) -> type[model.BaseModel]:
    """Which kind of item a README example shows, by the fields only that kind has."""
    for fields, kind in [({"stappen"}, model.Werkplaat), ({"vragen"}, model.PromptSet),
                         ({"kaarten"}, model.Deck), ({"soort", "titel", "tekst"}, model.Card),
                         ({"blokken"}, model.Session), ({"nummer", "pagina"}, model.Module)]:
        if fields <= set(item):
            return kind
    raise AssertionError(f"an example the test does not know: {sorted(item)}")


def test_the_readme_has_its_examples():
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.strip().splitlines()[0][:40])
def test_every_yaml_example_in_the_readme_validates(block):
    data = yaml.safe_load(block)
    if isinstance(data, dict):  # a whole section, as in "Eigen kaartjes van een team toevoegen"
        items = [(name, item) for name, values in data.items() for item in values]
        assert all(name in model.LearningData.model_fields for name, _ in items)
        data = [item for _, item in items]
    for item in data:
        _model_for(item).model_validate(item)


def test_the_werkplaat_example_adds_up():
    werkplaat = next(yaml.safe_load(b)[0] for b in BLOCKS if "stappen:" in b)
    assert sum(step["minuten"] for step in werkplaat["stappen"]) == werkplaat["duur_minuten"]


def test_the_data_file_header_matches_the_model():
    header = "".join(line for line in (ROOT / "docs/data/leermateriaal.yml").open(encoding="utf-8")
                     if line.startswith("#"))
    for section in model.LearningData.model_fields:
        assert section in header, section
    assert f"hoogstens {model.CARD_TITLE_MAX} tekens" in header
    assert f"hoogstens {model.CARD_TEXT_MAX} tekens" in header
    assert all(phase in header for phase in model.PHASES)
    assert "A7" not in header and "A7" not in README
