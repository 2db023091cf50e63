"""`queuedesk kiosk`: the touchscreen where customers take a ticket.

    queuedesk kiosk [--db URL] [--windowed] [--size WxH] [--lang zh_CN|zh_TW|en]
                    [--screenshot FILE [--preview home|pin|menu|priority] | --screenshot-ticket FILE]
    queuedesk kiosk pin [--pin-stdin]      # set the staff PIN of the hall's kiosks (admin)

Full screen without window chrome by default, locked down: no key or close request gets
out; staff leave through the staff menu (a three-second press on the top-left corner,
then the PIN). --windowed is a normal window, for development. --screenshot captures
the home page (or, with --preview, a staff page) with live data; --screenshot-ticket
takes a ticket for the first service that is open and captures its confirmation page
(a real ticket: use a demo database).

`pin` is a sub-command of `kiosk` (not a flag of the window's): it shares nothing with
the window's options, and `queuedesk kiosk [options]` without it still starts the window.
The PIN is never an argument (it would show in `ps` and the shell's history): it is
asked twice on a terminal, or read as one line with --pin-stdin.
"""
from __future__ import annotations

import argparse
import getpass
import sys

from queuedesk.commandline import output
from queuedesk.domain.access import Role
from queuedesk.ui.arguments import add_window_arguments, window_size

DEFAULT_SIZE = (1920, 1080)
PREVIEWS = ("home", "pin", "menu", "priority")   # the pages KioskWindow.preview shows


def register(subparsers) -> None:
    p = subparsers.add_parser("kiosk", help="the touchscreen kiosk where customers take tickets (window)",
                              description="The customers' touchscreen: choose a service, take a ticket.")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--size", type=window_size, metavar="WxH",
                   help="window size for --windowed and screenshots, e.g. 1080x1920 (default 1920x1080)")
    p.add_argument("--large-text", action="store_true",
                   help="start in large-text, high-contrast mode (for a screenshot; customers touch A+)")
    p.add_argument("--screenshot-ticket", metavar="FILE", type=output("the ticket's screenshot"),
                   help="take a ticket for the first open service, save a PNG of its confirmation page and exit")
    p.add_argument("--preview", choices=PREVIEWS, default="home",
                   help="with --screenshot: the page to capture (a staff page is drawn locked: nothing unlocks)")
    add_window_arguments(p)
    p.set_defaults(func=run, schema=True, device=Role.KIOSK)   # acts as its kind of machine
    actions = p.add_subparsers(dest="kiosk_action", metavar="pin", title="staff")
    pin = actions.add_parser("pin", help="set the staff PIN that opens every kiosk's staff menu (administrator)",
                             description="Set the hall's kiosk staff PIN: 6 to 12 digits. Asked twice on a "
                                         "terminal; never given as an argument.")
    pin.add_argument("--pin-stdin", action="store_true", help="read the PIN as one line from standard input")
    pin.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL (as queuedesk --db URL)")
    pin.set_defaults(func=run_pin, schema=True, device=None)   # an administrator, not the kiosk


def read_pin(args) -> str:
    from queuedesk.commandline import CliError

    if args.pin_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the PIN; use --pin-stdin")
    pin = getpass.getpass("kiosk staff PIN (6-12 digits): ")
    if pin != getpass.getpass("again: "):
        raise CliError("the PINs differ")
    return pin


def run_pin(args, hall) -> int:
    from queuedesk.operations.kiosk_staff import set_kiosk_pin

    set_kiosk_pin(hall, read_pin(args))
    print("kiosk staff PIN set: every kiosk of the hall opens its staff menu with it")
    return 0


def run(args, hall) -> int:
    from queuedesk.commandline import CliError

    if args.screenshot and args.screenshot_ticket:
        raise CliError("give --screenshot or --screenshot-ticket, not both")
    if args.preview != "home" and not args.screenshot:
        raise CliError("--preview is for --screenshot")

    import signal

    from queuedesk.kiosk.confirmation import GUARD_MS
    from queuedesk.kiosk.window import KioskWindow
    from queuedesk.ui.app import make_app, show_unattended
    from queuedesk.ui.screenshot import save_when_ready

    app = make_app(args.lang, hall.config)
    window = KioskWindow(hall, default_language=args.lang or hall.config.language)
    if args.large_text:
        window.set_large(True)
    capture = args.screenshot or args.screenshot_ticket
    if args.screenshot:
        if args.preview != "home":
            window.ready.connect(lambda: window.preview(args.preview))
        save_when_ready(window, args.screenshot, window.ready)
    elif args.screenshot_ticket:
        def take_first_open() -> None:
            open_codes = [s.code for s in window.session.services if s.refusal is None]
            if not open_codes:
                print("queuedesk: no service takes tickets now; nothing to capture", file=sys.stderr)
                app.exit(1)
            elif not window.touch(open_codes[0]):
                print("queuedesk: the kiosk is offline; nothing to capture", file=sys.stderr)
                app.exit(1)

        window.ready.connect(take_first_open)
        window.session.failed.connect(lambda message: (print(f"queuedesk: {message}", file=sys.stderr),
                                                       app.exit(1)))
        # Past the guard against double taps, so "Done" shows as it will be touched.
        save_when_ready(window, args.screenshot_ticket, window.ticketSettled, settle_ms=GUARD_MS + 300)

    if args.windowed or capture:
        window.resize(*(args.size or DEFAULT_SIZE))
        if args.at:
            window.move(*args.at)
        window.show()
    else:
        window.lock_down()
        # Ctrl+C in the terminal that started it still ends it (Qt's quit would ask the
        # window, which refuses every close but staff's).
        signal.signal(signal.SIGINT, lambda *_: window.leave())
        show_unattended(window)   # a touch screen needs no pointer
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
