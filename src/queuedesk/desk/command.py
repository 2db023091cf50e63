"""`queuedesk desk`: the counter desk window.

    queuedesk desk [--counter N] [--compact] [--user USER [--password-stdin]] [--lang zh_CN|zh_TW|en]
                   [--screenshot FILE]

With --user the desk signs in without asking; the password comes from standard input
(--password-stdin) or $QUEUEDESK_PASSWORD, never from the command line (it would show
in the process list). With --screenshot as well, the password is checked and the desk
is drawn as signing in would show it, but nothing is signed in: the picture leaves the
hall as it was.
"""
from __future__ import annotations

import os
import signal
import sys

from queuedesk.commandline import COUNTER
from queuedesk.domain.access import Role
from queuedesk.ui.arguments import add_window_arguments, window_size

PASSWORD_ENV = "QUEUEDESK_PASSWORD"


def register(subparsers) -> None:
    p = subparsers.add_parser("desk", help="the counter desk: the teller's calling terminal (window)",
                              description="The teller's calling terminal: call, recall, serve, transfer, pause.")
    p.add_argument("--counter", type=COUNTER, metavar="N", help="the counter to sign in to (otherwise chosen at sign-in)")
    p.add_argument("--compact", action="store_true", help="start as the slim always-on-top bar")
    p.add_argument("--no-global-keys", action="store_true",
                   help="F1-F10 only while the desk has the focus (several desks on one screen, as in the demo)")
    p.add_argument("--size", type=window_size, metavar="WxH",
                   help="window size, e.g. 1366x768 (default: 1220x780, or the screen if smaller)")
    p.add_argument("--user", help=f"sign in as USER without the dialog (needs --counter; password from "
                                  f"--password-stdin or ${PASSWORD_ENV})")
    p.add_argument("--password-stdin", action="store_true", help="read the password for --user from standard input")
    add_window_arguments(p)
    p.set_defaults(func=run, schema=True, device=Role.TELLER)   # acts as its kind of machine


def _password(args) -> str | None:
    from queuedesk.commandline import CliError

    if args.user is None:
        return None
    if args.counter is None:
        raise CliError("--user needs --counter")
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get(PASSWORD_ENV) is not None:
        return os.environ[PASSWORD_ENV]
    raise CliError(f"--user needs the password on standard input (--password-stdin) or in ${PASSWORD_ENV}")


def run(args, hall) -> int:
    password = _password(args)
    if args.no_global_keys:
        hall.config.set("desk.global_keys", False)
    from queuedesk.desk.window import DeskWindow
    from queuedesk.ui.app import make_app
    from queuedesk.ui.screenshot import save_when_ready

    app = make_app(args.lang, hall.config)
    window = DeskWindow(hall, counter=args.counter, compact=args.compact,
                        ask_on_close=not args.screenshot)
    if args.size:
        window.resize(*args.size)
    if args.at:   # the compact bar goes there too, when it is the one shown
        window.move(*args.at)
        window.bar_place = args.at

    def refused(error: Exception) -> None:
        print(f"queuedesk: {error}", file=sys.stderr)
        if args.screenshot:
            app.exit(1)   # a screenshot of a failed sign-in is not what was asked for

    if args.user is not None:
        window.session.signInFailed.connect(refused)
    if args.screenshot:
        target = window.compact_bar if args.compact else window
        save_when_ready(target, args.screenshot, window.ready)
    if not (args.compact and args.user is not None):
        window.show()   # with --user --compact the bar appears by itself once signed in
    # Stopped by the system or the end of the desktop session: leave the counter cleanly.
    for stop in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if stop is not None:
            signal.signal(stop, lambda *_: window.leave_and_quit())
    # A screenshot shows the signed-in desk without signing in: a picture changes nothing.
    window.start(args.user, password, preview=bool(args.screenshot))
    try:
        return app.exec()
    finally:
        window.shutdown()
