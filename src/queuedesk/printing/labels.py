"""The bilingual wording on a ticket: pure functions, so the wording is testable without Qt."""
from __future__ import annotations

from datetime import datetime

#: Priority class → (zh, en) badge; "normal" tickets carry no badge.
PRIORITY_LABELS = {
    "priority": ("优先", "PRIORITY"),        # elderly, disabled, pregnant, military
    "vip": ("贵宾", "VIP"),
    "appointment": ("预约", "APPOINTMENT"),
    "emergency": ("绿色通道", "EMERGENCY"),
}


def priority_label(priority: str) -> tuple[str, str] | None:
    key = (priority or "normal").lower()
    if key == "normal":
        return None
    # An unknown class still gets a badge: a special ticket must look special.
    return PRIORITY_LABELS.get(key, (key.upper(), key.upper()))


def ahead_text(ahead: int) -> tuple[str, str]:
    if ahead <= 0:
        return "0 人", "you are next"
    return f"{ahead} 人", f"{ahead} ahead"


def wait_text(minutes: float) -> tuple[str, str]:
    """An estimate, so say "about" and round to whole minutes; hours past the first hour."""
    if minutes < 1:
        return "1 分钟内", "under 1 min"
    total = round(minutes)
    if total < 60:
        return f"约 {total} 分钟", f"about {total} min"
    hours, rest = divmod(total, 60)
    zh = f"约 {hours} 小时" + (f" {rest} 分" if rest else "")
    en = f"about {hours} h" + (f" {rest} min" if rest else "")
    return zh, en


def issued_text(issued_at: datetime) -> str:
    return issued_at.strftime("%Y-%m-%d %H:%M:%S")


def footer_lines(footer: str) -> list[str]:
    """Footers are written "中文 · English"; each language reads better on its own line."""
    return [part.strip() for part in footer.split(" · ") if part.strip()]
