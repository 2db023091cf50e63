"""The hall's own words, per language: branch name, lobby notice, ticket footer, and the
sentence the voice says for a call.

Until a hall sets them (`queuedesk hall set`), this machine's settings stand in
(hall.branch_name, hall.branch_name_en, display.notice, printer.footer,
voice.template_*), so a hall that never set anything looks and sounds as it always did.
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.domain import limits
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import QueueError
from queuedesk.domain.events import HallTextChanged
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import HALL_TEXTS, check_voice_template
from queuedesk.operations.hall import Hall, checks_actor, needs


@dataclass(frozen=True)
class HallTexts:
    branch_name: LocalText
    notice: LocalText
    footer: LocalText
    voice: LocalText = LocalText()
    own: frozenset[str] = frozenset()   # which of them the hall set itself (the rest: settings)


def _fallbacks(config) -> dict[str, LocalText]:
    return {"branch_name": LocalText({"zh_CN": config["hall.branch_name"], "en": config["hall.branch_name_en"]}),
            # One string with both languages in it, shown as it is.
            "notice": LocalText({"zh_CN": config["display.notice"]}),
            "footer": LocalText({"zh_CN": config["printer.footer"]}),
            "voice": LocalText({"zh_CN": config["voice.template_zh"], "zh_TW": config["voice.template_zh_TW"],
                                "en": config["voice.template_en"]})}


@needs(Permission.VIEW)
def hall_texts(hall: Hall) -> HallTexts:
    with hall.read() as uow:
        stored = uow.hall_texts.all()
    texts = {**_fallbacks(hall.config), **stored}
    if "voice" in stored:
        # Per language: a hall that wrote only its Mandarin sentence keeps the English one
        # of the settings (an English voice must never be handed a Chinese template).
        texts["voice"] = _fallbacks(hall.config)["voice"].merged(dict(stored["voice"]))
    return HallTexts(**{key: texts[key] for key in HALL_TEXTS}, own=frozenset(stored))


@checks_actor(Permission.EDIT_NOTICE, Permission.SET_UP)
def set_hall_text(hall: Hall, key: str, changes: dict[str, str]) -> LocalText:
    """Set `key` (branch_name, notice, footer, voice) in the given languages; an empty text
    removes that language, and with none left the setting stands in again."""
    if key not in HALL_TEXTS:
        raise QueueError(f"unknown hall text {key!r}; use {', '.join(HALL_TEXTS)}", "unknown_hall_text", key=key)
    # The lobby manager keeps the notice current; the branch's own name is set-up.
    hall.require(Permission.EDIT_NOTICE if key == "notice" else Permission.SET_UP)
    with hall.write() as uow:
        texts = limits.local_texts(uow.hall_texts.all().get(key, LocalText()).merged(changes), key,
                                   limits.HALL_TEXT_MAX)
        if key == "voice":
            for lang, template in texts.items():
                check_voice_template(lang, template)
        uow.hall_texts.set(key, texts)
        uow.events.append(HallTextChanged(at=hall.now(), key=key, texts=dict(texts)))
    return texts
