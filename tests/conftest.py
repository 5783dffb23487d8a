"""Shared fixtures: building sites for real, once per session where possible."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build a site the way `make site` does, and return the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """A copy of the small fixture site, with the project's macros package beside it."""
    project = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", project)
    (project / "macros").symlink_to(ROOT / "macros", target_is_directory=True)
    return project


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with --strict into a temporary folder."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def catalog():
    from macros.loader import load_catalog

    return load_catalog(ROOT / "docs/data/leermateriaal.yml", ROOT / "docs")
