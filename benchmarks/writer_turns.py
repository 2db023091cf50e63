"""Where SQLite's time goes with several writers: how long each action holds the writers'
turn (store/turns.py) and how long the turn takes to pass to the next writer in line.

    .venv/bin/python benchmarks/writer_turns.py [--ops 500] [--processes 1,2,4] [--ops-kind call,issue]

Every process is a counter calling next (or a kiosk issuing) `--ops` times on one fresh
SQLite database; each turn's start and end are timed on the machine's monotonic clock,
so the gap between one writer letting go and the next (already waiting) taking it is
the hand-over. With one process there is nobody to hand over to.
"""
from __future__ import annotations

import argparse
import contextlib
import multiprocessing as mp
import statistics
import tempfile
import time

from _common import CALLING, fill_waiting, percentile, prepared_hall


def _work(url: str, op: str, counter: int, n: int, go, out) -> None:
    from queuedesk.config import Config
    from queuedesk.domain.model import Channel
    from queuedesk.operations import calling, tickets
    from queuedesk.operations.hall import Hall
    from queuedesk.store import turns
    from queuedesk.store.database import Database

    taken = turns.WriterTurns.turn
    spans = []

    @contextlib.contextmanager
    def timed(self):
        asked = time.monotonic()
        with taken(self):
            got = time.monotonic()
            try:
                yield
            finally:
                spans.append((asked, got, time.monotonic()))
    turns.WriterTurns.turn = timed
    hall = Hall(Database(url), Config(CALLING))
    act = ((lambda: calling.call_next(hall, counter)) if op == "call"
           else (lambda: tickets.issue_ticket(hall, "A", channel=Channel.KIOSK)))
    act()                                   # warm-up: connections, statement caches
    go.wait()
    spans.clear()
    for _ in range(n):
        act()
    hall.db.dispose()
    out.put(spans)


def run(op: str, processes: int, n: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/turns.sqlite3"
        hall = prepared_hall(url, processes)
        if op == "call":
            fill_waiting(hall, (n + 1) * processes + 10)
        hall.db.dispose()
        ctx = mp.get_context("spawn")
        go, out = ctx.Event(), ctx.Queue()
        procs = [ctx.Process(target=_work, args=(url, op, i + 1, n, go, out)) for i in range(processes)]
        for p in procs:
            p.start()
        time.sleep(4)                       # every process imported and warmed up
        started = time.monotonic()
        go.set()
        spans = sorted((s for _ in procs for s in out.get()), key=lambda s: s[1])
        elapsed = time.monotonic() - started
        for p in procs:
            p.join()
    held = [end - got for _, got, end in spans]
    # The hand-over: the next writer was already waiting when the previous one let go.
    handed = [nxt[1] - prev[2] for prev, nxt in zip(spans, spans[1:]) if nxt[0] < prev[2]]
    handover = (f"hand-over p50 {percentile(handed, 50) * 1000:5.3f} mean {statistics.fmean(handed) * 1000:5.3f} ms"
                if handed else "hand-over —")
    return (f"{op:5} {processes:2} procs: {len(spans) / elapsed:6.0f}/s  turn held p50 "
            f"{percentile(held, 50) * 1000:5.3f} mean {statistics.fmean(held) * 1000:5.3f} ms  {handover}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=500, help="actions per process")
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--ops-kind", default="call,issue")
    args = parser.parse_args()
    for op in args.ops_kind.split(","):
        for processes in (int(p) for p in args.processes.split(",")):
            print(run(op, processes, args.ops), flush=True)


if __name__ == "__main__":
    main()
