"""Appointments on the command line: `service set`, `appointment …`, `ticket checkin`.

Registered by cli.py; the same contract as every sub-command (one-line refusals, exit 1;
--json prints one JSON document).
"""
from __future__ import annotations

import argparse
from datetime import datetime

from queuedesk.commandline import emit, iso_date, whole
from queuedesk.domain import appointments as rules
from queuedesk.domain.access import Permission
from queuedesk.operations import lazy
from queuedesk.operations.hall import Hall

appointments = lazy("appointments")


def slot_time(text: str) -> datetime:
    """2026-12-01T09:30 (the branch's local time) or with an offset."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a slot as YYYY-MM-DDTHH:MM, not {text!r}") from None


def _hm(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%H:%M")


def appointment_line(a) -> str:
    state = a.state.replace("_", "-") + (" (late)" if a.late else "")
    if a.arrival:
        state += f" {a.arrival.replace('_', ' ')}"
    ticket = f"  ticket {a.ticket} {a.ticket_state or ''}".rstrip() if a.ticket else ""
    return f"{a.code}  {a.service:<4} {a.business_date} {_hm(a.slot)}-{_hm(a.slot_end)}  {state}{ticket}"


def cmd_service_set(args, hall: Hall) -> int:
    if args.not_bookable:
        appointments.set_not_bookable(hall, args.code)
        value = {"code": args.code.upper(), "bookable": False}
    else:
        plan = appointments.set_bookable(hall, args.code, args.slot_minutes, args.slot_capacity, args.horizon_days)
        value = {"code": plan.service, "bookable": True, "slot_minutes": plan.slot_minutes,
                 "slot_capacity": plan.capacity, "horizon_days": plan.horizon_days}
    emit(args, value, lambda v: f"service {v['code']}: " + (
        f"bookable, {v['slot_minutes']}-minute slots of {v['slot_capacity']}, up to {v['horizon_days']} days ahead"
        if v["bookable"] else "takes no bookings"))
    return 0


def cmd_slots(args, hall: Hall) -> int:
    rows = appointments.slots(hall, args.code, args.date or hall.today())
    emit(args, rows, lambda rs: "\n".join(
        f"{_hm(s.start)}-{_hm(s.end)}  {s.free:>3} free of {s.capacity}" + ("" if s.bookable else "  (closed)")
        for s in rs) or "(no slots that day: outside the opening hours)")
    return 0


def cmd_book(args, hall: Hall) -> int:
    info = appointments.book(hall, args.code, args.slot, phone_last4=args.phone_last4)
    emit(args, info, lambda a: f"booked: check-in code {a.code}  ({a.service} {a.business_date} "
                               f"{_hm(a.slot)}-{_hm(a.slot_end)})")
    return 0


def cmd_cancel(args, hall: Hall) -> int:
    emit(args, appointments.cancel(hall, args.code, day=args.date), appointment_line)
    return 0


def cmd_list(args, hall: Hall) -> int:
    if hall.actor.may(Permission.ISSUE_TICKET):
        appointments.mark_no_shows(hall)   # staff reading the list see who did not come
    rows = appointments.listing(hall, args.date)
    emit(args, rows, lambda rs: "\n".join(appointment_line(a) for a in rs) or "(no bookings that day)")
    return 0


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"


def cmd_figures(args, hall: Hall) -> int:
    start = args.date or hall.today()
    f = appointments.figures(hall, start, args.to)
    value = {"from": start.isoformat(), "to": (args.to or start).isoformat(), "booked": f.booked,
             "checked_in": f.checked_in, "on_time": f.on_time, "early": f.early, "late": f.late,
             "no_shows": f.no_shows, "visits": f.visits, "appointment_visits": f.appointment_visits,
             "appointment_share": f.appointment_share, "punctuality": f.punctuality, "no_show_rate": f.no_show_rate}
    emit(args, value, lambda v: f"appointment share {_percent(f.appointment_share)} ({f.appointment_visits} of "
                                f"{f.visits} visits)  punctuality {_percent(f.punctuality)}  no-shows {f.no_shows} "
                                f"({_percent(f.no_show_rate)})")
    return 0


def checkin_line(c) -> str:
    t = c.ticket
    if c.arrival == "on_time":
        return f"{t.number}  {t.service}  appointment priority  {t.position} ahead"
    why = "early for the slot" if c.arrival == "early" else "late for the slot"
    return f"{t.number}  {t.service}  normal ticket ({why} at {_hm(c.slot)})  {t.position} ahead"


def cmd_checkin(args, hall: Hall) -> int:
    emit(args, appointments.check_in(hall, args.code, key=args.key), checkin_line)
    return 0


# -- parsers ----------------------------------------------------------------------------------

def register_service(services, json_flag) -> None:
    """`queuedesk service set CODE --bookable … | --not-bookable`."""
    s = services.add_parser("set", parents=[json_flag], help="bookable or not, and its slots")
    s.add_argument("code")
    which = s.add_mutually_exclusive_group(required=True)
    which.add_argument("--bookable", action="store_true", help="takes bookings (appointments)")
    which.add_argument("--not-bookable", action="store_true", help="takes no more bookings")
    s.add_argument("--slot-minutes", type=whole(*rules.SLOT_MINUTES_RANGE, "slot minutes"), default=30)
    s.add_argument("--slot-capacity", type=whole(*rules.CAPACITY_RANGE, "slot capacity"), default=4)
    s.add_argument("--horizon-days", type=whole(*rules.HORIZON_RANGE, "horizon days"), default=14)
    s.set_defaults(func=cmd_service_set)


def register_ticket(tickets, json_flag, key_flag) -> None:
    """`queuedesk ticket checkin CODE`."""
    s = tickets.add_parser("checkin", parents=[json_flag, key_flag],
                           help="turn today's booking into a ticket by its 6-digit check-in code")
    s.add_argument("code")
    s.set_defaults(func=cmd_checkin)


def register(sub, json_flag) -> None:
    """`queuedesk appointment slots|book|cancel|list|figures`."""
    ap = sub.add_parser("appointment", help="bookings of bookable business types").add_subparsers(
        dest="action", required=True)
    s = ap.add_parser("slots", parents=[json_flag], help="a day's slots and the places left")
    s.add_argument("code")
    s.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    s.set_defaults(func=cmd_slots)
    s = ap.add_parser("book", parents=[json_flag], help="book a place: prints the check-in code")
    s.add_argument("code")
    s.add_argument("--slot", type=slot_time, required=True, metavar="YYYY-MM-DDTHH:MM")
    s.add_argument("--phone-last4", metavar="NNNN", help="the last 4 digits of the customer's phone")
    s.set_defaults(func=cmd_book)
    s = ap.add_parser("cancel", parents=[json_flag], help="cancel a booking by its check-in code")
    s.add_argument("code")
    s.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="the booking's day, when the code is booked on several")
    s.set_defaults(func=cmd_cancel)
    s = ap.add_parser("list", parents=[json_flag], help="a day's bookings (who checked in, who did not come)")
    s.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    s.set_defaults(func=cmd_list)
    s = ap.add_parser("figures", parents=[json_flag],
                      help="appointment share of visits, check-in punctuality, no-shows")
    s.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="first day (default: today)")
    s.add_argument("--to", type=iso_date, metavar="YYYY-MM-DD", help="last day (default: the first)")
    s.set_defaults(func=cmd_figures)

