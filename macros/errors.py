"""A macro called with an id that is not in the data file, reported in a trainer's words."""
from __future__ import annotations

import logging

from jinja2 import UndefinedError
from mkdocs_macros.errors import format_error

# mkdocs-macros reports at WARNING level, which `mkdocs build -q` hides while the build still
# stops. Our message goes out at ERROR level too, so a quiet build says why it stopped.
log = logging.getLogger("mkdocs.leerlijn")


class UnknownIdError(LookupError):
    """Raised by a macro; mkdocs-macros then stops the build (on_error_fail) with our message."""

    def __init__(self, what: str, item_id: str, known: list[str]) -> None:
        self.what, self.item_id, self.known = what, item_id, known
        shown = ", ".join(known[:12]) + (" ..." if len(known) > 12 else "")
        super().__init__(f"er is geen {what} met id '{item_id}' in het databestand. Bestaande ids: {shown}")


def _report(page, problem: str, advice: str) -> str:
    message = f"Fout op pagina {page.file.src_path}: {problem}. {advice}"
    log.error(message)
    return message


# The default formatter of mkdocs-macros prints a traceback; a trainer needs the page, the id and a fix.
@format_error.register
def _format_unknown_id(error: UnknownIdError, markdown: str, page) -> str:
    return _report(page, str(error), "Controleer de id in de macro op die pagina, of voeg het item toe aan het databestand.")


@format_error.register
def _format_undefined(error: UndefinedError, markdown: str, page) -> str:
    # A misspelt macro name ("kaartjee") or variable; Jinja's own words name neither page nor fix.
    return _report(page, f"de pagina gebruikt iets wat niet bestaat ({error.message})",
                   "Controleer de naam van de macro, bijvoorbeeld kaartje, kaartenset, overdenking of werkplaat.")


def lookup(table: dict, what: str, item_id: str):
    """An item by id, or an error that names what was asked for and what exists."""
    if item_id not in table:
        raise UnknownIdError(what, item_id, sorted(table))
    return table[item_id]
