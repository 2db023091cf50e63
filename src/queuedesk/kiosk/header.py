"""The strip along the top: the branch, the time, and the language toggle."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from queuedesk.config import Config
from queuedesk.domain.languages import LANGUAGES, LocalText
from queuedesk.qtkit.theme import repolish
from queuedesk.ui.language import current_language


class KioskHeader(QFrame):
    languageRequested = Signal(str)

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.setObjectName("header")
        self.config = config
        self.branch_names = LocalText({"zh_CN": config["hall.branch_name"], "en": config["hall.branch_name_en"]})
        self.branch = QLabel(objectName="branch", wordWrap=True)   # a long name wraps on a portrait screen
        self.clock = QLabel(objectName="clock")
        self.date = QLabel(objectName="date")
        self.lang_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        toggle = QHBoxLayout()
        toggle.setSpacing(0)
        # Each language is offered under its own name (an endonym), never translated: the
        # customer who needs 中文 on an English screen must still recognise it.
        for i, (code, lang) in enumerate(LANGUAGES.items()):
            name = lang.endonym
            button = QPushButton(name, objectName="lang", checkable=True)
            button.setProperty("side", "left" if i == 0 else "right" if i == len(LANGUAGES) - 1 else "middle")
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, code=code: self.languageRequested.emit(code))
            group.addButton(button)
            toggle.addWidget(button)
            self.lang_buttons[code] = button
        when = QVBoxLayout()
        when.setSpacing(0)
        when.addWidget(self.clock)
        when.addWidget(self.date)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.branch, 1)
        self.row.addLayout(when)
        self.row.addSpacing(24)
        self.row.addLayout(toggle)
        self._shown_minute = None
        self._tick = QTimer(self, interval=1000)   # the clock; only redraws when the minute turns
        self._tick.timeout.connect(self._show_time)
        self._tick.start()
        self.retranslate()

    def set_unit(self, u: float, touch: int) -> None:
        m = round(1.6 * u)
        self.row.setContentsMargins(round(2.6 * u), m, round(2.6 * u), m)
        self.row.setSpacing(round(2 * u))
        for button in self.lang_buttons.values():
            button.setMinimumHeight(max(touch, round(7.5 * u)))
            button.setMinimumWidth(max(touch, round(12 * u)))

    def set_branch_names(self, names: LocalText) -> None:
        """The hall's branch name per language (operations.texts)."""
        self.branch_names = names
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        self.branch.setText(self.branch_names.text(lang))
        for code, button in self.lang_buttons.items():
            button.setChecked(code == lang)
            repolish(button)
        self._shown_minute = None
        self._show_time()

    def _show_time(self) -> None:
        now = datetime.now(self.config.timezone)   # the hall's clock, whatever the PC's zone
        minute = (now.date(), now.hour, now.minute)
        if minute == self._shown_minute:
            return
        self._shown_minute = minute
        self.clock.setText(f"{now:%H:%M}")
        # The date pattern is a translation, so each language writes dates its own way.
        self.date.setText(QLocale().toString(QDate(now.year, now.month, now.day),
                                             self.tr("dddd, d MMMM yyyy")))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
