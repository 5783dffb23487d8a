"""Generated downloads, made once per distinct input and in parallel: the asset cache.

The drawing lives by job in `images.py` (Pillow), `pdfs.py` (fpdf2) and `qr.py` (segno); each
is a pure function of its arguments, so the output is the same on every machine. Each file is
cached under `.cache/assets/` by the hash of its job: the drawing function's qualified name, the
build's fingerprint (the drawing modules' source, the design spec and the font bytes, see
macros/build.py) and the real arguments. Nothing is listed by hand, so a changed colour, font or line of
drawing code gives new keys, and nothing stale can be copied. A build with
unchanged data only copies files from the cache; a cold build draws the missing files in
worker processes, one per core, and writes them in the same place as one process would: the
bytes of a file do not depend on which process drew it, or when.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import design


# The modules whose code decides the bytes of a drawn file.
DRAWING_MODULES = ("images", "pdfs", "qr", "inline", "design", "model")
# Starting worker processes costs about half a second; a few files (one saved card in
# `make serve`) are drawn faster in the build's own process.
SERIAL_LIMIT = 8
# The modules a worker needs, imported once in the fork server rather than in every worker.
WORKER_MODULES = ["macros.images", "macros.pdfs", "macros.qr"]


@dataclass(frozen=True)
class Job:
    """One file to draw: a module-level function and its arguments, so a worker can import and run it."""

    cached: Path
    make: Callable[..., bytes]
    args: tuple


def fingerprint() -> str:
    """What every drawn file depends on besides its arguments: the drawing code, the design, the fonts.

    The design spec is hashed as data too, so a colour set by code (or by a test) counts as well."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in DRAWING_MODULES:
        digest.update(name.encode() + b"\0" + (here / f"{name}.py").read_bytes())
    digest.update(json.dumps(design.spec(), sort_keys=True).encode())
    for font in sorted(design.FONTS.glob("*.ttf")):
        digest.update(font.name.encode() + b"\0" + font.read_bytes())
    return digest.hexdigest()


def _plain(value: object) -> object:
    """Arguments as JSON: models by their fields, anything else by its text."""
    dump = getattr(value, "model_dump", None)
    return dump(mode="json") if callable(dump) else str(value)


def job_key(fingerprint: str, make: Callable[..., bytes], args: tuple) -> str:
    """The cache key of one file: what draws it, with which code and design, from which arguments."""
    job = [f"{make.__module__}.{make.__qualname__}", fingerprint, list(args)]
    text = json.dumps(job, sort_keys=True, ensure_ascii=False, default=_plain)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def _draw(job: Job) -> bytes:
    return job.make(*job.args)


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _pool(workers: int) -> ProcessPoolExecutor:
    # A fork server, not a fork of the build: `mkdocs serve` runs threads (the file watcher, the
    # web server), and forking a process with threads can copy a held lock into the child.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_MODULES)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


@dataclass
class AssetCache:
    """Collects the files a build needs, draws the missing ones, and copies all into the site."""

    folder: Path
    fingerprint: str
    made: int = 0
    reused: int = 0
    _wanted: list[tuple[Path, Path]] = field(default_factory=list)
    _missing: dict[Path, Job] = field(default_factory=dict)

    def provide(self, target: Path, make: Callable[..., bytes], *args) -> None:
        """Ask for `target`, made by `make(*args)`: a module-level function of its arguments only."""
        cached = self.folder / f"{job_key(self.fingerprint, make, args)}{target.suffix}"
        self._wanted.append((target, cached))
        if cached.exists() or cached in self._missing:
            self.reused += 1
        else:
            self._missing[cached] = Job(cached, make, args)

    def finish(self, workers: int | None = None) -> None:
        """Draw what is missing, then copy every wanted file into the site."""
        # PDFs take longest; handing them out first keeps both cores busy until the end.
        jobs = sorted(self._missing.values(), key=lambda job: job.cached.suffix != ".pdf")
        workers = min(workers or _workers(), len(jobs))
        if workers > 1 and len(jobs) > SERIAL_LIMIT:
            with _pool(workers) as pool:
                drawn = list(pool.map(_draw, jobs, chunksize=1))
        else:
            drawn = [_draw(job) for job in jobs]
        if jobs:
            self.folder.mkdir(parents=True, exist_ok=True)
        for job, data in zip(jobs, drawn):
            # Other builds may share the cache folder; a rename is atomic, a half-written file is not.
            partial = job.cached.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(data)
            partial.replace(job.cached)
        self.made += len(jobs)
        self._missing.clear()
        for target, cached in self._wanted:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cached, target)
        self._wanted.clear()
