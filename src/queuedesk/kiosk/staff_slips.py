"""What the staff menu prints: a test slip, and a reprint of the last ticket.

Both go through the same renderer and printer as a customer's ticket (printing/), so
a test slip proves what a real ticket needs: paper, head, cutter, Chinese type and a
QR code a phone can read. Neither is a ticket: no number is issued, and each is marked
in both of the slip's languages.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from queuedesk.domain.languages import LocalText, second_language
from queuedesk.printing import TicketView
from queuedesk.wording.catalog import Catalog

#: Where a ticket's number goes; Latin capitals in the number type, read in every language.
TEST_MARK = "TEST"


def _words(lang: str | None, time: str = "") -> dict[str, str]:
    if not lang:
        return {"title": "", "notice": "", "reprint": ""}
    words = Catalog(lang)
    return {
        "title": words.translate("KioskStaffSlip", "Printer test"),
        "notice": words.translate("KioskStaffSlip", "Test print, not a queue ticket"),
        "reprint": words.translate("KioskStaffSlip", "Reprint {0}").format(time),
    }


def _both(langs: tuple[str, str | None], what: str, time: str = "") -> tuple[str, str]:
    """The text in the slip's language and, if it differs, in the second one."""
    first, second = (_words(lang, time)[what] for lang in langs)
    return first, second if second != first else ""


def printer_test_slip(config, lang: str, now: datetime, branch_name: LocalText | None = None) -> TicketView:
    """A slip laid out like a ticket, marked TEST and 'not a queue ticket'."""
    langs = (lang, second_language(lang, config["hall.language"]))
    branch = branch_name or LocalText({"zh_CN": config["hall.branch_name"], "en": config["hall.branch_name_en"]})
    title, title_second = _both(langs, "title")
    notice = _both(langs, "notice")
    other = branch.exact(langs[1]) if langs[1] else ""
    return TicketView(
        langs=langs,
        branch_name=branch.text(lang),
        branch_name_second=other if other and other != branch.text(lang) else "",
        number=TEST_MARK,
        service_name=title,
        service_name_second=title_second,
        priority="normal",
        issued_at=now.astimezone(config.timezone),
        ahead=0,
        estimated_wait_min=0.0,
        # The ticket pages' own address: a phone that reads it proves the code prints well
        # enough (it opens the pages' "no such ticket" answer; no ticket is behind it).
        qr_url=config["printer.base_url"] or "",
        footer=" · ".join(part for part in notice if part),
    )


def reprinted(view: TicketView, now: datetime, timezone) -> TicketView:
    """The same ticket again, its footer saying it is a reprint and when it was made."""
    stamp = now.astimezone(timezone).strftime("%H:%M")
    mark = _both(view.langs, "reprint", stamp)
    return replace(view, footer=" · ".join([*(part for part in mark if part), view.footer]))
