"""`make content`: the site as Markdown with every macro already rendered, for any engine that only
renders Markdown: `python -m macros.content [--target dist/content]`.

It writes the build plan into a staging folder: the hand-written pages with their macros rendered, the
generated card, deck and print pages with their title and description in front matter, the design
stylesheet, and the downloads, link previews, short links and redirects as static files. Next to it
goes a copy of mkdocs.yml that points at the staged pages and names no macros plugin, hooks or theme
overrides (they read the view-model `lv` that only our adapter gives).
Nothing is written into docs/. The README says what another engine (Zensical) makes of it.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import yaml
from jinja2 import Environment, StrictUndefined
from markupsafe import escape

from . import MACROS, build_outputs, page_meta, pages
from .build import Build, Site, start_build

ROOT = Path(__file__).resolve().parent.parent
# The data file and its schema are sources, not pages (as `exclude_docs` in mkdocs.yml says).
SOURCES = "data"


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml with its `!ENV [NAME, default]` tags read as the default."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])


def read_config(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)  # noqa: S506 - a SafeLoader


def _render_page(build: Build, src_uri: str, text: str) -> str:
    """A hand-written page with its macros rendered, as mkdocs-macros would (strict: unknown names fail)."""
    here = build.urls.page_url(src_uri)
    environment = Environment(undefined=StrictUndefined, keep_trailing_newline=True)
    def bind(render):
        return lambda *args, **options: render(build.catalog, build.site, here, *args, **options)

    environment.globals.update({name: bind(render) for name, render in MACROS.items()})
    return environment.from_string(text).render()


def _front_matter(values: dict) -> str:
    return "---\n" + yaml.safe_dump(values, allow_unicode=True, sort_keys=False) + "---\n"


def stage(build: Build, target: Path) -> int:
    """Write the plan into `target` (a docs_dir); return how many pages it holds."""
    docs = build.site.docs_dir
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(docs, target, ignore=lambda folder, names: [SOURCES] if Path(folder) == docs else [])
    count = 0
    for path in sorted(target.rglob("*.md")):
        src_uri = path.relative_to(target).as_posix()
        path.write_text(_render_page(build, src_uri, path.read_text(encoding="utf-8")), encoding="utf-8")
        count += 1
    for src_uri, page in build.pages.items():
        # Escaped, as macros/page_meta.py does for MkDocs: Material's templates print front matter as it is.
        texts = {key: str(escape(value)) for key, value in page_meta.data_texts(src_uri, page, build.catalog).items()}
        body = page.body(build.catalog, build.urls.page_url(src_uri), build.site.url)
        out = target / src_uri
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_front_matter({**texts, **({"hide": list(page.hide)} if page.hide else {})}) + f"\n{body}\n",
                       encoding="utf-8")
        count += 1
    build_outputs.write_all(build)
    return count


def stage_project(project: Path, target: Path) -> int:
    """Stage the project's site into `target`/docs, with a `target`/mkdocs.yml for the other engine."""
    config = read_config(project / "mkdocs.yml")
    docs = target / "docs"
    site = Site.from_config({**config, "docs_dir": str(project / config.get("docs_dir", "docs")),
                             "site_dir": str(docs)}, project)
    count = stage(start_build(site), docs)
    staged = {key: value for key, value in config.items() if key not in {"hooks", "docs_dir"}}
    staged["docs_dir"] = "docs"
    staged["plugins"] = [plugin for plugin in config.get("plugins", [])
                         if (plugin if isinstance(plugin, str) else next(iter(plugin))) not in {"macros"}]
    # Our theme overrides read the view-model `lv` that only our adapter gives (macros/hooks.py).
    staged["theme"] = {key: value for key, value in staged.get("theme", {}).items() if key != "custom_dir"}
    (target / "mkdocs.yml").write_text(yaml.safe_dump(staged, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default=str(ROOT / "dist" / "content"), help="the staging folder")
    args = parser.parse_args(argv)
    count = stage_project(ROOT, Path(args.target))
    print(f"Inhoud: {count} pagina's in {Path(args.target) / 'docs'}; de instellingen in {Path(args.target) / 'mkdocs.yml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
