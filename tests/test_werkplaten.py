"""A werkplaat runs as written: it opens with its question, its minutes add up, and every sheet or text it
hands out is there, on the page and in its PDF. A case tells the begeleider what to listen for."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

from conftest import ROOT
from macros import material, pdfs
from macros.inline import plain_text

# Words in a materials line that name something to read or hand out, rather than post-its or a flap-over.
HANDOUT_WORDS = ("kijkwijzer", "werkblad", "uitdeelblad", "hand-out", "tabel", "tekst")
NAMED_SHEET = re.compile(r"uitdeelblad \*([^*]+)\*")
NAMED_CASE = re.compile(r"de casus \*([^*]+)\*")
SECTION = re.compile(r"kopje \*([^*]+)\*")
MODULE_NUMBER = re.compile(r"module (\d+)")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", plain_text(text)).strip()


def module_page(catalog, werkplaat, text: str) -> str:
    """The page a step points to ("uit module 6"), or else the werkplaat's own module page."""
    number = MODULE_NUMBER.search(text)
    modules = catalog.data.modules
    module = (next(m for m in modules if m.nummer == int(number.group(1))) if number
              else next(m for m in modules if m.id == werkplaat.module))
    return (ROOT / "docs" / module.pagina).read_text(encoding="utf-8")


def test_step_one_asks_the_opening_question(catalog):
    offenders = [f"{w.id}: stap 1 stelt niet de openingsvraag ({w.openingsvraag})" for w in catalog.data.werkplaten
                 if flat(w.openingsvraag) not in flat(w.stappen[0].tekst)]
    assert offenders == [], "\n".join(offenders)


def minute_problems(werkplaten) -> list[str]:
    return [f"{w.id}: {w.duur_minuten} minuten, maar de stappen duren er {sum(s.minuten for s in w.stappen)}"
            for w in werkplaten if sum(s.minuten for s in w.stappen) != w.duur_minuten]


def test_the_minutes_of_the_steps_add_up(catalog):
    assert minute_problems(catalog.data.werkplaten) == []
    wrong = catalog.data.werkplaten[0].model_copy(update={"duur_minuten": catalog.data.werkplaten[0].duur_minuten + 5})
    assert minute_problems([wrong]) == [f"{wrong.id}: {wrong.duur_minuten} minuten, maar de stappen duren er "
                                        f"{wrong.duur_minuten - 5}"]


def test_every_sheet_named_in_the_materials_exists(catalog):
    offenders = []
    for werkplaat in catalog.data.werkplaten:
        sheet = werkplaat.uitdeelblad
        for item in werkplaat.materialen:
            lowered = item.lower()
            named = NAMED_SHEET.search(item)
            if named and (sheet is None or sheet.titel != named.group(1)):
                offenders.append(f"{werkplaat.id}: geen uitdeelblad met de titel {named.group(1)!r}")
            elif not named and any(word in lowered for word in HANDOUT_WORDS) and not NAMED_CASE.search(item):
                word = next(word for word in HANDOUT_WORDS if word in lowered)
                if sheet is None or word not in sheet.titel.lower():
                    offenders.append(f"{werkplaat.id}: {item!r} staat niet op de site of in de print")
            case = NAMED_CASE.search(item)
            if case and not any(c.titel == case.group(1) for c in catalog.data.casussen):
                offenders.append(f"{werkplaat.id}: geen casus met de titel {case.group(1)!r}")
    assert offenders == [], "\n".join(offenders)


