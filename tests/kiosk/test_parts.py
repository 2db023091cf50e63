"""The kiosk's plain parts: layout arithmetic, refusal wording, the command, translations."""
from __future__ import annotations

import argparse
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect

from queuedesk.kiosk.layout import cell_rects, grid_shape, touch_px
from queuedesk.kiosk.texts import DISABLED, FULL, HOURS
from queuedesk.qtkit.theme import unit
from queuedesk.resources import TRANSLATIONS
from queuedesk.wording import catalog
from tests.support.halls import names


def test_portrait_screens_get_one_column_landscape_several():
    for n in range(1, 8):
        assert grid_shape(n, 1020, 1500, 24)[0] == 1        # a list of wide bars
    assert grid_shape(5, 1860, 760, 24) == (2, 3)
    assert grid_shape(7, 1860, 760, 24) == (3, 3)
    assert grid_shape(12, 1020, 1500, 24) == (2, 6)       # a long list goes to two columns
    assert grid_shape(0, 100, 100) == (0, 0)


@given(st.integers(1, 30), st.integers(300, 4000), st.integers(300, 4000))
def test_cells_never_overlap_and_stay_inside(count, width, height):
    area = QRect(0, 0, width, height)
    rects = cell_rects(count, area, gap=10, max_height=10_000)
    assert len(rects) == count
    for i, r in enumerate(rects):
        assert area.contains(r) or r.width() <= 0 or r.height() <= 0
        for other in rects[i + 1:]:
            assert not r.intersects(other)


def test_a_short_last_row_is_centred():
    rects = cell_rects(5, QRect(0, 0, 1860, 760), gap=20, max_height=1000)
    top_row = [r for r in rects if r.y() == rects[0].y()]
    last = [r for r in rects if r.y() == rects[-1].y()]
    assert len(top_row) == 2 and len(last) == 1
    left_margin = last[0].left() - top_row[0].left()
    right_margin = top_row[-1].right() - last[-1].right()
    assert abs(left_margin - right_margin) <= 1


def test_sizes_follow_the_short_side_and_touch_targets_are_two_centimetres():
    assert unit(1920, 1080) == unit(1080, 1920) == pytest.approx(10.8)
    assert touch_px(96) == 76          # 20 mm at 96 dpi
    assert touch_px(10) == 76          # nonsense dpi: never smaller than at 96 dpi
    assert touch_px(160) == 126


def test_the_engine_refusal_kinds_are_the_ones_the_kiosk_words():
    from datetime import time

    from queuedesk.domain.model import OpeningHours, Service
    service = Service("A", names("a", "a"), "A", hours=OpeningHours.parse("08:00-09:00"), daily_cap=1)
    assert service.refusal(time(10), 0).kind == HOURS
    assert service.refusal(time(8, 30), 1).kind == FULL
    service.enabled = False
    assert service.refusal(time(8, 30), 0).kind == DISABLED


def test_the_command_line():
    from queuedesk.kiosk.command import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["kiosk", "--windowed", "--size", "1080x1920", "--lang", "en",
                              "--screenshot-ticket", "t.png"])
    assert (args.windowed, args.size, args.lang, args.screenshot_ticket, args.screenshot) == \
        (True, (1080, 1920), "en", "t.png", None)
    assert parser.parse_args(["kiosk"]).size is None
    assert parser.parse_args(["kiosk", "--db", "sqlite:///k.db"]).db == "sqlite:///k.db"
    assert not hasattr(parser.parse_args(["kiosk"]), "db")   # leaves `queuedesk --db URL kiosk` alone
    with pytest.raises(SystemExit):
        parser.parse_args(["kiosk", "--size", "big"])


def test_every_kiosk_text_has_a_chinese_translation():
    ts = (TRANSLATIONS / "kiosk_zh_CN.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts and 'type="vanished"' not in ts
    assert len(re.findall(r"<message>", ts)) == len(re.findall(r"<translation>[^<]+</translation>", ts))
    assert catalog.translate("zh_CN", "HomePage", "Please choose a service") == "请选择业务"   # what the kiosk reads
