"""Live ticket pages: call committed → every open page updated, with 500 pages open in one
web process (target: p95 ≤ 500 ms).

    .venv/bin/python benchmarks/web_pages.py [--pages 500] [--calls 30]

`queuedesk web` runs as its own process. A second process holds the pages open, as the
phones would: one Server-Sent Events stream per ticket (the page's own stream, parsed
for the people-ahead figure). This process calls next at a teller's pace; each call
moves every followed ticket one place up, so every page must get an update. "call
committed → page updated" is from call_next returning to a page holding its new figure,
for every page and every call; beside it the same with one page open (the baseline).
All processes share the machine's 2 cores, so the figures are conservative.
"""
from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from _common import ROOT, databases, percentile, summary_ms

from queuedesk.config import Config
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Service
from queuedesk.operations import calling, counters, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database

AHEAD = re.compile(rb'data-ahead="(\d+)"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepared(url: str, waiting: int) -> tuple[Hall, list[str]]:
    db = Database(url)
    migrate.upgrade(db)
    hall = Hall(db, Config())
    # Call next moves on from a customer called and never started (a teller's pace here,
    # nobody comes up): the hall's default asks the teller first.
    hall.config.set("hall.call_next_on_called", "no_show")
    setup.add_service(hall, Service("A", LocalText({"zh_CN": "个人现金业务", "en": "Personal cash"}), "A"))
    setup.add_counter(hall, 1, ["A"])
    counters.open_counter(hall, 1)
    return hall, [tickets.issue_ticket(hall, "A").token for _ in range(waiting)]


async def follow_pages(port: int, tokens: list[str], ready, stop, out) -> None:
    """Open one stream per token; note (time, page, people ahead) for every update."""
    seen: list[tuple[float, int, int]] = []

    async def page(index: int, token: str, opened: asyncio.Event) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
        writer.write(f"GET /t/{token}/events?lang=zh_CN HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
        await writer.drain()
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                found = AHEAD.search(line)
                if found:
                    seen.append((time.time(), index, int(found.group(1))))
                    opened.set()
        finally:
            writer.close()

    opened = [asyncio.Event() for _ in tokens]
    tasks = [asyncio.create_task(page(i, t, opened[i])) for i, t in enumerate(tokens)]
    await asyncio.wait_for(asyncio.gather(*(o.wait() for o in opened)), 120)
    ready.set()
    while not stop.is_set():
        await asyncio.sleep(0.1)
    await asyncio.sleep(1.0)
    for task in tasks:
        task.cancel()
    out.put(seen)


def pages_process(port, tokens, ready, stop, out) -> None:
    asyncio.run(follow_pages(port, tokens, ready, stop, out))


def run(url: str, pages: int, calls: int) -> list[float]:
    hall, tokens = prepared(url, pages + calls + 5)
    followed = tokens[calls + 5: calls + 5 + pages]      # each has more than `calls` people ahead
    port = free_port()
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as config:
        config.write(f"[web]\nrequests_per_minute = 100000\nstreams_per_client = {pages + 10}\n"
                     f"max_streams = {pages + 10}\n")
    server = subprocess.Popen([sys.executable, "-m", "queuedesk", "--db", url, "--config", config.name, "web",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("queuedesk web did not start") from None
                time.sleep(0.2)
        ctx = mp.get_context("spawn")
        ready, stop, out = ctx.Event(), ctx.Event(), ctx.Queue()
        proc = ctx.Process(target=pages_process, args=(port, followed, ready, stop, out))
        proc.start()
        if not ready.wait(180):
            raise RuntimeError("the pages did not open")
        time.sleep(1.0)
        committed = []
        for _ in range(calls):
            calling.call_next(hall, 1)
            committed.append(time.time())
            time.sleep(0.6)
        stop.set()
        seen = out.get(timeout=120)
        proc.join(30)
    finally:
        server.terminate()
        server.wait(30)
        Path(config.name).unlink()
    # Page i starts with `calls + 5 + i` ahead; after call k it must show `calls + 5 + i - k - 1`.
    first_at: dict[tuple[int, int], float] = {}
    for at, index, ahead in seen:
        first_at.setdefault((index, ahead), at)
    latencies, missing = [], 0
    for k, at in enumerate(committed):
        for index in range(pages):
            shown = first_at.get((index, calls + 5 + index - k - 1))
            if shown is None:
                missing += 1
            else:
                latencies.append(max(0.0, shown - at))
    if missing:
        print(f"  ({missing} updates never arrived)")
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--calls", type=int, default=30)
    args = parser.parse_args()
    print(f"call committed → page updated, {args.calls} calls, target p95 ≤ 500 ms with {args.pages} pages")
    with databases() as kinds:
        for kind, new_url in kinds:
            for pages in (1, args.pages):
                latencies = run(new_url(), pages, args.calls)
                verdict = "ok" if latencies and percentile(latencies, 95) <= 0.5 else "OVER"
                label = f"{pages} page{'s' if pages > 1 else ''} open"
                print(f"{kind:<11} {label:<15} {summary_ms(latencies)}  "
                      f"{verdict if pages == args.pages else '(baseline)'}", flush=True)


if __name__ == "__main__":
    main()
