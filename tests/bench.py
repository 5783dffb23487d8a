"""The performance benchmark: `make bench`. It measures and reports; it asserts nothing.

1. Full build time of the real site, with a cold and a warm asset cache.
2. Scale: build time for generated data of 1x, 10x and 30x the real site's size.
3. Macro overhead: the real site against the same pages with the macro output pasted in.
4. Page weight: bytes on the wire for the first view of three pages, images excluded, and the
   size of the search index.
5. Lighthouse (npm `lighthouse` with Debian chromium), mobile and desktop, for those pages.
6. Typing in the own-cards maker with the CPU slowed four times: long tasks (tests/bench_own_cards.py).

4 and 5 serve both sites with gzip, as GitHub Pages does, and compare with a stock Material
site built in the same run (tests/bench_web.py). The table goes to standard output and to
BENCHMARKS.md.
"""
from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros import addresses  # noqa: E402
from macros.offline import engine  # noqa: E402
from tests import bench_own_cards, bench_web  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
PAGES = {"home": "", "module": "modules/wat-is-vertrouwen/", "card": "kaartjes/wv-01/"}
# The own-cards page is the heaviest tool page; its weight is measured, Lighthouse runs on PAGES.
WEIGHT_PAGES = {**PAGES, "own cards": "eigen-kaartjes/"}
BENCHMARKS = ROOT / "BENCHMARKS.md"


