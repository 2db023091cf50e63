import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.config import Config
from queuedesk.voice import phrases
from queuedesk.voice.phrases import (
    sentence,
    sentences,
    spell_counter_zh,
    spell_ticket_en,
    spell_ticket_zh,
    zh_cardinal,
)


@pytest.mark.parametrize("number, spoken", [
    ("A012", "A 零 一 二"),
    ("A001", "A 零 零 一"),
    ("B100", "B 一 零 零"),
    ("VIP07", "V-I-P 零 七"),
    ("a012", "A 零 一 二"),           # typed in lower case
    ("Ａ０１２", "A 零 一 二"),        # full-width, from a Chinese input method
    ("A-012", "A 零 一 二"),
    ("0429", "零 四 二 九"),
])
def test_ticket_zh_is_read_symbol_by_symbol(number, spoken):
    assert spell_ticket_zh(number) == spoken


@pytest.mark.parametrize("number, spoken", [
    ("A012", "A-zero one two"),
    ("B100", "B-one zero zero"),
    ("VIP07", "VIP-zero seven"),
    ("0429", "zero four two nine"),
])
def test_ticket_en_keeps_the_letter_a_letter(number, spoken):
    assert spell_ticket_en(number) == spoken


@pytest.mark.parametrize("n, spoken", [
    (0, "零"), (1, "一"), (2, "二"), (3, "三"), (9, "九"), (10, "十"), (11, "十一"), (12, "十二"),
    (19, "十九"), (20, "二十"), (21, "二十一"), (99, "九十九"), (100, "一百"), (101, "一百零一"),
    (110, "一百一十"), (999, "九百九十九"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"),
    (2305, "二千三百零五"), (12345, "一二三四五"),
])
def test_zh_cardinal(n, spoken):
    assert zh_cardinal(n) == spoken


def _parse_zh(text: str) -> int:
    """Inverse of zh_cardinal below 10000, written independently."""
    digits = {c: i for i, c in enumerate(phrases.ZH_DIGITS)}
    units = {"十": 10, "百": 100, "千": 1000}
    total, pending = 0, None
    for ch in text:
        if ch in units:
            total += (1 if pending is None else pending) * units[ch]
            pending = None
        else:
            pending = digits[ch]
    return total + (pending or 0)


@given(st.integers(min_value=0, max_value=9999))
def test_zh_cardinal_reads_back(n):
    assert _parse_zh(zh_cardinal(n)) == n


@given(st.from_regex(r"\A[A-Z]{0,2}[0-9]{1,4}\Z"))
def test_every_digit_is_spoken_once_and_in_order(number):
    words = spell_ticket_zh(number).split()
    spoken = [w for w in words if w in phrases.ZH_DIGITS]
    assert "".join(str(phrases.ZH_DIGITS.index(w)) for w in spoken) == "".join(c for c in number if c.isdigit())
    en = spell_ticket_en(number).replace("-", " ").split()
    assert [w for w in en if w in phrases.EN_DIGITS] == [phrases.EN_DIGITS[int(c)] for c in number if c.isdigit()]


@pytest.mark.parametrize("counter, spoken", [(3, "三"), ("12", "十二"), (20, "二十"), ("V1", "V 一")])
def test_counter_zh_is_a_number(counter, spoken):
    assert spell_counter_zh(counter) == spoken


def test_default_sentences():
    assert sentence("zh", "A012", 3) == "请 A 零 一 二 号 到 三 号窗口"
    assert sentence("zh", "B105", 12) == "请 B 一 零 五 号 到 十二 号窗口"
    assert sentence("en", "A012", 3) == "Ticket A-zero one two, please go to Counter 3"   # as the screens write it


def test_templates_come_from_the_settings():
    config = Config({"voice.template_zh": "{number}号请到{counter}号窗口办理", "voice.english": True,
                     "voice.template_en": "Number {number} to counter {counter}"})
    assert sentences(config, "A001", 2) == [
        ("zh_CN", "A 零 零 一号请到二号窗口办理"),
        ("en", "Number A-zero zero one to counter 2"),
    ]


def test_languages_follow_the_settings_unless_one_is_asked_for():
    assert [lang for lang, _ in sentences(Config(), "A001", 2)] == ["zh_CN"]
    assert [lang for lang, _ in sentences(Config({"voice.english": True}), "A001", 2)] == ["zh_CN", "en"]
    assert [lang for lang, _ in sentences(Config(), "A001", 2, lang="en")] == ["en"]


def test_traditional_chinese_is_said_in_traditional_characters_with_taiwan_wording():
    assert sentence("zh_TW", "A012", 3) == "請 A 零 一 二 號 到 三 號櫃檯"
    hall_tw = Config({"hall.language": "zh_TW", "voice.english": True})
    assert [lang for lang, _ in sentences(hall_tw, "A001", 2)] == ["zh_TW", "en"]
    assert sentences(hall_tw, "A001", 2)[0] == ("zh_TW", "請 A 零 零 一 號 到 二 號櫃檯")


@pytest.mark.parametrize("call", [
    lambda: sentence("fr", "A001", 1),
    lambda: sentence("zh", "---", 1),
    lambda: sentence("zh", "A001", ""),
    lambda: sentence("zh", "A001", 1, template="请 {ticket} 号"),
    lambda: sentence("zh", "A001", 1, template="请 {number 号"),
    lambda: zh_cardinal(-1),
])
def test_bad_input_is_a_value_error(call):
    with pytest.raises(ValueError):
        call()
