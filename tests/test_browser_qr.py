"""Every QR code a tool shows (issue 20, point 10) decodes: on screen at the size shown, as the PNG and SVG
downloads, and on paper with the code 2 cm wide (the agreement card is on paper only). The links are realistic and long: a two-hour plan with
title, date, place and name; six own cards with the site's own texts; a full invitation. A code is read
back with zxing-cpp, as tests/test_browser_afspraak_print.py does."""
from __future__ import annotations

import base64
import io
import json
import subprocess
import zlib

import pytest
import zxingcpp
from PIL import Image

from conftest import _site_url_setting
from test_browser_own_cards import open_maker

pytestmark = pytest.mark.browser

READY = "sessie-wat-is-vertrouwen"
DPI = 300
TWO_CM = round(2 / 2.54 * DPI)  # 236 pixels: the whole code, quiet zone included, 2 cm wide at 300 dpi
# The most modules a side each tool's realistic code may have (before this change: 69, 101 and 57).
MOST_MODULES = {"plan": 57, "kaartjes": 85, "uitnodiging": 49}


def read(image: Image.Image) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(image.convert("L"))]


def modules_of(page, svg: str) -> int:
    """The modules a side of the code on the page: its viewBox less the quiet zone of four on each side."""
    return int(page.evaluate("(s) => document.querySelector(s).viewBox.baseVal.width", svg)) - 8


def check_shown(page, svg: str, link: str) -> None:
    """The code as the page shows it, at device scale 1, reads back as the link."""
    code = page.locator(svg)
    code.scroll_into_view_if_needed()
    width = code.bounding_box()["width"]
    assert read(Image.open(io.BytesIO(code.screenshot()))) == [link], f"shown at {width:.0f} px"


def check_downloads(page, box: str, link: str, name: str) -> None:
    """Both downloads, by keyboard and by click, carry the tool's file name and read back as the link: the PNG
    as it is (fit for a slide), the SVG drawn by the browser at its own size and at 2 cm (236 px) wide."""
    count = modules_of(page, box + " svg")
    buttons = page.locator(box + " [data-lv-qr-save]")
    for button in buttons.all():
        size = button.bounding_box()
        assert size["height"] >= 24 and size["width"] >= 24, "a target of at least 24 px"
    with page.expect_download() as png:
        buttons.filter(has_text="PNG").focus()
        page.keyboard.press("Enter")
    assert png.value.suggested_filename == name + ".png"
    image = Image.open(png.value.path())
    assert image.width == image.height >= 600 and image.width // (count + 8) >= 10, image.size
    assert read(image) == [link]
    assert page.locator(box + " [data-lv-qr-status]").inner_text() == f"De QR-code staat in je downloads: {name}.png."
    with page.expect_download() as svg:
        buttons.filter(has_text="SVG").click()
    assert svg.value.suggested_filename == name + ".svg"
    text = open(svg.value.path(), encoding="utf-8").read()
    assert text.count("<path") == 1 and 'shape-rendering="crispEdges"' in text
    assert f'viewBox="0 0 {count + 8} {count + 8}"' in text
    drawn = page.context.new_page()
    source = "data:image/svg+xml;base64," + base64.b64encode(text.encode()).decode()
    for width in (None, TWO_CM):
        drawn.set_content(f'<body style="margin:0;background:#fff"><img src="{source}"'
                          + (f' width="{width}"' if width else "") + "></body>")
        drawn.locator("img").wait_for()
        assert read(Image.open(io.BytesIO(drawn.locator("img").screenshot()))) == [link], f"SVG at {width or 'own'} px"
    drawn.close()