def test_a_text_read_together_is_a_named_section_on_the_sheet(catalog):
    offenders = []
    for werkplaat in catalog.data.werkplaten:
        for number, step in enumerate(werkplaat.stappen, start=1):
            if "lees samen" not in step.tekst.lower():
                continue
            section = SECTION.search(step.tekst)
            if not section:
                offenders.append(f"{werkplaat.id}, stap {number}: noemt niet welk kopje de groep leest")
                continue
            title = section.group(1)
            if f"\n## {title}\n" not in module_page(catalog, werkplaat, step.tekst):
                offenders.append(f"{werkplaat.id}, stap {number}: geen kopje {title!r} in de module")
            sheet = werkplaat.uitdeelblad
            if sheet is None or f"*{title}*" not in (sheet.inleiding or ""):
                offenders.append(f"{werkplaat.id}, stap {number}: het uitdeelblad bevat het kopje {title!r} niet")
    assert offenders == [], "\n".join(offenders)


def section_text(page: str, title: str) -> str:
    return page.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_a_sheet_that_follows_a_section_says_what_the_section_says(catalog):
    # The sheet repeats a module text for print; its quotes, bold terms and questions must not drift from it.
    offenders, checked = [], 0
    for werkplaat in catalog.data.werkplaten:
        sheet = werkplaat.uitdeelblad
        section = SECTION.search(sheet.inleiding or "") if sheet else None
        if not section:
            continue
        page = module_page(catalog, werkplaat, sheet.inleiding)
        text = flat(section_text(page, section.group(1)))
        for point in sheet.punten:
            pieces = re.findall(r'"[^"]+"', point) + [f"**{b}**" for b in re.findall(r"\*\*([^*]+)\*\*", point)]
            pieces += [point] if point.endswith("?") else []
            for piece in pieces:
                checked += 1
                if flat(piece) not in text:
                    offenders.append(f"{werkplaat.id}: {piece!r} staat niet onder het kopje {section.group(1)!r}")
    assert checked >= 10, "the data has sheets that follow a module text"
    assert offenders == [], "\n".join(offenders)


def test_a_sheet_is_on_the_page_and_on_a_page_of_its_own_in_the_pdf(catalog):
    sheets = [w for w in catalog.data.werkplaten if w.uitdeelblad]
    assert sheets, "the data has werkplaten with a sheet to check"
    for werkplaat in sheets:
        html = material.render_werkplaat(catalog, werkplaat.id)
        assert f'id="werkplaat-{werkplaat.id}-blad"' in html
        assert f"Uitdeelblad: {werkplaat.uitdeelblad.titel}" in html
        module = next(m for m in catalog.data.modules if m.id == werkplaat.module)
        data = pdfs.werkplaat_pdf(werkplaat, module, "https://voorbeeld.nl/w", "voorbeeld.nl/w", "Proefsite")
        pages = [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]
        assert len(pages) >= 2, werkplaat.id
        assert f"Uitdeelblad: {werkplaat.uitdeelblad.titel}" in pages[-1], werkplaat.id
        for point in werkplaat.uitdeelblad.punten:
            assert flat(point)[:40] in pages[-1], (werkplaat.id, point)
        assert "Stappen" not in pages[-1], "the sheet has a page of its own, to print for each participant"


def test_every_case_says_what_to_listen_for(catalog):
    missing = [case.id for case in catalog.data.casussen if not case.luisteren_naar]
    assert missing == [], "casussen zonder luisteren_naar: " + ", ".join(missing)


def test_a_case_printed_for_each_participant_is_on_the_sheet(catalog):
    # "De casus ..., geprint voor ieder" must be in the handout, or the begeleider has nothing to print (review 19).
    cases = {case.titel: case for case in catalog.data.casussen}
    offenders, checked = [], 0
    for werkplaat in catalog.data.werkplaten:
        sheet = " ".join(werkplaat.uitdeelblad.punten) if werkplaat.uitdeelblad else ""
        for item in werkplaat.materialen:
            case = NAMED_CASE.search(item)
            if case and "voor ieder" in item:
                checked += 1
                if flat(cases[case.group(1)].tekst) not in flat(sheet):
                    offenders.append(f"{werkplaat.id}: de casus {case.group(1)!r} staat niet op het uitdeelblad")
    assert checked >= 1, "the data has a werkplaat that prints a case for each participant"
    assert offenders == [], "\n".join(offenders)
