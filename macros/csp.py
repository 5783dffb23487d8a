"""The Content-Security-Policy of every page, as a `<meta http-equiv>` written after the build.

The site is static, so the policy travels in each page: a browser then runs only the site's own
script files, and a text that slipped past the escaping could still not run as code. A few short
inline scripts do belong to the site: Material's bootstrap (its page scope, the open tab), our header
script that sets the light or dark view before the first paint (overrides/partials/javascripts/palette.html,
read like Material's partials, overrides first), the print page's start (mkdocs-print-site-plugin) and
the redirect of a short link. The policy allows exactly those, by the SHA-256 of their text. That text differs per page (a relative
path is in it), so the hashes are computed per page from the finished HTML, once everything is
written (`protect_site`, the last step of `on_post_build`). An inline script of any other shape
stops the build: nobody meant it, so it must not be allowed by accident.

This is core code: the theme's template folders come in as an argument (the adapter knows them), and a
refusal is a BuildError. `mkdocs serve` gets no policy (see macros/hooks.py): its live-reload script
differs on every request, so no hash could allow it.
"""
from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from .errors import BuildError

# Each source, and why. The site asks nothing of another host (no CDN, fonts or trackers), so no
# directive names one. 'self' also covers the pages and files of the offline zip under file://.
POLICY: dict[str, list[str]] = {
    "default-src": ["'self'"],            # anything not named below: only the site itself
    "script-src": ["'self'"],             # the site's script files, plus the hashes of the inline scripts above
    "style-src": ["'self'"],              # the site's CSS, plus the hashes of inline <style> (the print page)
    "img-src": ["'self'", "data:", "blob:"],  # Material's icons are data: SVG in its CSS; own cards preview as blob:
    "font-src": ["'self'"],               # Liberation Sans and Material's icon font, from the site
    "connect-src": ["'self'"],            # search reads its index from the site
    "worker-src": ["'self'"],             # the search worker, a file of the site
    "object-src": ["'none'"],             # no plug-ins
    "base-uri": ["'self'"],               # no <base> can send relative links elsewhere
    "form-action": ["'self'"],            # the tools' forms never post anywhere else
}

META = '<meta http-equiv="Content-Security-Policy" content="{policy}">'
_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
_STYLE = re.compile(r"<style(?:\s[^>]*)?>(?P<body>.*?)</style>", re.S | re.I)
_CHARSET = re.compile(r'<meta charset="utf-8">', re.I)
# Data islands (<script type="application/json">) are never executed, so they need no permission.
_DATA_TYPES = ("application/json", "application/ld+json")
_PARTIALS = ("base.html", "palette.html", "content.html")
# The print page's start, as mkdocs-print-site-plugin writes it, and a short link's redirect
# (macros/templates/shortlink.html): only the function names and the target path can vary.
_OWN_SHAPES = [
    re.compile(r"\s*document\.addEventListener\('DOMContentLoaded', function \(\) \{\s*"
               r"(?:[a-z_]+\(\);)+\s*\}\)\s*"),
    re.compile(r'location\.replace\("[^"\\<>]*" \+ location\.hash\);'),
]


def allowed_shapes(template_dirs: Iterable[str | Path]) -> tuple[re.Pattern, ...]:
    """Every inline script the site may run: the theme's partials, each from the first template folder
    that has it (as the theme resolves it, overrides first), with each Jinja value as a quoted path;
    then our own shapes."""
    return _theme_shapes([Path(folder) for folder in template_dirs]) + tuple(_OWN_SHAPES)


def _theme_shapes(template_dirs: list[Path]) -> tuple[re.Pattern, ...]:
    shapes = []
    for name in _PARTIALS:
        found = [folder / "partials" / "javascripts" / name for folder in template_dirs]
        partial = next((path for path in found if path.is_file()), None)
        if partial is None:
            raise BuildError(f"De thema-map heeft geen partials/javascripts/{name}, dus de beveiliging "
                             "(Content-Security-Policy) weet niet welke scripts van het thema mogen draaien.")
        # Without the Jinja comments, which never reach a page: a script quoted in one must not become allowed.
        source = re.sub(r"\{#.*?#\}", "", partial.read_text(encoding="utf-8"), flags=re.S)
        for body in re.findall(r"<script>(.*?)</script>", source, re.S):
            parts = re.split(r"\{\{.*?\}\}", body)
            shapes.append(re.compile(r'[^"\\<>]*'.join(re.escape(part) for part in parts)))
    return tuple(shapes)


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _executable(attrs: str) -> bool:
    if re.search(r"\bsrc\s*=", attrs):
        return False
    kind = re.search(r"\btype\s*=\s*[\"']?([^\"'\s>]+)", attrs)
    return not (kind and kind.group(1).lower() in _DATA_TYPES)


def policy(script_hashes: list[str], style_hashes: list[str]) -> str:
    """The policy as one header value, with the given hashes added to script-src and style-src."""
    extra = {"script-src": script_hashes, "style-src": style_hashes}
    return "; ".join(f"{name} {' '.join(sources + sorted(set(extra.get(name, []))))}"
                     for name, sources in POLICY.items())


def page_policy(html: str, where: str, allowed: tuple[re.Pattern, ...]) -> str:
    """The policy for one finished page; an unknown inline script is a BuildError naming the file."""
    scripts = []
    for match in _SCRIPT.finditer(html):
        if not _executable(match.group("attrs")):
            continue
        body = match.group("body")
        if not any(shape.fullmatch(body) for shape in allowed):
            raise BuildError(f"De pagina {where} heeft een inline script dat de beveiliging (Content-Security-Policy) "
                             f"niet kent: {body.strip()[:80]!r}. Zet code in een scriptbestand in docs/assets/, "
                             "of voeg de vorm toe aan macros/csp.py als hij echt nodig is.")
        scripts.append(_hash(body))
    styles = [_hash(match.group("body")) for match in _STYLE.finditer(html)]
    return policy(scripts, styles)


def protect(html: str, where: str, allowed: tuple[re.Pattern, ...]) -> str:
    """The page with its policy as the first element after <meta charset>, before any script."""
    if 'http-equiv="Content-Security-Policy"' in html:
        return html
    meta = META.format(policy=page_policy(html, where, allowed))
    found = _CHARSET.search(html)
    if found:
        return html[:found.end()] + meta + html[found.end():]
    head = re.search(r"<head[^>]*>", html, re.I)
    if not head:
        raise BuildError(f"De pagina {where} heeft geen <head>, dus geen plek voor de Content-Security-Policy.")
    return html[:head.end()] + meta + html[head.end():]


def protect_site(site_dir: str | Path, template_dirs: Iterable[str | Path]) -> int:
    """Writes the policy into every HTML file of the built site; returns how many it changed."""
    allowed = allowed_shapes(template_dirs)
    changed = 0
    site = Path(site_dir)
    for path in sorted(site.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        done = protect(html, path.relative_to(site).as_posix(), allowed)
        if done != html:
            path.write_text(done, encoding="utf-8")
            changed += 1
    return changed
