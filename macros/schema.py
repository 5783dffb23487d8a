"""Write the JSON Schema of the data file: `python -m macros.schema`.

The schema is generated from the pydantic model in `macros.model`, which also validates the
file at build time. A test fails when the committed schema is not the generated one.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .model import json_schema

SCHEMA_FILE = Path("docs/data/leermateriaal.schema.json")


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"{SCHEMA_FILE} bijgewerkt.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
