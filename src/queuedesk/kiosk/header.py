"""The strip along the top: the branch, the time, large text, and the language toggle.

In large-text mode its words grow like the rest of the kiosk, but the toggles keep their
width (they are as wide in both modes, for their words at the large size): the A+ button
a customer just touched stays under the finger, to be touched again to turn it off."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from queuedesk.config import Config
from queuedesk.domain.languages import LANGUAGES, LocalText
from queuedesk.kiosk import style
from queuedesk.kiosk.layout import LARGE_TEXT
from queuedesk.qtkit.fit import fitted_lines
from queuedesk.qtkit.fonts import text_font
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour, repolish
from queuedesk.ui.language import current_language


class BranchName(QWidget):
    """The branch's name, at most two lines however long it is and however narrow the
    screen: a long English name on a portrait kiosk must not push the buttons down."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.px = 36
        self.drawn: tuple[int, list[str]] = (0, [])   # (px, lines) as last painted
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_text(self, text: str) -> None:
        self.text = text
        self.setAccessibleName(text)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font, lines = fitted_lines(text_font(self.px, bold=True), self.text, self.width(), self.height(),
                                   floor=max(8, round(self.px * 0.45)))
        self.drawn = (font.pixelSize(), lines)
        m = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(colour("#ffffff"))
        y = (self.height() - (m.lineSpacing() * (len(lines) - 1) + m.height())) / 2
        for line in lines:
            paint_text(p, QRectF(0, y, self.width(), m.height()),
                          Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += m.lineSpacing()
        p.end()


class KioskHeader(QFrame):
    languageRequested = Signal(str)
    largeRequested = Signal(bool)     # large text and high contrast on or off

    def __init__(self, config: Config, parent=None):
        super().__init__(parent)
        self.setObjectName("header")
        self.config = config
        self.branch_names = LocalText({"zh_CN": config["hall.branch_name"], "en": config["hall.branch_name_en"]})
        self.branch = BranchName()
        self.large = QPushButton(objectName="large", checkable=True)
        self.large.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.large.clicked.connect(self.largeRequested)
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
        self.when = QWidget()
        when = QVBoxLayout(self.when)
        when.setContentsMargins(0, 0, 0, 0)
        when.setSpacing(0)
        when.addWidget(self.clock)
        when.addWidget(self.date)
        # Landscape: one row. Portrait: the branch on a row of its own above the rest, so
        # neither it nor the toggles get squeezed on a narrow screen.
        self.rows = QVBoxLayout(self)
        self.top = QHBoxLayout()
        self.row = QHBoxLayout()
        self._unit = (10.0, 0)      # (u, touch) as last set
        self.rows.addLayout(self.top)
        self.rows.addLayout(self.row)
        self.portrait = False
        self.row.addWidget(self.branch, 1)
        self.row.addWidget(self.when)
        self.row.addSpacing(24)
        self.row.addWidget(self.large)
        self.row.addStretch(0)
        self.row.addLayout(toggle)
        self._shown_minute = None
        self._tick = QTimer(self, interval=1000)   # the clock; only redraws when the minute turns
        self._tick.timeout.connect(self._show_time)
        self._tick.start()
        self.retranslate()

    def set_unit(self, u: float, touch: int, portrait: bool = False, scale: float = 1.0) -> None:
        """`scale`: large text (layout.LARGE_TEXT), for the branch, the time and the
        toggles' words alike (the style sheet sizes the time and the toggles' words)."""
        self._unit = (u, touch)
        m = round(1.6 * u)
        self.rows.setContentsMargins(round(2.6 * u), m, round(2.6 * u), m)
        self.rows.setSpacing(round(1.2 * u))
        self.row.setSpacing(round(2 * u))
        if portrait != self.portrait:
            self.portrait = portrait
            if portrait:   # branch and clock above; large text on the left, languages on the right
                self.top.addWidget(self.branch, 1)
                self.top.addWidget(self.when)
            else:
                self.row.insertWidget(0, self.when)
                self.row.insertWidget(0, self.branch, 1)
            self.row.setStretch(self.row.count() - 2, 1 if portrait else 0)   # the stretch before the languages
        self.branch.px = round(3.6 * u * scale)
        self.branch.setFixedHeight(max(touch, round(7.5 * u * scale)))
        self.branch.update()
        for button in (*self.lang_buttons.values(), self.large):
            button.setMinimumHeight(max(touch, round(7.5 * u * scale)))
        self._toggle_widths()

    def _toggle_widths(self) -> None:
        """Each toggle as wide as its words need at the large size, in both modes (see the
        module's doc), with the style sheet's padding and frame."""
        u, touch = self._unit
        for button in (*self.lang_buttons.values(), self.large):
            button.ensurePolished()
            font = QFont(button.font())
            font.setPixelSize(max(1, round(style.TOGGLE_WORDS_U * u * LARGE_TEXT)))
            words = QFontMetricsF(font).horizontalAdvance(button.text())
            chrome = (2 * round(style.TOGGLE_PAD_U * u) + 2 * max(1, round(style.TOGGLE_FRAME_U * u))
                      + round(0.3 * u))     # and a little air
            button.setMinimumWidth(max(touch, round(12 * u), round(words + chrome)))

    def set_branch_names(self, names: LocalText) -> None:
        """The hall's branch name per language (operations.texts)."""
        self.branch_names = names
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        self.branch.set_text(self.branch_names.text(lang))
        # Said in the customer's language and with a sign everyone knows.
        self.large.setText(self.tr("A+ Large text"))
        self.large.setAccessibleName(self.tr("Large text and high contrast"))
        self._toggle_widths()
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
