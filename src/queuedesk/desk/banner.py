"""The strip above the desk: the database is away (red, stays), or a refusal (amber, fades)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from queuedesk.qtkit.theme import repolish

REFUSAL_MS = 8000


class Banner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel(wordWrap=True, textFormat=Qt.PlainText)   # engine text, never markup
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.close_button = QToolButton(text="✕")
        self.close_button.setCursor(Qt.PointingHandCursor)
        self.close_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 12, 10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self._offline: str | None = None
        self._fade = QTimer(self, singleShot=True, interval=REFUSAL_MS)
        self._fade.timeout.connect(self._dismiss)
        self.hide()

    @property
    def offline(self) -> bool:
        return self._offline is not None

    def show_offline(self, text: str) -> None:
        """Stays until show_online(): the teller must not act while it is up."""
        self._offline = text
        self._fade.stop()
        self._show(text, "red", closable=False)

    def show_online(self) -> None:
        if self._offline is not None:
            self._offline = None
            self.hide()

    def show_refusal(self, text: str) -> None:
        if self._offline is not None:
            return   # the red banner says more
        self._show(text, "amber", closable=True)
        self._fade.start()

    def _show(self, text: str, tone: str, closable: bool) -> None:
        self.label.setText(text)
        self.setProperty("tone", tone)
        repolish(self)
        for child in (self.label, self.close_button):
            repolish(child)
        self.close_button.setVisible(closable)
        self.show()

    def _dismiss(self) -> None:
        if self._offline is None:
            self.hide()
