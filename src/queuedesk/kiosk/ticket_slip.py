"""The ticket on screen, drawn by the printing package's one renderer, so the screen and
the paper say the same thing (and the QR code can be photographed when the paper fails)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from queuedesk.printing import TicketView, paint

SHADOW = QColor(15, 44, 82, 60)


class TicketSlip(QWidget):
    """`painted(number)` after a new ticket is first on screen."""

    painted = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: TicketView | None = None
        self.paper_mm = 80
        self._aspect = 1.45         # paper height / width of the last ticket drawn (80 mm, QR code)
        self._cache: QPixmap | None = None
        self._announce = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_view(self, view: TicketView, paper_mm: int) -> None:
        # The slip's proportions are learnt when it is drawn (see _render): measuring first
        # would build the ticket, QR code and all, once more while the customer waits.
        self.view, self.paper_mm = view, paper_mm
        self._cache = None
        self._announce = True
        self.update()

    def clear(self) -> None:
        self.view = None
        self._cache = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 700)

    def paper_rect(self) -> QRectF:
        """The largest slip of the ticket's proportions that fits, centred."""
        margin = 12.0
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        width = min(area.width(), area.height() / self._aspect)
        height = width * self._aspect
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def resizeEvent(self, event) -> None:
        self._cache = None
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:
        if self.view is None:
            return
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._render()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        p.end()
        if self._announce:
            self._announce = False
            self.painted.emit(self.view.number)

    def _render(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        # Drawn on its own first, with room to spare below: only then is its height known,
        # and the shadow must go under it. Tickets of one kiosk share their proportions,
        # so the previous ticket's are almost always right and it is drawn once.
        for attempt in range(3):
            guess = self._aspect
            area = self.paper_rect()
            # The last time the renderer is told the height, and shrinks the ticket into it.
            room = QSizeF(area.width(), area.height() * 1.5 + 8 if attempt < 2 else area.height())
            sheet = QImage((room * ratio).toSize(), QImage.Format.Format_ARGB32_Premultiplied)
            sheet.setDevicePixelRatio(ratio)
            sheet.fill(Qt.GlobalColor.transparent)
            p = QPainter(sheet)
            paper = paint(self.view, p, QRectF(QPointF(0, 0), room), self.paper_mm)
            p.end()
            self._aspect = paper.height() / paper.width()
            if paper.height() <= area.height() + 1 and abs(self._aspect - guess) <= 0.02 * guess:
                break
        target = QRectF(area.center().x() - paper.width() / 2, area.center().y() - paper.height() / 2,
                        paper.width(), paper.height())

        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A soft edge so the white slip stands out as paper on the light page.
        for i in range(1, 7):
            p.setPen(QColor(SHADOW.red(), SHADOW.green(), SHADOW.blue(), SHADOW.alpha() // i))
            p.drawRoundedRect(target.adjusted(-i, -i + 3, i, i + 3), 2 + i, 2 + i)
        p.drawImage(target, sheet, QRectF(paper.topLeft() * ratio, paper.size() * ratio))
        p.setPen(QColor("#9fb0c4"))
        p.drawRect(target)
        p.end()
        return pixmap
