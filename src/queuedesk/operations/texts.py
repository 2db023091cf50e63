"""The hall's own words, per language: branch name, lobby notice, ticket footer.

Until a hall sets them (`queuedesk hall set`), this machine's settings stand in
(hall.branch_name, hall.branch_name_en, display.notice, printer.footer), so a hall that
never set anything looks as it always did.
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.domain import limits
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import HallTextChanged
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import HALL_TEXTS
from queuedesk.operations.hall import Hall, needs


@dataclass(frozen=True)
class HallTexts:
    branch_name: LocalText
    notice: LocalText
    footer: LocalText
    own: frozenset[str] = frozenset()   # which of them the hall set itself (the rest: settings)


def _fallbacks(config) -> dict[str, LocalText]:
    return {"branch_name": LocalText({"zh_CN": config["hall.branch_name"], "en": config["hall.branch_name_en"]}),
            # One string with both languages in it, shown as it is.
            "notice": LocalText({"zh_CN": config["display.notice"]}),
            "footer": LocalText({"zh_CN": config["printer.footer"]})}


@needs(Permission.VIEW)
def hall_texts(hall: Hall) -> HallTexts:
    with hall.read() as uow:
        stored = uow.hall_texts.all()
    texts = {**_fallbacks(hall.config), **stored}
    return HallTexts(**{key: texts[key] for key in HALL_TEXTS}, own=frozenset(stored))


def set_hall_text(hall: Hall, key: str, changes: dict[str, str]) -> LocalText:
    """Set `key` (branch_name, notice, footer) in the given languages; an empty text
    removes that language, and with none left the setting stands in again."""
    if key not in HALL_TEXTS:
        raise QueueError(f"unknown hall text {key!r}; use {', '.join(HALL_TEXTS)}", "unknown_hall_text", key=key)
    # The lobby manager keeps the notice current; the branch's own name is set-up.
    hall.require(Permission.EDIT_NOTICE if key == "notice" else Permission.SET_UP)
    with hall.write() as uow:
        texts = limits.local_texts(uow.hall_texts.all().get(key, LocalText()).merged(changes), key,
                                   limits.HALL_TEXT_MAX)
        uow.hall_texts.set(key, texts)
        uow.events.append(HallTextChanged(at=hall.now(), key=key, texts=dict(texts)))
    return texts
