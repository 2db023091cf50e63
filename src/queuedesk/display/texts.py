"""Every word the lobby screen shows, through the translation catalogues.

The screen speaks the interface language (--lang, ui.language) and, in smaller type under
the call and the panel titles, a second one: a hall serves visitors who read only one of
them ("请到 3号窗口" / "Please go to Counter 3"). The interface language comes from
self.tr(); the second one straight from the catalogues (wording.catalog), so the
application's language is untouched. Source strings are English.

Counters with names of their own ("贵宾室") are called by them; the others by number. The
call names the counter exactly as its card, the recent calls, the screen over the counter
and the voice do ("Please go to Counter 3", never "counter 3" beside "Counter 3").
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from queuedesk.domain.languages import LocalText, second_language
from queuedesk.ui.language import current_language
from queuedesk.wording import catalog

CONTEXT = "DisplayTexts"
NOW_CALLING = QT_TRANSLATE_NOOP("DisplayTexts", "Now calling")
GO_TO = QT_TRANSLATE_NOOP("DisplayTexts", "Please go to %1")   # %1: the counter, as COUNTER or its name
COUNTER = QT_TRANSLATE_NOOP("DisplayTexts", "Counter %1")
SERVING = QT_TRANSLATE_NOOP("DisplayTexts", "At the counters")
RECENT = QT_TRANSLATE_NOOP("DisplayTexts", "Recent calls")
WAITING = QT_TRANSLATE_NOOP("DisplayTexts", "Waiting")
NO_CALL = QT_TRANSLATE_NOOP("DisplayTexts", "Please wait for your number")
NOBODY_ELSE = QT_TRANSLATE_NOOP("DisplayTexts", "No other calls")
NONE_YET = QT_TRANSLATE_NOOP("DisplayTexts", "No calls yet today")
NO_SERVICES = QT_TRANSLATE_NOOP("DisplayTexts", "No business types open")
OFFLINE = QT_TRANSLATE_NOOP("DisplayTexts", "Offline, reconnecting…")
OFFLINE_BANNER = QT_TRANSLATE_NOOP("DisplayTexts", "Calling system offline: the calls shown may be out of date")
WELCOME = QT_TRANSLATE_NOOP("DisplayTexts", "Welcome")
TAKE_A_TICKET = QT_TRANSLATE_NOOP("DisplayTexts", "Please take a ticket at the kiosk and watch for your number")
CONNECTING = QT_TRANSLATE_NOOP("DisplayTexts", "Connecting…")
RECALL = QT_TRANSLATE_NOOP("DisplayTexts", "Recall")
TITLE = QT_TRANSLATE_NOOP("DisplayTexts", "Lobby display")
STAFF_NUMBER = QT_TRANSLATE_NOOP("DisplayTexts", "Staff no. %1")
READY = QT_TRANSLATE_NOOP("DisplayTexts", "Ready")
PAUSED = QT_TRANSLATE_NOOP("DisplayTexts", "Paused")
CLOSED = QT_TRANSLATE_NOOP("DisplayTexts", "Closed")
DATE = QT_TRANSLATE_NOOP("DisplayTexts", "yyyy-MM-dd dddd")


class DisplayTexts(QObject):
    def __init__(self, hall_language: str = "zh_CN", parent: QObject | None = None):
        super().__init__(parent)
        self.hall_language = hall_language       # the Chinese shown beside English
        self.counter_names: dict[int, LocalText] = {}

    def set_counter_names(self, names: dict[int, dict[str, str]]) -> None:
        self.counter_names = {number: LocalText(texts) for number, texts in names.items()}

    def other_language(self) -> str:
        return second_language(current_language(), self.hall_language)

    def text(self, source: str, lang: str | None = None) -> str:
        """`source` in the interface language, or in `lang`."""
        if lang is None or lang == current_language():
            return self.tr(source)
        return catalog.translate(lang, CONTEXT, source)

    def other(self, source: str) -> str:
        """`source` in the other language; "" when it would only repeat the first."""
        text = self.text(source, self.other_language())
        return "" if text == self.tr(source) else text

    def counter(self, number: int, lang: str | None = None) -> str:
        names = self.counter_names.get(number)
        if names:
            return names.text(lang or current_language())
        return self.text(COUNTER, lang).replace("%1", str(number))

    def go_to(self, number: int, lang: str | None = None) -> str:
        """"请到 3号窗口", "请到 贵宾室": the counter as everything else names it."""
        return self.text(GO_TO, lang).replace("%1", self.counter(number, lang))

    def staff_number(self, number: str) -> str:
        return self.text(STAFF_NUMBER).replace("%1", number)

    def counter_state(self, state: str) -> str:
        """A counter with nobody at it: ready for the next one, paused, or closed."""
        return self.text({"open": READY, "paused": PAUSED}.get(state, CLOSED))

    def go_to_other(self, number: int) -> str:
        text = self.go_to(number, self.other_language())
        return "" if text == self.go_to(number) else text
