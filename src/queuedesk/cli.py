"""`queuedesk` command line. Scripts and other systems depend on these names.

Every failure is one line on stderr and a non-zero exit: 1 for a refusal or a database
problem, 2 for a malformed command line.
"""
from __future__ import annotations

import argparse
import errno
import gc
import json
import os
import sys

from queuedesk import __version__, access_cli
from queuedesk import config as configuration
from queuedesk.commandline import (
    COUNTER,
    EVENT_ID,
    MINUTES,
    CliError,
    Parser,
    emit,
    garbled,
    hall_time,
    localized,
    one_line,
    output,
    outputs,
    shown,
    unforeseen,
    whole,
)
from queuedesk.domain import limits
from queuedesk.domain.errors import QueueError
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import (
    HALL_TEXTS,
    Channel,
    OpeningHours,
    Priority,
    Service,
)
from queuedesk.operations import counter_actions, lazy, queries, samples
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database, DatabaseError

# Use cases loaded by the commands that use them (operations.lazy).
branches, counters, day, maintenance, setup, texts, tickets = (
    lazy(name) for name in ("branches", "counters", "day", "maintenance", "setup", "texts", "tickets"))


def ticket_line(t) -> str:
    if t is None:
        return "(no ticket: the queue is empty)"
    parts = [t.number, t.service, t.state]
    if t.priority != "normal":
        parts.append(t.priority)
    if t.counter is not None and t.state in ("called", "serving", "parked"):
        parts.append(f"counter {t.counter}")
    if t.state == "waiting":
        # Loaded here: its message catalogue is for the commands that show a ticket.
        from queuedesk.wording import phrases

        parts.append(f"{t.position} ahead, {phrases.wait(t.wait, 'en')}" if t.wait
                     else f"{t.position} ahead, about {t.estimated_wait_min:g} min")
    if t.note:
        parts.append(f"note: {t.note}")
    return "  ".join(str(p) for p in parts)


# -- commands -------------------------------------------------------------------------

def cmd_init(args, hall: Hall) -> int:
    if args.branch_name is not None and args.branch is None:
        raise CliError("--branch-name goes with --branch CODE")
    note = migrate.upgrade(hall.db, hall.config["database.group"])
    if note:
        print(f"queuedesk: {note}", file=sys.stderr)
    given = setup.load_sample(hall, args.sample) if args.sample else {}
    branch = ""
    if args.branch is not None:
        result = branches.set_branch(hall, args.branch, args.branch_name)
        branch = f" (branch {result.code})"
        if result.previous and result.previous != result.code:
            print(f"queuedesk: branch {result.previous} is now {result.code} ({result.rows_restamped} rows); a head "
                  f"office that hears from it: hq remove-branch {result.previous}, then hq add-branch {result.code}",
                  file=sys.stderr)
    print(f"database ready: {hall.db.safe_url}" + branch
          + (f" (sample: {args.sample})" if args.sample else ""))
    if given:
        # Shown this once and kept nowhere: hand each to its person, or set them anew
        # with `queuedesk staff passwd USER`.
        print("staff accounts and their passwords (shown only now):")
        for user, password in given.items():
            print(f"  {user:<10} {password}")
    return 0


def _names(args) -> dict[str, str]:
    """--name LANG=TEXT (repeatable) with the older --name-zh / --name-en."""
    names = dict(args.name or [])
    for lang, value in (("zh_CN", args.name_zh), ("en", args.name_en)):
        if value is not None:
            names.setdefault(lang, value)
    return names


def _names_line(names) -> str:
    return " / ".join(f"{lang}={text}" for lang, text in LocalText(names).items()) or "(no name)"


def cmd_service_add(args, hall: Hall) -> int:
    try:
        hours = OpeningHours.parse(args.hours or "")
    except ValueError as exc:
        raise CliError(str(exc)) from None
    s = setup.add_service(hall, Service(
        code=args.code, names=LocalText(_names(args)), prefix=args.prefix or args.code,
        number_width=args.width, hours=hours, daily_cap=args.cap, target_wait_min=args.target_wait,
        max_wait_min=args.max_wait if args.max_wait is not None else max(20.0, args.target_wait * 2),
        expected_service_min=args.expected, group=args.group))
    emit(args, {"code": s.code, "prefix": s.prefix}, lambda v: f"service {v['code']} added")
    return 0


