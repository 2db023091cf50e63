"""The customer's voice on the command line: `ticket rate`, `rating …`, `complaint …`.

For channels other than the counter's rating screen (a hardware keypad's bridge, the
kiosk, the ticket's web page later) and for the staff who keep the complaints register.
Registered by cli.py; the same contract as every sub-command (one-line refusals, exit 1;
--json prints one JSON document).
"""
from __future__ import annotations

from datetime import date, datetime

from queuedesk.commandline import emit, iso_date
from queuedesk.domain.complaints import Channel, Grade
from queuedesk.domain.numbering import local_time
from queuedesk.domain.ratings import CHANNELS, GROUPINGS, REASONS, RatingFigures
from queuedesk.operations import lazy
from queuedesk.operations.hall import Hall

complaints, ratings = lazy("complaints"), lazy("ratings")


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f} %"


def _clock(hall: Hall, iso: str | None) -> str:
    return f"{local_time(datetime.fromisoformat(iso), hall.config.timezone):%H:%M}" if iso else "-"


# -- ratings -----------------------------------------------------------------------------------

def rating_line(r) -> str:
    score = f"{r.score} {r.level.replace('_', ' ')}" if r.score is not None else "not rated"
    reasons = f"  ({', '.join(r.reasons)})" if r.reasons else ""
    return f"{r.ticket}  counter {r.counter}  {r.staff or '-'}  {score}{reasons}  [{r.channel}]"


def cmd_ticket_rate(args, hall: Hall) -> int:
    info = ratings.rate_ticket(hall, args.number, args.score, args.reason or (), counter=args.counter,
                               channel=args.channel, key=args.key)
    emit(args, info, rating_line)
    return 0


def cmd_rating_list(args, hall: Hall) -> int:
    rows = ratings.ratings_on(hall, args.day, counter=args.counter)
    emit(args, rows, lambda rs: "\n".join(f"{_clock(hall, r.at)}  {rating_line(r)}" for r in rs)
         or "(no ratings)")
    return 0


def figures_line(f: RatingFigures) -> str:
    return (f"served {f.served}, rated {f.rated} (not rated when asked {f.asked_not_rated}): "
            f"evaluation {_percent(f.evaluation_rate)}, satisfaction {_percent(f.satisfaction_rate)}")


def cmd_rating_figures(args, hall: Hall) -> int:
    day = args.day or hall.today()
    if args.by is None:
        figures = ratings.day_figures(hall, day)
        emit(args, {"day": day.isoformat(), **figures.to_dict()}, lambda _v: f"{day}  {figures_line(figures)}")
        return 0
    groups = ratings.day_figures_by(hall, args.by, day)
    rows = [{args.by: key.isoformat() if isinstance(key, date) else key, **f.to_dict()}
            for key, f in groups.items()]
    emit(args, rows, lambda _v: "\n".join(f"{args.by} {key if key is not None else '-'}  {figures_line(f)}"
                                           for key, f in groups.items()) or "(nobody served)")
    return 0


# -- complaints -------------------------------------------------------------------------------

def complaint_line(c) -> str:
    status = "answered" + ("" if c.on_time else " LATE") if not c.open else ("OVERDUE" if c.overdue else "open")
    about = "  ".join(p for p in (f"ticket {c.ticket}" if c.ticket else "",
                                  f"counter {c.counter}" if c.counter is not None else "") if p)
    text = c.text if len(c.text) <= 40 else c.text[:39] + "…"
    return f"{c.id:>4}  {c.grade:<7}  {c.channel:<6}  due {c.due_date}  {status:<13} {about}  {text}"


def cmd_complaint_add(args, hall: Hall) -> int:
    info = complaints.add_complaint(hall, args.channel, args.grade, args.text, ticket=args.ticket,
                                    counter=args.counter, by=args.by, due=args.due)
    emit(args, info, lambda c: f"complaint {c.id} registered, due {c.due_date}")
    return 0


