"""Time from a commit in one process to another process seeing the event (p50/p95).

    .venv/bin/python benchmarks/event_latency.py [--events 100]

A counter process calls next at irregular intervals; a display-like process follows the
event feed (PostgreSQL: LISTEN/NOTIFY; SQLite: the data_version poll) and notes when each
ticket_called arrives. Both run on this machine, so their clocks agree. "commit → seen" is
from call_next returning (committed) to the follower having the event; "call → seen"
adds the call itself, as a teller pressing the button experiences it.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time

from _common import CALLING, databases, prepared_hall, summary_ms, timed_calls

from queuedesk.config import Config
from queuedesk.operations import tickets
from queuedesk.operations.hall import Hall
from queuedesk.store.database import Database
from queuedesk.store.feed import EventFeed


def follower(url, n, ready, out):
    feed = EventFeed(Database(url))
    feed.wait(0.01)
    ready.set()
    seen = {}
    while len(seen) < n:
        for event in feed.fetch():
            if event.type == "ticket_called":
                seen[event.ticket_number] = time.time()
        if len(seen) < n:
            feed.wait(5)
    out.put(seen)




def run(url: str, n: int):
    hall = prepared_hall(url, 1)
    for _ in range(n):
        tickets.issue_ticket(hall, "A")
    ctx = mp.get_context("spawn")
    ready, out = ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=follower, args=(url, n, ready, out))
    proc.start()
    ready.wait(60)
    time.sleep(0.5)
    hall = Hall(Database(url), Config(CALLING))
    started, committed = timed_calls(hall, n, (0.02, 0.12))
    seen = out.get(timeout=120)
    proc.join()
    # A notification can arrive before call_next has returned to its caller: clip at 0.
    after_commit = [max(0.0, seen[k] - committed[k]) for k in committed]
    after_click = [seen[k] - started[k] for k in started]
    return after_commit, after_click


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100)
    args = parser.parse_args()
    print(f"event seen by another process, {args.events} calls")
    with databases() as kinds:
        for kind, new_url in kinds:
            after_commit, after_click = run(new_url(), args.events)
            print(f"{kind:<11} commit → seen   {summary_ms(after_commit)}", flush=True)
            print(f"{kind:<11} call   → seen   {summary_ms(after_click)}", flush=True)


if __name__ == "__main__":
    main()
