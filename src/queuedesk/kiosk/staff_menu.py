"""The staff menu, once the PIN is right: a priority ticket, a reprint, a test slip,
close, and quit. A page of the kiosk window; it closes by itself after a minute without
a touch (window.py), so a menu left open is not left to the next customer."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from queuedesk.qtkit.theme import repolish


class StaffMenu(QWidget):
    priorityRequested = Signal()
    reprintRequested = Signal()
    testRequested = Signal()
    closeRequested = Signal()
    quitRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("staffMenu")
        self.title = QLabel(objectName="staffTitle", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint = QLabel(objectName="staffHint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message = QLabel(objectName="staffMessage", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.hide()
        self.priority = self._button(self.priorityRequested, "staffButton")
        self.reprint = self._button(self.reprintRequested, "staffButton")
        self.test = self._button(self.testRequested, "staffButton")
        self.close_menu = self._button(self.closeRequested, "staffButton")
        self.quit = self._button(self.quitRequested, "staffQuit")
        self.grid = QGridLayout()
        self.box = QVBoxLayout(self)
        self.box.addStretch(1)
        self.box.addWidget(self.title)
        self.box.addWidget(self.hint)
        self.box.addWidget(self.message)
        self.box.addLayout(self.grid)
        self.box.addStretch(1)
        self.portrait = None
        self._place(portrait=False)
        self.retranslate()

    def _button(self, signal, object_name: str) -> QPushButton:
        button = QPushButton(objectName=object_name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal)
        return button

    def _place(self, portrait: bool) -> None:
        """Two columns on a landscape screen, one on a portrait one; quit apart, last."""
        if portrait == self.portrait:
            return
        self.portrait = portrait
        for button in (self.priority, self.reprint, self.test, self.close_menu, self.quit):
            self.grid.removeWidget(button)
        order = (self.priority, self.reprint, self.test, self.close_menu)
        cols = 1 if portrait else 2
        for i, button in enumerate(order):
            self.grid.addWidget(button, i // cols, i % cols)
        rows = (len(order) + cols - 1) // cols
        self.grid.addWidget(self.quit, rows + 1, 0, 1, cols)   # a row's gap apart: no slip of the finger
        self._gap_row = rows

    def set_unit(self, u: float, touch: int, portrait: bool) -> None:
        self._place(portrait)
        side = round((10 if portrait else 16) * u)
        self.box.setContentsMargins(side, round(2 * u), side, round(2 * u))
        self.box.setSpacing(round(1.6 * u))
        self.grid.setSpacing(round(2 * u))
        for row in range(self.grid.rowCount()):
            self.grid.setRowMinimumHeight(row, round(2 * u) if row == self._gap_row else 0)
        for button in (self.priority, self.reprint, self.test, self.close_menu, self.quit):
            button.setMinimumHeight(max(touch, round(11 * u)))

    def show_message(self, text: str, tone: str = "info") -> None:
        """What the last action did ("Test slip printed"); "" hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("tone", tone)
        repolish(self.message)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff menu"))
        self.hint.setText(self.tr("Closes by itself after a minute without a touch."))
        self.priority.setText(self.tr("Issue a priority ticket"))
        self.reprint.setText(self.tr("Reprint the last ticket"))
        self.test.setText(self.tr("Print a test slip"))
        self.close_menu.setText(self.tr("Close the menu"))
        self.quit.setText(self.tr("Quit the kiosk"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
