"""The planner (plannen/) in a real browser: draw, adjust, reload, keyboard, print, invite, links and safety.

One test is not in the browser: the planner's warnings in JavaScript and the build's rules in
macros/session_rules.py must agree on the same plans, so the two copies cannot drift apart.
"""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from urllib.parse import quote

import pytest

from axe_check import violations_in_both_schemes
from conftest import ROOT
from macros import planner
from macros.inline import plain_text
from macros.model import Session
from macros.offline import TOP_FOLDER, ZIP_PATH
from macros.session_rules import block_minutes, session_problems

MODULE = "gelijkwaardigheid"  # module 3, as in the five-minute trial
READY = f"sessie-{MODULE}"


def open_planner(browser, site_url, query: str = "", page_path: str = "plannen", **context_options):
    context = browser.new_context(locale="nl-NL", **context_options)
    page = context.new_page()
    page.goto(f"{site_url}{page_path}/{query}")
    page.locator(".lv-pl-page[data-lv-pl-ready-page]").wait_for(state="attached")
    return context, page


def blocks_text(page) -> list[str]:
    return page.locator(".lv-pl-block").evaluate_all(
        "rows => rows.map(r => r.querySelector('.lv-pl-block__time').textContent + ' ' + "
        "r.querySelector('.lv-pl-block__title').textContent)")


@pytest.mark.browser
def test_draw_step_and_reload_gives_the_identical_plan(browser, site_url, catalog):
    context, page = open_planner(browser, site_url)
    foreign = []  # the planner asks nothing of other sites, whatever it does
    page.on("request", lambda r: None if r.url.startswith((site_url, "data:", "blob:")) else foreign.append(r.url))
    page.check(f"input[data-lv-pl-module][value={MODULE}]")
    page.select_option("#lv-pl-duur", "120")
    page.click("[data-lv-pl-action=draw]")
    page.locator(".lv-pl-block").first.wait_for()
    assert page.locator(".lv-pl__total").inner_text().startswith("Samen 120 van 120 minuten")
    assert blocks_text(page)[0].startswith("13:30–")
    case = page.locator(".lv-pl-block", has_text="Casus:").first
    before = case.locator(".lv-pl-block__title").inner_text()
    case.locator("[data-act=next]").click()
    after = page.locator(".lv-pl-block", has_text="Casus:").first.locator(".lv-pl-block__title").inner_text()
    assert after != before and "Blok" in page.locator("[data-lv-pl-status]").inner_text()
    plan, link = blocks_text(page), page.url
    assert len(link) < 400, "short enough for WhatsApp"
    blocks = re.search(r"[?&]b=([^&]+)", link).group(1)
    ids = [i for part in re.findall(r"[WKCO]([a-z0-9.-]+)", blocks) for i in part.split(".")]
    modules = {**{c: d.module for c, (d, _, _) in catalog.cards.items()}, **{c.id: c.module for c in catalog.data.casussen},
               **{w: x.module for w, x in catalog.werkplaten.items()},
               **{p.id: m for m, ps in catalog.prompts.items() for p in ps}}
    assert ids and {modules[i] for i in ids} == {MODULE}, "the draw keeps to the chosen module"
    context.close()
    fresh, again = open_planner(browser, site_url, "?" + link.split("?", 1)[1])
    assert blocks_text(again) == plan
    assert again.url == link, "the address reads back unchanged"
    fresh.close()
    assert foreign == []