def cmd_service_group(args, hall: Hall) -> int:
    setup.set_service_group(hall, args.code, args.group)
    print(f"service {args.code.upper()}: {'group ' + args.group.upper() if args.group else 'in no group'}")
    return 0


def cmd_group_add(args, hall: Hall) -> int:
    group = setup.add_group(hall, args.code, _names(args))
    emit(args, {"code": group.code, "names": dict(group.names)},
         lambda v: f"group {v['code']} added: {_names_line(v['names'])}")
    return 0


def cmd_group_list(args, hall: Hall) -> int:
    groups = queries.groups(hall)
    members = {g.code: [s.code for s in queries.services_status(hall) if s.group == g.code] for g in groups}
    emit(args, [{"code": g.code, "names": g.names, "services": members[g.code]} for g in groups],
         lambda rs: "\n".join(f"{r['code']:<4} {_names_line(r['names'])}  {','.join(r['services'])}" for r in rs)
         or "(no groups: the kiosk shows every service on one tab)")
    return 0


def cmd_service_rename(args, hall: Hall) -> int:
    names = setup.rename_service(hall, args.code, _names(args))
    emit(args, {"code": args.code.upper(), "names": dict(names)},
         lambda v: f"service {v['code']}: {_names_line(v['names'])}")
    return 0


def cmd_service_enable(args, hall: Hall) -> int:
    setup.set_service_enabled(hall, args.code, args.action == "enable")
    print(f"service {args.code.upper()} {args.action}d")
    return 0


def warn_of_numbering_alike(services) -> None:
    """One line on stderr when two services give the same numbers (a hall set up before
    the rule that refuses it): two customers could hold one number."""
    from queuedesk.domain.numbering import numbering_alike

    prefixes = {s.code: s.prefix for s in services}

    def group(codes: list[str]) -> str:         # "A and D (prefix A)", "E and F (prefixes E1, E)"
        shared = list(dict.fromkeys(prefixes[c] for c in codes))
        return f"{', '.join(codes[:-1])} and {codes[-1]} (prefix{'es' if len(shared) > 1 else ''} {', '.join(shared)})"

    groups = numbering_alike(prefixes)
    if groups:
        print(f"queuedesk: warning: services {'; '.join(map(group, groups))} number tickets alike, so two customers "
              "may hold the same number: disable one (service disable CODE) and add it anew with a prefix of its own",
              file=sys.stderr)


def cmd_service_list(args, hall: Hall) -> int:
    rows = queries.services_status(hall)
    warn_of_numbering_alike(rows)
    emit(args, rows, lambda rs: "\n".join(
        f"{s.code:<4} {s.prefix:<3} {' / '.join(LocalText(s.names).values())}  waiting {s.waiting}"
        f"{'' if s.enabled else '  (disabled)'}" for s in rs) or "(no services)")
    return 0


def cmd_counter_add(args, hall: Hall) -> int:
    c = setup.add_counter(hall, args.number, args.services.split(","), names=_names(args))
    emit(args, {"number": c.number, "services": c.services},
         lambda v: f"counter {v['number']} added, serving {','.join(v['services'])}")
    return 0


def cmd_counter_rename(args, hall: Hall) -> int:
    names = setup.rename_counter(hall, args.number, _names(args))
    emit(args, {"number": args.number, "names": dict(names)},
         lambda v: f"counter {v['number']}: {_names_line(v['names']) if v['names'] else '(its number)'}")
    return 0


def cmd_counter_list(args, hall: Hall) -> int:
    rows = queries.counters_status(hall)
    emit(args, rows, lambda rs: "\n".join(
        f"{c.number:>3}  {c.state:<7} {','.join(c.services):<12} {c.current or '-':<6} {c.staff or ''}"
        + (f"  ({c.pause_reason})" if c.pause_reason else "") for c in rs) or "(no counters)")
    return 0


