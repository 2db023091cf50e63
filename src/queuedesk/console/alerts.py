"""Alerts, newest first: those not yet acknowledged in their colour, the rest greyed.
A double click, or the button, acknowledges the selected one (an event every console sees)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from queuedesk.console import style
from queuedesk.console.texts import ConsoleTexts


class AlertsPanel(QWidget):
    acknowledge = Signal(str, str)        # alert key, kind

    def __init__(self, texts: ConsoleTexts, timezone, parent=None):
        super().__init__(parent)
        self.texts, self.timezone = texts, timezone
        self.alerts: list = []
        self.service_names: dict[str, dict] = {}
        self.counter_names: dict[int, dict] = {}
        self.title = QLabel(objectName="section")
        self.count = self.title        # "Alerts (3 new)": one label, never squeezed
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self._ack())
        self.ack = QPushButton(objectName="primary")
        self.ack.clicked.connect(self._ack)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.ack)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.list, 1)
        self.retranslate()

    def show_alerts(self, alerts, service_names: dict[str, dict], counter_names: dict[int, dict] | None = None) -> None:
        """`counter_names`: the hall's own names of its counters ("内科1诊室"), by number."""
        selected = self.selected_key()
        self.alerts, self.service_names = list(alerts), service_names
        if counter_names is not None:
            self.counter_names = counter_names
        self.list.clear()
        for alert in self.alerts:
            service = alert.params.get("service", "")
            name = self.texts.service(service_names.get(service, {}), service) if service else ""
            at = datetime.fromisoformat(alert.since).astimezone(self.timezone)
            item = QListWidgetItem(f"{at:%H:%M}  {self.texts.alert(alert.kind, alert.params, name, self.counter_names)}")
            item.setData(Qt.ItemDataRole.UserRole, (alert.key, alert.kind))
            font = QFont(self.list.font())      # the console's body size, not the default 9 pt
            font.setBold(not alert.acknowledged)
            item.setFont(font)
            colour = style.QUIET if alert.acknowledged else style.ALERT_TONES.get(alert.kind, style.INK)
            item.setForeground(QBrush(QColor(colour)))
            self.list.addItem(item)
            if alert.key == selected:
                item.setSelected(True)
        if not self.alerts:
            quiet = QListWidgetItem(self.tr("No alerts."))
            quiet.setFlags(Qt.ItemFlag.NoItemFlags)
            quiet.setForeground(QBrush(QColor(style.QUIET)))
            self.list.addItem(quiet)
        self._show_count()

    def selected_key(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole)[0] if items else None

    def _ack(self) -> None:
        items = self.list.selectedItems()
        if items:
            key, kind = items[0].data(Qt.ItemDataRole.UserRole)
            self.acknowledge.emit(key, kind)

    def _show_count(self) -> None:
        new = sum(1 for a in self.alerts if not a.acknowledged)
        state = self.tr("{0} new").format(new) if new else self.tr("All seen")
        self.title.setText(self.tr("Alerts ({0})").format(state))

    def retranslate(self) -> None:
        self.ack.setText(self.tr("Acknowledge"))
        self.show_alerts(self.alerts, self.service_names)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