def build(project: Path, site_dir: Path) -> tuple[float, float]:
    """Build once; return (total seconds, seconds spent on downloads as the build logs them)."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", engine(), "build", "--strict", "--site-dir", str(site_dir)],
                            cwd=project, env=ENV, capture_output=True, text=True)
    total = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{result.stderr[-3000:]}")
    match = re.search(r"Downloads: \d+ gemaakt, \d+ uit de cache, in ([\d.]+) s", result.stderr + result.stdout)
    return total, float(match.group(1)) if match else 0.0


def copy_project(target: Path) -> Path:
    """A copy of the committed project (HEAD), so that edits in progress never change a measurement."""
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


# ----------------------------------------------------------------------------
# 1. Cold and warm builds
# ----------------------------------------------------------------------------

def cold_and_warm(work: Path) -> dict:
    project = copy_project(work / "real")
    cold = build(project, work / "cold")
    warm = build(project, work / "warm")
    return {"cold": cold, "warm": warm}


# ----------------------------------------------------------------------------
# 2. Scale
# ----------------------------------------------------------------------------

def scaled_project(work: Path, factor: int) -> tuple[Path, int]:
    """A copy of the site whose data and module pages are repeated `factor` times under new ids."""
    project = copy_project(work / f"x{factor}")
    data_file = project / "docs/data/leermateriaal.yml"
    data = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    pages = {m["pagina"]: (project / "docs" / m["pagina"]).read_text(encoding="utf-8") for m in data["modules"]}
    # Every id in the file, wherever it stands; a copy renames each id and every reference to one,
    # so the data model can grow new sections without the benchmark falling behind.
    ids: set[str] = set()

    def collect(node) -> None:
        if isinstance(node, dict):
            ids.update(str(v) for k, v in node.items() if k == "id")
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(data)
    scaled: dict[str, list] = {key: [] for key in data if isinstance(data[key], list)}
    nav = []
    for copy_number in range(factor):
        suffix = "" if copy_number == 0 else f"-x{copy_number}"

        def rename(value: str) -> str:
            return value + suffix

        def renamed(node):
            if isinstance(node, dict):
                return {key: renamed(value) for key, value in node.items()}
            if isinstance(node, list):
                return [renamed(value) for value in node]
            return rename(node) if isinstance(node, str) and node in ids else node

        for key in scaled:
            for item in data[key]:
                item = renamed(copy.deepcopy(item))
                if key == "modules":
                    original = next(m for m in data["modules"] if rename(m["id"]) == item["id"])
                    item["nummer"] = original["nummer"] + copy_number * 10
                    if suffix:
                        item["pagina"] = original["pagina"].replace(".md", f"{suffix}.md")
                        text = pages[original["pagina"]]
                        for old in re.findall(r'\("([a-z0-9-]+)"\)', text):
                            text = text.replace(f'("{old}")', f'("{rename(old)}")')
                        text = re.sub(r"#(kaartenset|kaart|werkplaat|overdenking|casus)-([a-z0-9-]+)",
                                      lambda m: f"#{m.group(1)}-{rename(m.group(2))}", text)
                        (project / "docs" / item["pagina"]).write_text(text, encoding="utf-8")
                    nav.append(item["pagina"])
                scaled[key].append(item)
    data_file.write_text(yaml.safe_dump(scaled, allow_unicode=True, sort_keys=False), encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("validation:\n  omitted_files: warn", "validation:\n  omitted_files: info")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    items = sum(len(d["kaarten"]) for d in scaled["kaartensets"]) + len(scaled["modules"]) + \
        sum(len(g["vragen"]) for g in scaled["overdenkingen"]) + len(scaled["werkplaten"])
    return project, items


def scale(work: Path) -> list[dict]:
    rows = []
    for factor in (1, 10, 30):
        project, items = scaled_project(work, factor)
        cold_total, cold_assets = build(project, work / f"x{factor}-cold")
        warm_total, _ = build(project, work / f"x{factor}-warm")
        rows.append({"factor": factor, "items": items, "cold": cold_total, "assets": cold_assets,
                     "warm": warm_total})
    return rows


# ----------------------------------------------------------------------------
# 3. Macro overhead
# ----------------------------------------------------------------------------

def _pasted_call(macro, context, arguments: str) -> str:
    """The output of one macro call as written in a page, keyword arguments included ("kort=True")."""
    import ast

    call = ast.parse(f"f({arguments})", mode="eval").body
    return str(macro(context, *[ast.literal_eval(arg) for arg in call.args],
                     **{kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}))


def pasted_project(work: Path) -> Path:
    """The same site, with every macro call in the Markdown replaced by its HTML output."""
    project = copy_project(work / "pasted")
    # The site's own define_env registers the macros on a stand-in for mkdocs-macros' env,
    # so the pasted output is exactly what the macros produce.
    from types import SimpleNamespace

    from macros import define_env
    from macros.build import CONFIG_KEY, Site, start_build

    settings = yaml.safe_load(re.sub(r"!ENV \[\w+, (\w+)\]", r"\1", (project / "mkdocs.yml").read_text(encoding="utf-8")))
    site = Site(name=settings["site_name"], description="", url="https://example.org/", directory_urls=True,
                docs_dir=project / "docs", site_dir=project / "site", project_dir=project)
    env = SimpleNamespace(conf={CONFIG_KEY: start_build(site)}, macros={})
    env.macro = lambda function, name: env.macros.__setitem__(name, function)
    define_env(env)
    # Each macro takes the Jinja context first (the page it stands on), as mkdocs-macros passes it.
    here = {"page": SimpleNamespace(url="")}
    for page in (project / "docs").rglob("*.md"):
        if "data" in page.relative_to(project / "docs").parts:
            continue
        here["page"].url = addresses.page_url(page.relative_to(project / "docs").as_posix())
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"\{\{ (\w+)\((.*?)\) \}\}", lambda m: _pasted_call(env.macros[m.group(1)], here, m.group(2)), text)
        page.write_text(text, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"  - macros:\n(?:      .*\n)+", "", config)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    # The generated card and deck pages need no pasting: the build hook renders them without macros.
    return project


def macro_overhead(work: Path) -> dict:
    real = copy_project(work / "with-macros")
    pasted = pasted_project(work)
    # Both warm, so that only page rendering differs.
    build(real, work / "m-warmup")
    build(pasted, work / "p-warmup")
    with_macros = min(build(real, work / f"m{i}")[0] for i in range(3))
    without = min(build(pasted, work / f"p{i}")[0] for i in range(3))
    return {"with": with_macros, "without": without, "ratio": with_macros / without}


# ----------------------------------------------------------------------------
# The report
# ----------------------------------------------------------------------------

def report(builds: dict, rows: list[dict], overhead: dict, weights: dict, indexes: dict, scores: dict) -> str:
    """The whole of BENCHMARKS.md; sections 4 and 5 come from bench_web.report."""
    lines = ["# Benchmarks", "", f"Measured {time.strftime('%Y-%m-%d')} by `make bench` on this machine "
             f"({os.cpu_count()} cores). Targets are reported, not asserted.", "",
             "## 1. Full build of the real site", "", "| cache | build time | of which downloads |",
             "| --- | ---: | ---: |"]
    for name in ("cold", "warm"):
        total, assets_time = builds[name]
        lines.append(f"| {name} | {total:.2f} s | {assets_time:.2f} s |")
    base = rows[0]
    lines += ["", "## 2. Scale (target: growth within 1.2x of linear)", "",
              "| data | items | cold build | downloads | warm build | cold s/item vs 1x | warm growth vs linear |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    fixed = max(base["warm"] - (rows[1]["warm"] - base["warm"]) / 9, 0)  # start-up time, the same at any size
    for row in rows:
        per_item = (row["cold"] / row["items"]) / (base["cold"] / base["items"])
        growth = ((row["warm"] - fixed) / (base["warm"] - fixed)) / row["factor"] if base["warm"] > fixed else 0
        lines.append(f"| {row['factor']}x | {row['items']} | {row['cold']:.2f} s | {row['assets']:.2f} s | "
                     f"{row['warm']:.2f} s | {per_item:.2f} | {growth:.2f} |")
    lines += ["", "The last column divides the warm build time, less the fixed start-up time (estimated from the "
              "1x and 10x runs), by the data factor; 1.00 is exactly linear.", "",
              "## 3. Macro overhead", "", "| variant | build time (best of 3, warm) |", "| --- | ---: |",
              f"| with macros | {overhead['with']:.2f} s |", f"| macro output pasted as Markdown | {overhead['without']:.2f} s |",
              f"| ratio | {overhead['ratio']:.2f} |", ""]
    return "\n".join(lines) + "\n" + bench_web.report(weights, indexes, scores, WEIGHT_PAGES)


def web(work: Path, ours: Path) -> tuple[dict, dict, dict]:
    """Sections 4 and 5: our built site against stock Material, built here with our module's text."""
    print("4/6 page weight, against stock Material ...", flush=True)
    pasted = work / "pasted" if (work / "pasted").exists() else pasted_project(work)  # made by section 3
    module_text = (pasted / "docs" / PAGES["module"].rstrip("/")).with_suffix(".md").read_text(encoding="utf-8")
    stock = bench_web.stock_material(work, module_text, build)
    weights = {**bench_web.page_weight(ours, WEIGHT_PAGES), **bench_web.page_weight(stock, {"stock": ""})}
    indexes = {"ours": bench_web.search_index(ours), "stock": bench_web.search_index(stock)}
    print("5/6 lighthouse ...", flush=True)
    sites = {**{name: (ours, path) for name, path in PAGES.items()}, "stock": (stock, "")}
    # The target compares the module page with stock on mobile: those two get the median of seven runs,
    # because one run's score and FCP move by more than the difference the target asks about (section 7).
    scores = bench_web.lighthouse(sites, runs={("module", "mobile"): 7, ("stock", "mobile"): 7})
    return weights, indexes, scores