def cmd_counter_state(args, hall: Hall) -> int:
    if args.action == "open":
        status = counters.open_counter(hall, args.number, staff=args.staff)
    elif args.action == "close":
        status = counters.close_counter(hall, args.number)
    elif args.action == "resume":
        status = counters.resume_counter(hall, args.number)
    elif args.action == "release":
        status = counters.release_counter(hall, args.number)
    else:
        status = counters.pause_counter(hall, args.number, args.reason)
    emit(args, status, lambda c: f"counter {c.number} {c.state}")
    return 0


def cmd_ticket_issue(args, hall: Hall) -> int:
    target = None
    if args.print:
        from queuedesk.printing import (  # loads Qt only when printing
            PrinterError,
            parse_target,
        )
        try:
            target = parse_target(args.print)   # a bad spec is refused before any ticket exists
        except PrinterError as exc:
            raise CliError(str(exc)) from None
    info = tickets.issue_ticket(hall, args.code.upper(), Priority(args.priority), Channel.CLI, key=args.key)
    emit(args, info, ticket_line)
    if target is not None:
        # The ticket stands whatever the printer does: on failure say so, record it for
        # staff, and exit 3 ("issued, not printed") so a script does not issue again.
        from queuedesk.printing import TicketView, print_ticket
        try:
            words = texts.hall_texts(hall)
            view = TicketView.from_ticket(info.to_dict(), hall.config, branch_name=words.branch_name,
                                          footer=words.footer, branch_code=words.branch_code)
            print_ticket(view, target, hall.config["printer.paper_mm"])
        except PrinterError as exc:
            tickets.record_print_failure(hall, info.number, args.print, str(exc), station="cli")
            print(f"queuedesk: ticket {info.number} issued but not printed: {exc}", file=sys.stderr)
            return 3
    return 0


def cmd_ticket_show(args, hall: Hall) -> int:
    emit(args, tickets.show_ticket(hall, args.number), ticket_line)
    return 0


def cmd_ticket_cancel(args, hall: Hall) -> int:
    emit(args, tickets.cancel_ticket(hall, args.number), ticket_line)
    return 0


def cmd_call(args, hall: Hall) -> int:
    action = counter_actions.BY_CLI_NAME[args.action]
    params = {p: getattr(args, p) for p in action.params}
    if params.get("to_service"):
        params["to_service"] = params["to_service"].upper()
    info = counter_actions.perform(hall, action.name, args.counter, key=args.key, **params)
    emit(args, info, ticket_line)
    return 0


def cmd_status(args, hall: Hall) -> int:
    services = queries.services_status(hall)
    warn_of_numbering_alike(services)
    status = {"services": [s.to_dict() for s in services],
              "counters": [c.to_dict() for c in queries.counters_status(hall)]}
    if args.json:
        print(json.dumps(status, ensure_ascii=False, allow_nan=False))
        return 0
    print("SERVICE                         WAITING  LONGEST  OPEN")
    for s in status["services"]:
        print(f"{s['code']:<3} {' / '.join(LocalText(s['names']).values()):<28} {s['waiting']:>7} "
              f"{s['longest_wait_min']:>6.1f}m {s['open_counters']:>5}"
              + (f"  ({s['refusal']})" if s["refusal"] else ""))
    print("\nCOUNTER  STATE    CURRENT  STAFF")
    for c in status["counters"]:
        print(f"{c['number']:>7}  {c['state']:<8} {c['current'] or '-':<8} {c['staff'] or ''}"
              + (f"  ({c['pause_reason']})" if c["pause_reason"] else ""))
    return 0


def cmd_events(args, hall: Hall) -> int:
    from queuedesk.store.feed import EventFeed

    feed = EventFeed(hall.db, after=args.since)
    zone = hall.config.timezone

    def show(batch):
        for e in batch:
            if args.json:
                print(json.dumps(e.to_dict(), ensure_ascii=False, allow_nan=False), flush=True)
            else:
                print(f"{e.id:>6} {hall_time(e.at, zone)} {e.type:<18} {e.ticket_number or '':<6} "
                      f"{'' if e.counter is None else 'counter ' + str(e.counter):<11} {e.staff or ''}",
                      flush=True)

    if not args.follow:
        batch = feed.fetch(limit=100_000)
        if args.json:
            print(json.dumps([e.to_dict() for e in batch], ensure_ascii=False, allow_nan=False))
        else:
            show(batch)
        return 0
    try:
        while True:
            show(feed.fetch())
            feed.wait(5.0)
    except KeyboardInterrupt:
        return 0
    finally:
        feed.close()


