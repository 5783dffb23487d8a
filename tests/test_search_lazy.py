"""The bundle patch that makes Material fetch the search index only when the reader starts to search.

The browser tests (test_browser_search_lazy.py) prove the behaviour; these say, without a build,
whether the pinned Material bundle still has the shape the patch needs.
"""
from __future__ import annotations

from pathlib import Path

import material
import pytest
from mkdocs.exceptions import PluginError

from macros.search_lazy import ANCHORS, MARKER, ORIGINAL, REPLACEMENT, patch_bundle, patched_bundle

[BUNDLE] = (Path(material.__file__).parent / "templates/assets/javascripts").glob("bundle.*.min.js")


def test_the_pinned_bundle_is_patched_once_and_keeps_its_source_map_last():
    code = BUNDLE.read_text(encoding="utf-8")
    patched = patched_bundle(code)
    assert ORIGINAL not in patched and patched.count(REPLACEMENT) == 1
    assert patched.rstrip().splitlines()[-1].startswith("//# sourceMappingURL=")
    assert patched.index(REPLACEMENT) < patched.index(MARKER)
    # A second build over the same site changes nothing.
    assert patched_bundle(patched) == patched


@pytest.mark.parametrize("missing", [ORIGINAL] + [anchor for _, anchor in ANCHORS])
def test_a_changed_bundle_stops_the_build_with_a_message(tmp_path, missing):
    folder = tmp_path / "assets/javascripts"
    folder.mkdir(parents=True)
    (folder / BUNDLE.name).write_text(BUNDLE.read_text(encoding="utf-8").replace(missing, "/*weg*/"),
                                      encoding="utf-8")
    with pytest.raises(PluginError, match="zoekindex"):
        patch_bundle(tmp_path)
