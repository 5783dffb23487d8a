"""Rendering: the right markup at stable ids, inline Markdown, and no raw HTML from the data file."""
from __future__ import annotations

from pathlib import Path

import pytest

import yaml

from macros import addresses, material
from macros.errors import UnknownIdError
from macros.inline import inline_markdown
from macros.loader import load_catalog

FIXTURE = Path(__file__).parent / "fixtures/mini/docs"


@pytest.fixture(scope="module")
def mini():
    return load_catalog(FIXTURE / "data/leermateriaal.yml", FIXTURE)


def test_card_has_stable_id_kind_and_number(mini):
    html = material.render_card(mini, "pr-02")
    assert 'id="kaart-pr-02"' in html
    assert 'data-soort="doe"' in html and "Doekaartje" in html
    assert "kaartje 2 van 2" in html and "Proefkaartjes" in html


def test_deck_renders_all_cards_and_counts(mini):
    html = material.render_deck(mini, "pr")
    assert html.count('class="lv-card ') == 2
    assert 'id="kaartenset-pr"' in html
    assert "1 denkkaartjes en 1 doekaartjes" in html
    assert "\n\n" not in html, "a blank line would end the HTML block in Markdown"


def test_prompts_and_werkplaat_have_ids(mini):
    assert 'id="overdenking-pr-o1"' in material.render_prompts(mini, "proef")
    html = material.render_werkplaat(mini, "pr-werkplaat")
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


def test_titles_and_texts_from_the_data_are_escaped(tmp_path):
    data = yaml.safe_load((FIXTURE / "data/leermateriaal.yml").read_text(encoding="utf-8"))
    data["kaartensets"][0]["kaarten"][0]["titel"] = "<i>Titel</i> \"x\""
    data["kaartensets"][0]["titel"] = "Set <b>vet</b>"
    path = tmp_path / "leermateriaal.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    html = material.render_card(load_catalog(path, FIXTURE), "pr-01")
    assert "&lt;i&gt;Titel&lt;/i&gt; &#34;x&#34;" in html and "Set &lt;b&gt;vet&lt;/b&gt;" in html
    assert "<i>" not in html and "<b>" not in html


@pytest.mark.parametrize("text", [
    "![foto](https://example.org/x.png)",
    "[mail](mailto:a@example.org)",
    "[ergens](../geheim/)",
    "[klik](JaVaScRiPt:alert(1))",
])
def test_only_http_links_and_no_images(text):
    html = inline_markdown(text)
    assert "<img" not in html and "href" not in html


@pytest.mark.parametrize("call, what", [
    (lambda c: material.render_card(c, "pr-99"), "kaartje"),
    (lambda c: material.render_deck(c, "xx"), "kaartenset"),
    (lambda c: material.render_werkplaat(c, "geen"), "werkplaat"),
    (lambda c: material.render_prompts(c, "geen-module"), "module"),
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
    assert addresses.page_url(src) == url


@pytest.mark.parametrize("start, target, expected", [
    ("", "modules/a/", "modules/a/"),
    ("modules/", "modules/a/", "a/"),
    ("modules/b/", "modules/a/", "../a/"),
    ("modules/b/", "", "../../"),
    ("modules/b/", "kaartjes/#kaart-x", "../../kaartjes/#kaart-x"),
])
def test_relative_url(start, target, expected):
    assert addresses.relative_url(start, target) == expected


def test_learning_path_links_to_module_pages(mini):
    html = material.render_learning_path(mini, "")
    assert 'href="modules/proef/"' in html
    assert "30 minuten lezen · 20 minuten werkplaten met de groep" in html


def test_a_case_is_escaped_and_has_its_anchor(mini):
    html = material.render_case(mini, "pr-c1")
    assert 'id="casus-pr-c1"' in html and "&lt;lastig&gt;" in html and "<strong>Vraag:</strong>" in html


def test_a_ready_plan_has_clock_times_that_add_up(mini):
    from macros import sessions

    rows = sessions.session_rows(mini, "pr-sessie", "trainers/")
    assert [row["start"] for row in rows] == ["13:30", "13:40", "13:55", "14:15", "14:25"]
    assert rows[-1]["end"] == "14:30" and rows[2]["title"] == "Werkplaat: Proefwerkplaat"
    html = sessions.render_session(mini, "pr-sessie", "trainers/")
    assert "../plannen/?klaar=pr-sessie" in html
