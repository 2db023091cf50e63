"""The sentence spoken for a call, with numbers spelled the way a hall says them.

A ticket number is a code: it is read symbol by symbol ("A 零 一 二"), so that A012
and A12 never sound alike and the customer can follow along on the printed ticket.
A counter is a place: halls say "三号窗口", "十二号窗口", so it is read as a number, and
a counter with a name of its own is called by it, with its numbers read the same way
("内科3诊室" → "内科三诊室"). The sentence is the hall's (`queuedesk hall set voice`, per
language, else the voice.template_* settings): {number} the ticket, {place} the counter
as the hall calls it, {counter} its bare number.

Pure text, no engine here; the spellings below were checked against eSpeak NG's
phonemes, the engine with the narrowest reading of letters (see `_letters_*`).
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from queuedesk.domain.languages import EN, LocalText, language, resolve

if TYPE_CHECKING:
    from queuedesk.config import Config

#: The setting that holds each language's sentence, and the sentence when it is not set.
TEMPLATE_KEYS = {"zh_CN": "voice.template_zh", "zh_TW": "voice.template_zh_TW", "en": "voice.template_en"}
TEMPLATES = {"zh_CN": "请 {number} 号 到 {place}", "zh_TW": "請 {number} 號 到 {place}",
             "en": "Ticket {number}, please go to {place}"}
#: A counter without a name of its own, as each language calls it ({counter}: its number, spelled).
#: As the screens write it ("3号窗口", "3號櫃檯", "Counter 3"), so what is said and shown agree.
PLACES = {"zh_CN": "{counter} 号窗口", "zh_TW": "{counter} 號櫃檯", "en": "Counter {counter}"}

ZH_DIGITS = "零一二三四五六七八九"
EN_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Runs of Latin letters, single digits, or runs of any other letters (e.g. Han);
# everything else (spaces, dashes) only separates.
_TOKEN = re.compile(r"[A-Z]+|\d|[^\W\d_A-Z]+")


def _tokens(text: str) -> list[str]:
    # NFKC turns full-width "Ａ０１２" from a Chinese IME into ASCII.
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", str(text)).upper())
    if not tokens:
        raise ValueError(f"nothing to say in {text!r}")
    return tokens


def _is_latin(token: str) -> bool:
    return token.isascii() and token.isalpha()


def _letters_zh(run: str) -> str:
    # Mandarin voices read a lone capital as its English name, but letters separated
    # by spaces turn "A B" into the article "a", and "VA" into a syllable: hyphens
    # keep every letter a letter ("V-I-P").
    return "-".join(run)


def spell_ticket_zh(number: str) -> str:
    """'A012' → 'A 零 一 二'."""
    words = []
    for token in _tokens(number):
        if token.isdigit():
            words.append(ZH_DIGITS[int(token)])
        elif _is_latin(token):
            words.append(_letters_zh(token))
        else:
            words.append(token)
    return " ".join(words)


def spell_ticket_en(number: str) -> str:
    """'A012' → 'A-zero one two'.

    A lone "A" before a word is read as the article ("uh zero"); joined to the next
    word with a hyphen it is the letter's name. Runs like "VIP" are spelled already.
    """
    words: list[str] = []
    glue = False
    for token in _tokens(number):
        if token.isdigit():
            word = EN_DIGITS[int(token)]
        else:
            word = token
        if glue:
            words[-1] += "-" + word
        else:
            words.append(word)
        glue = _is_latin(token)
    return " ".join(words)


def zh_cardinal(n: int) -> str:
    """0..9999 as a Chinese cardinal: 3 → 三, 10 → 十, 12 → 十二, 101 → 一百零一.

    2 stays 二 (not 两): "二号窗口" is how a window is named. Larger numbers are
    read digit by digit, which is what a hall would do with such a label anyway.
    """
    if n < 0:
        raise ValueError(f"negative number {n}")
    if n < 10:
        return ZH_DIGITS[n]
    if n < 20:  # 十二, never 一十二
        return "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    if n >= 10000:
        return "".join(ZH_DIGITS[int(d)] for d in str(n))
    out = []
    gap = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        out.append(ZH_DIGITS[digit] + unit)
    return "".join(out)


def spell_counter_zh(counter: int | str) -> str:
    """3 → '三', '12' → '十二', 'V1' → 'V 一'."""
    text = unicodedata.normalize("NFKC", str(counter)).upper()
    words = []
    for token in re.findall(r"\d+|[A-Z]+|[^\W\d_A-Z]+", text):
        if token.isdigit():
            words.append(zh_cardinal(int(token)))
        elif _is_latin(token):
            words.append(_letters_zh(token))
        else:
            words.append(token)
    if not words:
        raise ValueError(f"nothing to say in counter {counter!r}")
    return " ".join(words)


def spell_counter_en(counter: int | str) -> str:
    """English voices read '3' as 'three' and '12' as 'twelve': leave it as written."""
    text = unicodedata.normalize("NFKC", str(counter)).strip()
    if not text:
        raise ValueError("nothing to say in an empty counter")
    return text


def spell_name_zh(name: str) -> str:
    """A counter's own name for a Mandarin voice: '内科3诊室' → '内科三诊室', 'VIP室' → 'V-I-P 室'."""
    words = []
    for token in re.findall(r"\d+|[A-Z]+|[^\W\d_A-Z]+", unicodedata.normalize("NFKC", name).upper()):
        if token.isdigit():
            words.append(zh_cardinal(int(token)))
        elif _is_latin(token):
            words.append(" " + _letters_zh(token) + " ")
        else:
            words.append(token)
    return " ".join("".join(words).split())


