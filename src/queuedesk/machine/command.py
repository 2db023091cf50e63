"""`queuedesk setup`: make this PC one of the branch's machines, for its user.

    queuedesk setup kiosk|desk|display|console|web [--db URL]
    queuedesk setup --remove kiosk|desk|display|console|web

Writes the configuration file (database.url in queuedesk.toml, never with a password),
installs the role's autostart entry (systemd user unit and XDG autostart entry on Linux;
a Task Scheduler task on Windows), says what it did and how to undo it, and whether the
database's schema is current. Needs no queuedesk permission: it touches only this user's
files, and reads the database only for its schema revision.
"""
from __future__ import annotations

import argparse
import sys

from queuedesk.machine.roles import ROLES


def register(subparsers) -> None:
    p = subparsers.add_parser("setup", help="set this PC up as a kiosk, desk, display, console or web server "
                                            "(configuration file and autostart entry, for this user)",
                              description="Set this PC up for its role in the branch: write its configuration "
                                          "file and install the autostart entry that keeps the role's program "
                                          "running. For the machine's own user; no root needed.")
    p.add_argument("role", nargs="?", choices=sorted(ROLES), help="the role of this machine")
    p.add_argument("--remove", choices=sorted(ROLES), metavar="ROLE",
                   help="take the role's autostart entry away (the configuration file stays)")
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL",
                   help="the hall's database, kept in the configuration file; no password in it: "
                        "postgresql+psycopg:///?service=queuedesk with ~/.pgpass")
    p.set_defaults(func=run, machine_only=True)


def run(args, hall) -> int:
    from queuedesk.commandline import CliError
    from queuedesk.machine import install
    from queuedesk.machine.places import Places
    from queuedesk.machine.schema import schema_note

    if (args.role is None) == (args.remove is None):
        raise CliError("give a role to set up, or --remove ROLE")
    places = Places.here()
    try:
        if args.remove:
            role = ROLES[args.remove]
            for line in install.remove(role, places):
                print(line)
            print(f"{role.name} no longer starts at log-in; set it up again: queuedesk setup {role.name}")
            return 0
        role = ROLES[args.role]
        url = getattr(args, "db", None)
        steps = install.install(role, url, places)
    except install.SetupError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot set up {args.role or args.remove}: {exc.strerror or exc}: "
                       f"{getattr(exc, 'filename', '') or ''}".rstrip(": ")) from None
    for line in steps:
        print(line)
    print(_start_now(role))
    print(f"undo: queuedesk setup --remove {role.name}")
    note = schema_note(url, hall.config)
    if note:
        print(f"queuedesk: {note}", file=sys.stderr)
    return 0


def _start_now(role) -> str:
    if sys.platform == "win32":
        return f"it starts at this user's next log-on; now: schtasks /Run /TN \"{role.task_name}\""
    if role.graphical:
        return (f"it starts at this user's next log-in; now: systemctl --user daemon-reload && "
                f"systemctl --user start {role.unit}")
    return (f"start it now: systemctl --user daemon-reload && systemctl --user start {role.unit}; "
            f"to run with nobody logged in: loginctl enable-linger $USER")
