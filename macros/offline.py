"""Build the offline edition and pack it as a zip: `python -m macros.offline [--site-dir site]`.

Training rooms often have bad Wi-Fi. The zip holds the whole site, search included, and works
when opened from disk (file://). It is built as a second build of the engine with OFFLINE=true, in a
separate process, so its file-style URLs never mix with the online build.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The engine is one variable, ENGINE, set in the Makefile (and read here and by the tests): "mkdocs" or
# "properdocs". Both run as `python -m <engine>`.
DEFAULT_ENGINE = "mkdocs"


def engine() -> str:
    return os.environ.get("ENGINE") or DEFAULT_ENGINE


ZIP_NAME = "leerlijn-offline.zip"
ZIP_PATH = f"downloads/{ZIP_NAME}"
TOP_FOLDER = "leerlijn-vertrouwen"
# A fixed date inside the zip, so the same site gives the same bytes.
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def build_offline(target: Path) -> None:
    env = {**os.environ, "OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run([sys.executable, "-m", engine(), "build", "--strict", "--quiet",
                             "--site-dir", str(target)], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"De offline versie kon niet gebouwd worden:\n{result.stdout}{result.stderr}")


def write_zip(source: Path, zip_file: Path) -> None:
    zip_file.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_file, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{TOP_FOLDER}/{path.relative_to(source).as_posix()}", ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", default=str(ROOT / "site"), help="the online build to put the zip in")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        build_offline(Path(folder) / "offline")
        write_zip(Path(folder) / "offline", Path(args.site_dir) / ZIP_PATH)
    print(f"Offline versie: {Path(args.site_dir) / ZIP_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
