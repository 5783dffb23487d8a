"""My answers under attack in a real browser (issue 18): an import dated in the future with preview
and undo, damaged stored data, storage that throws, a file of 20,000 unknown answers, and ids named
like Object's own properties. Nothing typed may be lost. Two tabs: test_browser_answers_tabs.py."""
from __future__ import annotations

import json

import pytest

from test_browser_answers import KEY, MODULE, NOTEBOOK, answer, context, stored  # noqa: F401 - context is a fixture

pytestmark = pytest.mark.browser

PROMPT = "#overdenking-wv-o1"
REAL = "2026-03-01T10:00:00.000Z"


def entry(id_: str, text: str, when: str = REAL) -> dict:
    return {"id": id_, "soort": "vraag", "module": "wat-is-vertrouwen", "vraag": "Aan wie denk je?", "titel": "",
            "antwoord": text, "gewijzigd": when}


def put(page, answers: dict) -> None:
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps({"formaat": 1, "antwoorden": answers})])


def write_file(tmp_path, name: str, answers: list, **extra) -> str:
    path = tmp_path / name
    path.write_text(json.dumps({"soort": "mijn-antwoorden", "formaat": 1, **extra, "antwoorden": answers}), encoding="utf-8")
    return str(path)


def status(page, selector: str = PROMPT):
    return page.locator(f"{selector} .lv-answer__status")


# ----------------------------------------------------------------------------
# Import: dates in the future, preview, undo (finding 3), odd ids (finding 8), size (finding 7)
# ----------------------------------------------------------------------------

def test_an_import_dated_9999_is_previewed_replaces_nothing_and_can_be_undone(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + NOTEBOOK)
    put(page, {"wv-o1": entry("wv-o1", "Mijn echte antwoord.")})
    page.reload()
    before = stored(page)
    path = write_file(tmp_path, "9999.json", [entry("wv-o1", "Uit de toekomst.", "9999-12-31T23:59:59.000Z"),
                                              entry("wv-o2", "Een nieuw antwoord.")])
    page.set_input_files("[data-lv-nb-import]", path)
    preview = page.locator("[data-lv-nb-preview]")
    preview.wait_for()
    assert stored(page) == before, "nothing is written before the confirmation"
    rows = {row.get_attribute("data-lv-actie"): row.inner_text() for row in preview.locator("li").all()}
    assert "Een nieuw antwoord." in rows["nieuw"]
    assert "datum in de toekomst" in rows["bewaard"] and rows["bewaard"].startswith("Blijft zoals het is")
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="Bestand ingelezen: 1 nieuw, 0 bijgewerkt, 1 al bekend").wait_for()
    assert stored(page)["wv-o1"]["antwoord"] == "Mijn echte antwoord."
    page.reload()
    page.click("[data-lv-nb=undo]")
    page.locator("[data-lv-nb-status]").filter(has_text="ongedaan gemaakt: 1 antwoord staat weer zoals ervoor").wait_for()
    assert stored(page) == before
    assert page.locator("[data-lv-nb-undo]").is_hidden()


def test_undo_keeps_an_answer_that_was_changed_after_the_import(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + NOTEBOOK)
    page.set_input_files("[data-lv-nb-import]", write_file(tmp_path, "in.json", [entry("wv-o1", "Uit het bestand."),
                                                                                  entry("wv-o2", "Ook uit het bestand.")]))
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="Bestand ingelezen").wait_for()
    module = context.new_page()
    module.goto(site_url + MODULE)
    answer(module, PROMPT, "Na de import zelf veranderd.")
    page.click("[data-lv-nb=undo]")
    page.locator("[data-lv-nb-status]").filter(has_text="1 antwoord heb je na de import nog veranderd").wait_for()
    assert {key: value["antwoord"] for key, value in stored(page).items()} == {"wv-o1": "Na de import zelf veranderd."}


def test_a_real_backup_restores_an_answer_after_a_bogus_9999_import(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + NOTEBOOK)
    put(page, {"wv-o1": entry("wv-o1", "Uit de toekomst.", "9999-12-31T23:59:59.000Z")})  # what the old code let in
    page.reload()
    page.set_input_files("[data-lv-nb-import]", write_file(tmp_path, "backup.json", [entry("wv-o1", "Uit mijn backup.")]))
    row = page.locator("[data-lv-nb-preview] li[data-lv-actie=vervangt-nieuwer]")
    assert "datum in de toekomst" in row.inner_text()
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="Bestand ingelezen").wait_for()
    assert stored(page)["wv-o1"]["antwoord"] == "Uit mijn backup."


def test_ids_named_like_object_properties_are_stored_and_shown(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + NOTEBOOK)
    ids = ["constructor", "__proto__", "toString"]
    page.set_input_files("[data-lv-nb-import]", write_file(tmp_path, "proto.json", [entry(i, "Antwoord " + i) for i in ids]))
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="3 nieuw").wait_for()
    assert sorted(stored(page)) == sorted(ids)
    assert sorted(page.locator(".lv-notebook__answer").all_inner_texts()) == sorted("Antwoord " + i for i in ids)
    assert page.evaluate("({}).antwoord === undefined && Object.prototype.constructor === Object")


