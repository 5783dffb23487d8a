"""The print-site plugin's stylesheets and script, on its print page only.

mkdocs-print-site-plugin adds two stylesheets and one script to `extra_css` and `extra_javascript`,
so every page loads them, while only its print page (`print_page/`, the whole course as a book)
uses them: they lay out the book and build its table of contents. That was three of the ten
requests of a module page's first view (BENCHMARKS.md). The plugin has no option for this:
`include_css: false` would take the stylesheets off the print page too, and the script has no switch.

So the adapter takes the plugin's files off the lists once its `on_config` has run, and keeps them
in the config under CONFIG_KEY with the print page's source path. `overrides/main.html` (through
`partials/lv-print-site.html`) puts them back on that one page, in the place Material would have
put them, so the print page's head is as before. The plugin renders its page from the config as
it stands after the pages are built, so nothing here depends on the order of the plugin's events.
"""
from __future__ import annotations

# The config key the template reads; the same string stands in partials/lv-print-site.html.
CONFIG_KEY = "lv_print_site"
PLUGIN = "print-site"


def _is_plugin_file(path) -> bool:
    # The plugin names every file it adds print-site*: js/print-site.js, css/print-site.css and
    # css/print-site-<theme>.css. Our own stylesheets and scripts come as bundles, never through these lists.
    return str(path).rsplit("/", 1)[-1].startswith("print-site")


def take_assets(config) -> dict | None:
    """Takes the plugin's files off every page's lists; returns {page, css, js} for its print page.

    None when the plugin is not in the build or is switched off: then it added nothing.
    """
    plugin = config["plugins"].get(PLUGIN)
    if plugin is None or not plugin.config.get("enabled") or not hasattr(plugin, "print_file"):
        return None
    css = [path for path in config["extra_css"] if _is_plugin_file(path)]
    scripts = [script for script in config["extra_javascript"] if _is_plugin_file(script)]
    config["extra_css"] = [path for path in config["extra_css"] if not _is_plugin_file(path)]
    config["extra_javascript"] = [script for script in config["extra_javascript"] if not _is_plugin_file(script)]
    return {"page": plugin.print_file.src_uri, "css": css, "js": scripts}
