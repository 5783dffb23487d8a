"""The site after one visit without internet: a service worker and a web app manifest, written by the build.

There is no maintained MkDocs plugin for this, and Workbox would bring a Node build step and a library
of its own into a site that builds with Python alone. So this small step writes, after every other
step of the build (the security policy included, so the pages are final):
- `sw.js` at the site's root, so its scope is the site (also under /leerlijn/). It holds a list of the
  files to keep, each with a revision (the start of its SHA-256), and the logic in service_worker.js:
  a changed file is fetched again, an unchanged one is copied from the last version, and the new
  version waits until the reader chooses "vernieuwen" (docs/assets/js/nieuwe-versie.js);
- `manifest.webmanifest` and two icons, so a begeleider can put the site on a phone's home screen.
Nothing from another site is listed, and the worker answers only requests for its own scope.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PIL import Image, ImageDraw

WORKER = Path(__file__).with_name("service_worker.js")
# What a visitor never needs offline, or gets as a download: the zip, PDFs, QR codes, link previews, source maps.
SKIPPED_FOLDERS = ("downloads/", "assets/social/")
SKIPPED_ENDINGS = (".map", ".ts", ".zip", ".pdf", "sw.js", ".webmanifest")
ICON_SIZES = (192, 512)
COLOUR = "#00796b"  # the favicon's colour (docs/assets/favicon.svg)


def _address(relative: str) -> str:
    """The address a browser asks for: a folder for an index.html, as the site links to it online."""
    if relative == "index.html":
        return "./"
    return relative[: -len("index.html")] if relative.endswith("/index.html") else relative


def precache_list(site_dir: Path) -> list[list[str]]:
    """[[address, revision], ...] of every file the site needs offline, sorted, so a build gives the same list."""
    out = []
    for path in sorted(site_dir.rglob("*")):
        relative = path.relative_to(site_dir).as_posix()
        if not path.is_file() or relative.startswith(SKIPPED_FOLDERS) or relative.endswith(SKIPPED_ENDINGS):
            continue
        out.append([_address(relative), hashlib.sha256(path.read_bytes()).hexdigest()[:12]])
    return out


def _icon(size: int) -> Image.Image:
    """The favicon (a tick on a green square) drawn at size, for the home screen."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    unit = size / 32
    draw.rounded_rectangle((0, 0, size - 1, size - 1), radius=6 * unit, fill=COLOUR)
    draw.line([(8 * unit, 17 * unit), (13 * unit, 22 * unit), (24 * unit, 10 * unit)], fill="white",
              width=round(3.5 * unit), joint="curve")
    return image


def manifest(site_name: str) -> dict:
    return {"name": site_name, "short_name": "Vertrouwen", "lang": "nl", "start_url": "./", "scope": "./",
            "display": "standalone", "background_color": "#ffffff", "theme_color": COLOUR,
            "icons": [{"src": f"assets/images/icoon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png"}
                      for size in ICON_SIZES]}


def write(site_dir: Path, site_name: str) -> None:
    """Writes the icons, the manifest and, last, the worker with the list of every file (icons included)."""
    (site_dir / "assets/images").mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        _icon(size).save(site_dir / f"assets/images/icoon-{size}.png", optimize=True)
    (site_dir / "manifest.webmanifest").write_text(json.dumps(manifest(site_name), ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
    files = precache_list(site_dir)
    version = hashlib.sha256(json.dumps(files).encode()).hexdigest()[:12]
    code = WORKER.read_text(encoding="utf-8")
    code = code.replace('"__VERSION__"', json.dumps(version)).replace("[/* __FILES__ */]", json.dumps(files))
    (site_dir / "sw.js").write_text(code, encoding="utf-8")
