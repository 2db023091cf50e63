"""Time from a call's commit at a counter to the lobby display showing it and speaking it.

    .venv/bin/python benchmarks/display_latency.py [--calls 30] [--gap 1.0]

This process is the counter: it calls operations.calling.call_next and notes time.time()
when the call returns (committed). The display runs as the hall runs it, in its own
process (`python -m queuedesk --db URL --config FILE display --windowed`, offscreen), and
writes a probe line when a number is drawn ("shown") and when its announcement's first
audio is handed to the sink ("announced"). Same machine, same clock.

Each number of the day is new, so every announcement is rendered by a speech worker
process (cold cache per database, as in a hall) with voice.repeat = 1. Without a sound
card the sink finishes each WAV at once; on a PC with speakers use a --gap longer than
one announcement (about 4.5 s), or the figures include waiting for the previous one.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import databases, prepared_hall, summary_ms, timed_calls

from queuedesk.operations import tickets


def read_probe(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {what}")


def run(url: str, calls: int, gap: float, workdir: Path) -> dict[str, list[float]]:
    hall = prepared_hall(url, 1)
    for _ in range(calls):
        tickets.issue_ticket(hall, "A")
    config = workdir / "queuedesk.toml"
    config.write_text("[voice]\nrepeat = 1\n", encoding="utf-8")
    probe = workdir / "probe.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUEUEDESK_PROBE": str(probe),
           "QUEUEDESK_CACHE_DIR": str(workdir / "cache")}
    display = subprocess.Popen([sys.executable, "-m", "queuedesk", "--db", url, "--config", str(config),
                                "display", "--windowed"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: any(line["what"] == "ready" for line in read_probe(probe)), 60, "the display")
        time.sleep(0.5)
        started, committed = timed_calls(hall, calls, (gap * 0.8, gap * 1.2))

        def seen(what):
            return {line["number"]: line["t"] for line in read_probe(probe) if line["what"] == what}

        wait_for(lambda: len(seen("shown")) >= calls and len(seen("announced")) >= calls, 120,
                 "every call shown and announced")
    finally:
        display.send_signal(signal.SIGINT)   # the display quits cleanly on Ctrl+C
        try:
            display.wait(30)
        except subprocess.TimeoutExpired:
            display.kill()
            display.wait()
    shown, announced = seen("shown"), seen("announced")
    # A probe line can be written before call_next has returned to its caller: clip at 0.
    return {"commit → shown": [max(0.0, shown[k] - committed[k]) for k in committed],
            "call   → shown": [shown[k] - started[k] for k in started],
            "commit → voice": [max(0.0, announced[k] - committed[k]) for k in committed]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=30)
    parser.add_argument("--gap", type=float, default=1.0, help="seconds between calls (±20 %%)")
    args = parser.parse_args()
    print(f"lobby display latency, {args.calls} calls, one every ~{args.gap:g} s, voice.repeat = 1")
    with databases() as kinds:
        for kind, new_url in kinds:
            with tempfile.TemporaryDirectory() as tmp:
                results = run(new_url(), args.calls, args.gap, Path(tmp))
            for name, values in results.items():
                print(f"{kind:<11} {name}   {summary_ms(values)}", flush=True)


if __name__ == "__main__":
    main()
