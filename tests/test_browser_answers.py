"""My answers in a real browser: write under a prompt, find it in the notebook, move it by file, print it,
and keep it private (no request to another origin, no cookie, text stays text)."""
from __future__ import annotations

import json
import subprocess

import pytest

from macros.inline import plain_text

pytestmark = pytest.mark.browser

MODULE = "modules/wat-is-vertrouwen/"
NOTEBOOK = "mijn-antwoorden/"
KEY = "lv-antwoorden"


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    yield context
    context.close()


def answer(page, selector: str, text: str) -> None:
    """Opens the answer field under the prompt or card at selector, types, and waits until it is saved."""
    item = page.locator(selector)
    field = item.locator("textarea")
    # The fields come when the browser is idle after the page's start (lv.inSlices): wait for this one first,
    # or a field that opens by itself (it holds an answer) would be shut by the click meant to open it.
    field.wait_for(state="attached")
    if not field.is_visible():
        item.locator(".lv-answer__toggle").click()
    field.fill(text)
    item.locator(".lv-answer__status").filter(has_text="Bewaard op dit apparaat").wait_for()


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')") or '{"antwoorden": {}}')["antwoorden"]


def answer_prompts(page, prompts, template: str) -> None:
    """Answers each prompt on the open module page with the template, numbered from 0."""
    for number, prompt in enumerate(prompts):
        answer(page, f"#overdenking-{prompt.id}", template.format(number))


def first_prompts(catalog, count=3):
    return catalog.prompts["wat-is-vertrouwen"][:count]


def test_type_reload_and_find_it_in_the_notebook(context, site_url, catalog):
    page = context.new_page()
    prompt = first_prompts(catalog)[0]
    page.goto(site_url + MODULE)
    answer(page, f"#overdenking-{prompt.id}", "Aan mijn eerste teamleider.")
    page.reload()
    field = page.locator(f"#overdenking-{prompt.id} textarea")
    field.wait_for(state="attached")  # made when the browser is idle after the page's start
    assert field.is_visible(), "an answered prompt opens with its answer"
    assert field.input_value() == "Aan mijn eerste teamleider."
    page.goto(site_url + NOTEBOOK)
    item = page.locator(".lv-notebook__item").filter(has_text="Aan mijn eerste teamleider.")
    item.wait_for()
    assert "Aan wie denk je" in item.locator(".lv-notebook__prompt").inner_text()
    assert page.locator(".lv-notebook__module").first.inner_text() == "Module 1: Wat is vertrouwen?"
    assert "Laatst gewijzigd op" in item.inner_text()


def test_a_denkkaartje_has_an_answer_field_and_a_doekaartje_none(context, site_url, catalog):
    page = context.new_page()
    page.goto(site_url + MODULE)
    cards = [c for d in catalog.decks_of("wat-is-vertrouwen") for c in d.kaarten]
    denk = next(c for c in cards if c.soort == "denk")
    doe = next(c for c in cards if c.soort == "doe")
    # The fields come in slices after the page starts; once all are there, the body says so.
    page.locator("body[data-lv-antwoorden-klaar]").wait_for(state="attached")
    assert page.locator(f"#kaart-{denk.id} .lv-answer").count() == 1
    assert page.locator(f"#kaart-{doe.id} .lv-answer").count() == 0
    answer(page, f"#kaart-{denk.id}", "Bij de intake.")
    assert stored(page)[denk.id]["titel"] == denk.titel
    label = page.locator(f"#kaart-{denk.id} label").inner_text()
    assert denk.titel in label, "the field is labelled with its card"
    # A denkkaartje can invite details about a client: every field says not to write them, read aloud with it.
    for selector in (f"#kaart-{denk.id}", f"#overdenking-{first_prompts(catalog)[0].id}"):
        area = page.locator(f"{selector} textarea")
        hint = page.locator("#" + area.get_attribute("aria-describedby"))
        assert hint.inner_text() == "Schrijf geen namen of herkenbare details van cliënten of collega's.", selector


def test_export_wipe_import_and_import_again(context, site_url, catalog, tmp_path):
    page = context.new_page()
    page.goto(site_url + MODULE)
    prompts = first_prompts(catalog)
    answer_prompts(page, prompts, "Antwoord {}")
    before = stored(page)
    page.goto(site_url + NOTEBOOK)
    assert page.locator(".lv-notebook__item").count() == 3
    with page.expect_download() as download:
        page.click("[data-lv-nb=file]")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name.endswith(".json")

    page.click("[data-lv-nb=wipe]")
    assert page.evaluate("document.activeElement.dataset.lvNb") == "wipe-no", "focus moves into the confirmation"
    assert len(stored(page)) == 3, "nothing is wiped before the confirmation"
    page.click("[data-lv-nb=wipe-yes]")
    assert stored(page) == {}
    assert page.locator(".lv-notebook__item").count() == 0

    page.set_input_files("[data-lv-nb-import]", str(path))
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="3 nieuw").wait_for()
    assert stored(page) == before, "every answer is back, with its prompt and time"
    page.set_input_files("[data-lv-nb-import]", str(path))
    page.locator("[data-lv-nb-status]").filter(has_text="0 nieuw, 0 bijgewerkt, 3 al bekend").wait_for()
    assert page.locator(".lv-notebook__item").count() == 3, "no duplicates"


