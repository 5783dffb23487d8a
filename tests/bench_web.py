"""The browser half of `make bench`: first-view bytes and Lighthouse, ours against stock Material.

Both sites are served the way a static host serves them: text compressed with gzip, as GitHub
Pages does. Python's http.server sends everything uncompressed, which cost a Material page 20
points of mobile performance in earlier runs; that measured the server, not the site.

The baseline is built in the same run: `mkdocs new` with `theme: material` and `font: false`
(no Google Fonts request, like ours), and the text of one of our module pages as its only page.
"""
from __future__ import annotations

import functools
import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
# Outside the repository: the benchmark's node tools never mix with the project's files.
LIGHTHOUSE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "leerlijn-bench"
LIGHTHOUSE_VERSION = "13.5.0"
COMPRESSED = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


# ----------------------------------------------------------------------------
# A static host with gzip
# ----------------------------------------------------------------------------

class GzipHandler(SimpleHTTPRequestHandler):
    """http.server with what every static host adds: gzip for text, and a short cache lifetime."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", "") or \
                not kind.startswith(COMPRESSED):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
        self.end_headers()
        return io.BytesIO(body)


def serve(site: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


# ----------------------------------------------------------------------------
# The stock Material baseline
# ----------------------------------------------------------------------------

def stock_material(work: Path, page_text: str, build) -> Path:
    """`mkdocs new` with the Material theme, our module text as its page; returns the built site."""
    project = work / "stock"
    subprocess.run([sys.executable, "-m", "mkdocs", "new", str(project)], env=ENV, check=True,
                   capture_output=True)
    (project / "mkdocs.yml").write_text(
        "site_name: Stock Material\ntheme:\n  name: material\n  font: false\n"
        # The module text links to its sibling pages, which the one-page baseline does not have.
        "validation:\n  links:\n    not_found: info\n    anchors: info\n    unrecognized_links: info\n",
        encoding="utf-8")
    (project / "docs/index.md").write_text(page_text, encoding="utf-8")
    build(project, work / "stock-site")
    return work / "stock-site"


# ----------------------------------------------------------------------------
# First-view bytes
# ----------------------------------------------------------------------------

def page_weight(site: Path, pages: dict[str, str]) -> dict:
    """Bytes on the wire (gzip where the server compresses) for the first view, images excluded."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import CHROMIUM_ARGS

    server, base = serve(site)
    weights = {}
    with sync_playwright() as playwright:
        # The desktop chromium, as a reader has it: the tests' headless shell never asks for the favicon.
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for name, path in pages.items():
            page = browser.new_page()
            responses = []
            page.on("response", lambda response, found=responses: found.append(response))
            # Every script and stylesheet of the page first (load), then what comes after (networkidle). Under
            # load from other work, networkidle alone once returned before the page's own script was counted.
            page.goto(base + path, wait_until="load")
            page.wait_for_load_state("networkidle")
            wire = raw = count = 0
            files = []
            for response in responses:
                if response.request.resource_type in {"image", "media"}:
                    continue
                try:
                    raw += len(response.body())
                    wire += response.request.sizes()["responseBodySize"]
                    count += 1
                    files.append(response.url.removeprefix(base.rstrip("/")))
                except Exception:  # a redirect or an aborted request has no body
                    pass
            page.close()
            weights[name] = {"requests": count, "raw": raw, "gzip": wire, "files": files}
        browser.close()
    server.shutdown()
    return weights


def search_index(site: Path) -> dict:
    data = (site / "search/search_index.json").read_bytes()
    return {"raw": len(data), "gzip": len(gzip.compress(data, 6, mtime=0)),
            "entries": len(json.loads(data)["docs"])}


# ----------------------------------------------------------------------------
# Lighthouse
# ----------------------------------------------------------------------------

def _lighthouse_binary() -> Path:
    binary = LIGHTHOUSE_DIR / "node_modules/.bin/lighthouse"
    if not binary.exists():
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", f"lighthouse@{LIGHTHOUSE_VERSION}"],
                       cwd=LIGHTHOUSE_DIR, check=True, capture_output=True)
    return binary


