"""The ready plans as a training designer reads them: every block adds something new, and the arc holds.

A plan opens with a welcome and the group agreements, has one moment where people agree on what
they will do, pauses near the middle, and never asks the same question twice. A traject opens each
meeting from the second on with a look back. The build already checks that items exist and minutes
add up (session_rules); these tests check the design, on the data file and on the rendered plan.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import combinations

import pytest

from macros import sessions
from macros.session_rules import block_minutes, block_phase

# ----------------------------------------------------------------------------
# How alike two questions are
# ----------------------------------------------------------------------------

# Function words, and words that every question on this site shares (the theme, the people at work):
# two questions are alike when they share what they ask about, not when both say "je" and "vertrouwen".
STOPWORDS = set("""de het een en of in op aan met van voor naar bij over uit om tot als dan dat die dit deze wat
    wie welk welke wanneer waar waarom hoe je jij jou jouw jullie ik mij me mijn we wij ons onze zij ze hij hem
    zijn haar hun hen er is was waren ben bent heeft heb hebt had kan kun kunt kon mag moet wil zou zal wordt
    worden werd niet geen nog al ook maar zo toen nu meer zich zelf eigen iets iemand ander andere anderen daar
    hier heel echt eens even laatst week deze wel doet doen deed gaat gaan staat weet weten welke minstens één
    te terwijl toch omdat want zodat zonder noem denk vertrouwen vertrouwt werk team collega collega's cliënt cliënten partner partners mensen samen""".split())
# Words the material uses for the same thing; without them "eng" and "spannend" would count as different.
SYNONYMS = {"eng": "spannend", "spannends": "spannend", "gedelegeerd": "weggegeven", "delegeren": "weggeven"}
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _stem(word: str) -> str:
    word = SYNONYMS.get(word, word)
    for suffix in ("en", "e", "s", "t"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in WORD.findall(text.lower().replace("*", "")) if w not in STOPWORDS}


def alike(first: str, second: str) -> bool:
    """Nearly the same question: the same wording, or the same content words for the most part."""
    if SequenceMatcher(None, first.lower(), second.lower()).ratio() >= 0.7:
        return True
    a, b = content_words(first), content_words(second)
    shared = a & b
    return len(shared) >= 2 and len(shared) / min(len(a), len(b)) >= 0.4


def test_the_measure_catches_the_repeats_the_issue_found():
    # The texts as the data file had them when the plans repeated themselves (issue 19, section 2).
    repeats = [
        ("Zelf aan de andere kant. Wanneer was jij zelf afhankelijk van een professional, en wat hield je toen voor je?",
         "Denk aan een keer dat jij afhankelijk was van een professional. Wat durfde je niet te zeggen, en waarom niet?"),
        ("Wie doet het werk? Bij wie neem jij steeds meer over, terwijl de ander steeds minder doet?",
         "Bij welke cliënt of ouder neem jij steeds meer over? Wat gebeurt er als je één taak teruggeeft?"),
        ("Weggegeven of losgelaten? Welke taak heb je gedelegeerd, terwijl je toch steeds meekijkt?",
         "Welke taak heb jij weggegeven, maar nog niet losgelaten?"),
        ("De kleren van de keizer. Wat ziet iedereen in jullie netwerk, maar zegt niemand hardop?",
         "Welke vraag durft in jouw netwerk niemand te stellen?"),
        ("Hoe ziet gelukt eruit? Hoe ziet jouw werk met deze cliënt of partner eruit als het over een jaar gelukt is?",
         "Hoe ziet ons werk eruit als het over een jaar gelukt is?"),
        ("Oefenen als fietsen. Wat hielp jou toen een vaardigheid die eerst eng voelde, gewoon werd?",
         "Wat deed je vaak, voordat iets spannends voor jou gewoon werd?"),
    ]
    assert [pair for pair in repeats if not alike(*pair)] == []
    different = [("Waar ben je thuis? Welk deel van je werk ken je zo goed dat je je er zeker voelt?",
                  "Wat weten jouw collega's over wat jij kunt?"),
                 ("Makkelijke relaties. Wat hebben de mensen met wie je makkelijk samenwerkt met elkaar gemeen?",
                  "Aan welke signalen merk jij dat iemand jou gaat vertrouwen?")]
    assert [pair for pair in different if alike(*pair)] == []


def block_questions(block, catalog) -> list[tuple[str, str]]:
    """What a block asks the group, as (id, text): cards with their title, prompts, the opening question, the case."""
    if block.soort == "kaartjes":
        return [(card_id, f"{catalog.cards[card_id][2].titel}. {catalog.cards[card_id][2].tekst}")
                for card_id in block.kaarten]
    if block.soort == "overdenking":
        prompts = {p.id: p for ps in catalog.prompts.values() for p in ps}
        return [(prompt_id, prompts[prompt_id].tekst) for prompt_id in block.vragen]
    if block.soort == "werkplaat":
        return [(block.werkplaat, catalog.werkplaten[block.werkplaat].openingsvraag)]
    if block.soort == "casus":
        return [(block.casus, catalog.cases[block.casus].vraag)]
    return []


