"""Translations read straight from the Qt Linguist catalogues, without Qt.

    Catalog("zh_TW").translate("Ticket", "Your number")   # → "您的號碼"

Why the .ts files are the source of truth: lupdate extracts every string of the Qt
windows with its context (the class) and translators work in Qt Linguist, while the
files are plain XML that the standard library reads, so a ticket, a report or a web
page says exactly what the windows say, with no compile step and no second format.
Non-Qt code marks its strings with `Catalog(...).translate(CONTEXT, "text")`, a call
lupdate recognises.

A language's catalogue is every `*_<lang>.ts` in translations/; a message missing or
unfinished there falls back along domain.languages.fallbacks (zh_TW → zh_CN → the
English source).
"""
from __future__ import annotations

import functools
from pathlib import Path
from xml.etree import ElementTree

from queuedesk.domain.languages import EN, fallbacks, resolve
from queuedesk.resources import TRANSLATIONS

#: Translation types that are not (or no longer) a translation.
_NOT_DONE = {"unfinished", "obsolete", "vanished"}


def catalogue_files(lang: str, folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob(f"*_{resolve(lang)}.ts"))


@functools.lru_cache(maxsize=None)
def messages(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation, for every finished message of `lang`."""
    found: dict[tuple[str, str], str] = {}
    for path in catalogue_files(lang):
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in _NOT_DONE or not translation.text:
                    continue
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def translate(lang: str, context: str, source: str) -> str:
    """`source` (English) in `lang`, or in the first fallback that has it."""
    for code in fallbacks(lang):
        if code == EN.code:
            return source
        text = messages(code).get((context, source))
        if text:
            return text
    return source


class Catalog:
    """The wording of one language, for code without Qt."""

    def __init__(self, lang: str):
        self.lang = resolve(lang)

    def translate(self, context: str, source: str) -> str:
        return translate(self.lang, context, source)
