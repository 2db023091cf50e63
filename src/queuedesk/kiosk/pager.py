"""Under the buttons when they take more than one page: two big arrows and a page
indicator (a dot per page and "Page 2 of 3"), so nobody misses that there is more."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from queuedesk.kiosk import style
from queuedesk.qtkit.fonts import text_font
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour


class ArrowButton(QAbstractButton):
    """A large arrow with its word ("Previous" / "Next") beside it."""

    def __init__(self, forward: bool, parent=None):
        super().__init__(parent)
        self.forward = forward
        self.setObjectName("nextPage" if forward else "previousPage")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.contrast = False

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        live = self.isEnabled()
        fill = (style.YELLOW if self.contrast else style.BLUE) if live else ("#333333" if self.contrast else "#c3ccd7")
        ink = (style.BLACK if self.contrast else "#ffffff") if live else ("#8c8c8c" if self.contrast else "#eef2f6")
        path = QPainterPath()
        path.addRoundedRect(r, r.height() * 0.18, r.height() * 0.18)
        p.fillPath(path, colour(style.PRESSED if self.isDown() and not self.contrast else fill))
        h = r.height()
        size = h * 0.42
        cx = r.right() - h * 0.55 if self.forward else r.left() + h * 0.55
        tip = cx + size / 2 if self.forward else cx - size / 2
        back = cx - size / 2 if self.forward else cx + size / 2
        arrow = QPainterPath()
        arrow.moveTo(QPointF(tip, r.center().y()))
        arrow.lineTo(QPointF(back, r.center().y() - size * 0.62))
        arrow.lineTo(QPointF(back, r.center().y() + size * 0.62))
        arrow.closeSubpath()
        p.fillPath(arrow, colour(ink))
        p.setPen(QPen(colour(ink)))
        p.setFont(text_font(h * 0.36, bold=True))
        text_box = r.adjusted(h * 0.3, 0, -h * 1.0, 0) if self.forward else r.adjusted(h * 1.0, 0, -h * 0.3, 0)
        paint_text(p, text_box, Qt.AlignmentFlag.AlignCenter, self.text())
        p.end()


class Dots(QWidget):
    """One dot per page, the current one filled."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.page, self.pages, self.contrast = 0, 1, False

    def set_page(self, page: int, pages: int) -> None:
        self.page, self.pages = page, pages
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = min(self.height() * 0.8, self.width() / max(1, 2 * self.pages))
        total = self.pages * d * 1.9 - d * 0.9
        x = (self.width() - total) / 2
        on = style.YELLOW if self.contrast else style.BLUE
        off = "#ffffff" if self.contrast else style.LINE
        for i in range(self.pages):
            rect = QRectF(x + i * d * 1.9, (self.height() - d) / 2, d, d)
            p.setPen(QPen(colour(on if i == self.page else off), max(1.0, d * 0.12)))
            p.setBrush(colour(on) if i == self.page else Qt.BrushStyle.NoBrush)
            p.drawEllipse(rect)
        p.end()


class PageBar(QWidget):
    previous = Signal()
    next = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.back = ArrowButton(False)
        self.forward = ArrowButton(True)
        self.back.clicked.connect(self.previous)
        self.forward.clicked.connect(self.next)
        self.dots = Dots()
        self.label = QLabel(objectName="pageLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        middle = QVBoxLayout()
        middle.setSpacing(0)
        middle.addWidget(self.dots, 1)
        middle.addWidget(self.label)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.back)
        self.row.addLayout(middle, 1)
        self.row.addWidget(self.forward)
        self.page, self.pages = 0, 1
        self.retranslate()

    def set_unit(self, u: float, touch: int) -> None:
        h = max(touch, round(8.5 * u))
        for arrow in (self.back, self.forward):
            arrow.setFixedSize(round(h * 3.2), h)
        self.dots.setMinimumHeight(round(2.4 * u))
        self.setFixedHeight(h)

    def set_contrast(self, contrast: bool) -> None:
        for part in (self.back, self.forward, self.dots):
            part.contrast = contrast
            part.update()

    def set_page(self, page: int, pages: int, label: str) -> None:
        self.page, self.pages = page, pages
        self.dots.set_page(page, pages)
        self.label.setText(label)
        self.back.setEnabled(page > 0)
        self.forward.setEnabled(page < pages - 1)
        self.setVisible(pages > 1)

    def retranslate(self) -> None:
        self.back.setText(self.tr("Previous"))
        self.forward.setText(self.tr("More"))
        self.back.setAccessibleName(self.tr("Previous page"))
        self.forward.setAccessibleName(self.tr("Next page"))
        self.back.update()
        self.forward.update()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
