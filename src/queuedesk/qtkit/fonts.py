"""A font that has Chinese glyphs, on any machine.

Kiosks and lobby PCs are often fresh Linux or embedded images with no CJK font at
all; Qt then draws every 号 as an empty box. We ship WenQuanYi Micro Hei and load it
only when the machine has no known-good CJK font of its own.
"""
from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from queuedesk.resources import resource

#: Known-good Chinese UI fonts per language, best first. All have clean Latin digits
#: too, so one family serves bilingual text without mixing two designs on a line.
#: Traditional Chinese prefers the Taiwan cut of a family (its glyph shapes), then any
#: family that has the characters.
SIMPLIFIED = (
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
TRADITIONAL = (
    "Noto Sans CJK TC",
    "Source Han Sans TC",
    "Microsoft JhengHei",
    "PingFang TC",
    "Noto Sans TC",
    "Source Han Sans TW",
)
PREFERRED = {"zh_TW": TRADITIONAL + SIMPLIFIED}

BUNDLED = ("fonts", "wqy-microhei.ttc")

#: Characters every ticket and screen needs, per language; a family that lacks one is no use.
_PROBES = {"zh_TW": "號櫃檯請取", None: "号窗口请取"}


class FontError(RuntimeError):
    pass


def cjk_family(lang: str | None = None) -> str:
    """A family that draws `lang`'s Chinese (the bundled one if the machine has none)."""
    if QGuiApplication.instance() is None:
        raise FontError("fonts need a QGuiApplication")
    probe = _PROBES.get(lang, _PROBES[None])
    family = (_installed_preferred(PREFERRED.get(lang, SIMPLIFIED), probe) or _load_bundled()
              or _installed_any(probe))
    if family is None:
        raise FontError(f"no font with Chinese glyphs installed and {resource(*BUNDLED)} cannot be loaded")
    return family


def ensure_cjk_font(lang: str | None = None) -> str:
    """Make sure Chinese renders: `cjk_family(lang)` becomes the application's default.

    Idempotent: the bundled font is added at most once (after that it is "installed").
    """
    family = cjk_family(lang)
    app = QGuiApplication.instance()
    if app.font().family() != family:
        font = QFont(app.font())  # keep the platform's default size
        font.setFamilies([family])
        app.setFont(font)
    return family


def document_family(lang: str | None = None) -> str:
    """The Chinese family for documents read back as text (a PDF report): the bundled
    one. Large CJK families (Noto Sans CJK, Source Han Sans, Microsoft YaHei) draw an
    ideograph and its Kangxi radical with one glyph (月 and ⽉), and a PDF writer maps the
    glyph back to the radical, so the PDF copies and searches as "⽉报"; the bundled
    family has no radicals, so every glyph stands for its ideograph."""
    return _load_bundled() or cjk_family(lang)


def has_glyphs(family: str, text: str = _PROBES[None]) -> bool:
    """Whether `family` itself (not a fallback) has a glyph for every character of `text`."""
    metrics = QFontMetricsF(QFont(family))
    return all(metrics.inFontUcs4(ord(ch)) for ch in text)


def _chinese_families() -> list[str]:
    systems = (QFontDatabase.WritingSystem.SimplifiedChinese, QFontDatabase.WritingSystem.TraditionalChinese)
    return list(dict.fromkeys(f for system in systems for f in QFontDatabase.families(system)))


def _installed_preferred(families: tuple[str, ...], probe: str) -> str | None:
    available = set(_chinese_families())
    return next((f for f in families if f in available and has_glyphs(f, probe)), None)


def _load_bundled() -> str | None:
    # Preferred over an arbitrary installed CJK font: we know how this one looks.
    font_id = QFontDatabase.addApplicationFont(str(resource(*BUNDLED)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    # The .ttc holds a proportional and a "Mono" face; the UI wants the proportional one.
    return next((f for f in families if "Mono" not in f), families[0] if families else None)


def _installed_any(probe: str) -> str | None:
    return next((f for f in _chinese_families() if has_glyphs(f, probe)), None)


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


def text_font(px: float, bold: bool = False, family: str | None = None) -> QFont:
    """The application's (CJK-capable) family, or `family`, at `px` pixels."""
    font = QFont(QGuiApplication.font())
    if family:
        font.setFamilies([family])
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def number_font(px: float) -> QFont:
    """Bold ticket numbers and clocks, in a family with a real bold face."""
    return text_font(px, bold=True, family=number_family())