def cmd_hall_show(args, hall: Hall) -> int:
    words = texts.hall_texts(hall)
    value = {key: {"texts": dict(getattr(words, key)), "set": key in words.own} for key in HALL_TEXTS}
    emit(args, value, lambda v: "\n".join(
        f"{key:<12} {_names_line(item['texts'])}{'' if item['set'] else '  (from the settings)'}"
        for key, item in v.items()))
    return 0


def cmd_hall_set(args, hall: Hall) -> int:
    if not args.text:
        raise CliError("give at least one --text LANG=TEXT")
    result = texts.set_hall_text(hall, args.key, dict(args.text))
    emit(args, {"key": args.key, "texts": dict(result)}, lambda v: f"{v['key']}: {_names_line(v['texts'])}")
    return 0


def cmd_db(args, hall: Hall) -> int:
    if args.action == "backup":
        written = maintenance.backup_database(hall, args.file)
        print(f"backup of {hall.db.where} written to {shown(written, whole=True)}"
              + ("" if hall.db.is_sqlite else " (pg_dump custom format; restore with pg_restore)"))
    else:
        print(maintenance.restore_database(hall, args.file))
    return 0


def cmd_day_close(args, hall: Hall) -> int:
    result = day.close_day(hall)
    emit(args, result, lambda r: f"business day {r['business_date']} closed: "
                                 f"{r['expired']} tickets expired, {r['counters_closed']} counters closed")
    return 0


# -- parser ----------------------------------------------------------------------------

#: The engine's own sub-commands: with one of them, the windows' are not even registered.
#: Commands wholly the engine's (not `db`: the head office client adds `db export-day`).
ENGINE_COMMANDS = frozenset({"init", "service", "group", "counter", "staff", "ticket", "call", "status", "events", "hall",
                             "day", "rating", "complaint", "audit", "appointment"})


def _command(argv: list[str]) -> str | None:
    """The command the command line names (its first word that is no option's)."""
    positional = [a for i, a in enumerate(argv) if not a.startswith("-")
                  and not (i > 0 and argv[i - 1] in ("--db", "--config", "--user"))]
    return positional[0] if positional else None


def _names_a_client(argv: list[str]) -> bool:
    """Whether the command line may name a client sub-command (or asks for the list)."""
    return _command(argv) not in ENGINE_COMMANDS


def _engine_command(argv: list[str]) -> str | None:
    """The engine command the command line names, if it names one and asks for no help
    about the others."""
    command = _command(argv)
    return command if command in ENGINE_COMMANDS and "-h" not in argv and "--help" not in argv else None


class _OneCommand:
    """The sub-command parsers of a command line that names one engine command: that one
    is built, the others are passed over unbuilt (argparse makes some seventy parsers
    otherwise, a tenth of a short command's start)."""

    def __init__(self, subparsers, wanted: str):
        self._subparsers, self._wanted = subparsers, wanted

    def add_parser(self, name: str, **kwargs):
        return self._subparsers.add_parser(name, **kwargs) if name == self._wanted else _Unbuilt()

    def __getattr__(self, name: str):
        return getattr(self._subparsers, name)