def test_a_newer_answer_from_a_file_wins_and_an_older_one_does_not(context, site_url, catalog, tmp_path):
    page = context.new_page()
    one, two = first_prompts(catalog, 2)
    page.goto(site_url + NOTEBOOK)
    mine = {one.id: {"id": one.id, "soort": "vraag", "module": "wat-is-vertrouwen", "vraag": "x", "titel": "",
                     "antwoord": "hier oud", "gewijzigd": "2026-01-01T10:00:00.000Z"},
            two.id: {"id": two.id, "soort": "vraag", "module": "wat-is-vertrouwen", "vraag": "y", "titel": "",
                     "antwoord": "hier nieuw", "gewijzigd": "2026-03-01T10:00:00.000Z"}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [KEY, json.dumps({"formaat": 1, "antwoorden": mine})])
    other = [{**mine[one.id], "antwoord": "daar nieuw", "gewijzigd": "2026-02-01T10:00:00.000Z"},
             {**mine[two.id], "antwoord": "daar oud", "gewijzigd": "2026-02-01T10:00:00.000Z"}]
    path = tmp_path / "ander-apparaat.json"
    path.write_text(json.dumps({"soort": "mijn-antwoorden", "formaat": 1, "antwoorden": other}), encoding="utf-8")
    page.reload()
    page.set_input_files("[data-lv-nb-import]", str(path))
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="1 bijgewerkt").wait_for()
    assert {k: v["antwoord"] for k, v in stored(page).items()} == {one.id: "daar nieuw", two.id: "hier nieuw"}


def test_a_wrong_file_says_why(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + NOTEBOOK)
    path = tmp_path / "iets.json"
    path.write_text('{"soort": "iets anders"}', encoding="utf-8")
    page.set_input_files("[data-lv-nb-import]", str(path))
    page.locator("[data-lv-nb-status]").filter(has_text="geen bestand met antwoorden").wait_for()


def test_changed_and_removed_prompts_keep_the_text_that_was_answered(context, site_url, catalog):
    page = context.new_page()
    prompt = first_prompts(catalog)[0]
    page.goto(site_url + NOTEBOOK)
    answers = {prompt.id: {"id": prompt.id, "soort": "vraag", "module": "wat-is-vertrouwen",
                           "vraag": "Een oudere versie van de vraag?", "titel": "", "antwoord": "veranderd",
                           "gewijzigd": "2026-01-01T10:00:00.000Z"},
               "weg-o1": {"id": "weg-o1", "soort": "vraag", "module": "weg", "vraag": "Een vraag die weg is?",
                          "titel": "", "antwoord": "weg", "gewijzigd": "2026-01-01T10:00:00.000Z"}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [KEY, json.dumps({"formaat": 1, "antwoorden": answers})])
    page.reload()
    changed = page.locator(".lv-notebook__item").filter(has_text="Een oudere versie van de vraag?")
    assert "is veranderd" in changed.inner_text()
    removed = page.locator(".lv-notebook__item").filter(has_text="Een vraag die weg is?")
    assert "niet meer op de site" in removed.inner_text()
    assert page.locator(".lv-notebook__module").last.inner_text() == "Vragen die niet meer op de site staan"


def test_no_request_leaves_the_origin_and_no_cookies(context, site_url, catalog, tmp_path):
    page = context.new_page()
    foreign = []
    page.on("request", lambda r: None if r.url.startswith((site_url, "data:", "blob:")) else foreign.append(r.url))
    prompt = first_prompts(catalog)[0]
    page.goto(site_url + MODULE)
    answer(page, f"#overdenking-{prompt.id}", "Niets verlaat dit apparaat.")
    page.goto(site_url + NOTEBOOK)
    with page.expect_download() as download:
        page.click("[data-lv-nb=file]")
    path = tmp_path / "antwoorden.json"
    download.value.save_as(path)
    with page.expect_download():
        page.click("[data-lv-nb=text]")
    page.set_input_files("[data-lv-nb-import]", str(path))
    page.locator("[data-lv-nb-status]").filter(has_text="al bekend").wait_for()
    page.wait_for_load_state("networkidle")
    assert foreign == []
    assert context.cookies() == []


ATTACK = "<script>window.lvPwned=1</script><img src=x onerror=\"window.lvPwned=2\"> {{ 7*7 }}"


