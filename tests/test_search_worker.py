"""The search worker patch: Dutch stems and compounds, run in node against Material's own worker.

The browser tests (test_browser_search.py) prove the same on the real site; these run in a
second, without a build, and say which of the two rewrites broke when Material changes.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import material
import pytest
from macros.errors import BuildError

from macros.search_stemming import MARKER, REWRITES, patch_search_worker, patched_worker

ROOT = Path(__file__).resolve().parent.parent
MATERIAL_JS = Path(material.__file__).parent / "templates/assets/javascripts"
HARNESS = ROOT / "tests/js/material-worker.js"
# The search config of search_index.json, as our mkdocs.yml makes it.
CONFIG = {"lang": ["nl"], "separator": "[\\s\\-]+", "pipeline": ["stemmer", "stopWordFilter", "trimmer"],
          "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}}
DOCS = [
    {"location": "keten/", "title": "Samenwerken in de keten",
     "text": "De partners in de keten maken afspraken over het werk en over elkaars rol."},
    {"location": "vertrouwen/", "title": "Wat is vertrouwen?",
     "text": "Een band van vertrouwen groeit in kleine stappen. Samenwerking vraagt geduld."},
    {"location": "fietsen/", "title": "Leren fietsen", "text": "Een kind leert fietsen door los te laten."},
]


def _node() -> str:
    node = shutil.which("node")
    assert node, "node ontbreekt: draai `make test` (installeert Debians nodejs) of `apt-get install nodejs`"
    return node


def _material_worker() -> Path:
    [worker] = (MATERIAL_JS / "workers").glob("search.*.min.js")
    return worker


def _search(worker: Path, tmp_path: Path, *queries: str) -> dict[str, list[str]]:
    """The pages each query finds with this worker file, best first."""
    index = tmp_path / "search_index.json"
    index.write_text(json.dumps({"config": CONFIG, "docs": DOCS}), encoding="utf-8")
    result = subprocess.run([_node(), str(HARNESS), str(worker), str(index), *queries],
                            env={**os.environ, "MATERIAL_JS": str(MATERIAL_JS)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return {query: [group[0] for group in groups] for query, groups in json.loads(result.stdout).items()}


@pytest.fixture
def patched(tmp_path: Path) -> Path:
    worker = tmp_path / "workers" / _material_worker().name
    worker.parent.mkdir()
    worker.write_text(patched_worker(_material_worker().read_text(encoding="utf-8")), encoding="utf-8")
    return worker


def test_the_pinned_material_worker_takes_both_rewrites_once(patched):
    code = patched.read_text(encoding="utf-8")
    for _purpose, original, replacement in REWRITES:
        assert original not in code
        assert code.count(replacement) == 1
    assert code.count(MARKER) == 1
    # The source map comment stays last, where browsers look for it.
    assert code.rstrip().splitlines()[-1].startswith("//# sourceMappingURL=")
    assert patched_worker(code) == code, "a second build must not patch twice"


@pytest.mark.parametrize("purpose", [purpose for purpose, _, _ in REWRITES])
def test_a_changed_worker_stops_the_build_and_says_what_is_lost(purpose, tmp_path):
    code = _material_worker().read_text(encoding="utf-8")
    original = next(o for p, o, _ in REWRITES if p == purpose)
    site = tmp_path / "site"
    worker = site / "assets/javascripts/workers" / _material_worker().name
    worker.parent.mkdir(parents=True)
    worker.write_text(code.replace(original, original.replace("r", "q")), encoding="utf-8")
    with pytest.raises(BuildError, match=purpose):
        patch_search_worker(site)


def test_compounds_and_inflections_find_nothing_in_stock_material(tmp_path):
    # The reason for the patch: without it these queries come back empty.
    found = _search(_material_worker(), tmp_path, "werkafspraken", "ketenpartner", "afspraken")
    assert found == {"werkafspraken": [], "ketenpartner": [], "afspraken": []}


@pytest.mark.parametrize("query, expected", [
    ("werkafspraken", "keten/"),           # werk + afspraken
    ("ketenpartner", "keten/"),            # keten + partner(s)
    ("vertrouwensband", "vertrouwen/"),    # vertrouwen + s + band
    ("samenwerkingsafspraken", "keten/"),  # the reverse: a longer compound finds its parts
    ("samenwerkingsafspraken", "vertrouwen/"),
    ("kinderfiets", None),                 # "kinder" is no word of this index: no guess
    ("afspraken", "keten/"),               # inflected forms through the stemmer
    ("samenwerking", "keten/"),
    ("werkafspr", "keten/"),               # still typing: the last part as a prefix
])
def test_the_patched_worker_finds_compounds_by_their_parts(patched, tmp_path, query, expected):
    found = _search(patched, tmp_path, query)[query]
    if expected is None:
        assert found == []
    else:
        assert expected in found, found


def test_compound_parts_that_stand_together_rank_first(patched, tmp_path):
    # "werk" and "afspraken" stand together only on the keten page.
    assert _search(patched, tmp_path, "werkafspraken")["werkafspraken"][0] == "keten/"


def test_the_node_tests_pass():
    """tests/js/*.test.js: the compound splitter and the own-cards logic, under `node --test`."""
    result = subprocess.run([_node(), "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "MATERIAL_JS": str(MATERIAL_JS)}, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout
