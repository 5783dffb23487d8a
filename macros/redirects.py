"""Old and easy addresses that lead to a page: `extra.oude_adressen` in mkdocs.yml.

Links in printed invitations and e-mails must keep working after a page moves, and some
addresses are easier to say aloud ("/voor-trainers/"). mkdocs-redirects writes English pages
without a preview; these are Dutch (`lang="nl"`) and reuse the short-link page, so a chat app
shows the site's own preview.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from . import addresses
from .templating import render_template

CONFIG_KEY = "oude_adressen"


def redirect_map(config: MkDocsConfig) -> dict[str, str]:
    return dict(config["extra"].get(CONFIG_KEY) or {})


def write_redirects(config: MkDocsConfig) -> None:
    site = Path(config["site_dir"])
    site_url = config["site_url"] or "http://127.0.0.1:8000/"
    for old, new in redirect_map(config).items():
        old_url, new_url = addresses.page_url(old), addresses.page_url(new)
        out = site / (old_url + "index.html" if old_url.endswith("/") or not old_url else old_url)
        social = {
            "title": "Deze pagina staat op een ander adres", "type": "website",
            "description": config["site_description"] or "",
            "url": addresses.absolute_url(site_url, addresses.public_page_url(new)),
            "image": addresses.absolute_url(site_url, addresses.social_image("p-start")),
            "image_alt": config["site_name"],
        }
        html = render_template("shortlink.html", social=social, site_name=config["site_name"],
                               target=addresses.relative_url(old_url, new_url))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html + "\n", encoding="utf-8")
