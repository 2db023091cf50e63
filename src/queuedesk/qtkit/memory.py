"""Images encoded in memory: the file is then written by Python at once, so a full disk
or a folder that is not there is one clear error (libpng would print its own line and
Qt only say it failed)."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPixmap


def png_bytes(image: QImage | QPixmap) -> bytes:
    """`image` as a PNG file's bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())
