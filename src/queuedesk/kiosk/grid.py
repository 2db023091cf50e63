"""The service buttons, tiled to fit the screen (one wide column in portrait, two or
more in landscape), in the hall's order, on as many pages as they need.

No button gets smaller than its name needs to be read from a step away (layout.py);
what does not fit goes to the next page. A hall that groups its business types gets
one tab per group (the tabs are the home page's; the grid shows the chosen one).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Signal
from PySide6.QtWidgets import QWidget

from queuedesk.kiosk import style
from queuedesk.kiosk.layout import (
    LARGE_TEXT,
    MIN_CELL_H_U,
    MIN_CELL_W_U,
    NAME_MIN_U,
    PagePlan,
    cell_boxes,
    plan_pages,
    touch_px,
)
from queuedesk.kiosk.service_button import ServiceButton, look_for
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.operations.info import ServiceStatus

#: The tab of the services that are in no group, in a hall that has groups.
UNGROUPED = ""


class ServiceGrid(QWidget):
    touched = Signal(str)            # service code
    pageChanged = Signal(int, int)   # page shown (from 0), pages

    def __init__(self, texts: KioskTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.buttons: dict[str, ServiceButton] = {}
        self.online = True
        self.large = False
        self.tab: str | None = None   # the group shown; None: every service
        self.page = 0
        self.plan = PagePlan(0, 1, 0, 0, 0)
        self.u = 10.0       # the window's unit, set by the window on resize

    def set_unit(self, u: float) -> None:
        self.u = u
        self.relayout()

    def set_large(self, large: bool) -> None:
        """Large text and high contrast: bigger buttons, fewer on a page."""
        if large != self.large:
            self.large = large
            self.page = 0
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
            else:
                button.set_status(status)
            ordered[status.code] = button
        self.buttons = ordered
        self.relayout()

    def set_tab(self, tab: str | None) -> None:
        if tab != self.tab:
            self.tab = tab
            self.page = 0
            self.relayout()

    def set_page(self, page: int) -> None:
        page = max(0, min(page, self.plan.pages - 1))
        if page != self.page:
            self.page = page
            self.relayout()

    def set_online(self, online: bool) -> None:
        self.online = online
        for button in self.buttons.values():
            button.set_online(online)

    def set_working(self, code: str | None) -> None:
        for button in self.buttons.values():
            button.set_working(button.code == code)

    def in_tab(self) -> list[ServiceButton]:
        """The buttons of the tab shown, in the hall's order."""
        if self.tab is None:
            return list(self.buttons.values())
        return [b for b in self.buttons.values() if (b.status.group or UNGROUPED) == self.tab]

    def page_of(self, code: str) -> int | None:
        """The page `code` is on in the tab shown, or None if it is not in it."""
        codes = [b.code for b in self.in_tab()]
        return self.plan.page_of(codes.index(code)) if code in codes else None

    def shown(self) -> list[ServiceButton]:
        return [b for b in self.buttons.values() if b.isVisible()]

    def relayout(self) -> None:
        """Plan the pages, place the page's buttons, hide the rest."""
        scale = LARGE_TEXT if self.large else 1.0
        u = self.u
        gap = round(1.6 * u * scale)
        buttons = self.in_tab()
        self.plan = plan_pages(len(buttons), self.width(), self.height(), gap,
                               MIN_CELL_W_U * u * scale, MIN_CELL_H_U * u * scale)
        self.page = min(self.page, self.plan.pages - 1)
        on_page = [buttons[i] for i in self.plan.on_page(self.page)]
        dpi = self.screen().physicalDotsPerInch() if self.screen() else 96.0
        max_height = max(round(30 * u * scale), touch_px(dpi))
        boxes = cell_boxes(len(on_page), 0, 0, self.width(), self.height(), gap, self.plan.cols,
                           self.plan.rows, max_height, max_width=round(110 * u * scale))
        visible = set(on_page)
        for button in self.buttons.values():
            if button not in visible:
                button.hide()
        for button, box in zip(on_page, boxes, strict=True):
            button.setGeometry(QRect(*box))
            button.show()
        if boxes:
            # Open services' figures share one size; a warning shrinks only its own line.
            figures = [b.figure_texts() for b in buttons if not b.alerting]
            warnings = [b.figure_texts() for b in buttons if b.alerting]
            look = look_for(boxes[0][2], boxes[0][3], u * scale, figures, round(NAME_MIN_U * u * scale),
                            style.CONTRAST if self.large else style.NORMAL, scale, warnings)
            for button in buttons:
                button.set_look(look)
        self.pageChanged.emit(self.page, self.plan.pages)

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
