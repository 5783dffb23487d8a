"""Make the own-cards web fonts: `python -m macros.web_fonts` (or `make fonts`).

The own-cards maker draws card images in the browser with Liberation Sans, so they look like the
images the build draws with Pillow. Pillow and the PDFs keep the full TrueType files in
macros/fonts/; the browser gets WOFF2 files in docs/assets/fonts/, cut down to the characters a
card image needs: Latin with diacritics, quotes, dashes and the euro sign. That takes each file
from about 410 KB to a few tens of KB. A character outside the subset, typed by a reader, is
drawn in the next font of the canvas's font list, so nothing goes missing.

Liberation's licence (SIL OFL 1.1) reserves the name "Liberation" for the original fonts, and a
subset is a modified version, so the subsets carry their own name, "Kaartletter"; the copyright
and licence notices stay in each file, and LICENSE-LiberationSans.txt beside them.

The files are committed: the site build needs no fontTools. They are made the same byte for byte
on every run (fixed timestamps, one pinned fontTools and brotli), so a test can remake them and
compare.
"""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(__file__).with_name("fonts")
TARGET = ROOT / "docs/assets/fonts"
WEIGHTS = ("Regular", "Bold")

# The characters of the subset, as code point ranges (both ends included).
RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1: é, ë, ï, ü, ç, «», the middle dot of the card footer
    (0x0100, 0x017F),  # Latin Extended-A: the letters of names such as Łukasz, Šárka, Özdemir
    (0x2010, 0x2010),  # hyphen (Liberation Sans has no non-breaking hyphen, U+2011)
    (0x2012, 0x2015),  # dashes
    (0x2018, 0x201F),  # curly quotes, single and double
    (0x2026, 0x2026),  # the ellipsis that ends a shortened line
    (0x20AC, 0x20AC),  # the euro sign
)


def subset_characters() -> set[str]:
    return {chr(code) for start, end in RANGES for code in range(start, end + 1)}


# The new name of the subsets (OFL 1.1, condition 3: no Reserved Font Name on a modified version).
FAMILY = "Kaartletter"


def _rename(font, weight: str) -> None:
    """Give the subset its own family name in every name record that carries one."""
    names = {1: FAMILY, 3: f"{FAMILY}-{weight}: subset of Liberation Sans", 4: f"{FAMILY} {weight}",
             6: f"{FAMILY}-{weight}", 16: FAMILY, 17: weight}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names:
            table.setName(names[record.nameID], record.nameID, record.platformID, record.platEncID, record.langID)


def woff2_subset(source: Path) -> bytes:
    """The WOFF2 file of one weight, limited to the subset, with its kerning and ligatures."""
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]  # the licence and copyright notices stay in the file
    options.recalc_timestamp = False
    options.drop_tables += ["FFTM"]  # FontForge's own timestamps, no use to a browser
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in subset_characters()])
    subsetter.subset(font)
    _rename(font, source.stem.split("-")[-1])
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def web_fonts() -> dict[str, bytes]:
    """File name -> bytes of every web font the site ships."""
    return {f"{FAMILY}-{weight}.woff2": woff2_subset(SOURCE / f"LiberationSans-{weight}.ttf")
            for weight in WEIGHTS}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default=str(TARGET), help="the folder to write the fonts to")
    target = Path(parser.parse_args(argv).target)
    for name, data in web_fonts().items():
        (target / name).write_bytes(data)
        print(f"{target / name}: {len(data) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
