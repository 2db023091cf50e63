"""One big button per business type: its letter, its name in both languages, how many
people wait and how long, or why it takes no tickets now.

Painted rather than built from labels: the text must fit any cell the grid hands out,
and every button of the grid shares one set of font sizes (a `Look`) so the names line
up, whatever their length.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QAbstractButton

from queuedesk.kiosk import style
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.operations.info import ServiceStatus
from queuedesk.qtkit.fit import fitted, fitted_all
from queuedesk.qtkit.fonts import number_font, text_font
from queuedesk.qtkit.theme import colour

CARD_INSET = 2   # px between the button's edge and its card, so the border is not clipped
#: From this width / height on, a card puts its figures beside the name (a wide bar, as in
#: a one-column portrait list) instead of under it.
WIDE_ASPECT = 3.2


@dataclass(frozen=True)
class Look:
    """Sizes in px shared by every button of the grid."""

    wide: bool          # figures beside the name rather than under it
    pad: float
    badge: float
    name_px: int
    sub_px: int
    figures_px: int
    figures_w: float    # wide cards: the width of the figures column
    radius: float


#: The smallest type a kiosk button shrinks a name to.
FLOOR_PX = 8


def fit_px(texts: list[str], width: float, start: int, bold: bool = False) -> int:
    """The largest size ≤ start at which every text fits `width` on one line."""
    return fitted_all(text_font(start, bold), texts, width, floor=FLOOR_PX).pixelSize()


def look_for(width: int, height: int, u: float, texts: KioskTexts, statuses: list[ServiceStatus],
             figure_texts: list[str]) -> Look:
    """One Look for cells of width × height holding these services (names in the current
    language and the other one) and these figure lines (those of the open services: a
    long reason shrinks only its own button's line)."""
    inner = width - 2 * CARD_INSET
    wide = width / max(1, height) >= WIDE_ASPECT
    if wide:
        pad = max(8.0, 0.12 * height)
        badge = max(24.0, min(0.58 * height, 13 * u))
        figures_w = 0.3 * inner
        figures_px = fit_px(figure_texts, figures_w, round(min(4.0 * u, 0.21 * height)), bold=True)
        text_w = inner - 3 * pad - badge - 0.7 * pad - figures_w
        name_start = round(min(5.6 * u, 0.3 * height))
    else:
        pad = max(8.0, 0.085 * min(width, height))
        badge = max(24.0, min(0.34 * height, 0.2 * width, 13 * u))
        figures_w = 0.0
        # The figures line has two halves (waiting | estimate) side by side.
        figures_px = fit_px(figure_texts, (inner - 2 * pad) / 2 - pad / 2, round(min(3.4 * u, 0.15 * height)),
                            bold=True)
        text_w = inner - 2 * pad - badge - 0.7 * pad
        name_start = round(min(5.6 * u, 0.2 * height))
    text_w *= 0.98   # slack for rounding between measuring and painting
    name_px = fit_px([texts.name(s.names) for s in statuses], text_w, name_start, bold=True)
    sub_px = fit_px([texts.other_name(s.names) for s in statuses], text_w, max(round(name_px * 0.6), round(2.3 * u)))
    return Look(wide=wide, pad=pad, badge=badge, name_px=name_px, sub_px=sub_px, figures_px=figures_px,
                figures_w=figures_w, radius=max(6.0, 1.4 * u))


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
        self.setAccessibleDescription(" · ".join(self.figure_texts()))
        self.update()

    def figure_texts(self) -> tuple[str, str]:
        """The bottom line: (waiting, estimate) or (reason, detail)."""
        s = self.status
        if not self.takes_tickets:
            return self.texts.refusal(s.refusal_kind, s.hours)
        return self.texts.waiting(s.waiting), self.texts.wait(s.estimated_wait_min, s.waiting)

    def retranslate(self) -> None:
        self._sync()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        look = self.look or look_for(self.width(), self.height(), 10.0, self.texts, [self.status],
                                     list(self.figure_texts()))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        live = self.isEnabled()
        pressed = self.isDown() or self.working
        card = QRectF(self.rect()).adjusted(CARD_INSET, CARD_INSET, -CARD_INSET, -CARD_INSET)
        path = QPainterPath()
        path.addRoundedRect(card, look.radius, look.radius)
        p.fillPath(path, colour(style.PRESSED if pressed else style.PAPER if live else style.OFF_FILL))
        border = max(2.0, look.pad * 0.07)
        p.setPen(QPen(colour(style.BLUE if pressed else style.LINE), border * (2 if pressed else 1)))
        p.drawPath(path)
        if look.wide:
            self._paint_wide(p, card, look, border)
        else:
            self._paint_stacked(p, card, look, border)
        p.end()

    def _colours(self):
        live = self.isEnabled()
        return (colour(style.INK if live else style.OFF_INK),
                colour(style.SUBTLE if live else style.OFF_INK))

    def _paint_stacked(self, p: QPainter, card: QRectF, look: Look, border: float) -> None:
        """Name block on top, the figures line under a rule at the bottom."""
        pad = look.pad
        fig_h = QFontMetricsF(text_font(look.figures_px, bold=True)).height()
        fig_top = card.bottom() - pad * 0.8 - fig_h
        rule_y = fig_top - pad * 0.45
        self._paint_names(p, QRectF(card.left() + pad, card.top() + pad * 0.8,
                                    card.width() - 2 * pad, rule_y - card.top() - pad * 0.8), look)
        p.fillRect(QRectF(card.left() + pad, rule_y, card.width() - 2 * pad, max(1.0, border * 0.6)),
                   colour(style.LINE if self.isEnabled() else "#aab3bd"))
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
                            Qt.AlignmentFlag.AlignRight, stacked=False)

    def _paint_wide(self, p: QPainter, card: QRectF, look: Look, border: float) -> None:
        """Name block on the left, the figures in a column on the right."""
        pad = look.pad
        column = QRectF(card.right() - pad - look.figures_w, card.top() + pad * 0.6,
                        look.figures_w, card.height() - 1.2 * pad)
        self._paint_names(p, QRectF(card.left() + pad, card.top() + pad * 0.6,
                                    column.left() - pad - card.left() - pad, card.height() - 1.2 * pad), look)
        p.fillRect(QRectF(column.left() - pad * 0.6, card.top() + pad, max(1.0, border * 0.6),
                          card.height() - 2 * pad), colour(style.LINE if self.isEnabled() else "#aab3bd"))
        if self.working:
            self._paint_working(p, column, look)
            return
        first, second = self.figure_texts()   # only a long reason gets shrunk here
        first_font = fitted(text_font(look.figures_px, bold=True), first, column.width(), floor=FLOOR_PX)
        second_font = fitted(text_font(round(look.figures_px * 0.85)), second, column.width(), floor=FLOOR_PX)
        self._paint_figures(p, column, first_font, second_font, Qt.AlignmentFlag.AlignRight,
                            Qt.AlignmentFlag.AlignRight, stacked=True)

    def _paint_names(self, p: QPainter, box: QRectF, look: Look) -> None:
        """The badge and the names, centred vertically in `box`."""
        live = self.isEnabled()
        ink, subtle = self._colours()
        badge = look.badge
        name_font, sub_font = text_font(look.name_px, bold=True), text_font(look.sub_px)
        name_h, sub_h = QFontMetricsF(name_font).height(), QFontMetricsF(sub_font).height()
        sub_text = self.texts.other_name(self.status.names)
        text_h = name_h + (sub_h if sub_text else 0)
        block_h = max(badge, text_h)
        top = box.top() + max(0.0, (box.height() - block_h) / 2)

        # Badge: the ticket prefix, the letter the customer will hear called.
        badge_rect = QRectF(box.left(), top + (block_h - badge) / 2, badge, badge)
        badge_path = QPainterPath()
        badge_path.addRoundedRect(badge_rect, badge * 0.16, badge * 0.16)
        p.fillPath(badge_path, colour(style.BLUE if live else "#6b7784"))
        letter = self.status.prefix or self.status.code
        letter_font = fitted(number_font(round(badge * 0.62)), letter, badge * 0.8)   # "VIP" shrinks in
        p.setPen(colour("#ffffff"))
        p.setFont(letter_font)
        p.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, letter)

        # Names: the interface language large, the other one under it.
        left = badge_rect.right() + look.pad * 0.7
        width = box.right() - left
        text_top = top + (block_h - text_h) / 2
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        elide = Qt.TextElideMode.ElideRight
        p.setPen(ink)
        p.setFont(name_font)
        p.drawText(QRectF(left, text_top, width, name_h), align,
                   QFontMetricsF(name_font).elidedText(self.texts.name(self.status.names), elide, width))
        if sub_text:
            p.setPen(subtle)
            p.setFont(sub_font)
            p.drawText(QRectF(left, text_top + name_h, width, sub_h), align,
                       QFontMetricsF(sub_font).elidedText(sub_text, elide, width))

    def _paint_figures(self, p: QPainter, box: QRectF, first_font: QFont, second_font: QFont,
                       first_align, second_align, stacked: bool) -> None:
        """Waiting and estimate (or reason and detail): side by side, or one over the other."""
        first, second = self.figure_texts()
        ink, subtle = self._colours()
        refused = not self.takes_tickets
        vcenter = Qt.AlignmentFlag.AlignVCenter
        if stacked:
            h1, h2 = QFontMetricsF(first_font).height(), QFontMetricsF(second_font).height()
            top = box.top() + (box.height() - h1 - h2) / 2
            first_box = QRectF(box.left(), top, box.width(), h1)
            second_box = QRectF(box.left(), top + h1, box.width(), h2)
        else:
            first_box = second_box = box
        p.setPen(colour(style.ALERT) if refused else ink)
        p.setFont(first_font)
        p.drawText(first_box, first_align | vcenter, first)
        p.setPen(subtle)
        p.setFont(second_font)
        p.drawText(second_box, second_align | vcenter, second)

    def _paint_working(self, p: QPainter, box: QRectF, look: Look) -> None:
        text = self.texts.issuing()
        f = fitted(text_font(look.figures_px, bold=True), text, box.width(), floor=FLOOR_PX)
        p.setPen(colour(style.BLUE))
        p.setFont(f)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
