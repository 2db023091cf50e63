"""`queuedesk rate --counter N`: the rating screen facing the customer at counter N.

    queuedesk rate --counter N [--db URL] [--windowed] [--size WxH] [--lang zh_CN|zh_TW|en]
                   [--screenshot FILE [--preview ask|reasons|thanks]]

Full screen without window chrome by default (a small screen or tablet on the counter);
staff leave it with Ctrl+Shift+Q. --screenshot captures the idle screen with live data;
with --preview it captures that page for a sample visit instead (nothing is recorded).
"""
from __future__ import annotations

from queuedesk.domain.access import Role
from queuedesk.ui.arguments import add_window_arguments, window_size

DEFAULT_SIZE = (1024, 600)
PREVIEW_NUMBER = "A012"
PREVIEW_LOW_SCORE = 2


def register(subparsers) -> None:
    p = subparsers.add_parser("rate", help="the rating screen facing the customer at a counter (window)",
                              description="The customer's rating screen at one counter (好差评): the teller "
                                          "who serves, then five levels to touch after each visit.")
    p.add_argument("--counter", type=int, required=True, metavar="N", help="the counter it stands on")
    p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    p.add_argument("--size", type=window_size, metavar="WxH",
                   help="window size for --windowed and screenshots (default 1024x600)")
    p.add_argument("--preview", choices=("ask", "reasons", "thanks"),
                   help="with --screenshot: that page, for a sample visit, instead of the idle screen")
    add_window_arguments(p)
    p.set_defaults(func=run, schema=True, device=Role.RATER)   # acts as its kind of machine


def run(args, hall) -> int:
    from queuedesk.commandline import CliError
    from queuedesk.operations import ratings

    if args.preview and not args.screenshot:
        raise CliError("--preview goes with --screenshot")
    ratings.station(hall, args.counter)   # an unknown counter is refused before any window opens

    from queuedesk.rate.state import Visit
    from queuedesk.rate.window import RateWindow
    from queuedesk.ui.app import make_app, show_unattended
    from queuedesk.ui.screenshot import save_when_ready

    app = make_app(args.lang, hall.config)
    window = RateWindow(hall, args.counter)
    if args.screenshot:
        save_when_ready(window, args.screenshot, window.ready)
        if args.preview:
            def preview() -> None:
                window.ask_for(Visit(None, PREVIEW_NUMBER, args.counter))
                if args.preview in ("reasons", "thanks"):
                    window.touch(PREVIEW_LOW_SCORE if args.preview == "reasons" else 5)
            window.ready.connect(preview)
    if args.windowed or args.screenshot:
        window.resize(*(args.size or DEFAULT_SIZE))
        window.show()
    else:
        show_unattended(window)
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
