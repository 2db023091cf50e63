"""The home page: "choose a service", the service buttons, and a notice when something
stands in the way (the database away, a service that just closed)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from queuedesk.kiosk.grid import UNGROUPED, ServiceGrid
from queuedesk.kiosk.pager import PageBar
from queuedesk.kiosk.tabs import GroupTabs
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.qtkit.theme import repolish

REFUSAL_MS = 6000   # a refusal notice fades; the offline notice stays until the database is back


class Notice(QFrame):
    """A two-line box: a headline and what to do."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.title = QLabel(objectName="noticeTitle", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.text = QLabel(objectName="noticeText", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.title)
        self.box.addWidget(self.text)
        self.hide()

    def show_message(self, title: str, text: str, tone: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setProperty("tone", tone)
        for widget in (self, self.title, self.text):
            repolish(widget)
        self.show()


class HomePage(QWidget):
    touched = Signal(str)   # service code

    def __init__(self, texts: KioskTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.title = QLabel(objectName="title", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint = QLabel(objectName="hint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.notice = Notice()
        self.tabs = GroupTabs(texts)
        self.grid = ServiceGrid(texts)
        self.grid.touched.connect(self.touched)
        self.pager = PageBar()
        self.pager.hide()
        self.pager.previous.connect(lambda: self.grid.set_page(self.grid.page - 1))
        self.pager.next.connect(lambda: self.grid.set_page(self.grid.page + 1))
        self.grid.pageChanged.connect(lambda page, pages: self.pager.set_page(page, pages, texts.page(page, pages)))
        self.tabs.chosen.connect(self.grid.set_tab)
        self.help = QLabel(objectName="help", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.title)
        self.box.addWidget(self.hint)
        self.box.addWidget(self.tabs)
        self.box.addWidget(self.notice)
        self.box.addWidget(self.grid, 1)
        self.box.addWidget(self.pager)
        self.box.addWidget(self.help)
        self.online = True
        self.large = False
        self._refusal = None      # (code, reason) shown now
        self._fade = QTimer(self, singleShot=True, interval=REFUSAL_MS)
        self._fade.timeout.connect(self.clear_refusal)
        self.retranslate()

    def set_unit(self, u: float, touch: int, scale: float = 1.0) -> None:
        """`scale`: large text; the tabs and the page turners grow with it (the grid scales
        its buttons itself)."""
        side = round(3 * u)
        self.box.setContentsMargins(side, round(1.8 * u), side, round(1.4 * u))
        self.box.setSpacing(round(1.3 * u))
        self.notice.box.setContentsMargins(side, round(1.2 * u), side, round(1.2 * u))
        self.tabs.set_unit(u * scale, touch)
        self.pager.set_unit(u * scale, touch)
        self.grid.set_unit(u)

    def set_large(self, large: bool) -> None:
        self.large = large
        self.pager.set_contrast(large)
        self.grid.set_large(large)
        self._show_lines()

    def _show_lines(self) -> None:
        """The hint and the help line give their room to the buttons when room is short."""
        paging = self.grid.plan.pages > 1
        self.hint.setVisible(not self.tabs.isVisible() and not paging)
        self.help.setVisible(not (self.large and paging))

    def show_services(self, services: list, groups: list | None = None) -> None:
        """The services in the hall's order, and its groups (GroupInfo) for the tabs."""
        used = {s.group for s in services}
        tabs = [(g.code, g.names) for g in (groups or []) if g.code in used]
        if tabs and None in used:
            tabs.append((UNGROUPED, None))   # the services in no group get a tab of their own
        self.grid.show_services(services)
        self.tabs.set_groups(tabs)
        self._show_lines()

    def first_page(self) -> None:
        """For the next customer: the first tab, the first page."""
        if self.tabs.groups and len(self.tabs.groups) > 1:
            self.tabs.choose(self.tabs.groups[0][0])
        self.grid.set_page(0)

    def set_online(self, online: bool) -> None:
        self.online = online
        self.grid.set_online(online)
        self._show_notice()

    def set_working(self, code: str | None) -> None:
        self.grid.set_working(code)

    def show_refusal(self, code: str, kind: str) -> None:
        """The service closed between the last refresh and the touch (cap reached, hours)."""
        self._refusal = (code, kind)
        self._fade.start()
        self._show_notice()

    def show_failure(self) -> None:
        self._refusal = ("", None)
        self._fade.start()
        self._show_notice()

    def clear_refusal(self) -> None:
        self._refusal = None
        self._fade.stop()
        self._show_notice()

    def _show_notice(self) -> None:
        if not self.online:
            self.notice.show_message(self.tr("Temporarily unavailable, please wait"),
                                     self.tr("Tickets cannot be taken right now. The kiosk will be back by itself "
                                             "in a moment; our staff can help you meanwhile."), "warn")
        elif self._refusal is not None:
            code, kind = self._refusal
            button = self.grid.buttons.get(code)
            name = button.accessibleName() if button else ""
            headline, detail = self.texts.refusal(kind, button.status.hours if button else "")
            title = self.tr("{0}: {1}").format(name, headline) if name else headline
            self.notice.show_message(title, detail, "alert")
        else:
            self.notice.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Please choose a service"))
        self.hint.setText(self.tr("Touch a button to take your ticket"))
        self.help.setText(self.tr("Need help? Please ask our staff."))
        self.tabs.retranslate()
        self.grid.retranslate()
        self._show_notice()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
