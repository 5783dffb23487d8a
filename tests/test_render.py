"""Rendering: the right markup at stable ids, inline Markdown, and no raw HTML from the data file."""
from __future__ import annotations

from pathlib import Path

import pytest

from macros import render
from macros.errors import UnknownIdError
from macros.inline import inline_markdown
from macros.loader import load_catalog

FIXTURE = Path(__file__).parent / "fixtures/mini/docs"


@pytest.fixture(scope="module")
def mini():
    return load_catalog(FIXTURE / "data/leermateriaal.yml", FIXTURE)


def test_card_has_stable_id_kind_and_number(mini):
    html = render.render_card(mini, "pr-02")
    assert 'id="kaart-pr-02"' in html
    assert 'data-soort="doe"' in html and "Doekaartje" in html
    assert "kaartje 2 van 2" in html and "Proefkaartjes" in html


def test_deck_renders_all_cards_and_counts(mini):
    html = render.render_deck(mini, "pr")
    assert html.count('class="lv-card ') == 2
    assert 'id="kaartenset-pr"' in html
    assert "1 denkkaartjes en 1 doekaartjes" in html
    assert "\n\n" not in html, "a blank line would end the HTML block in Markdown"


def test_prompts_and_werkplaat_have_ids(mini):
    assert 'id="overdenking-pr-o1"' in render.render_prompts(mini, "proef")
    html = render.render_werkplaat(mini, "pr-werkplaat")
    assert 'id="werkplaat-pr-werkplaat"' in html
    assert html.count("<li>") >= 3  # one material and two steps


def test_inline_markdown_keeps_emphasis_and_links():
    html = inline_markdown("Een *nadruk* en [een link](https://example.org).")
    assert "<em>nadruk</em>" in html
    assert '<a href="https://example.org" rel="noopener">een link</a>' in html
    assert not html.startswith("<p>")


@pytest.mark.parametrize("evil", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "Hallo <b onclick='x()'>daar</b>",
])
def test_raw_html_is_shown_as_text(evil):
    html = inline_markdown(evil)
    assert "<script" not in html and "<img" not in html and "<b " not in html
    assert "&lt;" in html


def test_javascript_links_lose_their_address():
    html = inline_markdown("[klik](javascript:alert(1))")
    assert "javascript:" not in html


def test_titles_are_escaped_by_the_template(mini):
    card = mini.cards["pr-01"][2].model_copy(update={"titel": "<i>Titel</i>"})
    deck = mini.decks["pr"]
    html = render._render("card.html", card=card, deck=deck, number=1, anchor=True, anchor_id="x",
                          kind_label="Denkkaartje", text="t", card_url=None, heading=3)
    assert "&lt;i&gt;Titel&lt;/i&gt;" in html


@pytest.mark.parametrize("call, what", [
    (lambda c: render.render_card(c, "pr-99"), "kaartje"),
    (lambda c: render.render_deck(c, "xx"), "kaartenset"),
    (lambda c: render.render_werkplaat(c, "geen"), "werkplaat"),
    (lambda c: render.render_prompts(c, "geen-module"), "module"),
])
def test_unknown_ids_raise_a_named_error(mini, call, what):
    with pytest.raises(UnknownIdError) as caught:
        call(mini)
    assert what in str(caught.value)
    assert "Bestaande ids" in str(caught.value)


@pytest.mark.parametrize("src, url", [
    ("index.md", ""), ("modules/index.md", "modules/"), ("modules/a.md", "modules/a/"),
])
def test_page_url(src, url):
    assert render.page_url(src) == url


@pytest.mark.parametrize("start, target, expected", [
    ("", "modules/a/", "modules/a/"),
    ("modules/", "modules/a/", "a/"),
    ("modules/b/", "modules/a/", "../a/"),
    ("modules/b/", "", "../../"),
    ("modules/b/", "kaartjes/#kaart-x", "../../kaartjes/#kaart-x"),
])
def test_relative_url(start, target, expected):
    assert render.relative_url(start, target) == expected


def test_learning_path_links_to_module_pages(mini):
    html = render.render_learning_path(mini, "")
    assert 'href="modules/proef/"' in html and "30 minuten" in html