def test_no_two_blocks_in_a_plan_ask_nearly_the_same_question(catalog):
    repeats = []
    for session in catalog.data.sessies:
        per_block = [block_questions(block, catalog) for block in session.blokken]
        for first, second in combinations(per_block, 2):
            repeats += [f"{session.id}: {a_id} en {b_id}" for a_id, a in first for b_id, b in second if alike(a, b)]
    assert repeats == [], "\n".join(repeats)


# ----------------------------------------------------------------------------
# The arc: welcome and agreements, one agreement moment, a pause near the middle
# ----------------------------------------------------------------------------

# The last steps of a werkplaat that end in a choice of what to do: a doekaartje, a resolution, an agreement.
COMMITMENT = re.compile(r"doekaartje|voornemen|spreek\w*\b.*\baf\b|\bkiez|\bkies\b|noemen dat", re.IGNORECASE)


def agreement_moments(session, catalog) -> list[int]:
    """The blocks (by number) where the group agrees on what they will do."""
    moments = []
    for number, block in enumerate(session.blokken, start=1):
        ends_with_a_choice = block.soort == "werkplaat" and any(
            COMMITMENT.search(step.tekst) for step in catalog.werkplaten[block.werkplaat].stappen[-2:])
        if block_phase(block, catalog) == "afspreken" or ends_with_a_choice:
            moments.append(number)
    return moments


def test_every_plan_opens_with_a_welcome_and_the_group_agreements(catalog):
    assert catalog.data.veiligheid and len(catalog.data.veiligheid.afspraken) >= 4
    wrong = [session.id for session in catalog.data.sessies
             if not (session.blokken[0].soort == "vrij" and block_phase(session.blokken[0], catalog) == "openen"
                     and "welkom" in (session.blokken[0].titel or "").lower()
                     and "groepsafspraken" in f"{session.blokken[0].titel} {session.blokken[0].tekst}".lower())]
    assert wrong == []


def test_every_plan_has_one_agreement_moment(catalog):
    counts = {session.id: agreement_moments(session, catalog) for session in catalog.data.sessies}
    assert {sid: moments for sid, moments in counts.items() if len(moments) != 1} == {}


def test_no_doekaartjes_round_follows_a_werkplaat_that_ends_with_one(catalog):
    doubled = []
    for session in catalog.data.sessies:
        after = False
        for block in session.blokken:
            if after and block.soort == "kaartjes" and any(catalog.cards[c][2].soort == "doe" for c in block.kaarten):
                doubled.append(session.id)
            if block.soort == "werkplaat" and "doekaartje" in catalog.werkplaten[block.werkplaat].stappen[-1].tekst + \
                    catalog.werkplaten[block.werkplaat].stappen[-2].tekst:
                after = True
    assert doubled == []


def test_the_pause_falls_near_the_middle(catalog):
    late = []
    for session in catalog.data.sessies:
        starts, now = {}, 0
        for block in session.blokken:
            starts.setdefault(block.soort, now)
            now += block_minutes(block, catalog.werkplaten)
        if session.duur_minuten <= 90:
            continue  # a team meeting of an hour needs no pause
        pause = starts.get("pauze")
        if pause is None or not session.duur_minuten / 3 <= pause <= 2 * session.duur_minuten / 3:
            late.append(f"{session.id}: pauze na {pause} van {session.duur_minuten} minuten")
    assert late == []


def test_a_pause_row_shows_no_phase(catalog):
    for session in catalog.data.sessies:
        rows = sessions.session_rows(catalog, session.id, "trainers/")
        kinds = [block.soort for block in session.blokken]
        assert all(row["phase"] == "" for row, kind in zip(rows, kinds) if kind == "pauze")
        assert all(row["phase"] for row, kind in zip(rows, kinds) if kind != "pauze")


def test_minutes_add_up_and_werkplaten_keep_their_own_time(catalog):
    for session in catalog.data.sessies:
        assert sum(block_minutes(b, catalog.werkplaten) for b in session.blokken) == session.duur_minuten, session.id
        for block in session.blokken:
            if block.soort == "werkplaat" and block.minuten is not None:
                # A werkplaat runs as written, so a plan cannot squeeze it.
                assert block.minuten == catalog.werkplaten[block.werkplaat].duur_minuten, (session.id, block.werkplaat)


def test_every_plan_says_why_this_order(catalog):
    assert [s.id for s in catalog.data.sessies if not s.waarom or len(s.waarom.split()) < 20] == []


# ----------------------------------------------------------------------------
# Beyond one meeting: short plans and a traject
# ----------------------------------------------------------------------------

def test_short_plans_for_a_team_meeting_cover_four_modules(catalog):
    in_traject = sessions.traject_sessions(catalog)
    short = {s.module for s in catalog.data.sessies if 45 <= s.duur_minuten <= 60 and s.id not in in_traject}
    assert len(short) >= 4, short


