"""The real site for the tests: built once, shared by every pytest worker, and kept while its inputs stay.

The build takes about a minute. `make test` runs pytest in parallel (pytest-xdist), and each worker
would otherwise build the same site again. So the site lives in `.cache/test-site/<key>/`, where the
key is a hash of everything the build reads: the sources (mkdocs.yml, docs/, overrides/, macros/),
the installed packages, Python, the engine, and the build date (the sitemap carries it). The first
process to take the folder's lock builds; the others wait for it and then read the same folder.
A change in any input gives a new key, so broken code is always built and tested afresh.

A process holds a shared lock on the site it uses, so a run with other inputs removes only the
folders that nobody reads. The shared site is read-only: a test that needs a changed file
serves it through `site_url` (see conftest.serve_instead) or works on a copy.
"""
from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from macros.offline import engine

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "test-site"
INPUTS = ["mkdocs.yml", "docs", "overrides", "macros"]
# What changes the output without being a file (besides the engine): the offline switch, a fixed build date.
ENVIRONMENT = ["OFFLINE", "SOURCE_DATE_EPOCH"]
ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def run_build(project: Path, site_dir: Path, *options: str) -> subprocess.CompletedProcess:
    """Build a site the way `make site` does (with the engine ENGINE names), and return the finished process."""
    return subprocess.run(
        [sys.executable, "-m", engine(), "build", "--strict", *options, "--site-dir", str(site_dir)],
        cwd=project, env={**os.environ, **ENV}, capture_output=True, text=True, timeout=600,
    )


def inputs_key() -> str:
    """A hash of everything the real build reads; the same key means the same site."""
    digest = hashlib.sha256()
    for name in INPUTS:
        top = ROOT / name
        for path in sorted([top] if top.is_file() else top.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"{path.relative_to(ROOT).as_posix()}\0".encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    for text in [sys.version, engine(), time.strftime("%Y-%m-%d", time.gmtime()), *packages,
                 *(f"{name}={os.environ.get(name, '')}" for name in ENVIRONMENT)]:
        digest.update(f"{text}\0".encode())
    return digest.hexdigest()[:16]


def _build_into(folder: Path) -> str | None:
    """Build the real site and its offline zip into folder/site; return the error output, or None."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    result = run_build(ROOT, folder / "site")
    if result.returncode != 0:
        return "De echte site bouwt niet:\n" + result.stdout + result.stderr
    # `make site` also packs the offline edition into the site; so does the shared build.
    offline = subprocess.run([sys.executable, "-m", "macros.offline", "--site-dir", str(folder / "site")],
                             cwd=ROOT, capture_output=True, text=True, timeout=600)
    if offline.returncode != 0:
        return "De offline versie bouwt niet:\n" + offline.stdout + offline.stderr
    return None


def _remove_unused(keep: str) -> None:
    """Remove the sites of other inputs that no process uses (a stale site is never read again)."""
    for use_path in CACHE.glob("*.use"):
        if use_path.stem == keep:
            continue
        with use_path.open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # another run still reads it
            shutil.rmtree(CACHE / use_path.stem, ignore_errors=True)
            (CACHE / f"{use_path.stem}.build").unlink(missing_ok=True)
            use_path.unlink(missing_ok=True)


class SharedSite:
    """One per process: start() begins building (or waiting) in the background, path() waits for the result."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._guard = threading.Lock()
        self._result: Path | str | None = None
        self._handle = None  # the open `.use` file; its shared lock lasts as long as this process

    def start(self) -> None:
        with self._guard:
            if self._thread is None:
                self._thread = threading.Thread(target=self._prepare, name="real-site", daemon=True)
                self._thread.start()

    def path(self) -> Path:
        self.start()
        self._thread.join()
        if not isinstance(self._result, Path):
            raise AssertionError(self._result or "de echte site is niet gebouwd")
        return self._result

    def _prepare(self) -> None:
        try:
            self._result = self._obtain()
        except Exception as error:  # noqa: BLE001 - the waiting test reports it
            self._result = f"{type(error).__name__}: {error}"

    def _obtain(self) -> Path | str:
        key = inputs_key()
        CACHE.mkdir(parents=True, exist_ok=True)
        folder, ready = CACHE / key, CACHE / key / "ready"
        # Two locks: `.use` is held shared while this process reads the site, so no other run removes
        # it; `.build` is held by one process at a time while it checks and, if needed, builds.
        self._handle = (CACHE / f"{key}.use").open("a")
        fcntl.flock(self._handle, fcntl.LOCK_SH)
        with (CACHE / f"{key}.build").open("a") as build_lock:
            fcntl.flock(build_lock, fcntl.LOCK_EX)
            # One failed build is reported to every worker of the same run, instead of building it again.
            failed = folder / f"failed-{os.environ.get('PYTEST_XDIST_TESTRUNUID', os.getpid())}"
            if failed.exists():
                return failed.read_text(encoding="utf-8")
            if not ready.exists():
                error = _build_into(folder)
                if error:
                    failed.write_text(error, encoding="utf-8")
                    return error
                ready.touch()
                _remove_unused(keep=key)
        return folder / "site"
