"""Names that `build_outputs.py` and `tests/bench.py` still import from here while they are being
reworked in parallel; the render functions themselves live in material, sharing, invitation,
sessions and glossary. This module goes once those two import from the new homes.
"""
from __future__ import annotations

from .addresses import absolute_url, page_url, relative_url, short_label  # noqa: F401
from .sharing import render_card_page, render_deck_page, render_sheet  # noqa: F401
from .templating import render_template as _render  # noqa: F401
