"""The teller's ratings today in the side panel: satisfaction and evaluation rates, and
each rating as it arrives. (请评价, asking for one, is an action in the header: F11.)"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from queuedesk.desk.rules import DeskState
from queuedesk.desk.side_panel import add_figure, figure_grid
from queuedesk.desk.style import AMBER, GREEN, RED
from queuedesk.domain.languages import language
from queuedesk.domain.ratings import SATISFACTION_TARGET
from queuedesk.qtkit.theme import repolish
from queuedesk.ui.language import current_language
from queuedesk.wording import ratings as rating_words

FRESH_MS = 6000    # how long a rating that just arrived stands out
#: Score → the colour it is shown in.
TONES = {5: GREEN, 4: GREEN, 3: AMBER, 2: RED, 1: RED}


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100, 1):g}%"


class RatingPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = DeskState()
        self._last_seen: object = ...          # nothing read yet
        self.title = QLabel(objectName="sectionTitle")
        self.satisfaction = QLabel("—", objectName="figureValue")
        self.satisfaction_label = QLabel(objectName="figureLabel")
        self.evaluation = QLabel("—", objectName="figureValue")
        self.evaluation_label = QLabel(objectName="figureLabel")
        figures = figure_grid()       # as the teller's other figures: value, then its label
        add_figure(figures, 0, self.satisfaction, self.satisfaction_label)
        add_figure(figures, 1, self.evaluation, self.evaluation_label)
        self.dot = QLabel(objectName="ratingDot")
        self.last = QLabel(objectName="ratingLast", textFormat=Qt.PlainText, wordWrap=True)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.dot, 0, Qt.AlignVCenter)
        row.addWidget(self.last, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.title)
        box.addLayout(figures)
        box.addLayout(row)
        self._fresh = QTimer(self, singleShot=True, interval=FRESH_MS)
        self._fresh.timeout.connect(lambda: self._set_fresh(False))
        self.show_state(self.state)

    def show_state(self, state: DeskState) -> None:
        self.state = state
        self.title.setText(self.tr("Ratings today"))
        self.satisfaction_label.setText(self.tr("satisfied"))
        self.evaluation_label.setText(self.tr("visits rated"))
        day = state.ratings
        f = day.figures if day else None
        self.satisfaction.setText(percent(f.satisfaction_rate if f else None))
        below = f is not None and f.satisfaction_rate is not None and f.satisfaction_rate < SATISFACTION_TARGET
        self.satisfaction.setStyleSheet(f"color: {AMBER};" if below else "")
        self.evaluation.setText(percent(f.evaluation_rate if f else None))
        if f is not None:
            self.satisfaction.setToolTip(self.tr("{0} of {1} ratings satisfied (target {2})").format(
                f.satisfied, f.rated, percent(SATISFACTION_TARGET)))
            self.evaluation.setToolTip(self.tr("{0} of {1} visits served rated").format(f.rated, f.served))
        last = day.last if day else None
        if last is None:
            self.dot.hide()
            self.last.setText(self.tr("No rating yet."))
        else:
            words = rating_words.level(last.score, current_language())
            comma = "、" if language(current_language()).chinese else ", "
            reasons = comma.join(rating_words.reason(r, current_language()) for r in last.reasons)
            self.last.setText(self.tr("Last: {0} · {1}").format(last.ticket, words)
                              + (f"\n{reasons}" if reasons else ""))
            self.dot.setStyleSheet(f"background: {TONES.get(last.score, GREEN)}; border-radius: 7px;")
            self.dot.setFixedSize(14, 14)
            self.dot.show()
        if day is None:
            return
        seen = (last.ticket_id, last.at) if last else None
        if self._last_seen is not ... and seen is not None and seen != self._last_seen:
            self._set_fresh(True)   # a rating just arrived: let it catch the eye for a moment
            self._fresh.start()
        self._last_seen = seen

    def _set_fresh(self, fresh: bool) -> None:
        self.last.setProperty("fresh", fresh)
        repolish(self.last)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.show_state(self.state)
        super().changeEvent(event)
