"""pydantic's findings about the data file, in a trainer's Dutch: the item (by id), the field and the line."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import model

# ----------------------------------------------------------------------------
# Turning pydantic's findings into Dutch
# ----------------------------------------------------------------------------

_SECTION_NAMES = {
    "modules": "module",
    "kaartensets": "kaartenset",
    "kaarten": "kaartje",
    "overdenkingen": "overdenkingen",
    "vragen": "vraag",
    "werkplaten": "werkplaat",
    "stappen": "stap",
    "casussen": "casus",
    "sessies": "sessie",
    "blokken": "blok",
    "trajecten": "traject",
    "bijeenkomsten": "bijeenkomst",
}

# The model of each kind of item, so a message can name the fields it needs; the model says which.
_MODELS = {"module": model.Module, "kaartenset": model.Deck, "kaartje": model.Card, "overdenkingen": model.PromptSet,
           "vraag": model.Prompt, "werkplaat": model.Werkplaat, "stap": model.Step, "casus": model.Case,
           "sessie": model.Session, "blok": model.Block, "traject": model.Traject, "bijeenkomst": model.TrajectMeeting}


def _required_fields(kind: str) -> str:
    """The fields an item must have, named when someone wrote plain text where an item belongs:
    "'vorm:', 'minuten:' en 'tekst:'"."""
    item = _MODELS.get(kind)
    names = [f"'{name}:'" for name, info in item.model_fields.items() if info.is_required()] if item else []
    if not names:
        return "'id:' en 'titel:'"
    return ", ".join(names[:-1]) + " en " + names[-1] if len(names) > 1 else names[0]


def _describe_item(raw: Any, loc: tuple) -> tuple[str, str, int]:
    """Walk the raw data along `loc` and describe the deepest item on the way: (item, field, line)."""
    item, field_name, line = "het bestand", "", 0
    node, section = raw, None
    for step in loc:
        if isinstance(node, dict):
            if step in node:
                section = step
                field_name = str(step)
                node = node[step]
            else:
                field_name = str(step)
                break
        elif isinstance(node, list) and isinstance(step, int) and step < len(node):
            node = node[step]
            kind = _SECTION_NAMES.get(section, str(section))
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                item = f"{kind} '{node['id']}'"
            elif isinstance(node, dict) and isinstance(node.get("module"), str):
                item = f"{kind} van module '{node['module']}'"
            elif item != "het bestand":
                item = f"{kind} {step + 1} van {item}"
            else:
                item = f"{kind} nummer {step + 1} in '{section}'"
            field_name = ""
            line = getattr(node, "line", line)
        else:
            break
    return item, field_name, line


def _item_kind(loc: tuple) -> str:
    """The kind of item an error is about: the list it stands in, as `_SECTION_NAMES` words it."""
    names = [step for step in loc if isinstance(step, str)]
    return _SECTION_NAMES.get(names[-1], "") if names else ""


# The error type of our own rules in the model (model.rule_error): their message is already Dutch.
RULE = "lv_rule"


def _explain(error: dict) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    search_word = "zoekwoorden" in error.get("loc", ())
    if kind == RULE:
        return ctx["message"]
    if kind == "missing":
        return "dit veld ontbreekt, maar is verplicht"
    if kind == "extra_forbidden":
        return "dit veld kennen we niet. Is het een tikfout? Kijk in de README welke velden er zijn"
    if kind == "string_too_short":
        return "de tekst is leeg"
    if kind == "too_short":
        return "de lijst is leeg; zet er minstens één regel in"
    if kind == "string_too_long":
        # Only card texts are limited by paper; a search word is limited because it is one word.
        why = "een zoekwoord is één woord" if search_word else "zodat hij op een geprint kaartje past"
        return (f"de tekst is te lang: {len(error['input'])} tekens, en er passen er {ctx['max_length']}. "
                f"Maak hem korter, {why}")
    if kind == "string_pattern_mismatch":
        if search_word:
            return "een zoekwoord is één woord in kleine letters, zonder spaties of cijfers, bijvoorbeeld 'hulpverlener'"
        return "een id bestaat alleen uit kleine letters, cijfers en streepjes, bijvoorbeeld 'gw-07'"
    if kind == "literal_error":
        return f"kies uit {str(ctx.get('expected', '')).replace(' or ', ' of ')}"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return "hier hoort een heel getal, bijvoorbeeld 45"
    if kind == "greater_than_equal":
        return f"het getal {error['input']} is te klein; het moet minstens {ctx.get('ge')} zijn"
    if kind == "less_than_equal":
        return f"het getal {error['input']} is te groot; het mag hoogstens {ctx.get('le')} zijn"
    if kind in {"string_type"}:
        return "hier hoort tekst"
    if kind in {"list_type"}:
        return "hier hoort een lijst, met een streepje (-) voor elke regel"
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        fields = _required_fields(_item_kind(tuple(error["loc"])))
        return f"hier horen velden ({fields}), geen losse tekst"
    return error["msg"]


# ----------------------------------------------------------------------------
# The one format of a message: every check of the data file reports through these two
# ----------------------------------------------------------------------------

def problem(item: str, field_name: str, text: str, line: int = 0) -> str:
    """One finding: '  - werkplaat 'x', veld 'duur_minuten' (regel 12): what is wrong, and what to do.'"""
    where = f" (regel {line})" if line else ""
    about = f", veld '{field_name}'" if field_name else ""
    return f"  - {item}{about}{where}: {text.rstrip('.')}."


def report(path: Path, problems: list[str]) -> str:
    return f"{path}: het databestand bevat {len(problems)} fout(en):\n" + "\n".join(problems)


def format_validation_error(path: Path, raw: Any, error: ValidationError) -> str:
    problems = []
    for issue in error.errors():
        item, field_name, line = _describe_item(raw, tuple(issue["loc"]))
        if issue["type"] == RULE:
            field_name = issue["ctx"]["field"]
        problems.append(problem(item, field_name, _explain(issue), line))
    return report(path, problems)
