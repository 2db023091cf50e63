"""The groups of business types as tabs ("个人" / "对公" / "其他"), when the hall has
groups: a customer looks among a few buttons instead of forty."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from queuedesk.kiosk.texts import KioskTexts


class GroupTabs(QWidget):
    chosen = Signal(object)   # the group's code (UNGROUPED: the services in none); None: no tabs

    def __init__(self, texts: KioskTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.groups: list[tuple[str, dict[str, str] | None]] = []   # (code, names)
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.current: str | None = None
        self._height = 60
        self.hide()

    def set_groups(self, groups: list[tuple[str, dict[str, str] | None]]) -> None:
        """The tabs to offer, in order; fewer than two: no tabs at all."""
        if groups == self.groups:
            return
        self.groups = groups
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        for code, _names in groups:
            button = QPushButton(objectName="tab", checkable=True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(self._height)
            button.clicked.connect(lambda _=False, code=code: self.choose(code))
            self._group.addButton(button)
            self.row.addWidget(button, 1)
            self.buttons[code] = button
        self.retranslate()
        self.setVisible(len(groups) > 1)
        codes = [code for code, _ in groups]
        self.choose(self.current if self.current in codes else (codes[0] if len(codes) > 1 else None))

    def choose(self, code: str | None) -> None:
        self.current = code
        for c, button in self.buttons.items():
            button.setChecked(c == code)
        self.chosen.emit(code)

    def set_unit(self, u: float, touch: int) -> None:
        self._height = max(touch, round(7.5 * u))
        self.row.setSpacing(round(1.4 * u))
        for button in self.buttons.values():
            button.setMinimumHeight(self._height)

    def retranslate(self) -> None:
        for code, names in self.groups:
            self.buttons[code].setText(self.texts.group(names))