def place(lang: str, counter: int | str, names: LocalText | None = None) -> str:
    """The counter as the voice says it in `lang`: its own name, else "三号窗口"/"Counter 3".
    An English voice is never handed a Chinese name (it would spell out nonsense)."""
    code = resolve(lang)
    chinese = language(code).chinese
    own = (names.text(code) if chinese else names.exact(code)) if names else ""
    if own:
        return spell_name_zh(own) if chinese else own
    spelled = spell_counter_zh(counter) if chinese else spell_counter_en(counter)
    return PLACES[code].format(counter=spelled)


def sentence(lang: str, number: str, counter: int | str, template: str | None = None,
             names: LocalText | None = None) -> str:
    """The sentence for one call in one language, from `template` (the hall's, or the
    settings'). Numbers are spelled alike in both Chinese scripts (零 一 二 … 十 百)."""
    code = resolve(lang)      # UnknownLanguage (a ValueError) for anything else
    template = template or TEMPLATES[code]
    if language(code).chinese:
        fields = {"number": spell_ticket_zh(number), "counter": spell_counter_zh(counter)}
    else:
        fields = {"number": spell_ticket_en(number), "counter": spell_counter_en(counter)}
    fields["place"] = place(code, counter, names)
    try:
        return " ".join(template.format_map(fields).split())
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(f"bad voice template {template!r}: use {{number}}, {{place}} and {{counter}} "
                         f"({exc})") from None


def languages(config: Config, lang: str | None = None) -> list[str]:
    """Which sentences an announcement has: `lang` alone; else the hall's language, then
    English if voice.english (the hall hears its own language whatever a screen shows)."""
    if lang is not None:
        return [resolve(lang)]
    first = config["hall.language"]
    return [first, EN.code] if config["voice.english"] and first != EN.code else [first]


def sentences(config: Config, number: str, counter: int | str, lang: str | None = None,
              templates: LocalText | None = None, names: LocalText | None = None) -> list[tuple[str, str]]:
    """[(lang, sentence), …] in speaking order: the hall's sentence per language
    (`templates`, operations.texts' "voice"), else the settings'; `names`: the counter's own."""
    return [(code, sentence(code, number, counter, (templates.exact(code) if templates else "")
                            or config[TEMPLATE_KEYS[code]], names))
            for code in languages(config, lang)]
