"""The QR code as a grid of modules, for the renderer to draw as crisp rectangles."""
from __future__ import annotations

import functools

import qrcode
from qrcode.constants import ERROR_CORRECT_M

#: Modules of white around the code; the QR standard asks for 4.
QUIET_ZONE = 4


@functools.lru_cache(maxsize=64)   # 15-35 ms in pure Python; layout and print ask several times
def qr_matrix(data: str) -> list[list[bool]]:
    """Rows of modules, quiet zone included; True is dark.

    Medium error correction (15 %): survives a smudge or a fold on thermal paper
    while keeping modules large enough for a 203 dpi head.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()
