"""`queuedesk console`: the lobby manager's window.

    queuedesk --user wang [--password-stdin] console [--windowed] [--size WxH] [--lang L] [--screenshot FILE]

The console acts as whoever runs it (the global `--user` and their password, or the
database's own administrator): a lobby manager or an administrator. Every action it
takes is checked against that actor's role and recorded under their name.
"""
from __future__ import annotations

from queuedesk.ui.arguments import add_window_arguments, window_size

DEFAULT_SIZE = (1920, 1080)


def register(subparsers) -> None:
    p = subparsers.add_parser("console", help="the lobby manager's live board, alerts and actions (window)",
                              description="Every queue and counter live, alerts with a chime, and the lobby "
                                          "manager's actions (priority tickets, moves, counters, the notice).")
    p.add_argument("--size", type=window_size, metavar="WxH", help="window size (default 1920x1080)")
    add_window_arguments(p)
    p.set_defaults(func=run, schema=True)


def run(args, hall) -> int:
    from queuedesk.commandline import CliError
    from queuedesk.console.window import ConsoleWindow
    from queuedesk.domain.access import Permission
    from queuedesk.ui.app import make_app
    from queuedesk.ui.screenshot import save_when_ready

    if not hall.actor.may(Permission.RUN_ANY_COUNTER):      # refused in one line before any window opens
        raise CliError(f"the console is a lobby manager's: {hall.actor.describe()} may not use it "
                       f"(give --user with a manager's account)")
    app = make_app(args.lang, hall.config)
    window = ConsoleWindow(hall, hall.actor.user or hall.actor.role.value,
                           chime=hall.config["console.chime"] and not args.screenshot)
    if args.screenshot:
        save_when_ready(window, args.screenshot, window.ready, settle_ms=600)
    window.resize(*(args.size or DEFAULT_SIZE))
    if args.at:
        window.move(*args.at)
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
