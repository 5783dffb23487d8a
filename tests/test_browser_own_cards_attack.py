"""The own-cards maker under attack (issue 18), in a real browser: drafts kept after a link, a file and a
reload; two tabs; a second link pasted into the address; bomb, damaged and oversized links; a draft from
a newer site; and storage that is full or blocked. The pure parts are in tests/js/own-cards-*.test.js."""
from __future__ import annotations

import base64
import json
import zlib

import pytest
import yaml

from axe_check import assert_accessible
from conftest import FIXTURES
from test_browser_own_cards import CARDS, MAKER, fill_cards, open_maker, shown, wait_for_outputs

pytestmark = pytest.mark.browser

OLD_LINK = json.loads((FIXTURES / "own-cards-link-v1.json").read_text(encoding="utf-8"))
STORE = "lv-eigen-kaartjes"
BACKUPS = "[data-lv-ek-backup-list] li"


def packed(text: str) -> str:
    """A link payload as the maker writes it, around any text."""
    return "1." + base64.urlsafe_b64encode(zlib.compress(text.encode(), 9)).decode().rstrip("=")


def open_link(page, url: str, payload: str) -> None:
    page.goto(url + "#set=" + payload)
    page.reload()  # only the part after '#' changed; a reload runs the page on the link
    page.wait_for_selector("[data-lv-ek]:not([hidden])")


def paste_file(page, text: str) -> None:
    page.fill("[data-lv-ek-paste]", text)
    page.click("[data-lv-ek-action=import]")


def many_cards(count: int, title: str = "Groot") -> str:
    return f"- id: groot\n  titel: {title}\n  module: wat-is-vertrouwen\n  kaarten:\n" + "".join(
        f"  - {{id: g-{n}, soort: denk, fasen: [openen], titel: Kaartje {n}, tekst: Vraag {n}?}}\n" for n in range(count))


def stored(page) -> dict:
    return page.evaluate(f"JSON.parse(localStorage.getItem('{STORE}'))")


def test_a_link_made_before_issue_18_still_opens(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER + "#set=" + OLD_LINK["link"])
    cards = shown(page)["kaarten"]
    assert shown(page)["titel"] == OLD_LINK["deck"]["titel"]
    assert [c[1] for c in cards] == [c["titel"] for c in OLD_LINK["deck"]["kaarten"]]
    assert [c[2] for c in cards] == [c["tekst"] for c in OLD_LINK["deck"]["kaarten"]]
    assert page.locator("[data-lv-ek-alert]").is_hidden()
    context.close()


def test_replaced_sets_stay_in_storage_until_dismissed(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER)
    fill_cards(page, CARDS)
    mine = shown(page)
    # A link over the draft, then the first keystroke: the draft used to be gone from storage here.
    open_link(page, site_url + MAKER, OLD_LINK["link"])
    page.locator(".lv-ek-card").first.locator("[data-ek=titel]").fill("Veranderd na de link")
    # A second replacement (a file) must not destroy the first backup.
    paste_file(page, many_cards(2, "Uit een bestand"))
    page.wait_for_function("() => document.querySelector('#lv-ek-titel').value === 'Uit een bestand'")
    # Removing a card offers its own undo and leaves the backups alone.
    page.locator(".lv-ek-card").first.locator("[data-ek-action=remove]").click()
    page.get_by_role("button", name="Zet terug: kaartje „Kaartje 0”").click()
    assert [c[1] for c in shown(page)["kaarten"]] == ["Kaartje 0", "Kaartje 1"]
    page.goto(site_url + MAKER)
    page.reload()
    page.wait_for_selector("[data-lv-ek]:not([hidden])")
    items = page.locator(BACKUPS)
    assert items.count() == 2, items.all_inner_texts()
    assert "Team Noord, 3 kaartjes" in items.nth(0).inner_text()
    assert "Veranderd na de link" in json.dumps(page.evaluate("localStorage.getItem('lv-eigen-kaartjes-reserve')"))
    items.nth(0).get_by_role("button", name="Zet terug").click()
    assert shown(page) == mine
    # The set it replaced is a backup now, and dismissing one removes only that one.
    assert page.locator(BACKUPS).count() == 2
    page.locator(BACKUPS).nth(0).get_by_role("button", name="Weg ermee").click()
    assert page.locator(BACKUPS).count() == 1
    page.reload()
    assert page.locator(BACKUPS).count() == 1 and shown(page) == mine
    # The list and the questions meet the same accessibility bar as the rest of the maker.
    page.evaluate("document.querySelector('[data-lv-ek-conflict]').hidden = false")
    assert_accessible(page)
    context.close()


