"""Check a data file from the command line: `python -m macros.validate [bestand.yml]`.

Trainers and authors use it to check their changes without building the whole site.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .loader import DataError, load_catalog

DEFAULT = Path("docs/data/leermateriaal.yml")


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    try:
        catalog = load_catalog(path, docs_dir=Path("docs"))
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    data = catalog.data
    print(f"{path}: in orde. {len(data.modules)} modules, {len(catalog.cards)} kaartjes, "
          f"{sum(len(v) for v in catalog.prompts.values())} vragen ter overdenking, "
          f"{len(data.werkplaten)} werkplaten, {len(data.casussen)} casussen, {len(data.sessies)} sessies.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
