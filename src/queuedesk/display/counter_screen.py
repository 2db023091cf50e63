"""The small screen over one counter (`queuedesk display --counter N`, 窗口屏): its name,
the number it serves now in huge type, and the teller's staff number — nothing else.

It follows the same event log as the lobby screen: a call or recall at this counter
shows the number (flashing a few times), the customer leaving clears it, a pause or a
closed counter says so; events of other counters are ignored. Any change of the counter
itself (a teller signing in, a rename) re-reads it.
"""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QWidget

from queuedesk.display import style
from queuedesk.display import texts as t
from queuedesk.display.texts import DisplayTexts
from queuedesk.domain import events
from queuedesk.operations.hall import Hall
from queuedesk.operations.lobby import CounterSign, counter_sign
from queuedesk.qtkit.fit import fitted
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour, unit
from queuedesk.ui import probe
from queuedesk.ui.engine_link import EngineLink, Refresh

FLASH_MS = 450
FLASHES = 4


def follow(sign: CounterSign, batch) -> tuple[CounterSign, bool, bool]:
    """(sign after these events, whether a call to flash came, whether to read the counter
    again): plain Python, tested without a window."""
    called, reread = False, False
    for e in batch:
        if e.counter != sign.number or e.id <= sign.last_id:
            continue
        if isinstance(e, events.CALLS):
            sign = _with(sign, current=e.ticket_number)
            called = True
        elif isinstance(e, events.LEAVES_COUNTER) and e.ticket_number == sign.current:
            sign = _with(sign, current=None)
        elif isinstance(e, events.CounterEvent):
            reread = True
    return sign, called, reread


def _with(sign: CounterSign, **changes) -> CounterSign:
    return CounterSign(**{**sign.__dict__, **changes})


class CounterScreen(QWidget):
    ready = Signal()

    def __init__(self, hall: Hall, number: int, parent=None):
        super().__init__(parent)
        self.hall, self.number = hall, number
        self.texts = DisplayTexts(hall.config["hall.language"], self)
        self.sign: CounterSign | None = None
        self.online = True
        self.is_ready = False
        self.flash_on = False
        self._toggles = 0
        self.setAutoFillBackground(False)
        self.link = EngineLink(hall, self)
        self._read = Refresh(self.link, lambda _parts: partial(counter_sign, hall, number))
        self._read.loaded.connect(self._on_sign)
        self._read.failed.connect(lambda _error: QTimer.singleShot(2000, self._read.retry))
        self.link.events.connect(self._on_events)
        self.link.rewound.connect(lambda: self._read.ask())
        self.link.onlineChanged.connect(self._on_online)
        self._flash = QTimer(self, interval=FLASH_MS)
        self._flash.timeout.connect(self._toggle)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.close)
        self.setWindowTitle(self.texts.counter(number))
        self.resize(1280, 400)

    def start(self) -> None:
        self._read.ask()

    def shutdown(self) -> None:
        self._flash.stop()
        self.link.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _on_sign(self, sign: CounterSign, _parts) -> None:
        first = self.sign is None
        self.sign = sign
        self.texts.set_counter_names({sign.number: sign.names} if sign.names else {})
        self.setWindowTitle(self.texts.counter(sign.number))
        if first:
            self.link.start(after=sign.last_id)
        self.update()
        probe.report("counter_screen", "shown", counter=sign.number, number=sign.current)
        if not self.is_ready:
            self.is_ready = True
            QTimer.singleShot(0, self.ready)

    def _on_events(self, batch: list) -> None:
        if self.sign is None:
            return
        before = self.sign.current
        self.sign, called, reread = follow(self.sign, batch)
        self.sign = _with(self.sign, last_id=max(self.sign.last_id, batch[-1].id))
        if called:
            self._toggles, self.flash_on = 2 * FLASHES - 1, True
            self._flash.start()
        if reread:
            self._read.ask()
        if called or self.sign.current != before:
            probe.report("counter_screen", "shown", counter=self.number, number=self.sign.current)
            self.update()

    def _on_online(self, online: bool) -> None:
        self.online = online
        self.update()

    def _toggle(self) -> None:
        if self._toggles <= 0:
            self._flash.stop()
            self.flash_on = False
        else:
            self._toggles -= 1
            self.flash_on = not self.flash_on
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = QRectF(self.rect())
        lit = self.flash_on
        p.fillRect(area, colour(style.FLASH_FILL if lit else style.BACKGROUND))
        u = unit(self.width(), self.height())
        inner = area.adjusted(3 * u, 2 * u, -3 * u, -2 * u)
        ink = style.FLASH_INK if lit else style.TEXT
        sign = self.sign
        name = self.texts.counter(self.number)
        # The counter's name on the left, the number the rest: read from the queue.
        name_w = inner.width() * 0.36
        name_box = QRectF(inner.left(), inner.top(), name_w, inner.height() * 0.62)
        style.draw_text(p, name_box, name, text_font(name_box.height() * 0.45, bold=True), ink,
                        Qt.AlignmentFlag.AlignLeft)
        other = self.texts.counter(self.number, self.texts.other_language())
        if other != name:
            style.draw_text(p, QRectF(inner.left(), name_box.bottom(), name_w, inner.height() * 0.16), other,
                            text_font(inner.height() * 0.11), style.FLASH_INK if lit else style.MUTED,
                            Qt.AlignmentFlag.AlignLeft)
        staff = sign.staff_number if sign else None
        if staff:
            style.draw_text(p, QRectF(inner.left(), inner.bottom() - inner.height() * 0.2, name_w,
                                      inner.height() * 0.2),
                            self.texts.staff_number(staff), text_font(inner.height() * 0.12),
                            style.FLASH_INK if lit else style.MUTED, Qt.AlignmentFlag.AlignLeft)
        right = QRectF(inner.left() + name_w + 2 * u, inner.top(), inner.width() - name_w - 2 * u, inner.height())
        if sign is None or not self.online:
            text = self.texts.text(t.OFFLINE if not self.online else t.CONNECTING)
            style.draw_text(p, right, text, text_font(right.height() * 0.18), style.MUTED)
        elif sign.current:
            font = fitted(number_font(right.height() * 0.95), sign.current, right.width(), right.height())
            style.draw_text(p, right, sign.current, font, style.FLASH_INK if lit else style.NUMBER)
        else:
            text = self.texts.counter_state(sign.state)
            style.draw_text(p, right, text, text_font(right.height() * 0.3, bold=True), style.MUTED)
        p.end()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)