def test_two_tabs_with_41_cards_ask_before_overwriting(browser, site_url):
    context, tab_a = open_maker(browser, site_url + MAKER)
    paste_file(tab_a, many_cards(41))
    tab_a.wait_for_function("() => document.querySelectorAll('.lv-ek-card').length === 41")
    wait_for_outputs(tab_a, "Vraag 40?", 41)
    assert "#set=" not in tab_a.url, "41 cards do not fit in a link: storage is the only copy"
    tab_b = context.new_page()
    tab_b.goto(site_url + MAKER)
    tab_b.wait_for_selector("[data-lv-ek]:not([hidden])")
    tab_b.locator(".lv-ek-card").nth(0).locator("[data-ek=titel]").fill("Van tab B")
    tab_a.locator("[data-lv-ek-conflict]").wait_for(state="visible")
    assert "ander tabblad" in tab_a.locator("[data-lv-ek-conflict]").inner_text()
    # Typing on in tab A while the question is open writes nothing over tab B's save.
    tab_a.locator(".lv-ek-card").nth(1).locator("[data-ek=titel]").fill("Van tab A")
    assert stored(tab_a)["kaarten"][0]["titel"] == "Van tab B" and stored(tab_a)["kaarten"][1]["titel"] == "Kaartje 1"
    tab_a.click("[data-lv-ek-action=keep-mine]")
    assert stored(tab_a)["kaarten"][1]["titel"] == "Van tab A" and stored(tab_a)["kaarten"][0]["titel"] == "Kaartje 0"
    assert "Van tab B" in tab_a.evaluate("localStorage.getItem('lv-eigen-kaartjes-reserve')")
    # Tab B hears of it too, and takes tab A's cards; its own become a backup.
    tab_b.locator("[data-lv-ek-conflict]").wait_for(state="visible")
    tab_b.click("[data-lv-ek-action=take-theirs]")
    assert [c[1] for c in shown(tab_b)["kaarten"][:2]] == ["Kaartje 0", "Van tab A"]
    assert tab_b.locator(BACKUPS).count() == 1
    context.close()


def test_a_second_link_in_an_open_maker_asks_first(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER + "#set=" + OLD_LINK["link"])
    # The second link is made by the maker itself, in a browser of its own (the bundle exposes no internals).
    other_context, other = open_maker(browser, site_url + MAKER)
    fill_cards(other, [("doe", "Nieuw", "Uit de tweede link")], title="Tweede set", moment="")
    wait_for_outputs(other, "Uit de tweede link")
    second = other.input_value("#lv-ek-link").split("#set=", 1)[1]
    other_context.close()
    page.evaluate("hash => { location.hash = hash; }", "#set=" + second)
    ask = page.locator("[data-lv-ek-newlink]")
    ask.wait_for(state="visible")
    assert "andere link" in ask.inner_text()
    # An edit while the question is open must not write the old set back into the address.
    page.locator(".lv-ek-card").first.locator("[data-ek=tekst]").fill("Nog even getypt")
    page.wait_for_timeout(400)  # past the outputs' pause of 150 ms, when the address used to be rewritten
    assert page.evaluate("location.hash") == "#set=" + second
    page.click("[data-lv-ek-action=open-link]")
    assert shown(page)["titel"] == "Tweede set"
    assert "Nog even getypt" in page.evaluate("localStorage.getItem('lv-eigen-kaartjes-reserve')")
    context.close()


