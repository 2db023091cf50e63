"""A font that has Chinese glyphs, on any machine.

Kiosks and lobby PCs are often fresh Linux or embedded images with no CJK font at
all; Qt then draws every 号 as an empty box. We ship WenQuanYi Micro Hei and load it
only when the machine has no known-good CJK font of its own.
"""
from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from queuedesk.resources import resource

#: Known-good Simplified Chinese UI fonts, best first. All have clean Latin digits too,
#: so one family serves bilingual text without mixing two designs on a line.
PREFERRED = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)

BUNDLED = ("fonts", "wqy-microhei.ttc")

#: Characters every ticket and screen needs; a family that lacks one is no use.
_PROBE = "号窗口请取"


class FontError(RuntimeError):
    pass


def ensure_cjk_font() -> str:
    """Make sure Chinese renders; return the family to use and make it the app default.

    Idempotent: the bundled font is added at most once (after that it is "installed").
    """
    app = QGuiApplication.instance()
    if app is None:
        raise FontError("ensure_cjk_font() needs a QGuiApplication")
    family = _installed_preferred() or _load_bundled() or _installed_any()
    if family is None:
        raise FontError(f"no font with Chinese glyphs installed and {resource(*BUNDLED)} cannot be loaded")
    if app.font().family() != family:
        font = QFont(app.font())  # keep the platform's default size
        font.setFamilies([family])
        app.setFont(font)
    return family


def has_glyphs(family: str, text: str = _PROBE) -> bool:
    """Whether `family` itself (not a fallback) has a glyph for every character of `text`."""
    metrics = QFontMetricsF(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in text)


def _chinese_families() -> list[str]:
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def _installed_preferred() -> str | None:
    available = set(_chinese_families())
    return next((f for f in PREFERRED if f in available and has_glyphs(f)), None)


def _load_bundled() -> str | None:
    # Preferred over an arbitrary installed CJK font: we know how this one looks.
    font_id = QFontDatabase.addApplicationFont(str(resource(*BUNDLED)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    # The .ttc holds a proportional and a "Mono" face; the UI wants the proportional one.
    return next((f for f in families if "Mono" not in f), families[0] if families else None)


def _installed_any() -> str | None:
    return next((f for f in _chinese_families() if has_glyphs(f)), None)


#: Families with a real bold face, for ticket numbers and letters when the CJK family has
#: none: A012 must look solid from across the hall or on paper, and a synthetic bold of a
#: CJK family looks thin and smudged.
NUMBER_FAMILIES = ("Segoe UI", "Helvetica Neue", "Arial", "Roboto", "Noto Sans", "Liberation Sans",
                   "DejaVu Sans")


@functools.lru_cache(maxsize=32)
def has_bold(family: str) -> bool:
    """Whether the family has a face of semibold weight or more (style names are localised)."""
    return any(QFontDatabase.weight(family, style) >= QFont.Weight.DemiBold
               for style in QFontDatabase.styles(family))


@functools.lru_cache(maxsize=8)
def number_family(base: str | None = None) -> str:
    """`base` (default: the application font) if it has a real bold, else the first of
    NUMBER_FAMILIES that does."""
    base = base or QGuiApplication.font().family()
    if has_bold(base):
        return base
    return next((f for f in NUMBER_FAMILIES if has_bold(f)), base)
