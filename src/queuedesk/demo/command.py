"""`queuedesk demo [--simulate] [--speed X]`: the kiosk, two signed-in desks and the lobby
display, each its own process on one fresh database, as in a real hall, tiled on the
screen with the lobby display on top (tiling.py). The console prints a line per event as
it happens and a summary at the end (tally.py), with windows or without."""
from __future__ import annotations

import os
import signal
import sys
import tempfile
import threading
import time

from queuedesk.commandline import finite
from queuedesk.demo.tally import Tally, line
from queuedesk.domain.errors import QueueError
from queuedesk.operations import setup
from queuedesk.operations.hall import Hall
from queuedesk.simulation.command import parse_rate
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.store.feed import EventFeed

DESKS = ((1, "li"), (2, "wang"))          # counters worked by the two desk windows
#: The demo hall's staff password, printed for whoever watches: it lives only in the demo's
#: throw-away database (a real hall's `init --sample` generates passwords).
DEMO_PASSWORD = "123456"
SIMULATED_TELLERS = ((3, "zhang"), (4, "liu"), (5, "chen"))   # extra counters the simulation works


def register(sub) -> None:
    p = sub.add_parser("demo", help="open a whole demo hall: kiosk, two desks, lobby display")
    p.add_argument("--simulate", action="store_true", help="customers arrive and tellers serve by themselves")
    p.add_argument("--speed", type=finite(0.1, 1000, "a speed"), default=1.0,
                   help="with --simulate: run customers and tellers X times faster")
    p.add_argument("--rate", default="90/h", help="with --simulate: customers per hour (default 90/h)")
    p.add_argument("--no-windows", action="store_true", help="only the simulation (for a headless check)")
    p.add_argument("--seconds", type=finite(1, 86_400, "seconds"), help="close the demo after this many seconds")
    p.set_defaults(func=run, schema=False)


def run(args, hall: Hall) -> int:
    from queuedesk.demo.processes import stop_all

    per_hour = parse_rate(args.rate)
    if not args.no_windows and not _has_screen():
        raise QueueError("no graphical display here ($DISPLAY is not set): run the demo on a desktop, "
                         "or watch the hall without windows: queuedesk demo --simulate --no-windows")
    with tempfile.TemporaryDirectory(prefix="queuedesk-demo-") as tmp:
        if not args.db:
            hall = Hall(Database(f"sqlite:///{tmp}/demo.sqlite3"), hall.config)
        url = hall.db.url
        migrate.upgrade(hall.db)
        setup.load_sample(hall, "bank", password=DEMO_PASSWORD)
        print(f"demo hall on {hall.db.safe_url}")
        if args.no_windows:
            print("no windows: simulated tellers work counters "
                  f"{', '.join(str(n) for n, _ in SIMULATED_TELLERS + DESKS)}; Ctrl+C ends the demo")
        else:
            print(f"desk windows: tellers li and wang at counters 1 and 2 (password {DEMO_PASSWORD}), "
                  "as compact bars "
                  "(F12: the full desk); Ctrl+C closes everything")

        procs = []
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        tally = Tally()
        feed = EventFeed(hall.db)         # from now on: the set-up of the sample is no news
        try:
            if not args.no_windows:
                procs += _start_windows(url, args.config)
            worker = None
            if args.simulate:
                worker = _start_simulation(hall, per_hour, args.speed, stop, signed_in_desks=not args.no_windows)
            _wait(procs, stop, args.seconds, feed, tally)
        except KeyboardInterrupt:
            pass
        finally:
            stop.set()
            stop_all(procs)
            if args.simulate and worker is not None:
                worker.join(10)
            hall.db.dispose()
    print(tally.summary())
    print("demo closed")
    return 0


def _start_windows(url: str, config: str | None) -> list:
    """The hall's windows, tiled on this screen: the lobby display on top."""
    from queuedesk.demo.processes import start
    from queuedesk.demo.tiling import screen_area, tile

    # The URL (which may hold a password) goes through the environment, never argv, which
    # every user of the machine can read with `ps`.
    env = {"QUEUEDESK_DB": url}
    base = ["--config", config] if config else []
    boxes = tile(*screen_area())

    def place(name: str, size: bool = True) -> list[str]:
        x, y, w, h = boxes[name]
        return (["--size", f"{max(w, 320)}x{max(h, 320)}"] if size else []) + ["--at", f"{x},{y}"]

    procs = [start(base + ["display", "--windowed", *place("display")], env=env),
             start(base + ["kiosk", "--windowed", *place("kiosk")], env=env)]
    for (number, user), name in zip(DESKS, ("desk1", "desk2")):
        # Two desks on one screen: a global F1 would go to whichever took it first.
        procs.append(start(base + ["desk", "--counter", str(number), "--user", user, "--compact", "--no-global-keys",
                                   *place(name, size=False)],
                           env={**env, "QUEUEDESK_PASSWORD": DEMO_PASSWORD}))
    return procs


def _has_screen() -> bool:
    """Linux needs an X or Wayland display for windows (or an explicit Qt platform)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _start_simulation(hall: Hall, per_hour: float, speed: float, stop: threading.Event,
                      signed_in_desks: bool) -> threading.Thread:
    from queuedesk.operations import counters
    from queuedesk.simulation.live import run_live

    tellers = {}
    for number, user in SIMULATED_TELLERS + (() if signed_in_desks else DESKS):
        counters.open_counter(hall, number, staff=user)
        tellers[number] = user
    if signed_in_desks:
        # The desk windows sign their tellers in themselves; the simulation works their
        # counters as those tellers once they have.
        tellers.update({number: user for number, user in DESKS})
    worker = threading.Thread(
        target=run_live, daemon=True,
        args=(hall, tellers, per_hour, speed, stop),
        # The events say what happens (see _wait); the simulation itself only reports trouble.
        kwargs={"mix": setup.SAMPLES["bank"].get("mix"),
                "log": lambda text: text.startswith("simulation:") and print(text, flush=True)})
    worker.start()
    return worker


def _wait(procs, stop: threading.Event, seconds: float | None, feed: EventFeed, tally: Tally) -> None:
    """Until Ctrl+C, SIGTERM, the time limit, or every window closed by the user; printing
    each event of the hall meanwhile."""
    deadline = time.monotonic() + seconds if seconds else None
    try:
        while not stop.is_set():
            for event in feed.fetch():
                tally.add(event)
                print(line(event), flush=True)
            if procs and all(p.poll() is not None for p in procs):
                return
            if deadline and time.monotonic() > deadline:
                return
            stop.wait(0.5)
    finally:
        for event in feed.fetch():    # what happened in the last half second
            tally.add(event)
            print(line(event), flush=True)
        feed.close()
