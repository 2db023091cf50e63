"""`queuedesk display`: the lobby screen (calls, recent calls, waiting counts, voice).

    queuedesk display [--db URL] [--windowed] [--screen N] [--size WxH] [--lang zh_CN|zh_TW|en]
                      [--screenshot FILE]

Full screen without window chrome on monitor N (default: the primary one); staff leave
it with Ctrl+Shift+Q. --screenshot saves the window as a PNG once it shows the hall as
it is (the start-of-day screen before the first call) and exits (1 if the database
cannot be read in time).

    queuedesk display --counter N [--windowed] [--screen N] [--size WxH] [--screenshot FILE]

is the small screen over counter N (窗口屏): only its current number, its name and
the teller's staff number, in huge type.
"""
from __future__ import annotations

import sys

from queuedesk.commandline import whole
from queuedesk.domain.access import Role
from queuedesk.ui.arguments import add_window_arguments, window_size

DEFAULT_SIZE = (1920, 1080)
COUNTER_SIZE = (1280, 400)
SCREENSHOT_TIMEOUT_MS = 15_000


def register(subparsers) -> None:
    p = subparsers.add_parser("display", help="the lobby screen: calls, waiting counts, voice (window)",
                              description="The lobby screen: current and recent calls in large type, "
                                          "waiting counts, a notice line, and the voice announcements.")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--screen", type=whole(0, 15, "a screen number"), metavar="N", help="the monitor to fill, counted from 0 (default: primary)")
    p.add_argument("--size", type=window_size, metavar="WxH",
                   help="window size for --windowed and screenshots, e.g. 1080x1920 (default 1920x1080)")
    p.add_argument("--counter", type=int, metavar="N",
                   help="the screen over counter N: only its number, name and teller (default size 1280x400)")
    add_window_arguments(p)
    p.set_defaults(func=run, schema=True, device=Role.DISPLAY)   # acts as its kind of machine


def run(args, hall) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from queuedesk.commandline import CliError
    from queuedesk.display.window import DisplayWindow
    from queuedesk.ui.app import make_app, show_unattended
    from queuedesk.ui.screenshot import save_when_ready

    app = make_app(args.lang, hall.config)
    screens = QGuiApplication.screens()
    if args.screen is not None and not 0 <= args.screen < len(screens):
        raise CliError(f"no screen {args.screen}: this machine has {len(screens)} (0–{len(screens) - 1})")
    if args.counter is not None:
        from queuedesk.display.counter_screen import CounterScreen
        window = CounterScreen(hall, args.counter)
        size = args.size or COUNTER_SIZE
    else:
        window = DisplayWindow(hall)
        size = args.size or DEFAULT_SIZE
    if args.screenshot:
        save_when_ready(window, args.screenshot, window.ready, timeout_ms=SCREENSHOT_TIMEOUT_MS)
        # save_when_ready quits with 1 on time-out; say why, a second before it does.
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS - 1000, lambda: window.is_ready or print(
            "queuedesk: the database could not be read in time; no screenshot saved", file=sys.stderr))
    if args.windowed or args.screenshot:
        window.resize(*size)
        if args.at:
            window.move(*args.at)
        elif args.screen is not None:
            window.move(screens[args.screen].availableGeometry().topLeft())
        window.show()
    else:
        show_unattended(window, screens[args.screen] if args.screen is not None else None)
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
