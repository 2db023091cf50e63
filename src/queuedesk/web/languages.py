"""Which language a page speaks: the toggle (?lang=, remembered in a cookie), else the
browser's Accept-Language, else the hall's language."""
from __future__ import annotations

from queuedesk.domain.languages import UnknownLanguage, resolve

COOKIE = "qd_lang"

#: Chinese written in Traditional characters: Taiwan, Hong Kong, Macao, or said outright.
_TRADITIONAL = ("zh-tw", "zh-hk", "zh-mo", "zh-hant")


def from_tag(tag: str) -> str | None:
    """A browser's language tag (zh-CN, zh-Hant-HK, en-US, zh) as one of ours, or None."""
    tag = tag.strip().lower().replace("_", "-")
    if tag.startswith("zh"):
        return "zh_TW" if tag.startswith(_TRADITIONAL) else "zh_CN"
    if tag == "en" or tag.startswith("en-"):
        return "en"
    return None


def from_accept_language(header: str | None) -> str | None:
    """The best of ours among the browser's languages, by their q-values; None if none fits."""
    choices = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        code = from_tag(tag) if tag.strip() else None
        if code and quality > 0:
            choices.append((-quality, position, code))
    return min(choices)[2] if choices else None


def known(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return resolve(code)
    except UnknownLanguage:
        return None


def negotiate(query: str | None, cookie: str | None, accept_language: str | None, default: str) -> str:
    return known(query) or known(cookie) or from_accept_language(accept_language) or resolve(default)
