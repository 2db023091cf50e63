"""`queuedesk display`: the lobby screen (calls, recent calls, waiting counts, voice).

    queuedesk display [--db URL] [--windowed] [--screen N] [--size WxH] [--lang zh_CN|zh_TW|en]
                      [--screenshot FILE]

Full screen without window chrome on monitor N (default: the primary one); staff leave
it with Ctrl+Shift+Q. --screenshot waits until at least one call is on screen, saves
the window as a PNG and exits (1 if no call appears in time).
"""
from __future__ import annotations

import sys

from queuedesk.commandline import whole
from queuedesk.ui.arguments import add_window_arguments, window_size

DEFAULT_SIZE = (1920, 1080)
SCREENSHOT_TIMEOUT_MS = 15_000


def register(subparsers) -> None:
    p = subparsers.add_parser("display", help="the lobby screen: calls, waiting counts, voice (window)",
                              description="The lobby screen: current and recent calls in large type, "
                                          "waiting counts, a notice line, and the voice announcements.")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--screen", type=whole(0, 15, "a screen number"), metavar="N", help="the monitor to fill, counted from 0 (default: primary)")
    p.add_argument("--size", type=window_size, metavar="WxH",
                   help="window size for --windowed and screenshots, e.g. 1080x1920 (default 1920x1080)")
    add_window_arguments(p)
    p.set_defaults(func=run, schema=True)


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
    window = DisplayWindow(hall)
    if args.screenshot:
        save_when_ready(window, args.screenshot, window.callsOnScreen, timeout_ms=SCREENSHOT_TIMEOUT_MS)
        # save_when_ready quits with 1 on time-out; say why, a second before it does.
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS - 1000, lambda: window.calls_on_screen or print(
            "queuedesk: no call on screen yet (the database has no call in progress or recent "
            "call today, or is unreachable); no screenshot saved", file=sys.stderr))
    if args.windowed or args.screenshot:
        window.resize(*(args.size or DEFAULT_SIZE))
        if args.screen is not None:
            window.move(screens[args.screen].availableGeometry().topLeft())
        window.show()
    else:
        show_unattended(window, screens[args.screen] if args.screen is not None else None)
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