def test_a_file_of_20000_unknown_answers_is_cut_to_the_bounds(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + NOTEBOOK)
    many = [entry(f"onbekend-{i}", f"Antwoord {i}") for i in range(20000)] + [entry("wv-o1", "Echt.")]
    page.set_input_files("[data-lv-nb-import]", write_file(tmp_path, "groot.json", many))
    summary = page.locator("[data-lv-nb-summary]")
    summary.wait_for()
    assert "meer dan 1.000 antwoorden" in summary.inner_text() and "passen niet meer" in summary.inner_text()
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="Bestand ingelezen").wait_for()
    kept = stored(page)
    assert len([key for key in kept if key.startswith("onbekend-")]) == 200, "unknown ids only within a bound"
    page.goto(site_url + MODULE)
    answer(page, PROMPT, "Een module-pagina blijft werken.")


# ----------------------------------------------------------------------------
# Damaged data (finding 4) and storage that throws
# ----------------------------------------------------------------------------

def test_damaged_data_is_kept_aside_before_a_write_and_offered_as_a_file(context, site_url, tmp_path):
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.evaluate("(key) => localStorage.setItem(key, '{\"antwoorden\": {\"wv-o2\": kapot')", KEY)
    page.reload()
    status(page).filter(has_text="kopie apart").wait_for(state="attached")
    answer(page, PROMPT, "Een nieuw antwoord.")
    assert page.evaluate(f"localStorage.getItem('{KEY}-beschadigd')") == '{"antwoorden": {"wv-o2": kapot'
    page.goto(site_url + NOTEBOOK)
    section = page.locator("[data-lv-nb-damaged]")
    assert "apart gezet" in section.inner_text()
    with page.expect_download() as download:
        page.click("[data-lv-nb=damaged-file]")
    path = tmp_path / "oud.txt"
    download.value.save_as(path)
    assert '"wv-o2": kapot' in path.read_text(encoding="utf-8")
    assert download.value.suggested_filename.endswith(".txt")


def test_when_the_copy_cannot_be_kept_nothing_overwrites_the_damaged_data(browser, site_url, tmp_path):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    context.add_init_script("""(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (String(key).includes('-beschadigd')) throw new DOMException('vol', 'QuotaExceededError');
        return set.call(this, key, value);
      };
    })();""")
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.evaluate("(key) => localStorage.setItem(key, '{kapot')", KEY)
    page.reload()
    page.locator(f"{PROMPT} .lv-answer__toggle").click()
    page.locator(f"{PROMPT} textarea").fill("Dit mag het oude niet wissen.")
    status(page).filter(has_text="Niet bewaard").wait_for()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == "{kapot"
    page.goto(site_url + NOTEBOOK)
    with page.expect_download() as download:
        page.click("[data-lv-nb=damaged-file]")
    path = tmp_path / "oud.txt"
    download.value.save_as(path)
    assert "{kapot" in path.read_text(encoding="utf-8"), "the data that did not fit aside comes as a file"
    page.click("[data-lv-nb=damaged-drop]")
    page.goto(site_url + MODULE)
    answer(page, PROMPT, "Nu kan het weer.")
    context.close()


def test_storage_that_throws_keeps_the_text_offers_a_file_and_destroys_nothing(browser, site_url, tmp_path):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    kept = json.dumps({"formaat": 1, "antwoorden": {"wv-o2": entry("wv-o2", "Al bewaard.")}})
    context.add_init_script(f"""(() => {{
      if (!localStorage.getItem('{KEY}')) localStorage.setItem('{KEY}', {json.dumps(kept)});
      Storage.prototype.setItem = function () {{ throw new DOMException('vol', 'QuotaExceededError'); }};
    }})();""")
    page = context.new_page()
    page.goto(site_url + MODULE)
    page.locator(f"{PROMPT} .lv-answer__toggle").click()
    page.locator(f"{PROMPT} textarea").fill("Dit blijft op het scherm.")
    status(page).filter(has_text="Niet bewaard").wait_for()
    assert "als bestand" in status(page).inner_text()
    with page.expect_download() as download:
        page.locator(f"{PROMPT} .lv-answer__rescue button").click()
    path = tmp_path / "antwoord.txt"
    download.value.save_as(path)
    assert "Dit blijft op het scherm." in path.read_text(encoding="utf-8")
    assert page.locator(f"{PROMPT} textarea").input_value() == "Dit blijft op het scherm."
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == kept
    page.goto(site_url + NOTEBOOK)
    page.set_input_files("[data-lv-nb-import]", write_file(tmp_path, "in.json", [entry("wv-o1", "Uit een bestand.")]))
    page.click("[data-lv-nb=import-yes]")
    page.locator("[data-lv-nb-status]").filter(has_text="niet ingelezen").wait_for()
    assert page.evaluate(f"localStorage.getItem('{KEY}')") == kept
    context.close()