@pytest.mark.parametrize("payload, words", [
    ("1.%", "beschadigd of niet compleet"),
    (OLD_LINK["link"][:-3] + ("A" if OLD_LINK["link"][-3] != "A" else "B") + OLD_LINK["link"][-2:], "beschadigd"),
    (packed('{"t":"' + "a" * (10 * 1024 * 1024) + '","k":[]}'), "veel meer tekst dan in een set kaartjes past"),
    ("1." + "A" * 40000, "veel langer dan de kaartjesmaker ooit maakt"),
], ids=["bad-escape", "checksum", "bomb", "too-long"])
def test_crafted_links_get_a_dutch_message_and_keep_the_draft(browser, site_url, payload, words):
    context, page = open_maker(browser, site_url + MAKER)
    fill_cards(page, CARDS[:1])
    before = shown(page)
    open_link(page, site_url + MAKER, payload)
    alert = page.locator("[data-lv-ek-alert]")
    alert.wait_for(state="visible", timeout=3000)
    assert words in alert.inner_text() and "URI" not in alert.inner_text()
    assert shown(page) == before
    heap = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")
    assert heap < 200 * 1024 * 1024, heap
    context.close()


def test_a_10000_card_link_says_how_many_it_kept(browser, site_url):
    rows = [["denk", "Kaartje", "Vraag?"]] * 10000
    context, page = open_maker(browser, site_url + MAKER + "#set=" + packed(json.dumps({"t": "Veel", "k": rows})))
    notice = page.locator("[data-lv-ek-notice]")
    assert notice.is_visible()
    assert "10000 kaartjes" in notice.inner_text() and "de eerste 160" in notice.inner_text()
    assert page.locator(".lv-ek-card").count() == 160
    context.close()


def test_one_card_is_one_kaartje_when_a_file_opens(browser, site_url):
    context, page = open_maker(browser, site_url + MAKER)
    paste_file(page, many_cards(1))
    status = page.locator("[data-lv-ek-import-status]")
    status.wait_for(state="visible")
    assert status.inner_text() == "Geopend: 1 kaartje."
    context.close()


def test_a_draft_from_a_newer_site_is_left_alone(browser, site_url):
    newer = json.dumps({"versie": 2, "nieuw": "iets", "kaarten": []})
    context, page = open_maker(browser, site_url + MAKER)
    page.evaluate("value => localStorage.setItem('lv-eigen-kaartjes', value)", newer)
    page.reload()
    page.wait_for_selector("[data-lv-ek]:not([hidden])")
    warning = page.locator("[data-lv-ek-storage]")
    assert warning.is_visible() and "nieuwere versie" in warning.inner_text()
    page.locator("[data-ek=titel]").fill("Toch getypt")
    wait_for_outputs(page, "Toch getypt")
    assert page.evaluate("localStorage.getItem('lv-eigen-kaartjes')") == newer
    context.close()


@pytest.mark.parametrize("script, words", [
    ("Storage.prototype.setItem = function () { throw new DOMException('vol', 'QuotaExceededError'); };",
     "opslag van je browser is vol"),
    ("Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('nee', 'SecurityError'); }});",
     "laat deze site niets bewaren"),
], ids=["full", "blocked"])
def test_failing_storage_keeps_the_typing_and_offers_the_file(browser, site_url, script, words):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    context.add_init_script(script)
    page = context.new_page()
    page.goto(site_url + MAKER)
    page.wait_for_selector("[data-lv-ek]:not([hidden])")
    page.locator("[data-ek=titel]").fill("Getypt zonder opslag")
    page.locator("[data-ek=tekst]").fill("Wat weet de ouder al?")
    warning = page.locator("[data-lv-ek-storage]")
    warning.wait_for(state="visible")
    assert words in warning.inner_text() and "blijft op het scherm" in warning.inner_text()
    assert page.input_value("[data-ek=titel]") == "Getypt zonder opslag"
    with page.expect_download() as download:
        warning.get_by_role("button", name="Bewaar als bestand").click()
    saved = yaml.safe_load(download.value.path().read_text(encoding="utf-8"))
    assert saved[0]["kaarten"][0]["titel"] == "Getypt zonder opslag"
    context.close()
