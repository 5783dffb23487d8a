"""The core's errors: plain exceptions with a trainer's message, which know nothing of the engine.

The engine's adapter turns them into the engine's own errors at the edge: macros/hooks.py for the
build steps, macros/engine.py for a macro on a page.
"""
from __future__ import annotations


class BuildError(Exception):
    """A step of the build cannot go on; the message says why, in Dutch."""


class UnknownIdError(LookupError):
    """Raised by a macro; mkdocs-macros then stops the build (on_error_fail) with our message."""

    def __init__(self, what: str, item_id: str, known: list[str]) -> None:
        self.what, self.item_id, self.known = what, item_id, known
        shown = ", ".join(known[:12]) + (" ..." if len(known) > 12 else "")
        super().__init__(f"er is geen {what} met id '{item_id}' in het databestand. Bestaande ids: {shown}")


def lookup(table: dict, what: str, item_id: str):
    """An item by id, or an error that names what was asked for and what exists."""
    if item_id not in table:
        raise UnknownIdError(what, item_id, sorted(table))
    return table[item_id]