def main(argv: list[str]) -> int:
    # --web: only sections 4 and 5 (a few minutes); --own-cards: only section 6 (a minute). The other
    # sections of BENCHMARKS.md stay as they were.
    only_web, only_cards = "--web" in argv, "--own-cards" in argv
    old = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else ""
    old_cards = "## 6." + old.split("## 6.", 1)[1] if "## 6." in old else ""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if only_web or only_cards:
            build(copy_project(work / "real"), work / "warm")
        if only_cards:
            text = bench_own_cards.replace_section(old, bench_own_cards.report(
                bench_own_cards.measure(work / "warm", bench_web.serve)))
        elif only_web:
            text = old.split("## 4.")[0] + bench_web.report(*web(work, work / "warm"), WEIGHT_PAGES)
            text = bench_own_cards.replace_section(text, old_cards) if old_cards else text
        else:
            print("1/6 cold and warm build ...", flush=True)
            builds = cold_and_warm(work)
            print("2/6 scale 1x, 10x, 30x ...", flush=True)
            rows = scale(work)
            print("3/6 macro overhead ...", flush=True)
            overhead = macro_overhead(work)
            text = report(builds, rows, overhead, *web(work, work / "warm"))
            print("6/6 typing in the own-cards maker ...", flush=True)
            text = bench_own_cards.replace_section(text, bench_own_cards.report(
                bench_own_cards.measure(work / "warm", bench_web.serve)))
    BENCHMARKS.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
