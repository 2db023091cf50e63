"""Every word the lobby screen shows, through Qt's translations.

The screen speaks the interface language (--lang, ui.language) and, in smaller type under
the call and the panel titles, the other one: a hall serves visitors who read only one of
them ("请到 3号窗口" / "Please go to counter 3"). The interface language comes from
self.tr(); the other one from the display's own translation file, loaded privately so
the application's language is untouched. Source strings are English.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTranslator

from queuedesk.resources import TRANSLATIONS
from queuedesk.ui.language import current_language

CONTEXT = "DisplayTexts"
NOW_CALLING = QT_TRANSLATE_NOOP("DisplayTexts", "Now calling")
GO_TO = QT_TRANSLATE_NOOP("DisplayTexts", "Please go to counter %1")
COUNTER = QT_TRANSLATE_NOOP("DisplayTexts", "Counter %1")
SERVING = QT_TRANSLATE_NOOP("DisplayTexts", "At the counters")
RECENT = QT_TRANSLATE_NOOP("DisplayTexts", "Recent calls")
WAITING = QT_TRANSLATE_NOOP("DisplayTexts", "Waiting")
NO_CALL = QT_TRANSLATE_NOOP("DisplayTexts", "Please wait for your number")
NOBODY_ELSE = QT_TRANSLATE_NOOP("DisplayTexts", "No other calls")
NONE_YET = QT_TRANSLATE_NOOP("DisplayTexts", "No calls yet today")
NO_SERVICES = QT_TRANSLATE_NOOP("DisplayTexts", "No business types open")
OFFLINE = QT_TRANSLATE_NOOP("DisplayTexts", "Offline, reconnecting…")
CONNECTING = QT_TRANSLATE_NOOP("DisplayTexts", "Connecting…")
RECALL = QT_TRANSLATE_NOOP("DisplayTexts", "Recall")
TITLE = QT_TRANSLATE_NOOP("DisplayTexts", "Lobby display")
DATE = QT_TRANSLATE_NOOP("DisplayTexts", "yyyy-MM-dd dddd")


class DisplayTexts(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._zh = QTranslator(self)
        self._zh_loaded = self._zh.load(str(TRANSLATIONS / "display_zh_CN.qm"))

    @staticmethod
    def other_language() -> str:
        return "en" if current_language() == "zh" else "zh"

    def text(self, source: str, lang: str | None = None) -> str:
        """`source` in the interface language, or in `lang`."""
        if lang is None or lang == current_language():
            return self.tr(source)
        if lang == "en":
            return source
        found = self._zh.translate(CONTEXT, source) if self._zh_loaded else ""
        return found or source

    def other(self, source: str) -> str:
        """`source` in the other language; "" when it would only repeat the first."""
        text = self.text(source, self.other_language())
        return "" if text == self.tr(source) else text

    def counter(self, number: int, lang: str | None = None) -> str:
        return self.text(COUNTER, lang).replace("%1", str(number))

    def go_to(self, number: int, lang: str | None = None) -> str:
        return self.text(GO_TO, lang).replace("%1", str(number))

    def go_to_other(self, number: int) -> str:
        text = self.go_to(number, self.other_language())
        return "" if text == self.go_to(number) else text
