"""Signing in: user name and password, then the counter (unless --counter fixed it)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from queuedesk.desk.rules import DeskState
from queuedesk.desk.texts import Texts


class SignInPage(QWidget):
    """`submitted(user, password, counter)` when the teller asks to sign in."""

    submitted = Signal(str, str, int)

    def __init__(self, fixed_counter: int | None = None, parent=None):
        super().__init__(parent)
        self.fixed_counter = fixed_counter
        self.texts = Texts(self)
        self.state = DeskState()
        self.title = QLabel(objectName="signinTitle", alignment=Qt.AlignCenter)
        self.subtitle = QLabel(objectName="hint", alignment=Qt.AlignCenter, wordWrap=True)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        self.password.setObjectName("password")
        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        self.error = QLabel(objectName="signinError", wordWrap=True, alignment=Qt.AlignCenter,
                            textFormat=Qt.PlainText)
        self.button = QPushButton(objectName="signinButton")
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        for signal in (self.user.textChanged, self.password.textChanged):
            signal.connect(self._validate)
        self.counter.currentIndexChanged.connect(self._validate)

        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.form.setVerticalSpacing(12)
        self.user_label, self.password_label, self.counter_label = QLabel(), QLabel(), QLabel()
        for label in (self.user_label, self.password_label, self.counter_label):
            # As tall as the fields, so the text sits level with what is typed.
            label.setMinimumHeight(42)
            label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.form.addRow(self.user_label, self.user)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.counter_label, self.counter)

        card = QFrame(objectName="signinCard")
        card.setFixedWidth(440)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 30, 36, 30)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(6)
        inner.addLayout(self.form)
        inner.addWidget(self.error)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addWidget(card, 0, Qt.AlignHCenter)
        outer.addStretch()
        self.set_busy(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in to the counter"))
        self.subtitle.setText(self.tr("Signing in opens the counter; signing out closes it."))
        self.user_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.counter_label.setText(self.tr("Counter"))
        self.button.setText(self.tr("Sign in"))
        self.show_counters(self.state)

    def show_counters(self, state: DeskState) -> None:
        """Fill the counter choice; each shows who holds it now, so nobody takes a busy one."""
        self.state = state
        keep = self.counter.currentData()
        self.counter.blockSignals(True)
        self.counter.clear()
        for c in state.counters:
            if self.fixed_counter is not None and c.number != self.fixed_counter:
                continue
            if c.staff and c.state != "closed":
                status = self.tr("{0}, {1}").format(self.texts.counter_state(c.state), c.staff)
            else:
                status = self.tr("free")
            self.counter.addItem(f"{self.texts.counter_name(c.number, c.names)} — {status}", c.number)
        if self.fixed_counter is not None and self.counter.count() == 0:
            self.counter.addItem(self.texts.counter_name(self.fixed_counter), self.fixed_counter)
        index = self.counter.findData(keep)
        if index < 0:   # first time: offer the first free counter
            free = [i for i, c in enumerate(c for c in state.counters
                                            if self.fixed_counter in (None, c.number))
                    if not (c.staff and c.state != "closed")]
            index = free[0] if free else 0
        self.counter.setCurrentIndex(index)
        self.counter.setEnabled(self.fixed_counter is None)
        self.counter.blockSignals(False)
        self._validate()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.password.clear()
            self.password.setFocus()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.user.text().strip() and self.password.text() and self.counter.currentData() is not None)
        self.button.setEnabled(ok and not self._busy)

    def _submit(self) -> None:
        if not self.button.isEnabled():
            return
        self.show_error("")
        self.submitted.emit(self.user.text().strip(), self.password.text(), int(self.counter.currentData()))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
