"""What every page's first view loads of ours stays lean (issue 24: at most 9 requests and 85 KB gzip on a
module page, measured by `make bench-web`). These checks read the committed bundles, so a change that pulls
a tool's code back into the site bundle fails here at once, without a browser or a benchmark run."""
from __future__ import annotations

from pathlib import Path

import pytest

BUNDLES = Path(__file__).resolve().parent.parent / "docs/assets/bundles"

# [a text that only that code has, the bundle where it belongs]
LATER = [
    ("BEGIN:VCALENDAR", "agenda.js"),                          # the calendar writer: fetched on "Zet in mijn agenda"
    ("Bewaar mijn afspraak", "afspraak-formulier.js"),         # the agreement form: fetched on "Dit ga ik doen"
    ("veel langer dan de site ooit maakt", "uitnodiging.js"),  # the link codec: only the link tools read links
    ("Bewaar als bestand", "antwoorden.js"),                   # the notebook's files: only on its own page
    ("lv-builder__form", "uitnodiging.css"),                   # the invitation builder's rules
    ("lv-notebook__item", "antwoorden.css"),                   # the notebook page's rules
    ("lv-agreement-sheet", "antwoorden.css"),                  # the agreement cards it prints
]


@pytest.mark.parametrize(("text", "home"), LATER, ids=[home for _, home in LATER])
def test_a_tools_own_code_stays_out_of_the_site_bundle(text, home):
    assert text in (BUNDLES / home).read_text(encoding="utf-8"), f"{text!r} should be in {home}"
    for name in ("site.js", "site.css"):
        assert text not in (BUNDLES / name).read_text(encoding="utf-8"), f"{text!r} is back in {name}"


def test_every_page_kind_has_a_script_and_a_stylesheet():
    # overrides/partials/lv-bundle.html picks one name for both.
    late = {path.stem for path in (BUNDLES.parent / "js/later").glob("*.js")}  # scripts fetched on a click
    scripts = {path.stem for path in BUNDLES.glob("*.js")} - late
    assert scripts == {path.stem for path in BUNDLES.glob("*.css")}


def test_the_text_of_a_page_has_no_title_but_the_glossary_words(real_site):
    """Material makes a tooltip of every element with a title in the text, and measures each one while
    the page starts (about 15 ms for a module's heading links on a fast computer). The heading links
    carry their label as aria-label instead; only the glossary words keep a title, for their tooltip."""
    import re

    html = (real_site / "modules/wat-is-vertrouwen/index.html").read_text(encoding="utf-8")
    article = html[html.index("<article"):html.index("</article>")]
    links = re.findall(r"<a [^>]*class=\"headerlink\"[^>]*>", article)
    assert len(links) >= 5
    assert all('aria-label="Link naar dit kopje"' in link and " title=" not in link for link in links)
    titled = re.findall(r"<(\w+)[^>]* title=\"", article)
    assert set(titled) <= {"abbr"}, titled