@pytest.mark.browser
def test_minutes_and_phase_change_the_clock_and_warnings(browser, site_url):
    context, page = open_planner(browser, site_url, f"?klaar={READY}")
    assert page.locator("[data-lv-pl-warnings-box]").is_hidden()
    first = page.locator(".lv-pl-block").first
    # The plan pauses near the middle, so the first block must grow a lot before 90 minutes pass without one.
    first.locator("[data-slot=minutes]").fill("75")
    first.locator("[data-slot=minutes]").press("Tab")
    assert page.locator(".lv-pl-block").nth(1).locator(".lv-pl-block__time").inner_text().startswith("14:45")
    assert "60 minuten te veel" in page.locator(".lv-pl__total").inner_text()
    page.locator(".lv-pl-block").first.locator("[data-slot=phase]").select_option("verkennen")
    warnings = page.locator("[data-lv-pl-warnings]").inner_text()
    assert "fase openen" in warnings and "langer dan de 120 minuten" in warnings and "zonder pauze" in warnings
    context.close()


@pytest.mark.browser
def test_build_a_plan_with_the_keyboard_only(browser, site_url):
    context, page = open_planner(browser, site_url)
    page.focus(f"input[data-lv-pl-module][value={MODULE}]")
    page.keyboard.press("Space")
    for kind in ["vrij", "kaartjes", "casus"]:
        page.focus("#lv-pl-nieuw")
        page.keyboard.press("Home")
        index = ["werkplaat", "kaartjes", "casus", "overdenking", "pauze", "vrij"].index(kind)
        for _ in range(index):
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
    assert page.locator(".lv-pl-block").count() == 3
    # The focus lands on the new block; move it up twice with Enter on its own button.
    assert page.evaluate("document.activeElement.closest('li').dataset.index") == "2"
    for _ in range(3):  # from ◄ past the die and ► to ▲
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.act") == "up"
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    titles = blocks_text(page)
    assert "Casus:" in titles[0] and "Eigen blok" in titles[1] and "kaartjes:" in titles[2].lower()
    assert re.search(r"b=Cgw-c\d+(F\d)?V(F\d)?K", page.url), page.url
    context.close()


def printed(page, edition: str) -> tuple[str, int]:
    from pypdf import PdfReader
    page.emulate_media(media="screen")
    page.evaluate("window.print = () => {}")
    page.click(f"[data-lv-pl-print={edition}]")
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages), len(reader.pages)


@pytest.mark.browser
def test_print_both_editions(browser, site_url, catalog):
    session = catalog.sessions[READY]
    werkplaat = catalog.werkplaten[next(b.werkplaat for b in session.blokken if b.soort == "werkplaat")]
    case = catalog.cases[next(b.casus for b in session.blokken if b.casus)]
    context, page = open_planner(browser, site_url, f"?klaar={READY}")
    trainer, pages = printed(page, "begeleider")
    assert 2 <= pages <= 10
    assert "Voor de begeleider".upper() in trainer.upper() and "13:30–13:45" in trainer
    assert " ".join(werkplaat.begeleidersnotities[0].split()[:5]) in trainer, "facilitator notes are on paper"
    step = " ".join(plain_text(werkplaat.stappen[0].tekst).split()[:5])  # *emphasis* is type on paper, not asterisks
    assert step in trainer and "Meenemen en klaarzetten" in trainer and werkplaat.materialen[0].split()[0] in trainer
    assert "Kaartjes printen" in trainer and "Een bijeenkomst plannen" not in trainer
    group, _ = printed(page, "deelnemers")
    assert " ".join(case.tekst.split()[:6]) in group and "13:30–13:45" in group
    assert " ".join(werkplaat.begeleidersnotities[0].split()[:5]) not in group
    assert step not in group and "Meenemen" not in group
    assert page.locator(".lv-pl-paper .lv-prompt__lines").count() >= 2, "writing lines for cases and prompts"
    context.close()