def test_an_answer_with_markup_shows_as_text_on_the_notebook_and_in_print(context, site_url, catalog):
    page = context.new_page()
    prompt = first_prompts(catalog)[0]
    page.goto(site_url + MODULE)
    answer(page, f"#overdenking-{prompt.id}", ATTACK)
    page.emulate_media(media="print")
    item = page.locator(f"#overdenking-{prompt.id}")
    assert item.locator(".lv-answer__print").inner_text() == ATTACK
    assert item.locator(".lv-prompt__lines").is_hidden(), "a typed answer replaces the writing lines"
    assert item.locator("textarea").is_hidden() and item.locator(".lv-answer__toggle").is_hidden()
    other = first_prompts(catalog)[1]
    assert page.locator(f"#overdenking-{other.id} .lv-prompt__lines").is_visible(), "unanswered prompts keep their lines"
    page.emulate_media(media="screen")
    page.goto(site_url + NOTEBOOK)
    entry = page.locator(".lv-notebook__answer").first
    assert entry.inner_text() == ATTACK
    page.emulate_media(media="print")
    assert entry.is_visible() and page.locator(".lv-notebook__actions").is_hidden()
    assert page.locator(".lv-notebook img, .lv-notebook script").count() == 0
    assert page.evaluate("window.lvPwned") is None


def test_print_the_notebook_on_a4_with_the_prompts(context, site_url, catalog, tmp_path):
    page = context.new_page()
    page.goto(site_url + MODULE)
    prompts = first_prompts(catalog)
    answer_prompts(page, prompts, "Antwoord nummer {} om te printen.")
    page.goto(site_url + NOTEBOOK)
    page.locator(".lv-notebook__item").first.wait_for()
    page.emulate_media(media="print")
    path = tmp_path / "schrift.pdf"
    path.write_bytes(page.pdf(format="A4", print_background=True))
    size = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "pts (A4)" in size
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())
    for number, prompt in enumerate(prompts):
        assert f"Antwoord nummer {number} om te printen." in text
        assert " ".join(plain_text(prompt.tekst).split()) in text, "the prompt is printed with its answer"
    # The page's text may name a button ("kies na afloop *Alles wissen*"); the buttons themselves stay off paper.
    buttons = page.locator(".md-content button")
    assert buttons.count() > 0
    assert [b.inner_text() for b in buttons.all() if b.is_visible()] == [], "buttons stay off paper"
    for button in ("Bewaren en verhuizen", "Bewaar als bestand", "Bewaar als tekst"):
        assert button not in text, "buttons stay off paper"


def test_the_participant_view_of_an_invitation_can_be_answered(context, site_url, catalog):
    page = context.new_page()
    prompt = first_prompts(catalog)[1]
    page.goto(site_url + f"selectie/?v=1&m=wat-is-vertrouwen&o={prompt.id}&k=wv-01")
    page.locator(f".lv-selection #overdenking-{prompt.id}").wait_for()
    answer(page, f".lv-selection #overdenking-{prompt.id}", "Voor de bijeenkomst.")
    answer(page, ".lv-selection #kaart-wv-01", "Bij het kaartje.")
    kept = stored(page)
    assert kept[prompt.id]["module"] == "wat-is-vertrouwen" and kept["wv-01"]["antwoord"] == "Bij het kaartje."
    page.goto(site_url + MODULE)
    assert page.locator(f"#overdenking-{prompt.id} textarea").input_value() == "Voor de bijeenkomst."


def test_every_prompt_and_card_of_the_longest_module_gets_exactly_one_field(context, site_url, real_site):
    # The fields are made in slices after the page starts (lv.inSlices); none may be left out or doubled.
    pages = sorted((real_site / "modules").glob("*/index.html"), key=lambda path: -path.stat().st_size)
    path = pages[0].parent.relative_to(real_site).as_posix() + "/"
    page = context.new_page()
    page.goto(site_url + path)
    page.locator("body[data-lv-antwoorden-klaar][data-lv-afspraken-klaar]").wait_for(state="attached")
    asks = page.locator("li.lv-prompt[id^='overdenking-'], article.lv-card--denk[id^='kaart-']")
    doe = page.locator("article.lv-card--doe[id^='kaart-']")
    assert asks.count() > 10 and doe.count() > 3, path
    counts = page.evaluate("""() => [
        [...document.querySelectorAll("li.lv-prompt[id^='overdenking-'], article.lv-card--denk[id^='kaart-']")]
            .map(node => node.querySelectorAll('.lv-answer').length),
        [...document.querySelectorAll("article.lv-card--doe[id^='kaart-']")]
            .map(node => node.querySelectorAll('.lv-agreement').length)]""")
    assert counts == [[1] * asks.count(), [1] * doe.count()], path
