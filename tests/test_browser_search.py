"""Dutch search in the browser: plain words, inflected forms, and cards found by a word of their text."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def search(page, site_url: str, query: str) -> list[str]:
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    # Typing before the search worker has loaded its index gets no answer; wait for it.
    page.wait_for_function(
        "document.querySelector('.md-search-result__meta').textContent.includes('Typ om')", timeout=15000)
    # fill() does not trigger Material's search; typing does.
    page.locator("input.md-search__input").press_sequentially(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=8000)
    return page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")


@pytest.mark.parametrize("query, expected", [
    # What a participant might type, with the page that should come up in the first five results.
    ("samenwerking", "modules/keten/"),            # a noun finds the verb "samenwerken"
    ("loslaten", "modules/geven-en-ontvangen/"),
    ("teleurgesteld", "modules/gedeelde-horizon/"),  # a participle finds "teleurstelling"
    ("delegeren", "modules/leiding-en-team/"),
    ("agressie", "modules/deskundigheid/"),
    ("omgangsregels", "modules/keten/"),
    ("afhankelijk", "modules/gelijkwaardigheid/"),
    ("fietsen", "modules/wat-is-vertrouwen/"),      # a plural form finds "fiets"
    ("cookie", "over/privacy/"),                    # a singular finds "cookies"
])
def test_plain_words_find_the_right_page(page, site_url, query, expected):
    links = search(page, site_url, query)
    assert any(expected in link for link in links[:5]), links[:5]


def test_a_card_is_found_by_a_word_of_its_text_and_linked_directly(page, site_url):
    # "koffie" stands only in the text of card wv-02.
    links = search(page, site_url, "koffie")
    assert any(link.endswith("#kaart-wv-02-titel") for link in links), links
