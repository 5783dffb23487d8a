"""The bundle patch that makes Material start its search only when the reader starts to search.

The browser tests (test_browser_search_lazy.py) prove the behaviour; these say, without a build,
whether the pinned Material bundle still has the shape the patch needs.
"""
from __future__ import annotations

import json
from pathlib import Path

import material
import pytest

from macros.errors import BuildError
from macros.search_lazy import ANCHORS, REWRITES, patch_bundle, patched_bundle, prelude

[BUNDLE] = (Path(material.__file__).parent / "templates/assets/javascripts").glob("bundle.*.min.js")


def test_the_pinned_bundle_is_patched_once_behind_its_strict_mode():
    code = BUNDLE.read_text(encoding="utf-8")
    patched = patched_bundle(code)
    for _purpose, original, replacement in REWRITES:
        assert original not in patched and patched.count(replacement) == 1
    # The starter runs first, so `lvSearch` exists when the bundle sets up its search.
    assert patched.startswith('"use strict";') and patched.index("self.lvSearch =") < patched.index("(()=>{")
    assert patched.rstrip().splitlines()[-1].startswith("//# sourceMappingURL=")
    # A second build over the same site changes nothing.
    assert patched_bundle(patched) == patched


def test_the_source_map_moves_down_with_the_bundle(tmp_path):
    folder = tmp_path / "assets/javascripts"
    folder.mkdir(parents=True)
    (folder / BUNDLE.name).write_text(BUNDLE.read_text(encoding="utf-8"), encoding="utf-8")
    original = json.loads(Path(f"{BUNDLE}.map").read_text(encoding="utf-8"))
    (folder / f"{BUNDLE.name}.map").write_text(json.dumps(original), encoding="utf-8")
    patch_bundle(tmp_path)
    shifted = json.loads((folder / f"{BUNDLE.name}.map").read_text(encoding="utf-8"))
    lines = prelude().count("\n")
    assert lines > 5 and shifted["mappings"] == ";" * lines + original["mappings"]
    assert shifted["sources"] == original["sources"]


@pytest.mark.parametrize("missing", [original for _, original, _ in REWRITES] + [anchor for _, anchor in ANCHORS])
def test_a_changed_bundle_stops_the_build_with_a_message(tmp_path, missing):
    folder = tmp_path / "assets/javascripts"
    folder.mkdir(parents=True)
    (folder / BUNDLE.name).write_text(BUNDLE.read_text(encoding="utf-8").replace(missing, "/*weg*/"),
                                      encoding="utf-8")
    with pytest.raises(BuildError, match="zoekindex"):
        patch_bundle(tmp_path)