@pytest.mark.browser
def test_invite_and_the_participant_view(browser, site_url, catalog):
    context, page = open_planner(browser, site_url, f"?klaar={READY}",
                                 permissions=["clipboard-read", "clipboard-write"])
    page.fill("#lv-pl-datum", "2026-12-03")
    page.fill("#lv-pl-plek", "Wijkcentrum De Brug")
    page.locator("#lv-pl-plek").press("Tab")
    page.fill("#lv-pl-naam", "Fatima")
    text = page.input_value("#lv-pl-bericht")
    link = page.input_value("#lv-pl-link")
    assert "donderdag 3 december 2026" in text and "Wijkcentrum De Brug" in text and text.rstrip().endswith("Fatima")
    assert link in text and "/bijeenkomst/?" in link and "klaar=" not in link
    assert page.locator("[data-lv-pl-qr] svg[role=img]").count() == 1
    page.click("button[data-lv-pl-copy=lv-pl-bericht]")
    page.locator("button[data-lv-pl-copy=lv-pl-bericht] + [role=status]").filter(has_text="Gekopieerd").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == text
    page.goto(link)
    view = page.locator(".lv-pl-paper")
    view.locator(".lv-pl-sheet").wait_for()
    session = catalog.sessions[READY]
    case = catalog.cases[next(b.casus for b in session.blokken if b.casus)]
    assert case.titel in view.inner_text() and "Wijkcentrum De Brug" in view.inner_text()
    assert page.locator(".lv-pl").is_hidden() and page.locator("details.lv-werkplaat__notes").count() == 0
    assert page.locator("h1").inner_text() == session.titel
    context.close()


@pytest.mark.browser
def test_old_invitation_links_keep_working(browser, site_url):
    query = f"?m={MODULE}&k=gw-01,gw-02&o=gw-o1&w=gw-twaalf-vragen&d=2026-12-03&t=14:00&p=Zaal%202"
    context, page = open_planner(browser, site_url, query)
    assert [t.split(" ", 1)[1].split(":")[0] for t in blocks_text(page)] == ["Denkkaartjes", "Werkplaat", "Ter overdenking"]
    assert blocks_text(page)[0].startswith("14:00") and "uitnodigingsbouwer" in page.locator("[data-lv-pl-status]").inner_text()
    page.goto(f"{site_url}selectie/{query}")
    page.locator(".lv-selection #kaart-gw-02").wait_for()
    assert page.locator(".lv-selection #werkplaat-gw-twaalf-vragen").count() == 1
    context.close()


@pytest.mark.browser
def test_an_unknown_id_is_named_and_the_rest_still_shows(browser, site_url):
    context, page = open_planner(browser, site_url, "?v=1&b=Kgw-01.weg-99M15F1Cweg-c9Wgw-twaalf-vragen&duur=120")
    problems = page.locator("[data-lv-pl-problems]")
    assert problems.is_visible() and "kaartje 'weg-99' bestaat niet" in problems.inner_text() and "casus 'weg-c9'" in problems.inner_text()
    assert len(blocks_text(page)) == 2
    context.close()


CRAFTED = {"titel": '"><img src=x onerror=alert(21)>', "n": "<svg onload=window.lvPwned=22>", "m": "<b>x</b>",
           "p": "<script>window.lvPwned=23</script>", "klaar": "'><img src=x onerror=alert(24)>", "b": "Vgw-01<img>"}


@pytest.mark.browser
@pytest.mark.parametrize("view", ["plannen", "bijeenkomst"])
def test_a_crafted_link_shows_its_values_as_text(browser, site_url, view):
    dialogs = []
    query = "?v=1&" + "&".join(f"{k}={quote(v)}" for k, v in CRAFTED.items())
    context, page = open_planner(browser, site_url, query, page_path=view)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.wait_for_timeout(300)
    assert dialogs == [] and page.evaluate("window.lvPwned || null") is None
    assert page.locator("article img[src=x], article svg[onload], article b:text('x')").count() == 0
    if view == "plannen":
        assert CRAFTED["klaar"] in page.locator("[data-lv-pl-problems]").inner_text()
        assert page.input_value("#lv-pl-titel") == CRAFTED["titel"]
    else:
        assert CRAFTED["titel"] in page.locator("h1").inner_text()
    context.close()


