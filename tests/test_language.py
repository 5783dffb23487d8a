"""Plain Dutch at B1: readable sentences, correct spelling, one question per card, one time model.

The readability targets hold per module page: 9 to 14 words a sentence on average, no sentence
over 25 words, and LIX at most 35. Very short choppy sentences are not simpler, so the average
has a floor too. The prose is read from the built page, so headings, lists, tables, cards and
werkplaten (which have their own rules) do not count as sentences.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT
from macros.addresses import page_url

WORD = re.compile(r"[^\W\d_][\w'’-]*")
SENTENCE_END = re.compile(r"(?<=[.?!])[\"'”)]*\s+")
WORD_LIST = ROOT / "tests/spelling-woordenlijst.txt"


class _Prose(HTMLParser):
    """The running text of a page's article: paragraphs outside lists, tables and our components."""

    SKIP_TAGS = {"li", "table", "figure", "nav", "aside", "header", "footer", "summary", "script", "style", "dl"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.paragraphs: list[str] = []
        self.current: list[str] | None = None
        self.in_article = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in {"br", "img", "input", "meta", "link", "hr", "wbr"}:
            return
        classes = (dict(attrs).get("class") or "").split()
        skip = tag in self.SKIP_TAGS or any(c.startswith("lv-") or c in {"admonition-title", "headerlink"}
                                            for c in classes)
        # A bold run-in at the start of a paragraph ("**Kaartjes bij deze module.** ...") is a label.
        skip = skip or (tag == "strong" and self.current is not None and not "".join(self.current).strip())
        self.stack.append((tag, skip))
        if tag == "article":
            self.in_article += 1
        if tag == "p" and self.in_article and not any(s for _, s in self.stack):
            self.current = []

    def handle_endtag(self, tag) -> None:
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == "article":
                self.in_article -= 1
            if open_tag == "p" and self.current is not None:
                self.paragraphs.append(" ".join("".join(self.current).split()))
                self.current = None
            if open_tag == tag:
                break

    def handle_data(self, data) -> None:
        if self.current is not None and not any(s for _, s in self.stack):
            self.current.append(data)


def prose_sentences(html: str) -> list[str]:
    parser = _Prose()
    parser.feed(html)
    sentences = []
    for paragraph in parser.paragraphs:
        sentences += [s for s in SENTENCE_END.split(paragraph) if WORD.search(s)]
    return sentences


def words(text: str) -> list[str]:
    return WORD.findall(text)


def readability(sentences: list[str]) -> dict[str, float]:
    all_words = [w for s in sentences for w in words(s)]
    long_words = [w for w in all_words if len(w.replace("-", "")) > 6]
    per_sentence = len(all_words) / len(sentences)
    return {"words_per_sentence": per_sentence, "lix": per_sentence + 100 * len(long_words) / len(all_words),
            "longest": max(len(words(s)) for s in sentences)}


# ----------------------------------------------------------------------------
# Readability
# ----------------------------------------------------------------------------

def test_prose_extraction_skips_lists_and_components():
    html = ("<article><h1>Kop</h1><p>Dit is een zin. En dit is er nog een!</p><ul><li><p>Lijst.</p></li></ul>"
            "<div class='lv-card'><p>Kaartje.</p></div><p>Laatste <em>zin</em> hier.</p></article>")
    assert prose_sentences(html) == ["Dit is een zin.", "En dit is er nog een!", "Laatste zin hier."]


def test_readability_measures():
    result = readability(["Een korte zin met zes woorden.", "Samenwerking vraagt vertrouwen."])
    assert result["words_per_sentence"] == 4.5 and result["longest"] == 6
    assert round(result["lix"], 1) == round(4.5 + 100 * 3 / 9, 1)


def test_every_module_page_reads_at_b1(real_site, catalog):
    failures = []
    for module in catalog.data.modules:
        html = (real_site / page_url(module.pagina) / "index.html").read_text(encoding="utf-8")
        sentences = prose_sentences(html)
        assert len(sentences) >= 30, f"{module.id}: too little running text found ({len(sentences)} sentences)"
        result = readability(sentences)
        if not 9 <= result["words_per_sentence"] <= 14:
            failures.append(f"{module.id}: {result['words_per_sentence']:.1f} woorden per zin (9 tot 14)")
        if result["lix"] > 35:
            failures.append(f"{module.id}: LIX {result['lix']:.1f} (hoogstens 35)")
        for sentence in sentences:
            if len(words(sentence)) > 25:
                failures.append(f"{module.id}: zin van {len(words(sentence))} woorden: {sentence}")
    assert failures == [], "\n".join(failures)


# Finite verbs that the ending rule below misses: irregular forms and imperatives in texts for begeleiders.
FINITE = set("""is ben bent was heeft heb kan kun mag zal zou wil moet gaat ga doet doe komt kom weet wist
    staat sta zit zat ligt lag ziet zie zegt zeg laat lees kijk vraag denk let begin probeer neem maak praat
    houd geef kies noem schrijf vertel geloof voelde dacht vond zei deed kreeg merkte werkte""".split())
# Words ending in -t or -en that are no verb, and are common enough to fool the rule.
NOT_VERBS = set("""het niet met dat wat tot echt recht licht soort toch nacht tijd goed kind punt feit eigen open
    ander anders boven beneden binnen buiten tussen achter tegen langs omdat want maar""".split())


def has_finite_verb(sentence: str) -> bool:
    """A heuristic, not a parser: a known finite form, or a word with a verb ending (-t, -en).

    Past forms on -de and -te are left to the list, because adjectives end so too ("de vaste regeling")."""
    for word in (w.lower() for w in words(sentence)):
        if word in FINITE:
            return True
        if len(word) > 3 and word not in NOT_VERBS and word.endswith(("t", "en")):
            return True
    return False


def test_the_verb_heuristic():
    assert has_finite_verb("Hoe voelde dat?") and has_finite_verb("Je werkt samen met de school.")
    assert not has_finite_verb("Dus anders dan het protocol of de vaste regeling.")


def test_module_pages_have_no_sentences_without_a_verb(real_site, catalog):
    fragments = []
    for module in catalog.data.modules:
        html = (real_site / page_url(module.pagina) / "index.html").read_text(encoding="utf-8")
        # A lead-in that ends with a colon introduces a list or an example, and may be short.
        fragments += [f"{module.id}: {s}" for s in prose_sentences(html)
                      if not s.rstrip().endswith(":") and not has_finite_verb(s)]
    assert fragments == [], "\n".join(fragments)


def test_cards_and_prompts_have_no_long_sentences(catalog):
    texts = [card.tekst for _, _, card in catalog.cards.values()]
    texts += [prompt.tekst for prompts in catalog.prompts.values() for prompt in prompts]
    long = [s for text in texts for s in SENTENCE_END.split(text) if len(words(s)) > 25]
    assert long == []


def test_a_denkkaartje_asks_one_question(catalog):
    # A card holds one question or one action; two questions on one card split the conversation.
    offenders = [f"{card.id}: {card.tekst}" for _, _, card in catalog.cards.values()
                 if card.tekst.count("?") != 1 and card.soort == "denk" or card.tekst.count("?") > 1]
    assert offenders == [], "\n".join(offenders)


# ----------------------------------------------------------------------------
# Spelling, with Debian's hunspell-nl and our own word list
# ----------------------------------------------------------------------------

def _markdown_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S)
    text = re.sub(r"```.*?```|`[^`]*`|\{\{.*?\}\}|\{%.*?%\}|<!--.*?-->|<[^>]+>", " ", text, flags=re.S)
    text = re.sub(r"\]\([^)]*\)|https?://\S+|\{[:.#][^}]*\}|^!!!\s*\w+|^\*\[|\]:|^\s*[-*_]{3,}\s*$|^[\s|:-]+$", " ", text,
                  flags=re.M)
    return text