def check_paper(pdf: bytes, link: str, count: int, tmp_path, name: str) -> list[float]:
    """The printed code reads back as the link from a 300 dpi raster of the PDF, at its printed size and scaled
    so the code is 2 cm wide. The printed width is measured on the raster: zxing gives the code's corners.
    Returns the printed widths in mm, quiet zone included."""
    (tmp_path / f"{name}.pdf").write_bytes(pdf)
    # Plain PPM, not PNG: the same pixels, without compressing A4 sheets at 300 dpi only to unpack them again.
    subprocess.run(["pdftoppm", "-r", str(DPI), str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
    widths = []
    for sheet in sorted(tmp_path.glob(f"{name}-*.ppm")):
        image = Image.open(sheet)
        for code in zxingcpp.read_barcodes(image.convert("L")):
            assert code.text == link
            corners = code.position
            symbol = max(abs(corners.top_right.x - corners.top_left.x), abs(corners.bottom_right.x - corners.bottom_left.x))
            whole = symbol * (count + 8) / count
            widths.append(whole / DPI * 25.4)
            factor = TWO_CM / whole
            small = image.resize((round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS)
            assert link in read(small), f"{name}: the code at 2 cm (printed at {widths[-1]:.0f} mm)"
    assert widths, f"{name}: no QR code on paper"
    return widths


# ---------------------------------------------------------------------------- the planner


def test_the_plans_code_decodes_shown_downloaded_and_at_2_cm_on_both_prints(browser, site_url, tmp_path):
    context = browser.new_context(locale="nl-NL", accept_downloads=True, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{site_url}plannen/?klaar={READY}")
    page.locator(".lv-pl-block").first.wait_for()
    for field, value in [("#lv-pl-titel", "Teamdag vertrouwen en samenwerken"), ("#lv-pl-datum", "2026-12-10"),
                         ("#lv-pl-plek", "Wijkcentrum De Brug, zaal 2"), ("#lv-pl-naam", "Sanne de Vries")]:
        page.fill(field, value)
        page.locator(field).dispatch_event("change")
    link = page.input_value("#lv-pl-link")
    assert "Sanne" not in link and "duur=" not in link and "Brug,+zaal" in link, link
    count = modules_of(page, "[data-lv-pl-qr] svg")
    assert count <= MOST_MODULES["plan"], f"{count} modules for {len(link)} characters"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "no sideways scrolling at 360 px"
    check_shown(page, "[data-lv-pl-qr] svg", link)
    # "om op een dia of de uitnodiging te zetten": the downloads are in the same figure.
    figure = page.locator("[data-lv-pl-qr-box]")
    assert "om op een dia" in figure.locator("figcaption").inner_text() and figure.locator("[data-lv-qr-save]").count() == 2
    check_downloads(page, "[data-lv-pl-qr-box]", link, "qr-plan-2026-12-10")
    page.evaluate("window.print = () => {}")  # the dialog; the test prints itself
    for edition in ("deelnemers", "begeleider"):
        page.click(f"[data-lv-pl-print={edition}]")
        page.emulate_media(media="print")
        pdf = page.pdf(format="A4", prefer_css_page_size=True)
        page.emulate_media(media="screen")
        widths = check_paper(pdf, link, count, tmp_path, edition)
        assert len(widths) == 1 and 29 <= widths[0] <= 31, widths
    # The participant's own page prints the same code, to the same page.
    page.goto(link)
    page.locator(".lv-pl-paper .lv-pl-sheet").wait_for()
    assert page.locator(".lv-pl-sheet__qr").is_hidden(), "on screen the group is on its page already"
    page.emulate_media(media="print")
    check_paper(page.pdf(format="A4", prefer_css_page_size=True), link, count, tmp_path, "groep")
    context.close()


# ---------------------------------------------------------------------------- own cards


def six_cards(catalog) -> list[dict]:
    cards = [c for d in catalog.decks_of("wat-is-vertrouwen") for c in d.kaarten][:6]
    assert len(cards) == 6
    return [[c.soort, c.titel, c.tekst] for c in cards]


def qr_form(link: str) -> str:
    """The own-cards link as its QR code carries it: the same bytes as digits (eigen-kaartjes-link.js,
    forQr), so the code needs fewer modules; the link to copy stays as it is."""
    data = base64.urlsafe_b64decode(link.split("#set=1.")[1] + "==")
    digits = "".join(f"{data[i] * 256 + data[i + 1]:05d}" if i + 1 < len(data) else f"{data[i]:03d}" for i in range(0, len(data), 2))
    return link.split("#")[0] + "#set=1-" + digits


def test_the_own_cards_code_decodes_and_opens_the_same_set(browser, site_url, catalog):
    rows = six_cards(catalog)
    deck = {"t": "Kaartjes van wijkteam Noord", "m": "bij elk besluit over een indicatie", "o": "wat-is-vertrouwen", "k": rows}
    packed = "1." + base64.urlsafe_b64encode(zlib.compress(json.dumps(deck, ensure_ascii=False).encode(), 9)).decode().rstrip("=")
    context, page = open_maker(browser, f"{site_url}eigen-kaartjes/#set={packed}", viewport={"width": 360, "height": 740})
    # The maker draws its code only once it is on screen (issue 20, point 13).
    page.locator("[data-lv-ek-qr-box]").scroll_into_view_if_needed()
    page.locator("[data-lv-ek-qr] svg").wait_for()
    page.wait_for_function("() => document.querySelector('#lv-ek-link').value.includes('#set=1.')")
    link = page.input_value("#lv-ek-link")
    code_link = qr_form(link)
    count = modules_of(page, "[data-lv-ek-qr] svg")
    assert count <= MOST_MODULES["kaartjes"], f"{count} modules for a link of {len(link)} characters"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, "no sideways scrolling at 360 px"
    check_shown(page, "[data-lv-ek-qr] svg", code_link)
    check_downloads(page, "[data-lv-ek-qr-box]", code_link, "qr-kaartjes-kaartjes-van-wijkteam-noord")
    context.close()
    # Whoever scans the code gets the same six cards.
    context, page = open_maker(browser, code_link)
    page.wait_for_function("(n) => document.querySelectorAll('.lv-ek-card').length === n", arg=len(rows))
    titles = page.evaluate("() => [...document.querySelectorAll('.lv-ek-card [data-ek=titel]')].map(f => f.value)")
    assert titles == [row[1] for row in rows]
    assert page.input_value("#lv-ek-titel") == deck["t"]
    context.close()


# ---------------------------------------------------------------------------- the invitation builder


def test_the_invitations_code_decodes_shown_downloaded_and_at_2_cm_on_paper(browser, site_url, catalog, tmp_path):
    from test_browser_invitation import first_module_with_choices

    module, cards, prompts, werkplaat = first_module_with_choices(catalog)
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    page.goto(site_url + "uitnodigen/")
    page.select_option("#lv-b-module", module.id)
    for card in cards[:3]:
        page.check(f"#lv-b-cards-{card.id}")
    for prompt in prompts[:2]:
        page.check(f"#lv-b-prompts-{prompt.id}")
    page.check(f"#lv-b-werkplaat-{werkplaat.id}")
    page.fill("#lv-b-date", "2026-12-03")
    page.fill("#lv-b-time", "14:00")
    page.fill("#lv-b-place", "Wijkcentrum De Brug, zaal 2")
    link = page.input_value("#lv-b-link")
    count = modules_of(page, "[data-lv-qr] svg")
    assert count <= MOST_MODULES["uitnodiging"], f"{count} modules for {len(link)} characters"
    check_shown(page, "[data-lv-qr] svg", link)
    check_downloads(page, "[data-lv-qr-box]", link, "qr-uitnodiging-2026-12-03")
    page.emulate_media(media="print")
    assert page.locator("[data-lv-qr-save]").first.is_hidden(), "no buttons on paper"
    widths = check_paper(page.pdf(format="A4", prefer_css_page_size=True), link, count, tmp_path, "uitnodiging")
    assert len(widths) == 1 and 29 <= widths[0] <= 31, widths
    context.close()


# ---------------------------------------------------------------------------- the agreement card (paper only)


def test_the_agreement_cards_code_decodes_at_2_cm(browser, site_url, catalog, tmp_path):
    from test_browser_afspraak import MODULE, NOTEBOOK, agree, doe_card

    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(site_url + MODULE)
    card = doe_card(catalog)
    page.locator(f"#kaart-{card.id}").scroll_into_view_if_needed()
    agree(page, card, text="Ik bel Sanne voor vrijdag.", day="2026-12-10")
    page.goto(site_url + NOTEBOOK)
    page.evaluate("window.print = () => {}")  # the dialog; the test prints itself
    page.get_by_role("button", name="Print je afspraken als kaartjes").click()
    page.emulate_media(media="print")
    count = modules_of(page, ".lv-agreement-card__qr svg")
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    context.close()
    # The card's code points at the public site, also when the notebook is opened from this test server.
    link = f"{_site_url_setting()}{MODULE}#kaart-{card.id}"
    widths = check_paper(pdf, link, count, tmp_path, "afspraak")
    assert len(widths) == 1 and 29 <= widths[0] <= 31, widths
