"""The languages a hall speaks, as data, and texts kept in several of them.

Every language queuedesk offers is one `Language` row below: its code, the Qt locale
the windows use, the suffix of its translation catalogues, the tags that pick a speech
voice, and how it writes dates and numbers. Adding a language is adding a row (and its
catalogues), not editing every client.

`LocalText` is a text the hall keeps per language (a service's name, the branch name):
asked for a language it does not have, it falls back to Simplified Chinese, then
English, then whatever it has.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Language:
    code: str                    # "zh_CN": also the suffix of its catalogues (desk_zh_CN.ts)
    endonym: str                 # its own name, shown on a language button, never translated
    qt_locale: str               # QLocale name
    voice_tags: tuple[str, ...]  # speech voice tags, best first (eSpeak "cmn", SAPI5 "zh-TW")
    voice_name: str              # for "no … voice installed"
    date_format: str             # strftime pattern; {weekday} is the weekday name
    weekdays: tuple[str, ...]    # Monday first
    decimal_point: str = "."
    chinese: bool = True

    def format_date(self, day: date) -> str:
        return day.strftime(self.date_format).replace("{weekday}", self.weekdays[day.weekday()])

    def format_number(self, value: float, decimals: int = 1) -> str:
        text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,d}"
        return text.replace(".", self.decimal_point) if self.decimal_point != "." else text


ZH_CN = Language(
    code="zh_CN", endonym="简体中文", qt_locale="zh_CN", voice_tags=("cmn", "zh-cn", "zh"),
    voice_name="Mandarin", date_format="%Y年%m月%d日 {weekday}",
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"))
ZH_TW = Language(
    code="zh_TW", endonym="繁體中文", qt_locale="zh_TW", voice_tags=("zh-tw", "cmn", "zh"),
    voice_name="Mandarin (Taiwan)", date_format="%Y年%m月%d日 {weekday}",
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"))
EN = Language(
    code="en", endonym="English", qt_locale="en_GB", voice_tags=("en",), voice_name="English",
    date_format="{weekday}, %d %B %Y",
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    chinese=False)

#: Every language, the default first.
LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (ZH_CN, ZH_TW, EN)}
DEFAULT = ZH_CN.code
#: What a missing translation falls back to, in order.
FALLBACK = (ZH_CN.code, EN.code)
#: Other spellings people and older set-ups use for a code.
ALIASES = {"zh": "zh_CN", "zh-cn": "zh_CN", "zh_hans": "zh_CN", "zh-hans": "zh_CN", "cn": "zh_CN",
           "zh-tw": "zh_TW", "zh_hant": "zh_TW", "zh-hant": "zh_TW", "tw": "zh_TW",
           "en_us": "en", "en-us": "en", "en_gb": "en", "en-gb": "en"}


class UnknownLanguage(ValueError):
    def __init__(self, code: str):
        super().__init__(f"unknown language {code!r}; use {', '.join(LANGUAGES)}")
        self.code = code


def resolve(code: str) -> str:
    """The registry's code for `code` ('zh' → 'zh_CN'); UnknownLanguage if there is none."""
    text = (code or "").strip()
    if text in LANGUAGES:
        return text
    found = ALIASES.get(text.lower()) or next((c for c in LANGUAGES if c.lower() == text.lower()), None)
    if found is None:
        raise UnknownLanguage(code)
    return found


def language(code: str) -> Language:
    return LANGUAGES[resolve(code)]


def fallbacks(code: str) -> list[str]:
    """The languages to try for `code`, in order: itself, then Simplified Chinese, then English."""
    first = resolve(code)
    return [first, *(c for c in FALLBACK if c != first)]


def second_language(code: str, chinese: str = DEFAULT) -> str:
    """The language shown small beside `code` for visitors who read only the other one:
    English beside Chinese, the hall's Chinese (`chinese`) beside English."""
    return EN.code if language(code).chinese else resolve(chinese)


class LocalText(Mapping[str, str]):
    """One text in several languages: {'zh_CN': '个人现金业务', 'en': 'Personal cash'}.

    Immutable; empty texts are dropped. `text(lang)` never fails while there is any text.
    """

    __slots__ = ("_by_lang",)

    def __init__(self, texts: Mapping[str, str] | Iterable[tuple[str, str]] = ()):
        items = texts.items() if isinstance(texts, Mapping) else texts
        by_lang: dict[str, str] = {}
        for code, text in items:
            text = (text or "").strip()
            if text:
                by_lang[resolve(code)] = text
        # Registry order, so equal texts compare and print alike.
        self._by_lang = {c: by_lang[c] for c in LANGUAGES if c in by_lang}

    def text(self, lang: str) -> str:
        """The text in `lang`, else in its fallbacks, else any; '' when there is none."""
        for code in fallbacks(lang):
            if code in self._by_lang:
                return self._by_lang[code]
        return next(iter(self._by_lang.values()), "")

    def exact(self, lang: str) -> str:
        """The text in `lang` itself, or ''."""
        return self._by_lang.get(resolve(lang), "")

    def merged(self, changes: Mapping[str, str]) -> LocalText:
        """These texts with `changes` applied (an empty text removes that language)."""
        texts = dict(self._by_lang)
        for code, text in changes.items():
            code = resolve(code)
            if (text or "").strip():
                texts[code] = text
            else:
                texts.pop(code, None)
        return LocalText(texts)

    def __getitem__(self, code: str) -> str:
        try:
            return self._by_lang[resolve(code)]
        except UnknownLanguage:
            raise KeyError(code) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_lang)

    def __len__(self) -> int:
        return len(self._by_lang)

    def __eq__(self, other) -> bool:
        if isinstance(other, LocalText):
            return self._by_lang == other._by_lang
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self._by_lang.items()))

    def __repr__(self) -> str:
        return f"LocalText({self._by_lang!r})"