def cmd_complaint_answer(args, hall: Hall) -> int:
    info = complaints.answer_complaint(hall, args.id, args.text, by=args.by)
    emit(args, info, lambda c: f"complaint {c.id} answered {'on time' if c.on_time else 'late'} "
                               f"(due {c.due_date})")
    return 0


def cmd_complaint_list(args, hall: Hall) -> int:
    rows = complaints.list_complaints(hall, open_only=args.open, overdue_only=args.overdue)
    emit(args, rows, lambda cs: "\n".join(complaint_line(c) for c in cs) or "(no complaints)")
    return 0


def cmd_complaint_figures(args, hall: Hall) -> int:
    figure = complaints.on_time(hall)
    emit(args, figure, lambda f: f"answered on time {f.on_time} of {f.due} due: {_percent(f.rate)}")
    return 0


# -- parsers -------------------------------------------------------------------------------------

def register_ticket(tickets, json_flag, key_flag) -> None:
    """`queuedesk ticket rate`."""
    s = tickets.add_parser("rate", parents=[json_flag, key_flag],
                           help="a customer's rating of a finished visit (5 very satisfied … 1 very dissatisfied)")
    s.add_argument("number")
    s.add_argument("--score", type=int, required=True, metavar="1..5", help="5 very satisfied … 1 very dissatisfied")
    s.add_argument("--reason", action="append", metavar="CODE",
                   help=f"with score 1 or 2, why (repeatable): {', '.join(REASONS)}")
    s.add_argument("--counter", type=int, metavar="N",
                   help="the visit at this counter (a transferred customer rates each); default: the latest")
    s.add_argument("--channel", default="cli", choices=[c for c in CHANNELS if c != "screen"],
                   help="where the rating came from (default: cli)")
    s.set_defaults(func=cmd_ticket_rate)


def register(sub, json_flag) -> None:
    """`queuedesk rating …` and `queuedesk complaint …`."""
    rt = sub.add_parser("rating", help="customers' ratings of their visits").add_subparsers(
        dest="action", required=True)
    s = rt.add_parser("list", parents=[json_flag], help="a day's ratings (and visits asked but not rated)")
    s.add_argument("--day", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    s.add_argument("--counter", type=int, metavar="N")
    s.set_defaults(func=cmd_rating_list)
    s = rt.add_parser("figures", parents=[json_flag], help="evaluation and satisfaction rates of a day")
    s.add_argument("--day", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    s.add_argument("--by", choices=list(GROUPINGS), help="one line per teller, counter, service or day")
    s.set_defaults(func=cmd_rating_figures)

    cp = sub.add_parser("complaint", help="the complaints register").add_subparsers(dest="action", required=True)
    s = cp.add_parser("add", parents=[json_flag], help="register a complaint; its due date follows from the grade")
    s.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    s.add_argument("--grade", required=True, choices=[g.value for g in Grade])
    s.add_argument("--ticket", metavar="NUMBER", help="today's ticket it concerns (gives counter and teller)")
    s.add_argument("--counter", type=int, metavar="N")
    s.add_argument("--text", required=True, help="what the customer says, written by staff: no ID or phone numbers")
    s.add_argument("--by", metavar="USER", help="the staff user registering it")
    s.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD",
                   help="due date given by hand (holidays are not known to the count of working days)")
    s.set_defaults(func=cmd_complaint_add)
    s = cp.add_parser("answer", parents=[json_flag], help="record the answer to a complaint")
    s.add_argument("id", type=int)
    s.add_argument("--text", required=True)
    s.add_argument("--by", metavar="USER", help="the staff user answering")
    s.set_defaults(func=cmd_complaint_answer)
    s = cp.add_parser("list", parents=[json_flag], help="the register, oldest first")
    s.add_argument("--open", action="store_true", help="only those not answered yet")
    s.add_argument("--overdue", action="store_true", help="only those open past their due date")
    s.set_defaults(func=cmd_complaint_list)
    s = cp.add_parser("figures", parents=[json_flag], help="complaints answered on time ÷ complaints due")
    s.set_defaults(func=cmd_complaint_figures)
