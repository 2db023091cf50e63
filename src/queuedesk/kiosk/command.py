"""`queuedesk kiosk`: the touchscreen where customers take a ticket.

    queuedesk kiosk [--db URL] [--windowed] [--size WxH] [--lang zh_CN|zh_TW|en]
                    [--screenshot FILE | --screenshot-ticket FILE]

Full screen without window chrome by default; staff leave it with Ctrl+Shift+Q.
--screenshot captures the home page with live data; --screenshot-ticket takes a ticket
for the first service that is open and captures its confirmation page (a real ticket:
use a demo database).
"""
from __future__ import annotations

import sys

from queuedesk.ui.arguments import add_window_arguments, window_size

DEFAULT_SIZE = (1920, 1080)


def register(subparsers) -> None:
    p = subparsers.add_parser("kiosk", help="the touchscreen kiosk where customers take tickets (window)",
                              description="The customers' touchscreen: choose a service, take a ticket.")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--size", type=window_size, metavar="WxH",
                   help="window size for --windowed and screenshots, e.g. 1080x1920 (default 1920x1080)")
    p.add_argument("--large-text", action="store_true",
                   help="start in large-text, high-contrast mode (for a screenshot; customers touch A+)")
    p.add_argument("--screenshot-ticket", metavar="FILE",
                   help="take a ticket for the first open service, save a PNG of its confirmation page and exit")
    add_window_arguments(p)
    p.set_defaults(func=run, schema=True)


def run(args, hall) -> int:
    from queuedesk.commandline import CliError

    if args.screenshot and args.screenshot_ticket:
        raise CliError("give --screenshot or --screenshot-ticket, not both")


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
        show_unattended(window)   # a touch screen needs no pointer
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
