"""The edge between the core and mkdocs-macros: a macro's error becomes a message a trainer reads.

Only the engine's adapters import this module (macros/__init__.py's define_env); the core raises
plain exceptions (macros/errors.py) and never imports mkdocs or mkdocs-macros.
"""
from __future__ import annotations

import logging

from jinja2 import UndefinedError
from mkdocs_macros.errors import format_error

from .errors import UnknownIdError

# mkdocs-macros reports at WARNING level, which `mkdocs build -q` hides while the build still
# stops. Our message goes out at ERROR level too, so a quiet build says why it stopped.
log = logging.getLogger("mkdocs.leerlijn")


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
