"""Who may do what, on the command line: the caller's actor, staff accounts, the audit
trail, and PostgreSQL's group roles.

    queuedesk [--user U [--password-stdin]] COMMAND …   # else $QUEUEDESK_USER / $QUEUEDESK_PASSWORD
    queuedesk staff add U --role R [--name N] [--staff-number S] [--password-stdin]
    queuedesk staff list [--json] | staff passwd U [--password-stdin] | staff disable|enable U
    queuedesk audit [--since ID] [--limit N] [--json]
    queuedesk db roles [--json]          # PostgreSQL: create/update the qd_* group roles
    queuedesk db user add NAME --role kiosk|display|rater|web|desk|manager|admin [--password-stdin]

Registered by cli.py; the same contract as every sub-command (one-line refusals, exit 1).
With both `--user U --password-stdin` and a command's own `--password-stdin`, standard
input gives U's password on its first line and the command's on the next.
"""
from __future__ import annotations

import os

from queuedesk.commandline import EVENT_ID, CliError, emit, hall_time, secret, shown, whole
from queuedesk.domain.access import STAFF_ROLES, Actor, Permission, Role
from queuedesk.operations import actors, lazy
from queuedesk.operations.hall import Hall
from queuedesk.operations.queries import audit_trail

setup, staff = lazy("setup"), lazy("staff")

USER_ENV, PASSWORD_ENV = "QUEUEDESK_USER", "QUEUEDESK_PASSWORD"


def add_caller_arguments(parser) -> None:
    """The global options that say who runs a command."""
    parser.add_argument("--user", dest="actor_user", metavar="U",
                        help=f"act as staff member U (default ${USER_ENV}); without it, as whoever the database "
                             f"vouches for (the owner of the SQLite file, PostgreSQL's owner or qd_admin)")
    parser.add_argument("--password-stdin", dest="actor_password_stdin", action="store_true",
                        help=f"read U's password from standard input's first line (else ${PASSWORD_ENV}, "
                             f"else it is asked)")


def resolve(args, hall: Hall) -> Actor:
    """The actor a command runs as: a window's own kind, a staff member's password, or
    what the database vouches for."""
    device = getattr(args, "device", None)
    if device is not None:
        return actors.device(device)
    user = args.actor_user or os.environ.get(USER_ENV)
    if user:
        return actors.person(hall, user, secret(f"password of {shown(user)}", args.actor_password_stdin,
                                                PASSWORD_ENV))
    if args.actor_password_stdin:
        raise CliError(f"--password-stdin goes with --user U (or ${USER_ENV})")
    return actors.from_database(hall)


# -- staff accounts -------------------------------------------------------------------------

def cmd_staff_add(args, hall: Hall) -> int:
    password = secret(f"password of {shown(args.user)}", args.password_stdin, twice=True)
    member = setup.add_staff(hall, args.user, Role(args.role), password, name=args.name,
                             staff_number=args.staff_number)
    print(f"staff {member.user} added ({member.role.value})")
    return 0


def cmd_staff_list(args, hall: Hall) -> int:
    def line(a) -> str:
        state = "disabled" if not a.active else f"locked until {a.locked_until}" if a.locked_until else ""
        return f"{a.user:<16} {a.role:<8} {a.staff_number or '-':<8} {a.name}  {state}".rstrip()
    emit(args, staff.list_staff(hall), lambda accounts: "\n".join(map(line, accounts)) or "(no staff)")
    return 0


def cmd_staff_passwd(args, hall: Hall) -> int:
    """An administrator sets anyone's; anyone else their own, giving the current one first
    (with --password-stdin: the current on one line, the new on the next)."""
    old = None if hall.actor.may(Permission.MANAGE_STAFF) else secret("current password", args.password_stdin)
    new = secret(f"new password of {shown(args.user)}", args.password_stdin, twice=True)
    staff.change_password(hall, args.user, new, old)
    print(f"password of {args.user} changed")
    return 0


def cmd_staff_enable(args, hall: Hall) -> int:
    enabled = args.action == "enable"
    staff.set_enabled(hall, args.user, enabled)
    print(f"{args.user} {'enabled' if enabled else 'disabled: they cannot sign in'}")
    return 0