def test_a_traject_looks_back_evaluates_and_follows_up(catalog):
    assert catalog.data.trajecten, "the data file has a traject"
    for traject in catalog.data.trajecten:
        plans = [catalog.sessions[meeting.sessie] for meeting in traject.bijeenkomsten]
        assert len(plans) >= 4, "three or four meetings, and a follow-up"
        assert len({block_module for plan in plans for block_module in _modules(plan, catalog)}) >= 3
        for plan in plans[1:]:
            # The welcome and the group agreements first, then the look back on the agreements.
            assert [block.soort for block in plan.blokken[:2]] == ["vrij", "terugblik"], f"{plan.id} begint niet met een terugblik"
        assert any("evaluatie" in (block.titel or "").lower() for plan in plans for block in plan.blokken)
        assert re.search(r"vier tot zes weken", traject.bijeenkomsten[-1].wanneer)


def _modules(plan, catalog) -> set[str]:
    return {sessions._item_module(block, catalog) for block in plan.blokken} - {None}


# ----------------------------------------------------------------------------
# Words: the plans speak to the begeleider in the site's terms
# ----------------------------------------------------------------------------

def _plan_texts(catalog):
    for session in catalog.data.sessies:
        yield session.id, session.waarom or ""
        for block in session.blokken:
            yield session.id, f"{block.titel or ''} {block.tekst or ''}"
    for traject in catalog.data.trajecten:
        yield traject.id, traject.beschrijving


@pytest.mark.parametrize("pattern, why", [
    (r"\b(hij|hem)\b(?! of (zij|haar))", "generic 'hij': write the plural or 'de ander'"),
    (r"\bmanager|\bleidinggevende", "the site says teamleider"),
    (r"\bflap(pen)?\b(?!-)", "the site says flap-over"),
    (r"\btrainer", "the site says begeleider"),
    (r"meer mensen mogen hetzelfde kaartje", "said once, on the trainers' page"),
])
def test_plan_texts_use_the_sites_terms(catalog, pattern, why):
    offenders = [f"{where}: {text}" for where, text in _plan_texts(catalog) if re.search(pattern, text, re.IGNORECASE)]
    assert offenders == [], why


# ----------------------------------------------------------------------------
# The safety frame: written once, shown on the page, in every handout and in the begeleider's print
# ----------------------------------------------------------------------------

def _plain(text: str) -> str:
    from macros.inline import plain_text
    return re.sub(r"\s+", " ", plain_text(text))


def test_the_group_agreements_stand_on_the_page_and_in_every_handout(real_site, catalog):
    from pypdf import PdfReader

    from macros import addresses
    frame = catalog.data.veiligheid
    page = (real_site / "trainers/veilig-werken/index.html").read_text(encoding="utf-8")
    for anchor in ("veiligheid-in-de-groep", "agressie-en-je-eigen-veiligheid", "meldcode-beroepsgeheim-en-privacy"):
        assert f'id="{anchor}"' in page, anchor
    page_text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
    assert all(_plain(line) in page_text for line in frame.afspraken)
    # The meldcode box states the norm, not only the right to report.
    assert "meld je altijd bij Veilig Thuis" in page_text and "Bel dan 112" in page_text
    trainers = (real_site / "trainers/index.html").read_text(encoding="utf-8")
    assert "veilig-werken/#veiligheid-in-de-groep" in trainers and "veilig-werken/#meldcode-beroepsgeheim-en-privacy" in trainers
    for werkplaat in catalog.data.werkplaten:
        reader = PdfReader(real_site / addresses.werkplaat_pdf(werkplaat.id))
        text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
        assert frame.titel in text and _plain(frame.afspraken[1])[:40] in text, werkplaat.id
        assert "veilig-werken" in text, werkplaat.id


@pytest.mark.browser
def test_the_group_agreements_are_in_the_begeleider_print_only(browser, site_url, catalog):
    from test_browser_planner import open_planner, printed

    frame = catalog.data.veiligheid
    for session_id in ("sessie-keten", "traject-wijkteam-2", "kort-deskundigheid"):
        context, page = open_planner(browser, site_url, f"?klaar={session_id}")
        assert page.locator(".lv-pl-block").count() == len(catalog.sessions[session_id].blokken), session_id
        trainer, _ = printed(page, "begeleider")
        assert frame.titel.upper() in trainer.upper() and _plain(frame.afspraken[2])[:30] in trainer, session_id
        group, _ = printed(page, "deelnemers")
        assert _plain(frame.afspraken[2])[:30] not in group, session_id
        context.close()


def test_a_traject_with_an_unknown_plan_stops_the_build_with_a_clear_message(tmp_path):
    import yaml

    from conftest import ROOT
    from macros.loader import DataError, load_catalog
    data = yaml.safe_load((ROOT / "docs/data/leermateriaal.yml").read_text(encoding="utf-8"))
    data["trajecten"][0]["bijeenkomsten"][1]["sessie"] = "bestaat-niet"
    broken = tmp_path / "leermateriaal.yml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_catalog(broken)
    message = str(error.value)
    assert "traject 'traject-wijkteam', bijeenkomst 2, veld 'sessie'" in message and "'bestaat-niet'" in message