def _data_text(catalog) -> str:
    parts = []

    def walk(value) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                references = isinstance(item, list) and all(isinstance(i, str) for i in item) and key != "materialen"
                if key not in {"id", "module", "pagina", "soort", "vorm", "fase", "start", "werkplaat", "casus", "sessie"} \
                        and not (references and key in {"kaarten", "vragen", "fasen"}):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(catalog.data.model_dump())
    return re.sub(r"\]\([^)]*\)|https?://\S+", " ", "\n".join(parts))


def misspelt(text: str, tmp_path: Path) -> list[str]:
    assert shutil.which("hunspell") and Path("/usr/share/hunspell/nl_NL.dic").exists(), \
        "hunspell en hunspell-nl ontbreken: draai `make test` (als root) of `apt-get install hunspell hunspell-nl`"
    own = tmp_path / "eigen-woorden.dic"
    lines = [line.strip() for line in WORD_LIST.read_text(encoding="utf-8").splitlines()]
    own.write_text("\n".join(line for line in lines if line and not line.startswith("#")) + "\n", encoding="utf-8")
    result = subprocess.run(["hunspell", "-d", "nl_NL", "-p", str(own), "-l"], input=text, capture_output=True,
                            text=True, encoding="utf-8", check=True)
    return sorted(set(result.stdout.split()))


def test_the_spelling_check_finds_a_mistake(tmp_path):
    assert misspelt("Een samenwerrking met vertrouwen en een doekaartje.", tmp_path) == ["samenwerrking"]


@pytest.mark.parametrize("path", sorted((ROOT / "docs").rglob("*.md")), ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_are_spelled_correctly(path: Path, tmp_path):
    assert misspelt(_markdown_text(path), tmp_path) == []


def test_the_data_file_is_spelled_correctly(catalog, tmp_path):
    assert misspelt(_data_text(catalog), tmp_path) == []


def test_the_word_list_is_sorted_and_small():
    words_ = [line for line in WORD_LIST.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    assert words_ == sorted(words_, key=str.lower) and len(words_) == len(set(words_)) and len(words_) <= 150


# ----------------------------------------------------------------------------
# One time model: durations come from the data file only
# ----------------------------------------------------------------------------

def test_module_times_shown_are_the_data_times(real_site, catalog):
    learning_path = (real_site / "modules/index.html").read_text(encoding="utf-8")
    for module in catalog.data.modules:
        label = catalog.time_label(module.id)
        assert label in learning_path, module.id
        page = (real_site / page_url(module.pagina) / "index.html").read_text(encoding="utf-8")
        assert f"Module {module.nummer} · {label}" in page, module.id
        assert catalog.group_minutes(module.id) == sum(w.duur_minuten for w in catalog.werkplaten_of(module.id))


def test_no_page_states_a_module_time_of_its_own():
    # A hand-written "deze module duurt 45 minuten" drifts from the data; the build shows the time.
    pattern = re.compile(r"(module|leerlijn|lezen|leestijd)\b[^.\n]{0,40}\b\d+ minuten|\b\d+ minuten (lezen|leestijd)",
                         re.IGNORECASE)
    offenders = [f"{path.relative_to(ROOT)}: {match.group(0)}" for path in sorted((ROOT / "docs").rglob("*.md"))
                 for match in pattern.finditer(_markdown_text(path))]
    assert offenders == []
