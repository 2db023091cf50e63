"""The compact bar beside the business application: the teller reads at a glance what the
customer came for, whole, however long the hall named its business types."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from queuedesk.operations import setup, tickets
from queuedesk.ui.language import set_language

from .conftest import WAIT_MS, press, sign_in

# The sample halls' longest names (hospital, government, bank), in the three languages.
LONG_NAMES = ["Registration & payment", "Internal medicine", "Household registration",
              "Social & medical insurance", "Business registration", "个人非现金业务", "檢驗報告領取"]


def bar_with_customer(qtbot, hall, make_desk, names: dict[str, str]):
    """The bar of counter 3, which has called a customer of business type B named `names`."""
    from queuedesk.qtkit.fonts import ensure_cjk_font

    ensure_cjk_font()          # as every window runs (ui.app): the widths depend on it
    setup.rename_service(hall, "B", names)
    tickets.issue_ticket(hall, "B")
    desk = make_desk(hall, compact=True)
    sign_in(qtbot, desk)
    bar = desk.compact_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    press(qtbot, desk, "call_next")
    qtbot.waitUntil(lambda: bar.number.text() == "B001", timeout=WAIT_MS)
    return desk, bar


def whole_on_screen(label) -> bool:
    return label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


@pytest.mark.parametrize("name", LONG_NAMES)
def test_the_bar_shows_a_long_business_type_whole(qtbot, hall, make_desk, name):
    desk, bar = bar_with_customer(qtbot, hall, make_desk, {"zh_CN": name, "zh_TW": name, "en": name})
    assert bar.info.text() == name                      # not "Called · Registration & p…"
    assert whole_on_screen(bar.info)
    assert bar.info.toolTip() == name
    assert bar.waiting.text().startswith("Called · ")   # the state is still in sight, beneath
    assert whole_on_screen(bar.waiting)


def test_a_name_too_long_for_any_bar_loses_whole_words_and_is_whole_in_the_tooltip(qtbot, hall, make_desk):
    name = "Foreign exchange and cross-border remittance for companies"
    desk, bar = bar_with_customer(qtbot, hall, make_desk, {"zh_CN": name, "en": name})
    shown = bar.info.text()
    assert shown.endswith("…") and whole_on_screen(bar.info)
    kept = shown[:-1]
    assert name.startswith(kept) and name[len(kept)] == " ", shown   # a word's end, not "remitt…"
    assert len(kept.split()) >= 3                                  # as much of it as the bar holds
    assert bar.info.toolTip() == name
    assert bar.width() <= 1280                                     # the bar did not grow for it


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_the_bar_stays_a_slim_bar_that_fits_a_small_screen(qtbot, hall, make_desk, lang):
    name = {"zh_CN": "社保医保", "zh_TW": "勞保健保", "en": "Social & medical insurance"}
    desk, bar = bar_with_customer(qtbot, hall, make_desk, name)
    try:
        set_language(lang)
        QApplication.processEvents()
        bar.adjustSize()
        assert bar.info.text() == name[lang] and whole_on_screen(bar.info)
        assert whole_on_screen(bar.waiting)
        assert bar.height() <= 64 and bar.width() <= 1280, bar.size()
    finally:
        set_language("en")


def test_shorten_keeps_whole_words():
    from queuedesk.qtkit.fit import elided_words as shorten

    metrics = QFontMetrics(QFont())
    text = "Social & medical insurance"
    assert shorten(text, metrics, metrics.horizontalAdvance(text)) == text
    cut = shorten(text, metrics, metrics.horizontalAdvance("Social & medical ins"))
    assert cut == "Social & medical…"
    assert shorten(text, metrics, metrics.horizontalAdvance("Social & me")) == "Social…"   # not "Social &…"
    chinese = shorten("个人非现金业务", metrics, metrics.horizontalAdvance("个人非现"))
    assert chinese.endswith("…") and "个人非现金业务".startswith(chinese[:-1])
