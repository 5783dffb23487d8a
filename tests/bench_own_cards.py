"""Section 6 of `make bench`: typing in the own-cards maker on a mid-range phone (issue 20, point 13).

Chromium's CPU is slowed four times (CDP Emulation.setCPUThrottlingRate), the maker holds 20 cards
with the texts of the site's own decks, and about 30 characters are typed into one card's text at a
person's pace (150 ms between keys). A PerformanceObserver collects the long tasks (over 50 ms): those
that start while the keys are typed, and those in the two seconds after the last key, when the maker
catches up (link, file, sheets). It measures and reports; it asserts nothing.
"""
from __future__ import annotations

import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CARDS = 20
RATE = 4
TYPED = " Wat merkt de ouder daarvan morgen?"  # 35 characters, as a trainer adds a sentence
PACE_MS = 150
SETTLE_MS = 2000
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

OBSERVE = """() => {
    window.__longtasks = [];
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) window.__longtasks.push([entry.startTime, entry.duration]);
    }).observe({type: 'longtask'});
}"""


def deck_file(count: int = CARDS) -> str:
    """A file as the maker saves it, with the first `count` cards of the site's decks."""
    data = yaml.safe_load((ROOT / "docs/data/leermateriaal.yml").read_text(encoding="utf-8"))
    cards = [card for deck in data["kaartensets"] for card in deck["kaarten"]][:count]
    kept = [{key: card[key] for key in ("id", "soort", "fasen", "titel", "tekst")} for card in cards]
    return yaml.safe_dump([{"id": "bench", "titel": "Kaartjes van team Noord", "module": data["modules"][0]["id"],
                            "kaarten": kept}], allow_unicode=True, sort_keys=False)


def _summary(tasks: list) -> dict:
    durations = [duration for _, duration in tasks]
    return {"count": len(durations), "total": sum(durations), "longest": max(durations, default=0.0)}


def measure(site: Path, serve) -> dict:
    """Long tasks while typing and just after, on the own-cards page of a built site served by `serve`."""
    from playwright.sync_api import sync_playwright

    server, url = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
            context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.goto(url + "eigen-kaartjes/")
            page.wait_for_selector("[data-lv-ek]:not([hidden])")
            page.fill("[data-lv-ek-paste]", deck_file())
            page.click("[data-lv-ek-action=import]")
            page.wait_for_function(f"() => document.querySelectorAll('.lv-ek-card').length === {CARDS}")
            field = page.locator(".lv-ek-card").nth(CARDS // 2).locator("[data-ek=tekst]")
            field.click()
            page.keyboard.press("End")
            page.wait_for_timeout(1500)  # the import's own work is not part of typing
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": RATE})
            page.evaluate(OBSERVE)
            started = page.evaluate("() => performance.now()")
            for char in TYPED:
                page.keyboard.type(char)
                time.sleep(PACE_MS / 1000)
            ended = page.evaluate("() => performance.now()")
            page.wait_for_timeout(SETTLE_MS)
            tasks = page.evaluate("() => window.__longtasks")
            typed_ok = page.input_value(".lv-ek-card >> nth=%d >> [data-ek=tekst]" % (CARDS // 2)).endswith(TYPED)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
            browser.close()
    finally:
        server.shutdown()
    typing = [task for task in tasks if started <= task[0] < ended]
    after = [task for task in tasks if task[0] >= ended]
    return {"typing": _summary(typing), "after": _summary(after), "seconds": (ended - started) / 1000,
            "typed_ok": typed_ok}


def report(result: dict) -> str:
    """The markdown of section 6."""
    rows = [("while typing", result["typing"]), (f"in the {SETTLE_MS // 1000} s after the last key", result["after"])]
    lines = [f"## 6. Typing in the own-cards maker, CPU slowed {RATE}x", "",
             f"Measured {time.strftime('%Y-%m-%d')}. {CARDS} cards with the texts of the site's decks; "
             f"{len(TYPED)} characters typed into card {CARDS // 2 + 1}'s text, one every {PACE_MS} ms "
             f"({result['seconds']:.1f} s). Long tasks are those over 50 ms (PerformanceObserver `longtask`). "
             "Target: no task over 50 ms while typing.", "",
             "| when | long tasks | total | longest | met |", "| --- | ---: | ---: | ---: | --- |"]
    for name, summary in rows:
        met = "yes" if summary["count"] == 0 else "**no**"
        lines.append(f"| {name} | {summary['count']} | {summary['total']:.0f} ms | {summary['longest']:.0f} ms | "
                     f"{met if name == 'while typing' else '-'} |")
    if not result["typed_ok"]:
        lines += ["", "**The typed text did not arrive in full: the measurement is not valid.**"]
    return "\n".join(lines) + "\n"


def replace_section(text: str, section: str) -> str:
    """BENCHMARKS.md with section 6 put in, or replaced; the other sections stay as they were."""
    head = text.split("## 6.")[0].rstrip("\n")
    rest = text.split("## 6.", 1)[1] if "## 6." in text else ""
    tail = rest[rest.find("\n## "):] if "\n## " in rest else ""
    return head + "\n\n" + section + tail
