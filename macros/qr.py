"""QR codes: an SVG for pages and downloads, a PNG download, and the matrix the PDFs draw.

Encoding is the costly part (segno tries eight masks), and one address is drawn up to three
times in a build, so each address is encoded once per process.
"""
from __future__ import annotations

import io
from functools import lru_cache

import segno


@lru_cache(maxsize=2048)
def _code(url: str) -> segno.QRCode:
    return segno.make(url, error="m", micro=False)


def qr_svg(url: str, title: str = "") -> str:
    """An SVG QR code that scales with its box (used inline on pages and as a download)."""
    buffer = io.BytesIO()
    _code(url).save(
        buffer, kind="svg", xmldecl=False, svgns=True, scale=1, border=2, omitsize=True,
        title=title or None, dark="#000", light="#fff", svgclass="lv-qr", lineclass=None)
    return buffer.getvalue().decode("utf-8")


def qr_svg_bytes(url: str) -> bytes:
    """The download: the same SVG as on the page, as a file."""
    return qr_svg(url).encode()


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    _code(url).save(buffer, kind="png", scale=12, border=2)
    return buffer.getvalue()


def qr_matrix(url: str) -> tuple[tuple[int, ...], ...]:
    """Rows of dark (1) and light (0) modules, without the quiet zone."""
    return tuple(tuple(row) for row in _code(url).matrix)