@pytest.mark.browser
def test_no_axe_violations_light_and_dark_and_no_sideways_scroll_at_360(browser, site_url):
    context, page = open_planner(browser, site_url, f"?klaar={READY}", color_scheme="light",
                                 viewport={"width": 360, "height": 740})
    failures = {}
    for query in [f"plannen/?klaar={READY}", f"bijeenkomst/?klaar={READY}"]:
        page.goto(f"{site_url}{query}")
        found = violations_in_both_schemes(page)
        if found:
            failures[query] = found
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, query
    context.close()
    assert failures == {}


@pytest.mark.browser
def test_the_planner_works_offline_from_disk(browser, real_site, tmp_path):
    with zipfile.ZipFile(real_site / ZIP_PATH) as archive:
        archive.extractall(tmp_path)
    context = browser.new_context(locale="nl-NL")
    page, remote = context.new_page(), []
    page.on("request", lambda r: remote.append(r.url) if r.url.startswith("http") else None)
    page.goto((tmp_path / TOP_FOLDER / "plannen.html").as_uri() + f"?klaar={READY}")
    page.locator(".lv-pl-block").first.wait_for()
    assert page.locator(".lv-pl__total").inner_text().startswith("Samen 120 van 120")
    assert page.input_value("#lv-pl-link").startswith("https://"), "a link from disk points to the online site"
    context.close()
    assert remote == []


# ----------------------------------------------------------------------------
# The planner's warnings agree with the build's rules (no browser; node runs the script)
# ----------------------------------------------------------------------------

MUTATIONS = ["as-is", "drop-first", "drop-last", "no-pause", "longer"]
NODE = """
const M = (await import(process.argv[1] + '/docs/assets/js/planner-model.js')).default;
const data = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));
const model = M.create(data), out = {};
for (const s of data.sessions) for (const m of %s) {
  const plan = model.decode('klaar=' + s.id).plan;
  if (m === 'drop-first') plan.blocks.shift();
  if (m === 'drop-last') plan.blocks.pop();
  if (m === 'no-pause') plan.blocks = plan.blocks.filter(b => b.kind !== 'pauze');
  if (m === 'longer') plan.blocks[1].minutes = model.blockMinutes(plan.blocks[1]) + 30;
  out[s.id + ' ' + m] = model.warnings(plan).map(w => w.code).sort();
}
console.log(JSON.stringify(out));
"""


def python_codes(session, mutation, catalog) -> list[str]:
    raw = session.model_dump()
    blocks = raw["blokken"]
    blocks.pop(0) if mutation == "drop-first" else blocks.pop() if mutation == "drop-last" else None
    if mutation == "no-pause":
        raw["blokken"] = [b for b in blocks if b["soort"] != "pauze"]
    if mutation == "longer":
        blocks[1]["minuten"] = block_minutes(session.blokken[1], catalog.werkplaten) + 30
    changed = Session.model_validate(raw)
    total = sum(block_minutes(b, catalog.werkplaten) for b in changed.blokken)
    problems = " ".join(session_problems(changed, catalog))
    found = [code for code, words in {"opening": "'openen'", "closing": "'afsluiten'", "pause": "zonder pauze"}.items()
             if words in problems]
    return sorted(found + (["total"] if total > session.duur_minuten else []))


def test_the_planner_warns_by_the_same_rules_as_the_build(catalog):
    node = shutil.which("node")
    assert node, "node ontbreekt: installeer nodejs"
    assert catalog.data.sessies, "the data file has ready plans to compare"
    data = json.dumps(planner.planner_data(catalog, "plannen/", "https://example.org/"))
    result = subprocess.run([node, "--input-type=module", "-e", NODE % json.dumps(MUTATIONS), str(ROOT)], input=data,
                            capture_output=True, text=True, timeout=60, check=True)
    javascript = json.loads(result.stdout)
    python = {f"{s.id} {m}": python_codes(s, m, catalog) for s in catalog.data.sessies for m in MUTATIONS}
    assert javascript == python
    assert any(codes for codes in python.values()), "the mutations do trigger warnings"