class _Unbuilt:
    """A parser not built: whatever is asked of it is passed over."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: self


def build_parser(clients: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `only` (an engine command), that command's alone."""
    p = Parser(prog="queuedesk", description="Queue calling for service halls.")
    p.add_argument("--db", help="database URL (default: $QUEUEDESK_DB, else database.url, else SQLite in the user data dir)")
    p.add_argument("--config", help="configuration file (default: $QUEUEDESK_CONFIG or the user config dir)")
    p.add_argument("--version", action="version", version=f"queuedesk {__version__}")
    access_cli.add_caller_arguments(p)
    json_flag = Parser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="print one JSON document")
    names_flag = Parser(add_help=False)
    names_flag.add_argument("--name", type=localized, action="append", metavar="LANG=TEXT",
                            help="the name in one language (zh_CN, zh_TW, en); repeat for each")
    names_flag.add_argument("--name-zh", metavar="TEXT", help="the same as --name zh_CN=TEXT")
    names_flag.add_argument("--name-en", metavar="TEXT", help="the same as --name en=TEXT")
    key_flag = Parser(add_help=False)
    key_flag.add_argument("--key", help="idempotency key: repeating a request with it has no second effect")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if only is not None:
        sub, clients = _OneCommand(sub, only), False

    s = sub.add_parser("init", help="create or upgrade the database schema")
    s.add_argument("--sample", choices=sorted(samples.SAMPLES), help="also load a sample hall")
    s.add_argument("--branch", metavar="CODE", help="this hall's branch code for head office (letters and digits; "
                                                    "may change later)")
    s.add_argument("--branch-name", metavar="NAME", help="the branch's name in the hall's language "
                                                         "(others: hall set branch_name)")
    s.set_defaults(func=cmd_init, schema=False)

    svc = sub.add_parser("service", help="business types").add_subparsers(dest="action", required=True)
    s = svc.add_parser("add", parents=[json_flag, names_flag])
    s.add_argument("code")
    s.add_argument("--prefix")
    s.add_argument("--width", type=whole(*limits.WIDTH_RANGE), default=3, help="digits in the number (3 → A001)")
    s.add_argument("--hours", help="opening hours, e.g. 08:30-11:30,13:30-17:00 (default: all day)")
    s.add_argument("--cap", type=whole(*limits.CAP_RANGE), help="daily cap of tickets")
    s.add_argument("--target-wait", type=MINUTES, default=10.0, metavar="MIN")
    s.add_argument("--max-wait", type=MINUTES, metavar="MIN", help="default: twice the target, at least 20")
    s.add_argument("--expected", type=MINUTES, default=5.0, metavar="MIN", help="expected service minutes")
    s.add_argument("--group", help="the group (kiosk tab) it is shown under; see `queuedesk group`")
    s.set_defaults(func=cmd_service_add)
    s = svc.add_parser("group", help="put a service under a group's kiosk tab (no GROUP: under none)")
    s.add_argument("code")
    s.add_argument("group", nargs="?", default="")
    s.set_defaults(func=cmd_service_group)
    s = svc.add_parser("rename", parents=[json_flag, names_flag], help="set the name in some languages")
    s.add_argument("code")
    s.set_defaults(func=cmd_service_rename)
    s = svc.add_parser("list", parents=[json_flag])
    s.set_defaults(func=cmd_service_list)
    for action in ("enable", "disable"):
        s = svc.add_parser(action)
        s.add_argument("code")
        s.set_defaults(func=cmd_service_enable)
    if _builds(only, "service"):
        _appointment_cli().register_service(svc, json_flag)

    grp = sub.add_parser("group", help="groups of business types: the kiosk's tabs").add_subparsers(
        dest="action", required=True)
    s = grp.add_parser("add", parents=[json_flag, names_flag], help="a new group (a kiosk tab), in order")
    s.add_argument("code")
    s.set_defaults(func=cmd_group_add)
    s = grp.add_parser("list", parents=[json_flag])
    s.set_defaults(func=cmd_group_list)

    ctr = sub.add_parser("counter", help="counters (windows)").add_subparsers(dest="action", required=True)
    s = ctr.add_parser("add", parents=[json_flag, names_flag])
    s.add_argument("number", type=COUNTER)
    s.add_argument("--services", required=True, help="service codes in the order served, e.g. A,B")
    s.set_defaults(func=cmd_counter_add)
    s = ctr.add_parser("rename", parents=[json_flag, names_flag],
                       help="give the counter a name of its own (none: it is called by its number)")
    s.add_argument("number", type=COUNTER)
    s.set_defaults(func=cmd_counter_rename)
    s = ctr.add_parser("list", parents=[json_flag])
    s.set_defaults(func=cmd_counter_list)
    for action in ("open", "close", "resume", "pause", "release"):
        s = ctr.add_parser(action, parents=[json_flag],
                           help="free a counter whose desk is gone (its customer handed on)" if action == "release"
                           else None)
        s.add_argument("number", type=COUNTER)
        if action == "open":
            s.add_argument("--staff", help="user signed in at the counter")
        if action == "pause":
            s.add_argument("--reason", required=True)
        s.set_defaults(func=cmd_counter_state)

    tk = sub.add_parser("ticket", help="tickets").add_subparsers(dest="action", required=True)
    s = tk.add_parser("issue", parents=[json_flag, key_flag])
    s.add_argument("code")
    s.add_argument("--priority", default="normal", choices=[p.value for p in Priority])
    s.add_argument("--print", metavar="TARGET", type=output("the ticket", _printed_file),
                   help="pdf:FILE | png:FILE | printer:NAME | escpos:usb:VID:PID | "
                        "escpos:net:HOST[:PORT] | escpos:serial:DEV")
    s.set_defaults(func=cmd_ticket_issue)
    for action, func in (("show", cmd_ticket_show), ("cancel", cmd_ticket_cancel)):
        s = tk.add_parser(action, parents=[json_flag])
        s.add_argument("number")
        s.set_defaults(func=func)
    if _builds(only, "ticket"):
        _feedback_cli().register_ticket(tk, json_flag, key_flag)
        _appointment_cli().register_ticket(tk, json_flag, key_flag)

    cl = sub.add_parser("call", help="counter actions").add_subparsers(dest="action", required=True)
    for name, action in counter_actions.BY_CLI_NAME.items():
        s = cl.add_parser(name, parents=[json_flag, key_flag])
        s.add_argument("counter", type=COUNTER)
        if "number" in action.params:
            s.add_argument("number")
        if "no_show_current" in action.params:
            s.add_argument("--no-show-current", action="store_true",
                           help="the customer called here and never started did not come: mark them no-show")
        if action.name == "transfer":
            target = s.add_mutually_exclusive_group(required=True)   # exactly one: else exit 2
            target.add_argument("--to-service")
            target.add_argument("--to-counter", type=COUNTER)
            s.add_argument("--note")
        s.set_defaults(func=cmd_call)

    s = sub.add_parser("status", parents=[json_flag], help="queues and counters now")
    s.set_defaults(func=cmd_status)
    s = sub.add_parser("events", parents=[json_flag], help="the event log")
    s.add_argument("--since", type=EVENT_ID, default=0, metavar="ID")
    s.add_argument("--follow", action="store_true", help="keep printing new events (JSON lines with --json)")
    s.set_defaults(func=cmd_events)
    hl = sub.add_parser("hall", help="the hall's own texts per language").add_subparsers(dest="action",
                                                                                       required=True)
    s = hl.add_parser("show", parents=[json_flag], help="branch name, notice and ticket footer")
    s.set_defaults(func=cmd_hall_show)
    s = hl.add_parser("set", parents=[json_flag], help="set one of them in some languages")
    s.add_argument("key", choices=HALL_TEXTS)
    s.add_argument("--text", type=localized, action="append", metavar="LANG=TEXT",
                   help="the text in one language; repeat for each; an empty TEXT removes that language")
    s.set_defaults(func=cmd_hall_set)
    db = sub.add_parser("db", help="backups of the database, PostgreSQL roles").add_subparsers(dest="action",
                                                                                             required=True)
    s = db.add_parser("backup", help="a consistent copy while the hall goes on (SQLite; pg_dump for PostgreSQL)")
    s.add_argument("file")
    s.set_defaults(func=cmd_db)
    s = db.add_parser("restore", help="replace the hall's SQLite database with a backup; running clients reload")
    s.add_argument("file")
    s.set_defaults(func=cmd_db, schema=False)
    if _builds(only, "db"):
        access_cli.register_db(db, json_flag)   # its roles come from store.pg_roles
    dy = sub.add_parser("day", help="business day").add_subparsers(dest="action", required=True)
    s = dy.add_parser("close", parents=[json_flag])
    s.set_defaults(func=cmd_day_close)

    if _builds(only, "rating", "complaint"):
        _feedback_cli().register(sub, json_flag)
    access_cli.register(sub, json_flag)
    if _builds(only, "appointment"):
        _appointment_cli().register(sub, json_flag)

    if clients:
        for register in _client_commands():
            register(sub)
    return p