# -- the audit trail ------------------------------------------------------------------------

def cmd_audit(args, hall: Hall) -> int:
    trail = audit_trail(hall, args.since, args.limit)

    def line(e) -> str:
        payload = " ".join(f"{k}={v}" for k, v in e.payload.items() if v not in (None, "", (), {}))
        where = f"counter {e.counter}" if e.counter is not None else ""
        return (f"{e.id:>7} {hall_time(e.at, hall.config.timezone)} {e.type:<20} "
                f"{(e.actor or '-') + ' (' + (e.actor_role or '-') + ')':<28} {e.ticket_number or '':<6} "
                f"{where:<11} {payload}").rstrip()
    emit(args, trail, lambda events: "\n".join(map(line, events)) or "(nothing in the audit trail)")
    return 0


# -- PostgreSQL roles ---------------------------------------------------------------------

def cmd_db_roles(args, hall: Hall) -> int:
    from queuedesk.store import pg_roles

    _require_admin(hall)
    pg_roles.apply(hall.db)
    kinds = pg_roles.templates(hall.db)
    emit(args, kinds, lambda k: "\n".join(f"{kind:<8} {v['group']:<11} {v['url']}\n         {v['may']}"
                                          for kind, v in k.items()))
    return 0


def cmd_db_user_add(args, hall: Hall) -> int:
    from queuedesk.store import pg_roles

    _require_admin(hall)
    password = secret(f"password of the login {args.name}", args.password_stdin, twice=True)
    pg_roles.add_login(hall.db, args.name, args.role, password)
    print(f"login {args.name} can connect as a {args.role} machine (group {pg_roles.BY_MACHINE[args.role].name})")
    return 0


def _require_admin(hall: Hall) -> None:
    if hall.actor.role is not Role.ADMIN:
        raise CliError(f"{hall.actor.describe()} may not change the database's roles: an administrator's job")


# -- the parser -----------------------------------------------------------------------------

def register(sub, json_flag) -> None:
    st = sub.add_parser("staff", help="staff accounts").add_subparsers(dest="action", required=True)
    s = st.add_parser("add", help="a new account (the password from standard input or asked twice)")
    s.add_argument("user")
    s.add_argument("--role", required=True, choices=[r.value for r in STAFF_ROLES])
    s.add_argument("--name")
    s.add_argument("--staff-number")
    s.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    s.set_defaults(func=cmd_staff_add)
    s = st.add_parser("list", parents=[json_flag], help="every account: role, enabled, locked")
    s.set_defaults(func=cmd_staff_list)
    s = st.add_parser("passwd", help="set a password (an administrator: anyone's; others: their own)")
    s.add_argument("user")
    s.add_argument("--password-stdin", action="store_true", help="read the new password from standard input")
    s.set_defaults(func=cmd_staff_passwd)
    for action in ("disable", "enable"):
        s = st.add_parser(action, help="a disabled account cannot sign in" if action == "disable"
                          else "may sign in again (and is unlocked)")
        s.add_argument("user")
        s.set_defaults(func=cmd_staff_enable)

    s = sub.add_parser("audit", parents=[json_flag],
                       help="the audit trail: set-up, accounts, managers' and administrators' actions, "
                            "out-of-turn calls, failed sign-ins")
    s.add_argument("--since", type=EVENT_ID, default=0, metavar="ID", help="after event ID")
    s.add_argument("--limit", type=whole(1, 100_000, "a number of events"), default=1000)
    s.set_defaults(func=cmd_audit)


def register_db(db, json_flag) -> None:
    from queuedesk.store.pg_roles import BY_MACHINE

    s = db.add_parser("roles", parents=[json_flag],
                      help="PostgreSQL: create or update the qd_* group roles and their privileges")
    s.set_defaults(func=cmd_db_roles)
    us = db.add_parser("user", help="PostgreSQL login roles").add_subparsers(dest="user_action", required=True)
    s = us.add_parser("add", help="a login role for one kind of machine (or update its password and group)")
    s.add_argument("name")
    s.add_argument("--role", required=True, choices=list(BY_MACHINE))
    s.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    s.set_defaults(func=cmd_db_user_add)
