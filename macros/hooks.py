"""The MkDocs (and ProperDocs) adapter: each build event hands off to the engine-neutral core.

MkDocs imports this file by path, so it cannot use relative imports: the project root goes on
sys.path once and the work is done by the `macros.*` modules. On `on_config` the core makes one
`Build` (macros/build.py); the adapter keeps it in the build's config under `build.CONFIG_KEY`, the one
object every later event receives, so the build passes along with the config and ends with it. Pages
are looked up in the build's plan by their source path. The core's errors become PluginError here.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files, InclusionLevel  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from macros import build_outputs, csp, heading_links, page_meta, pages, palette_css, print_site, search_lazy, search_stemming, service_worker, social  # noqa: E402
from macros.build import CONFIG_KEY, Build, Site, start_build  # noqa: E402
from macros.errors import BuildError  # noqa: E402


@contextmanager
def _engine_errors():
    """The core raises plain exceptions; MkDocs prints a PluginError's message without a traceback."""
    try:
        yield
    except BuildError as error:
        raise PluginError(str(error)) from None


# The command of this process: 'build', 'gh-deploy' or 'serve'. MkDocs calls on_startup once, before
# the first build, and keeps a hooks file that has it for every rebuild of `mkdocs serve`; each build
# copies it into its Site. A direct call of mkdocs.commands.build (the tests) is a plain build.
_process = {"command": "build"}


def on_startup(command: str, dirty: bool) -> None:
    _process["command"] = command


def _build(config: MkDocsConfig) -> Build:
    return config[CONFIG_KEY]


# After every plugin, so the settings that plugins change are final: the offline plugin turns off
# directory URLs in its on_config. The macros read the build only when a page renders, later.
@event_priority(-100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    with _engine_errors():
        config[CONFIG_KEY] = start_build(Site.from_config(config, Path(config.config_file_path).resolve().parent,
                                                          command=_process["command"]))
    # Only the print page needs the print-site plugin's files; every other page is lighter without them.
    config[print_site.CONFIG_KEY] = print_site.take_assets(config)
    # Here and not in mkdocs.yml: MkDocs imports the extensions listed there before this file puts the
    # project on the import path, so `mkdocs build` (not `python -m mkdocs`) could not find `macros`.
    config.markdown_extensions.append(heading_links.HeadingLinksExtension())
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for page in _build(config).pages.values():
        files.append(File.generated(config, page.src_uri, content=page.source(), inclusion=InclusionLevel.NOT_IN_NAV))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Hooks run after the plugins, so mkdocs-macros has rendered the page and never sees data text.
    build = _build(config)
    generated = build.generated(page.file.src_uri)
    page_meta.apply(page.meta, page.file.src_uri, generated, build.catalog)
    return markdown if generated is None else str(generated.body(build.catalog, page.url, build.site.url))


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    build = _build(config)
    text = social.PageText(
        src_uri=page.file.src_uri, url=page.url, canonical_url=page.canonical_url,
        title=page_meta.plain(page.meta, "title", build.site.name, heading=page.title),
        description=page_meta.plain(page.meta, "description", build.site.description),
        is_homepage=page.is_homepage)
    context["lv"] = social.page_view(build, text)
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    # Templates without a page of their own (404.html) get the site's view.
    context["lv"] = social.site_view(_build(config))
    return context


def on_post_build(config: MkDocsConfig) -> None:
    build = _build(config)
    with _engine_errors():
        build_outputs.write_all(build)
        synonyms = {entry.site: list(entry.lezers) for entry in build.catalog.data.zoekwoorden}
        search_stemming.patch_search_worker(build.site.site_dir, synonyms)
        search_lazy.patch_bundle(build.site.site_dir)
        palette_css.trim_site(build.site.site_dir, config.theme.get("palette"))
        # Last, once every page is written (the print page and the short links too): the security policy.
        # Not while serving: `mkdocs serve` adds its live-reload script to each page as it sends it, with
        # numbers that change per request, so no hash could allow it and the page would never refresh.
        if build.site.command != "serve":
            csp.protect_site(build.site.site_dir, config.theme.dirs)
        # After the policy, so the revisions are those of the finished pages. Not for the edition on disk:
        # file:// pages can have no service worker, and need none.
        offline = config.plugins.get("material/offline")
        if build.site.command != "serve" and not (offline and offline.config.enabled):
            service_worker.write(Path(build.site.site_dir), config.site_name)
