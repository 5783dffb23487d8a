"""A macro called with an id that is not in the data file, reported in a trainer's words."""
from __future__ import annotations

from mkdocs_macros.errors import format_error


class UnknownIdError(LookupError):
    """Raised by a macro; mkdocs-macros then stops the build (on_error_fail) with our message."""

    def __init__(self, what: str, item_id: str, known: list[str]) -> None:
        self.what, self.item_id, self.known = what, item_id, known
        shown = ", ".join(known[:12]) + (" ..." if len(known) > 12 else "")
        super().__init__(f"er is geen {what} met id '{item_id}' in het databestand. Bestaande ids: {shown}")


@format_error.register
def _format_unknown_id(error: UnknownIdError, markdown: str, page) -> str:
    # The default formatter of mkdocs-macros prints a traceback; a trainer needs the page and the id.
    return (f"Fout op pagina {page.file.src_path}: {error}. "
            "Controleer de id in de macro op die pagina, of voeg het item toe aan het databestand.")