def _audit(binary: Path, url: str, preset: str) -> dict | None:
    """One Lighthouse run: scores (0-100) and FCP, LCP and TBT (ms); None where Lighthouse failed."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        args = [str(binary), url, "--quiet", "--output=json", f"--output-path={report.name}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
                "--only-categories=performance,accessibility,best-practices,seo"]
        if preset == "desktop":
            args.append("--preset=desktop")
        try:
            subprocess.run(args, env={**ENV, "CHROME_PATH": "/usr/bin/chromium"}, capture_output=True, timeout=240)
        except subprocess.TimeoutExpired:
            return None
        try:
            data = json.loads(Path(report.name).read_text(encoding="utf-8"))
            # A category Lighthouse could not score is a failed run, not a score of 0 in the median.
            if data.get("runtimeError") or any(value["score"] is None for value in data["categories"].values()):
                return None
            result = {key: round(value["score"] * 100) for key, value in data["categories"].items()}
            for key, audit in (("fcp", "first-contentful-paint"), ("lcp", "largest-contentful-paint"),
                               ("tbt", "total-blocking-time")):
                result[key] = data["audits"][audit]["numericValue"]
            return result
        except (json.JSONDecodeError, KeyError, FileNotFoundError):
            return None


def _median(runs: list[dict]) -> dict | None:
    """The median of each value over the runs that succeeded (the upper one of an even count)."""
    done = [run for run in runs if run]
    if not done:
        return None
    middle = len(done) // 2
    result = {key: sorted(run[key] for run in done)[middle] for key in done[0]}
    return {**result, "runs": len(done), "performance_runs": [run["performance"] for run in done]}


def lighthouse(sites: dict[str, tuple[Path, str]], presets=("mobile", "desktop"), runs: dict | None = None) -> dict:
    """The median of several Lighthouse runs per page and preset, with the runs of all pages interleaved,
    so a busy moment on the machine falls on every page alike instead of on one. One run's performance
    score moved between 87 and 100 on a two-core machine (BENCHMARKS.md, section 7), which is more than
    the difference the targets ask about. sites maps a name to (built site, path); runs maps a
    (name, preset) to its number of runs (default 1)."""
    binary = _lighthouse_binary()
    servers = {}
    runs = runs or {}
    results: dict[tuple[str, str], list] = {(name, preset): [] for name in sites for preset in presets}
    try:
        for site, _ in sites.values():
            if site not in servers:
                servers[site] = serve(site)
        for round_ in range(max([1, *runs.values()])):
            for (name, preset), done in results.items():
                if round_ < runs.get((name, preset), 1):
                    site, path = sites[name]
                    done.append(_audit(binary, servers[site][1] + path, preset))
    finally:
        for server, _ in servers.values():
            server.shutdown()
    return {key: _median(done) for key, done in results.items()}


# ----------------------------------------------------------------------------
# The report: sections 4 and 5 of BENCHMARKS.md
# ----------------------------------------------------------------------------

def _targets(weights: dict, scores: dict) -> list[str]:
    """Issue 24's targets for a module page, each with our value, stock's and whether it is met."""
    ours, stock = weights["module"], weights["stock"]
    mobile, stock_mobile = scores.get(("module", "mobile")), scores.get(("stock", "mobile"))
    rows = [("requests on a module page", "at most 9", ours["requests"], stock["requests"], ours["requests"] <= 9),
            ("first view, gzip", "at most 85 KB", f"{ours['gzip'] / 1024:.0f} KB", f"{stock['gzip'] / 1024:.0f} KB",
             ours["gzip"] <= 85 * 1024)]
    if mobile and stock_mobile:
        rows += [("mobile performance", "at least stock's", mobile["performance"], stock_mobile["performance"],
                  mobile["performance"] >= stock_mobile["performance"]),
                 ("mobile FCP", "at most 1.1 x stock", f"{mobile['fcp']:.0f} ms ({mobile['fcp'] / stock_mobile['fcp']:.2f} x)",
                  f"{stock_mobile['fcp']:.0f} ms", mobile["fcp"] <= 1.1 * stock_mobile["fcp"])]
        rows += [(f"mobile {key}", "100", mobile[key], stock_mobile[key], mobile[key] == 100)
                 for key in ("accessibility", "best-practices", "seo")]
    lines = ["| target (module page) | goal | ours | stock | met |", "| --- | --- | ---: | ---: | --- |"]
    lines += [f"| {name} | {goal} | {value} | {base} | {'yes' if met else '**no**'} |" for name, goal, value, base, met in rows]
    return lines


def _module_requests(weights: dict) -> list[str]:
    """What the module page asked for, so the count can be checked; and whether the web app manifest was among it."""
    files = weights["module"].get("files", [])
    manifest = any(file.endswith(".webmanifest") for file in files)
    return ["The module page's requests: " + ", ".join(f"`{file}`" for file in files) + ".",
            "The web app manifest is " + ("one of them." if manifest else
            "not among them: Chromium fetches it only when it checks whether the site can be installed.")]


def report(weights: dict, indexes: dict, scores: dict, pages: dict[str, str]) -> str:
    lines = ["## 4. Page weight, first view (images excluded)", "",
             f"Measured {time.strftime('%Y-%m-%d')}. Both sites served with gzip, as GitHub Pages serves them. "
             "*Stock* is `mkdocs new` with `theme: material` and `font: false`, built in the same run, with the "
             "text of our first module (macro output included) as its only page. The first view is everything "
             "the page loads until the network is idle; the search index comes later, when the reader searches.",
             "", *_targets(weights, scores), "", *_module_requests(weights), "",
             "| page | requests | raw | on the wire (gzip) | ratio to stock |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, weight in weights.items():
        address = "stock Material" if name == "stock" else f"{name} (`/{pages[name]}`)"
        lines.append(f"| {address} | {weight['requests']} | {weight['raw'] / 1024:.0f} KB | "
                     f"{weight['gzip'] / 1024:.0f} KB | {weight['gzip'] / weights['stock']['gzip']:.2f} |")
    lines += ["", "| search index (fetched when the reader starts to search) | entries | raw | gzip |",
              "| --- | ---: | ---: | ---: |"]
    for name, size in indexes.items():
        lines.append(f"| {name} | {size['entries']} | {size['raw'] / 1024:.0f} KB | {size['gzip'] / 1024:.0f} KB |")
    load = os.getloadavg()[2]
    lines += ["", "## 5. Lighthouse, served with gzip", "",
              "Each cell: our value, then the ratio to stock Material in the same form. Scores are 0-100; "
              "for FCP, LCP and TBT (Total Blocking Time, milliseconds) a ratio under 1 is faster than stock. "
              "A row with more than one run shows the median of each value; the runs of all pages take turns. "
              f"The machine's load averaged {load:.1f} over the last 15 minutes of the run ({os.cpu_count()} cores): "
              "the times and the performance score move with it, bytes and requests do not.", "",
              "| page | form | runs | performance | accessibility | best practices | SEO | FCP | LCP | TBT |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    keys = ("performance", "accessibility", "best-practices", "seo", "fcp", "lcp", "tbt")
    for (name, preset), score in scores.items():
        stock = scores.get(("stock", preset))
        if score is None:
            lines.append(f"| {name} | {preset} | 0 | failed | | | | | | |")
            continue
        cells = []
        for key in keys:
            value = f"{score[key]:.0f}"
            if name != "stock" and stock and stock[key] >= 1:
                value += f" ({score[key] / stock[key]:.2f})"
            cells.append(value)
        lines.append(f"| {name} | {preset} | {score['runs']} | " + " | ".join(cells) + " |")
    several = [f"{name} {preset}: {', '.join(map(str, score['performance_runs']))}"
               for (name, preset), score in scores.items() if score and score["runs"] > 1]
    if several:
        lines += ["", "The performance score of each run, in order: " + "; ".join(several) + "."]
    return "\n".join(lines) + "\n"
