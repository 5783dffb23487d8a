"""axe-core on a page a test has already set up, in both colour schemes with one page load.

First every WCAG 2.1 A and AA rule in the scheme the page shows. Then the page switches to the other scheme
the way a reader does, through the view toggle in the header (docs/assets/js/weergave.js), and only the rules whose result depends on colour
run again. The page is switched back afterwards, so a test can go on with it.
"""
from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Of the rules that the bundled axe-core tags wcag2a, wcag2aa, wcag21a or wcag21aa (axe.getRules), only two
# read the colours a reader sees, axe's "cat.color" rules: color-contrast (1.4.3) and link-in-text-block
# (1.4.1: a link that only its colour sets apart needs 3:1 against the text around it). The others read the
# markup, ARIA, names, language, sizes, focus and visibility, which a scheme switch leaves as it is: our slate
# CSS (leerlijn.css, knoppen.css, ontwerp.css) changes colours only, and the toggle only swaps which of its two
# buttons is shown, both the same markup with another name.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]

# The axe-core that axe-playwright-python bundles, put into a page once and run there as often as needed.
_AXE_SOURCE = Axe().axe_script

# The view toggle: a button for each scheme, of which only the one for the scheme on screen is shown.
_SWITCH = """() => {
    const shown = document.querySelector(".lv-scheme-toggle > button:not([hidden])");
    if (!shown) return null;
    const before = getComputedStyle(document.body).backgroundColor;
    shown.click();
    return before;
}"""

# The toggle turns transitions off while it switches (data-md-color-switching, Material's rule); our own
# transitions, a hover or a state change that is still running, would give a contrast a reader never sees
# (BROWSER.md). So wait
# for the switch, then for the short animations running now: not for "none running", which a timer's bar
# that starts a new one every second never reaches, nor for endless, paused or minutes-long ones (a spinner,
# a step's countdown). The cap only guards against a page that never settles.
_SWITCHED = "() => !document.body.hasAttribute('data-md-color-switching')"
_FINISHED = """() => Promise.race([new Promise(resolve => setTimeout(resolve, 3000)), Promise.all(
    document.getAnimations().filter(a => {
        const timing = a.effect.getComputedTiming();
        return a.playState === "running" && timing.endTime - (a.currentTime || 0) < 2000;
    }).map(a => a.finished.catch(() => null)))])"""


def _settle(page) -> None:
    page.wait_for_function(_SWITCHED)
    page.evaluate(_FINISHED)


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} -> "
                     + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                                 for n in v["nodes"][:3])
                     for v in violations)


def _scheme(page) -> str:
    return page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")


def _violations(page, run_only: dict) -> list[dict]:
    _settle(page)
    if not page.evaluate("() => typeof window.axe?.run === 'function'"):
        page.evaluate(_AXE_SOURCE)
    return page.evaluate("options => axe.run(options).then(results => results.violations)",
                         {"runOnly": run_only, "resultTypes": ["violations"]})


def _switch(page) -> str:
    """Switch to the other scheme, assert that the colours really changed, and return the new scheme."""
    scheme = _scheme(page)
    before = page.evaluate(_SWITCH)
    assert before is not None, f"{page.url}: no view toggle (.lv-scheme-toggle) on this page"
    page.wait_for_function("([scheme, before]) => document.body.getAttribute('data-md-color-scheme') !== scheme"
                           " && getComputedStyle(document.body).backgroundColor !== before", arg=[scheme, before])
    return _scheme(page)


def violations_in_both_schemes(page, other_scheme: bool = True) -> str:
    """axe's WCAG 2.1 AA violations on the page as it is now, in both schemes, as text; '' when there are none.
    With other_scheme=False, only in the scheme the page shows."""
    found = []
    first = _scheme(page)
    violations = _violations(page, {"type": "tag", "values": WCAG_TAGS})
    if violations:
        found.append(f"[{first}] {describe(violations)}")
    if not other_scheme:
        return "\n".join(found)
    # What a reader keeps after the toggle is in storage; put it back as it was, for the rest of the test.
    stored = page.evaluate("() => Object.keys(localStorage).filter(key => key.endsWith('__palette'))")
    second = _switch(page)
    violations = _violations(page, {"type": "rule", "values": COLOUR_RULES})
    if violations:
        found.append(f"[{second}] {describe(violations)}")
    _switch(page)
    if not stored:
        page.evaluate("() => Object.keys(localStorage).filter(key => key.endsWith('__palette'))"
                      ".forEach(key => localStorage.removeItem(key))")
    _settle(page)
    return "\n".join(found)


def assert_accessible(page, where: str = "") -> None:
    """No axe violation of WCAG 2.1 AA in either colour scheme."""
    found = violations_in_both_schemes(page)
    assert not found, f"{where or page.url}:\n{found}"
