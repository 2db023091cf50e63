"""Interface language of a window process. Source strings are English; the others come
from the catalogues in translations/ (wording.catalog reads them; no compiled files).

`set_language` installs one translator that answers every `tr()` from the catalogues of
that language, with its fallbacks (zh_TW → zh_CN → English). Qt then sends
LanguageChange and every widget words itself again.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from queuedesk.domain.languages import DEFAULT, EN, language, resolve
from queuedesk.wording import catalog

_installed: list[QTranslator] = []


class CatalogTranslator(QTranslator):
    """Qt's translator interface over wording.catalog: one source for windows and the rest."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return catalog.translate(self.lang, context, source)

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self.lang


def set_language(lang: str) -> None:
    """Switch every window at once. `lang`: zh_CN, zh_TW, en or an alias ('zh')."""
    code = resolve(lang)     # UnknownLanguage (a ValueError) for anything else
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != EN.code:
        translator = CatalogTranslator(code, app)
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(language(code).qt_locale))
    app.setProperty("queuedesk_language", code)


def current_language() -> str:
    app = QCoreApplication.instance()
    return (app.property("queuedesk_language") if app else None) or DEFAULT
