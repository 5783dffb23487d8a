"""The glossary page, from the same file that gives the tooltips on every page."""
from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup

from .templating import render_template


_GLOSSARY_LINE = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<text>.+)$")


def glossary_terms(path: Path) -> list[tuple[str, str]]:
    terms = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _GLOSSARY_LINE.match(line.strip())
        if match:
            terms.setdefault(match["term"].lower(), (match["term"], match["text"]))
    return sorted(terms.values(), key=lambda item: item[0].lower())


def render_glossary(path: Path) -> Markup:
    return render_template("glossary.html", terms=glossary_terms(path))
