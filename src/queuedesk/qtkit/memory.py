"""Files Qt makes in memory — an image, a PDF — written by Python afterwards in one go, so
that a full disk or a folder that is not there is one clear error (libpng prints its own
line, and Qt's file writers only say that they failed, or nothing at all)."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPixmap


class InMemory:
    """A device for Qt to write into (`device`: a QPdfWriter's, an image's save) and the
    bytes it wrote (`bytes()`, once it is done)."""

    def __init__(self):
        self._data = QByteArray()
        self.device = QBuffer(self._data)
        self.device.open(QIODevice.OpenModeFlag.WriteOnly)

    def bytes(self) -> bytes:
        self.device.close()
        return bytes(self._data.data())


def png_bytes(image: QImage | QPixmap) -> bytes:
    """`image` as a PNG file's bytes."""
    made = InMemory()
    if not image.save(made.device, "PNG"):
        raise ValueError("the image could not be encoded as PNG")
    return made.bytes()
