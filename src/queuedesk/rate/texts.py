"""Every word of the rating screen, in the interface language with the second one under it.

A customer who reads only English (or only Chinese) must still be able to rate, with no
language button to find first: the interface language is shown large and the second
language (English beside Chinese, the hall's Chinese beside English) small under it.
Looked up at call time, so a language switch takes effect on the next repaint. Levels
and reasons are worded once for every client (wording/ratings.py).
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from queuedesk.domain.languages import LocalText, second_language
from queuedesk.ui.language import current_language
from queuedesk.wording import catalog, phrases
from queuedesk.wording import ratings as rating_words

CONTEXT = "RateTexts"


class RateTexts(QObject):
    def __init__(self, hall_language: str = "zh_CN", parent: QObject | None = None):
        super().__init__(parent)
        self.hall_language = hall_language

    @property
    def second(self) -> str:
        return second_language(current_language(), self.hall_language)

    def _pair(self, source: str, translated: str) -> tuple[str, str]:
        """(the words in the interface language, the same in the second language, or ""
        where that would only repeat them)."""
        other = catalog.translate(self.second, CONTEXT, source)
        return translated, "" if other == translated else other

    # -- idle ----------------------------------------------------------------------------

    def counter(self, number: int, names: dict[str, str]) -> tuple[str, str]:
        first = phrases.counter(number, current_language(), LocalText(names))
        other = phrases.counter(number, self.second, LocalText(names))
        return first, "" if other == first else other

    def staff_number(self, number: str) -> str:
        return self.tr("Staff no. {0}").format(number)

    def at_your_service(self) -> tuple[str, str]:
        return self._pair("At your service", self.tr("At your service"))

    def not_serving(self) -> tuple[str, str]:
        return self._pair("Not serving at the moment", self.tr("Not serving at the moment"))

    def offline(self) -> str:
        return self.tr("Connection lost: ratings are kept and sent when it is back")

    # -- asking --------------------------------------------------------------------------

    def ask_title(self) -> tuple[str, str]:
        return self._pair("How was our service?", self.tr("How was our service?"))

    def ask_hint(self) -> tuple[str, str]:
        return self._pair("Touch a face to rate this visit", self.tr("Touch a face to rate this visit"))

    def ticket(self, number: str) -> str:
        return self.tr("Ticket {0}").format(number)

    def level(self, score: int) -> tuple[str, str]:
        first, other = rating_words.level(score, current_language()), rating_words.level(score, self.second)
        return first, "" if other == first else other

    def countdown(self, seconds: int) -> str:
        return self.tr("Closes in {0} s").format(seconds)

    # -- reasons ------------------------------------------------------------------------

    def reasons_title(self) -> tuple[str, str]:
        return self._pair("Sorry. What went wrong?", self.tr("Sorry. What went wrong?"))

    def reasons_hint(self) -> tuple[str, str]:
        return self._pair("Choose any that apply", self.tr("Choose any that apply"))

    def reason(self, code: str) -> tuple[str, str]:
        first, other = rating_words.reason(code, current_language()), rating_words.reason(code, self.second)
        return first, "" if other == first else other

    def submit(self) -> str:
        return self.tr("Submit")

    def back(self) -> str:
        return self.tr("Back")

    # -- thanks -----------------------------------------------------------------------------

    def thanks(self) -> tuple[str, str]:
        return self._pair("Thank you for your rating", self.tr("Thank you for your rating"))

    def your_rating(self, score: int) -> str:
        return self.tr("Your rating: {0}").format(rating_words.level(score, current_language()))

    def thanks_low(self) -> tuple[str, str]:
        return self._pair("We will do better", self.tr("We will do better"))

    def thanks_high(self) -> tuple[str, str]:
        return self._pair("We look forward to serving you again", self.tr("We look forward to serving you again"))