def _builds(only: str | None, *commands: str) -> bool:
    """Whether the parser built for `only` (None: for every command) has one of `commands`."""
    return only is None or only in commands


# The commands of ratings, complaints and appointments, with the domain rules their
# choices come from (~6 ms to load), are registered only for a command line that may
# name one of them: `queuedesk status` passes them over.
def _feedback_cli():
    from queuedesk import feedback_cli
    return feedback_cli


def _appointment_cli():
    from queuedesk import appointment_cli
    return appointment_cli


def _client_commands():
    """Sub-commands that belong to the clients (windows, voice, demo); each registers itself."""
    from queuedesk import commands
    return commands.REGISTRARS


def main(argv: list[str] | None = None) -> int:
    own = argv is None   # the process's own command line (the console script, python -m queuedesk)
    if own:
        # What is loaded by now (SQLAlchemy, the use cases: some 50,000 objects) lives as
        # long as the process, so the cyclic garbage collector is told to pass it over
        # (gc.freeze): its full passes over it, one while the database driver loads (~15 ms)
        # and one as the process ends (~30 ms), were a fifth of `queuedesk status`.
        gc.freeze()
    try:
        return _main(sys.argv[1:] if own else argv)
    except Exception as exc:       # none of the refusals below: a flaw of ours
        return unforeseen(exc, __version__)
    finally:
        if own:
            gc.freeze()   # the process ends: the last collection need not go over what the command loaded


