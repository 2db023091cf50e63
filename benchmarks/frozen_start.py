"""The frozen kiosk's start: time from starting the program to its screenshot written
(`kiosk --screenshot FILE`: the window built, the hall read, the page painted, the PNG
saved), for the bundle (`make dist`) beside the same kiosk from the virtualenv.

    .venv/bin/python benchmarks/frozen_start.py [-n 5] [--bundle dist/queuedesk/queuedesk]

Each run is a new process on a fresh SQLite file with the sample bank hall, offscreen,
in an empty environment (no virtualenv on the PATH). The operating system's file cache
is left as it is: the first run after copying a bundle is the slowest (reported apart).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def start(program: list[str], home: Path, db: str, png: Path) -> float:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache")}
    png.unlink(missing_ok=True)
    began = time.perf_counter()
    subprocess.run([*program, "--db", db, "kiosk", "--screenshot", str(png)], env=env, check=True,
                   capture_output=True, timeout=120)
    took = time.perf_counter() - began
    assert png.stat().st_size > 10_000
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=5, help="runs of each (default 5)")
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "queuedesk" / "queuedesk"))
    args = parser.parse_args()
    bundle = Path(args.bundle)
    if not bundle.exists():
        print(f"no bundle at {bundle}: make dist", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        db = f"sqlite:///{home / 'hall.sqlite3'}"
        subprocess.run([sys.executable, "-m", "queuedesk", "--db", db, "init", "--sample", "bank"], check=True,
                       capture_output=True)
        rows = []
        for name, program in (("frozen bundle", [str(bundle)]),
                              ("virtualenv (baseline)", [sys.executable, "-m", "queuedesk"])):
            first = start(program, home, db, home / "kiosk.png")
            runs = sorted(start(program, home, db, home / "kiosk.png") for _ in range(args.n))
            rows.append((name, first, statistics.median(runs), runs[-1]))
    size = sum(f.stat().st_size for f in bundle.parent.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle {bundle.parent}: {size / 1e6:.0f} MB, {sum(1 for _ in bundle.parent.rglob('*'))} files")
    print(f"{'kiosk start to screenshot':<26}{'first':>9}{'p50':>9}{'max':>9}   (n={args.n} after the first)")
    for name, first, p50, worst in rows:
        print(f"{name:<26}{first:>8.2f}s{p50:>8.2f}s{worst:>8.2f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
