"""Load the data file once per build and turn every mistake into a message a trainer reads.

A message always names the file, the item (by its id, or by its place when it has none)
and the field, and says what to change. It never shows a Python traceback.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .addresses import ONLINE, Addresses
from .errors import BuildError
from .messages import format_validation_error, problem, report
from .model import Card, Case, Deck, LearningData, Module, Prompt, Session, Werkplaat
from .session_rules import session_problems, traject_problems


class DataError(BuildError):
    """A mistake in the data file. The engine's adapter (macros/hooks.py) turns it into the engine's own
    error, which stops the build and prints the message without a traceback."""


# ----------------------------------------------------------------------------
# YAML with line numbers
# ----------------------------------------------------------------------------

class _LineDict(dict):
    """A mapping that remembers on which line of the file it starts."""
    line: int = 0


class _LineLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: het databestand bestaat niet.") from None
    except UnicodeDecodeError:
        raise DataError(f"{path}: het bestand is niet als UTF-8 opgeslagen. "
                        "Sla het in je editor op als UTF-8.") from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f", regel {mark.line + 1}, kolom {mark.column + 1}" if mark else ""
        raise DataError(
            f"{path}{where}: de opmaak van het bestand klopt niet ({error.problem}). "
            "Kijk op die regel en de regel erboven naar inspringing, dubbele punten en aanhalingstekens."
        ) from None
    except yaml.YAMLError as error:
        raise DataError(f"{path}: de opmaak van het bestand klopt niet ({error}).") from None


# ----------------------------------------------------------------------------
# The catalogue: the validated data with fast look-ups
# ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Catalog:
    """The learning material of one build, validated and indexed by id, with the build's addresses:
    every render function gets the catalogue, so every link it makes follows this build's form."""

    data: LearningData
    source: Path
    urls: Addresses = ONLINE
    modules: dict[str, Module] = field(default_factory=dict)
    decks: dict[str, Deck] = field(default_factory=dict)
    cards: dict[str, tuple[Deck, int, Card]] = field(default_factory=dict)
    prompts: dict[str, list[Prompt]] = field(default_factory=dict)
    werkplaten: dict[str, Werkplaat] = field(default_factory=dict)
    cases: dict[str, Case] = field(default_factory=dict)
    sessions: dict[str, Session] = field(default_factory=dict)

    def decks_of(self, module_id: str) -> list[Deck]:
        return [deck for deck in self.data.kaartensets if deck.module == module_id]

    def werkplaten_of(self, module_id: str) -> list[Werkplaat]:
        return [w for w in self.data.werkplaten if w.module == module_id]

    def cases_of(self, module_id: str) -> list[Case]:
        return [case for case in self.data.casussen if case.module == module_id]

    def group_minutes(self, module_id: str) -> int:
        """The time a module takes with a group: its werkplaten, one after the other."""
        return sum(w.duur_minuten for w in self.werkplaten_of(module_id))

    def time_label(self, module_id: str) -> str:
        """Reading time alone and group time, in the words every page uses for them."""
        module = self.modules[module_id]
        return (f"{module.leestijd_minuten} minuten lezen · "
                f"{self.group_minutes(module_id)} minuten werkplaten met de groep")

    def module_by_page(self, src_uri: str) -> Module | None:
        return next((m for m in self.data.modules if m.pagina == src_uri), None)


def _index(data: LearningData, path: Path, docs_dir: Path | None, urls: Addresses) -> Catalog:
    problems: list[str] = []
    seen: dict[str, str] = {}

    def claim(item_id: str, what: str) -> None:
        if item_id in seen:
            problems.append(problem(f"{what} '{item_id}'", "id", f"deze id is al gebruikt door {seen[item_id]}. "
                                    "Elke id mag maar één keer voorkomen; kies een nieuwe"))
        else:
            seen[item_id] = f"{what} '{item_id}'"

    catalog = Catalog(data=data, source=path, urls=urls)
    numbers: dict[int, str] = {}
    for module in data.modules:
        claim(module.id, "module")
        catalog.modules[module.id] = module
        if module.nummer in numbers:
            problems.append(problem(f"module '{module.id}'", "nummer", f"nummer {module.nummer} is al van "
                                    f"module '{numbers[module.nummer]}'. Kies een ander nummer"))
        numbers[module.nummer] = module.id
        if docs_dir is not None and not (docs_dir / module.pagina).is_file():
            problems.append(problem(f"module '{module.id}'", "pagina",
                                    f"de pagina '{module.pagina}' bestaat niet in {docs_dir}"))

    def check_module(owner: str, module_id: str) -> None:
        if module_id not in catalog.modules:
            known = ", ".join(sorted(catalog.modules))
            problems.append(problem(owner, "module", f"er is geen module met id '{module_id}'. "
                                    f"Bestaande modules: {known}"))

    for deck in data.kaartensets:
        claim(deck.id, "kaartenset")
        check_module(f"kaartenset '{deck.id}'", deck.module)
        catalog.decks[deck.id] = deck
        for number, card in enumerate(deck.kaarten, start=1):
            claim(card.id, "kaartje")
            catalog.cards[card.id] = (deck, number, card)
    for prompt_set in data.overdenkingen:
        check_module(f"overdenkingen van module '{prompt_set.module}'", prompt_set.module)
        catalog.prompts.setdefault(prompt_set.module, []).extend(prompt_set.vragen)
        for prompt in prompt_set.vragen:
            claim(prompt.id, "vraag")
    # Werkplaten, cases and sessions each belong to one module and are looked up by their id.
    for kind, items, table in (("werkplaat", data.werkplaten, catalog.werkplaten), ("casus", data.casussen, catalog.cases),
                               ("sessie", data.sessies, catalog.sessions)):
        for item in items:
            claim(item.id, kind)
            check_module(f"{kind} '{item.id}'", item.module)
            table[item.id] = item
    for traject in data.trajecten:
        claim(traject.id, "traject")
        problems += [problem(f"traject '{traject.id}', bijeenkomst {number}", "sessie",
                             f"er is geen sessie met id '{meeting.sessie}'. Kies een id uit 'sessies'")
                     for number, meeting in enumerate(traject.bijeenkomsten, start=1)
                     if meeting.sessie not in catalog.sessions]
    if not problems:  # the plans refer to everything above, so they are checked once that is sound
        for session in data.sessies:
            # A session's findings name their block as well: "sessie 'x', blok 2 (pauze), veld 'fase': ...".
            problems += [f"  - sessie '{session.id}', {finding}." for finding in session_problems(session, catalog)]
        for traject in data.trajecten:
            problems += [f"  - traject '{traject.id}', {finding}." for finding in traject_problems(traject, catalog)]

    if problems:
        raise DataError(report(path, problems))
    return catalog


def load_catalog(path: str | Path, docs_dir: str | Path | None = None, urls: Addresses = ONLINE) -> Catalog:
    """Read, validate and index the data file; raise DataError with a trainer's message on any mistake."""
    path = Path(path)
    raw = _read_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(f"{path}: het bestand moet beginnen met 'modules:' en de andere lijsten; "
                        "nu staat er geen lijst met velden in.")
    try:
        data = LearningData.model_validate(raw)
    except ValidationError as error:
        raise DataError(format_validation_error(path, raw, error)) from None
    return _index(data, path, Path(docs_dir) if docs_dir is not None else None, urls)
