"""The wording on a ticket, in its two languages: pure functions over the catalogues, so
the wording is testable without Qt.

A ticket speaks the hall's language, with a second one in smaller type under it for
visitors (English beside Chinese): each function returns (first, second); the second
is "" on a one-language ticket.
"""
from __future__ import annotations

from datetime import datetime

from queuedesk.domain.estimate import WaitEstimate
from queuedesk.wording import phrases
from queuedesk.wording.catalog import Catalog

#: (the ticket's language, the second language); the default ticket.
DEFAULT_LANGS = ("zh_CN", "en")


def _both(say, langs: tuple[str, str | None]) -> tuple[str, str]:
    first, second = langs
    return say(first), (say(second) if second else "")


class Bilingual:
    """The ticket's fixed texts in both its languages: `translate("Ticket", "Your number")`
    (the call lupdate looks for) gives ("您的号码", "Your number")."""

    def __init__(self, langs: tuple[str, str | None] = DEFAULT_LANGS):
        self.langs = langs

    def translate(self, context: str, source: str) -> tuple[str, str]:
        return _both(lambda lang: Catalog(lang).translate(context, source), self.langs)


def priority_label(priority: str, langs: tuple[str, str | None] = DEFAULT_LANGS) -> tuple[str, str] | None:
    """The badge of a special ticket, None for an ordinary one. An unknown class still
    gets a badge: a special ticket must look special."""
    if (priority or "normal").lower() == "normal":
        return None
    return _both(lambda lang: phrases.priority(priority, lang).upper(), langs)


def ahead_text(ahead: int, langs: tuple[str, str | None] = DEFAULT_LANGS) -> tuple[str, str]:
    return _both(lambda lang: phrases.ahead(ahead, lang), langs)


def wait_text(promise: WaitEstimate | None, langs: tuple[str, str | None] = DEFAULT_LANGS) -> tuple[str, str]:
    return _both(lambda lang: phrases.wait(promise, lang), langs)


def issued_text(issued_at: datetime) -> str:
    return issued_at.strftime("%Y-%m-%d %H:%M:%S")


def footer_lines(footer: str) -> list[str]:
    """Footers are written "中文 · English"; each language reads better on its own line."""
    return [part.strip() for part in footer.split(" · ") if part.strip()]
