"""The service buttons, tiled to fit the screen (one wide column in portrait, two or
three in landscape), in the hall's order."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from queuedesk.kiosk.layout import cell_rects, touch_px
from queuedesk.kiosk.service_button import ServiceButton, look_for
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.operations.info import ServiceStatus


class ServiceGrid(QWidget):
    touched = Signal(str)   # service code

    def __init__(self, texts: KioskTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.buttons: dict[str, ServiceButton] = {}
        self.online = True
        self.u = 10.0       # the window's unit, set by the window on resize

    def set_unit(self, u: float) -> None:
        self.u = u
        self.relayout()

    def show_services(self, services: list[ServiceStatus]) -> None:
        """Update the buttons in place; add and drop buttons only when the set changed."""
        codes = [s.code for s in services]
        for code in list(self.buttons):
            if code not in codes:
                self.buttons.pop(code).deleteLater()
        ordered: dict[str, ServiceButton] = {}
        for status in services:
            button = self.buttons.get(status.code)
            if button is None:
                button = ServiceButton(status, self.texts, self)
                button.set_online(self.online)
                button.clicked.connect(lambda _=False, code=status.code: self.touched.emit(code))
                button.show()
            else:
                button.set_status(status)
            ordered[status.code] = button
        self.buttons = ordered
        self.relayout()

    def set_online(self, online: bool) -> None:
        self.online = online
        for button in self.buttons.values():
            button.set_online(online)

    def set_working(self, code: str | None) -> None:
        for button in self.buttons.values():
            button.set_working(button.code == code)

    def relayout(self) -> None:
        """Place the buttons and give them one shared set of font sizes."""
        buttons = list(self.buttons.values())
        if not buttons:
            return
        gap = round(2.2 * self.u)
        dpi = self.screen().physicalDotsPerInch() if self.screen() else 96.0
        max_height = max(round(30 * self.u), touch_px(dpi))
        rects = cell_rects(len(buttons), self.rect(), gap, max_height, max_width=round(110 * self.u))
        for button, rect in zip(buttons, rects, strict=True):
            button.setGeometry(rect)
        cell = rects[0]
        figures = [t for b in buttons if b.takes_tickets for t in b.figure_texts()]
        look = look_for(cell.width(), cell.height(), self.u, self.texts, [b.status for b in buttons], figures)
        for button in buttons:
            button.set_look(look)

    def retranslate(self) -> None:
        for button in self.buttons.values():
            button.retranslate()
        self.relayout()   # names and figures changed width: fit them again

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()
