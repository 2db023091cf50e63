"""One big button per business type: its letter, its name in both languages, how many
people wait and how long, or why it takes no tickets now.

Painted rather than built from labels: the text must fit any cell the grid hands out.
The grid hands every button one `Look` (paddings, badge, the size names start from and
the smallest they may get); each button then fits its own name, on one line or two
balanced ones, so one long name never shrinks all the others.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton

from queuedesk.kiosk import style
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.operations.info import ServiceStatus
from queuedesk.qtkit.fit import fitted, fitted_all, fitted_lines
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.painting import paint_text
from queuedesk.qtkit.theme import colour

CARD_INSET = 2   # px between the button's edge and its card, so the border is not clipped
#: From this width / height on, a card puts its figures beside the name (a wide bar, as in
#: a one-column portrait list) instead of under it.
WIDE_ASPECT = 3.2
#: The smallest type a figure line shrinks to.
FLOOR_PX = 8
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Look:
    """What every button of the grid shares: sizes in px and the palette."""

    wide: bool          # figures beside the name rather than under it
    pad: float
    badge: float
    name_px: int        # the size a name starts from
    name_min_px: int    # ... and the smallest it may get (two lines before that)
    figures_px: int
    figures_w: float    # wide cards: the width of the figures column
    radius: float
    palette: style.Palette = style.NORMAL


def fit_px(texts: list[str], width: float, start: int, bold: bool = False) -> int:
    """The largest size ≤ start at which every text fits `width` on one line."""
    return fitted_all(text_font(start, bold), texts, width, floor=FLOOR_PX).pixelSize()


def look_for(width: int, height: int, u: float, figures: list[tuple[str, str]], name_min_px: int,
             palette: style.Palette = style.NORMAL, scale: float = 1.0,
             warnings: list[tuple[str, str]] = ()) -> Look:
    """One Look for cells of width × height: these figure lines (waiting, estimate) of
    the open services share one size, so the figures line up across the grid. `u` is
    the unit already times `scale` (large text): the figures grow with the names, and
    take the room they need for it (a wider column, the whole line). `warnings`: what
    services that take no ticket say instead ("暂无窗口办理"), which the column holds too."""
    inner = width - 2 * CARD_INSET
    wide = width / max(1, height) >= WIDE_ASPECT
    texts = [text for pair in figures for text in pair if text]
    if wide:
        pad = max(8.0, 0.1 * height)
        badge = max(24.0, min(0.42 * height, 9 * u))
        widest = min(0.27 * scale, 0.36) * inner
        figures_px = fit_px(texts, widest, round(min(3.6 * u, 0.2 * height * scale)), bold=True)
        # The column only as wide as its texts need — the rest is the names' — with room
        # for three-digit counts, so a growing queue does not move it.
        metrics = QFontMetricsF(text_font(figures_px, bold=True))
        need = max((metrics.horizontalAdvance(_DIGITS.sub("888", t))
                    for t in texts + [text for pair in warnings for text in pair if text]), default=0.0)
        figures_w = min(widest, max(need + pad * 0.5, 0.15 * inner))
        name_px = round(min(5.0 * u, 0.3 * height))
    else:
        pad = max(8.0, 0.075 * min(width, height))
        badge = max(24.0, min(0.3 * height, 0.16 * width, 11 * u))
        figures_w = 0.0
        # The figures line: waiting on the left, the estimate on the right, a gap between.
        lines = [f"{first}\u2003{second}" for first, second in figures]
        figures_px = fit_px(lines, inner - 3 * pad, round(min(3.0 * u, 0.14 * height * scale)), bold=True)
        name_px = round(min(4.8 * u, 0.22 * height))
    return Look(wide=wide, pad=pad, badge=badge, name_px=max(name_px, name_min_px), name_min_px=name_min_px,
                figures_px=figures_px, figures_w=figures_w, radius=max(6.0, 1.4 * u), palette=palette)


class ServiceButton(QAbstractButton):
    """A service to touch. Disabled (greyed, with the reason) when the service takes no
    tickets now or the database is away; `working` while this touch's ticket is issued."""

    def __init__(self, status: ServiceStatus, texts: KioskTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.status = status
        self.look: Look | None = None
        self.online = True
        self.working = False
        self.name_font: QFont | None = None     # as last fitted: tests read the size
        self.name_lines: list[str] = []
        self.sub_lines: list[str] = []
        self._fitted_for: tuple | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # no keyboard on a kiosk; no focus ring
        self.set_status(status)

    @property
    def code(self) -> str:
        return self.status.code

    @property
    def takes_tickets(self) -> bool:
        return self.status.refusal is None

    def set_status(self, status: ServiceStatus) -> None:
        self.status = status
        self._sync()

    def set_online(self, online: bool) -> None:
        self.online = online
        self._sync()

    def set_working(self, working: bool) -> None:
        self.working = working
        self.update()

    def set_look(self, look: Look) -> None:
        self.look = look
        self.update()

    def _sync(self) -> None:
        self.setEnabled(self.takes_tickets and self.online)
        self.setAccessibleName(self.texts.name(self.status.names))
        self.setAccessibleDescription(" · ".join(t for t in self.figure_texts() if t))
        self.update()

    def figure_texts(self) -> tuple[str, str]:
        """The bottom line: (waiting, estimate), (no counter open, waiting) or (reason, detail)."""
        s = self.status
        if not self.takes_tickets:
            return self.texts.refusal(s.refusal_kind, s.hours)
        if not s.open_counters:
            return self.texts.no_counter(), self.texts.waiting(s.waiting) if s.waiting else ""
        return self.texts.waiting(s.waiting), self.texts.wait(s.wait)

    @property
    def alerting(self) -> bool:
        """The first figure is a warning (closed, or no counter open)."""
        return not self.takes_tickets or not self.status.open_counters

    def retranslate(self) -> None:
        self._fitted_for = None
        self._sync()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    # -- the name, fitted to its own box -----------------------------------------------------

    def fit_name(self, look: Look, width: float, height: float) -> tuple[QFont, list[str], QFont | None]:
        """(name font, its lines, the second-language font or None when it does not fit);
        the second language's lines are in `sub_lines` (two if it needs them and there is
        room: a visitor must read the whole name too). Cached, since the grid is laid out
        again on every change of the figures."""
        name = self.texts.name(self.status.names)
        sub = self.texts.other_name(self.status.names)
        key = (name, sub, round(width), round(height), look.name_px, look.name_min_px)
        if key != self._fitted_for:
            sub_px = max(round(look.name_px * 0.55), round(look.name_min_px * 0.7))
            sub_h = QFontMetricsF(text_font(sub_px)).height() if sub else 0.0
            font, lines = fitted_lines(text_font(look.name_px, bold=True), name, width, height - sub_h,
                                       floor=look.name_min_px)
            used = len(lines) * QFontMetricsF(font).lineSpacing()
            sub_font, sub_lines = None, []
            if sub:
                sub_size = min(sub_px, round(font.pixelSize() * 0.7))
                room = height - used
                if QFontMetricsF(text_font(sub_size)).height() <= room + 1:
                    sub_font, sub_lines = fitted_lines(text_font(sub_size), sub, width, room + 1,
                                                       floor=max(8, round(sub_size * 0.8)), prefer_one_line=0.9)
            self.name_font, self.name_lines, self._sub_font, self.sub_lines = font, lines, sub_font, sub_lines
            self._fitted_for = key
        return self.name_font, self.name_lines, self._sub_font

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        look = self.look or look_for(self.width(), self.height(), 10.0, [self.figure_texts()], 20)
        pal = look.palette
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        live = self.isEnabled()
        pressed = self.isDown() or self.working
        card = QRectF(self.rect()).adjusted(CARD_INSET, CARD_INSET, -CARD_INSET, -CARD_INSET)
        path = QPainterPath()
        path.addRoundedRect(card, look.radius, look.radius)
        p.fillPath(path, colour(pal.pressed if pressed else pal.card if live else pal.off_fill))
        border = max(2.0, look.pad * (0.12 if pal.contrast else 0.07))
        p.setPen(QPen(colour(pal.accent if pressed else pal.card_line), border * (2 if pressed else 1)))
        p.drawPath(path)
        if look.wide:
            self._paint_wide(p, card, look, border)
        else:
            self._paint_stacked(p, card, look, border)
        p.end()

    def _colours(self, pal: style.Palette):
        live = self.isEnabled()
        return (colour(pal.ink if live else pal.off_ink), colour(pal.subtle if live else pal.off_ink))

    def _paint_stacked(self, p: QPainter, card: QRectF, look: Look, border: float) -> None:
        """Name block on top, the figures line under a rule at the bottom."""
        pad, pal = look.pad, look.palette
        fig_h = QFontMetricsF(text_font(look.figures_px, bold=True)).height()
        fig_top = card.bottom() - pad * 0.7 - fig_h
        rule_y = fig_top - pad * 0.4
        self._paint_names(p, QRectF(card.left() + pad, card.top() + pad * 0.6,
                                    card.width() - 2 * pad, rule_y - card.top() - pad * 0.9), look)
        p.fillRect(QRectF(card.left() + pad, rule_y, card.width() - 2 * pad, max(1.0, border * 0.6)),
                   colour(pal.rule if self.isEnabled() else pal.off_ink))
        line = QRectF(card.left() + pad, fig_top, card.width() - 2 * pad, fig_h)
        if self.working:
            self._paint_working(p, line, look)
            return
        first, second = self.figure_texts()
        first_font, second_font = text_font(look.figures_px, bold=True), text_font(look.figures_px, bold=self.isEnabled())
        room = line.width() - pad   # keep a gap between the two halves
        need = QFontMetricsF(first_font).horizontalAdvance(first) + \
            QFontMetricsF(second_font).horizontalAdvance(second)
        if need > room:   # a long reason ("Hours 08:00–11:30, 14:00–17:00") shrinks to fit
            for f in (first_font, second_font):
                f.setPixelSize(max(FLOOR_PX, int(f.pixelSize() * room / need)))
        self._paint_figures(p, line, first_font, second_font, Qt.AlignmentFlag.AlignLeft,
                            Qt.AlignmentFlag.AlignRight, stacked=False, pal=pal)

    def _paint_wide(self, p: QPainter, card: QRectF, look: Look, border: float) -> None:
        """Name block on the left, the figures in a column on the right."""
        pad, pal = look.pad, look.palette
        column = QRectF(card.right() - pad - look.figures_w, card.top() + pad * 0.6,
                        look.figures_w, card.height() - 1.2 * pad)
        self._paint_names(p, QRectF(card.left() + pad, card.top() + pad * 0.5,
                                    column.left() - pad - card.left() - pad, card.height() - pad), look)
        p.fillRect(QRectF(column.left() - pad * 0.6, card.top() + pad, max(1.0, border * 0.6),
                          card.height() - 2 * pad), colour(pal.rule if self.isEnabled() else pal.off_ink))
        if self.working:
            self._paint_working(p, column, look)
            return
        first, second = self.figure_texts()   # only a long reason gets shrunk here
        first_font = fitted(text_font(look.figures_px, bold=True), first, column.width(), floor=FLOOR_PX)
        second_font = fitted(text_font(round(look.figures_px * 0.85)), second, column.width(), floor=FLOOR_PX)
        self._paint_figures(p, column, first_font, second_font, Qt.AlignmentFlag.AlignRight,
                            Qt.AlignmentFlag.AlignRight, stacked=True, pal=pal)

    def _paint_names(self, p: QPainter, box: QRectF, look: Look) -> None:
        """The badge and the names, centred vertically in `box`."""
        pal = look.palette
        live = self.isEnabled()
        ink, subtle = self._colours(pal)
        badge = min(look.badge, box.height())
        left = box.left() + badge + look.pad * 0.7
        width = box.right() - left
        name_font, lines, sub_font = self.fit_name(look, width, box.height())
        name_m = QFontMetricsF(name_font)
        sub_lines = self.sub_lines if sub_font is not None else []
        sub_m = QFontMetricsF(sub_font) if sub_lines else None
        sub_h = sub_m.lineSpacing() * (len(sub_lines) - 1) + sub_m.height() if sub_lines else 0.0
        text_h = name_m.lineSpacing() * (len(lines) - 1) + name_m.height() + sub_h
        block_h = max(badge, text_h)
        top = box.top() + max(0.0, (box.height() - block_h) / 2)

        # Badge: the ticket prefix, the letter the customer will hear called.
        badge_rect = QRectF(box.left(), top + (block_h - badge) / 2, badge, badge)
        badge_path = QPainterPath()
        badge_path.addRoundedRect(badge_rect, badge * 0.16, badge * 0.16)
        p.fillPath(badge_path, colour(pal.badge if live else pal.off_badge))
        letter = self.status.prefix or self.status.code
        letter_font = fitted(number_font(round(badge * 0.62)), letter, badge * 0.8)   # "VIP" shrinks in
        p.setPen(colour(pal.badge_ink))
        p.setFont(letter_font)
        paint_text(p, badge_rect, Qt.AlignmentFlag.AlignCenter, letter)

        # Names: the interface language large (one or two lines), the other one under it.
        y = top + (block_h - text_h) / 2
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.setPen(ink)
        p.setFont(name_font)
        for line in lines:
            paint_text(p, QRectF(left, y, width, name_m.height()), align, line)
            y += name_m.lineSpacing()
        y += name_m.height() - name_m.lineSpacing()
        if sub_lines:
            p.setPen(subtle)
            p.setFont(sub_font)
            for line in sub_lines:
                paint_text(p, QRectF(left, y, width, sub_m.height()), align, line)
                y += sub_m.lineSpacing()

    def _paint_figures(self, p: QPainter, box: QRectF, first_font: QFont, second_font: QFont,
                       first_align, second_align, stacked: bool, pal: style.Palette) -> None:
        """Waiting and estimate (or reason and detail): side by side, or one over the other."""
        first, second = self.figure_texts()
        ink, subtle = self._colours(pal)
        vcenter = Qt.AlignmentFlag.AlignVCenter
        if stacked:
            h1 = QFontMetricsF(first_font).height()
            h2 = QFontMetricsF(second_font).height() if second else 0.0   # a reason alone: centred
            top = box.top() + (box.height() - h1 - h2) / 2
            first_box = QRectF(box.left(), top, box.width(), h1)
            second_box = QRectF(box.left(), top + h1, box.width(), h2)
        else:
            first_box = second_box = box
        p.setPen(colour(pal.alert) if self.alerting else ink)
        p.setFont(first_font)
        paint_text(p, first_box, first_align | vcenter, first)
        p.setPen(subtle)
        p.setFont(second_font)
        paint_text(p, second_box, second_align | vcenter, second)

    def _paint_working(self, p: QPainter, box: QRectF, look: Look) -> None:
        text = self.texts.issuing()
        f = fitted(text_font(look.figures_px, bold=True), text, box.width(), floor=FLOOR_PX)
        p.setPen(colour(look.palette.accent))
        p.setFont(f)
        paint_text(p, box, Qt.AlignmentFlag.AlignCenter, text)
