"""The JSON Schema for editors and the build's validation come from one model, and agree."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from macros.schema import SCHEMA_FILE, schema_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "docs/data/leermateriaal.yml"


def test_committed_schema_is_the_generated_one():
    assert (ROOT / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text(), "run `make schema`"


def test_data_file_points_editors_at_the_schema():
    first_line = DATA.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=leermateriaal.schema.json"


@pytest.mark.parametrize("data_file", [DATA, ROOT / "tests/fixtures/mini/docs/data/leermateriaal.yml"])
def test_data_files_validate_against_the_schema(data_file):
    schema = json.loads((ROOT / SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(yaml.safe_load(data_file.read_text(encoding="utf-8")))


def test_schema_rejects_what_the_build_rejects():
    schema = json.loads((ROOT / SCHEMA_FILE).read_text(encoding="utf-8"))
    bad = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    bad["kaartensets"][0]["kaarten"][0]["soort"] = "praat"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)
