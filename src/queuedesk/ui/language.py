"""Interface language. Source strings are English; Chinese (the default) comes from the
compiled translations in translations/*.qm, one file per client package."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from queuedesk.resources import TRANSLATIONS

LANGUAGES = ("zh", "en")
_QT_NAMES = {"zh": "zh_CN"}
_installed: list[QTranslator] = []


def set_language(lang: str) -> None:
    """Switch every window at once: Qt sends LanguageChange, widgets re-read their text."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use zh or en")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang in _QT_NAMES:
        for qm in sorted(TRANSLATIONS.glob(f"*_{_QT_NAMES[lang]}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Chinese if lang == "zh" else QLocale.English))
    app.setProperty("queuedesk_language", lang)


def current_language() -> str:
    app = QCoreApplication.instance()
    return (app.property("queuedesk_language") if app else None) or "zh"