def _main(argv: list[str]) -> int:
    # No name, reason or path may hold bytes that are not text: refused here, in one line.
    wrong = next((n for n, word in enumerate(argv, 1) if garbled(word)), None)
    if wrong is not None:
        print(f"queuedesk: word {wrong} of the command line is not valid text "
              f"({sys.getfilesystemencoding()}): retype it", file=sys.stderr)
        return 2
    parser = build_parser(clients=_names_a_client(argv), only=_engine_command(argv))
    args = parser.parse_args(argv)
    if not hasattr(args, "json"):
        args.json = False
    db = None
    try:
        config = configuration.load(args.config)
        db = Database(args.db or os.environ.get("QUEUEDESK_DB") or config["database.url"] or None)
        hall = Hall(db, config)
        _refuse_writing_over(db, args)
        if getattr(args, "machine_only", False):
            return _run(args, hall)    # acts on this machine's own files: no actor, no schema
        if getattr(args, "schema", True) and not getattr(args, "no_db", False):
            _require_schema(db)
        return _run(args, hall.as_actor(access_cli.resolve(args, hall)))
    except (QueueError, DatabaseError, configuration.ConfigError, CliError) as exc:
        print(f"queuedesk: {one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Whoever read the output went away (`queuedesk status | head -1`): nothing more to
        # say, and no traceback; what is still buffered goes nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except UnicodeDecodeError as exc:
        # A settings file or standard input in another encoding (a Notepad file saved as GBK).
        print(f"queuedesk: input is not UTF-8 text (byte {exc.start}): save it as UTF-8", file=sys.stderr)
        return 1
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EIO, errno.EBADF) or getattr(exc, "filename", None) is not None:
            raise
        # The output could not be written (a full disk, a closed terminal): what was done is
        # done (`queuedesk events` shows it), and this says so in one line.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        print(f"queuedesk: cannot write the output: {exc.strerror}; the command itself ran "
              "(see `queuedesk events`)", file=sys.stderr)
        return 1
    finally:
        if db is not None:
            db.dispose()


def _refuse_writing_over(db: Database, args) -> None:
    """No file a command writes (a screenshot, a ticket, a WAV, a report, a simulation)
    may be the hall's database or a file SQLite keeps beside it: refused before anything runs."""
    for value in outputs(args):
        if db.holds(value.file):
            raise CliError(f"{value.file} is the hall's database itself: write {value.what} to another file")


def _printed_file(spec: str) -> str | None:
    """The file of a `--print` target (pdf:FILE, png:FILE), read as printing.parse_target
    reads it (which loads Qt); None for a printer."""
    kind, _, rest = spec.strip().partition(":")
    return rest if kind.lower() in ("pdf", "png") and rest else None


def _run(args, hall: Hall) -> int:
    code = args.func(args, hall)
    sys.stdout.flush()      # a reader gone away shows here, while main can still say nothing
    return code


def _require_schema(db: Database) -> None:
    migrate.require_current(db)   # one line: no schema, older (run init) or newer
