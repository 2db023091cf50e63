"""Render the windows with a big hall, for judging them and for docs/images.

    python packaging/screenshots.py OUT_DIR [--only kiosk|display|desk]

The hall: 30 business types in three groups and 40 counters, every one busy
(tests/support/big_hall.py); the desk on the bank sample. Landscape and portrait,
zh_CN, zh_TW and en; the kiosk's staff pages (PIN pad, menu, priority ticket) too. Each window renders itself (`--screenshot`, offscreen).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("zh_CN", "zh_TW", "en")
SIZES = {"landscape": "1920x1080", "portrait": "1080x1920"}


def queuedesk(url: str, *args: str, env: dict | None = None) -> None:
    result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}, timeout=120)
    if result.returncode != 0:
        print(f"queuedesk {' '.join(args)}: {result.stderr.strip()}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", choices=("kiosk", "display", "desk"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        big = f"sqlite:///{tmp}/big.sqlite3"
        subprocess.run([sys.executable, "-m", "tests.support.big_hall", big, "--busy"], check=True, cwd=ROOT)
        for lang in LANGS:
            for shape, size in SIZES.items():
                if args.only in (None, "kiosk"):
                    queuedesk(big, "kiosk", "--lang", lang, "--size", size,
                              "--screenshot", str(args.out / f"kiosk-30-{shape}-{lang}.png"))
                    queuedesk(big, "kiosk", "--lang", lang, "--size", size, "--large-text",
                              "--screenshot", str(args.out / f"kiosk-large-{shape}-{lang}.png"))
                    for page in ("pin", "menu", "priority"):   # the staff pages (drawn locked)
                        queuedesk(big, "kiosk", "--lang", lang, "--size", size, "--preview", page,
                                  "--screenshot", str(args.out / f"kiosk-{page}-{shape}-{lang}.png"))
                if args.only in (None, "display"):
                    queuedesk(big, "display", "--lang", lang, "--size", size,
                              "--screenshot", str(args.out / f"display-40-{shape}-{lang}.png"))
            if args.only in (None, "display"):
                queuedesk(big, "display", "--counter", "12", "--lang", lang,
                          "--screenshot", str(args.out / f"counter-screen-{lang}.png"))
        if args.only in (None, "desk"):
            bank = f"sqlite:///{tmp}/bank.sqlite3"
            queuedesk(bank, "init", "--sample", "bank")
            for code in "BBBBAD":
                queuedesk(bank, "ticket", "issue", code)
            env = {"QUEUEDESK_PASSWORD": "1234"}
            for lang in LANGS:
                for size in ("1366x768", "1280x720"):
                    queuedesk(bank, "desk", "--counter", "3", "--user", "zhang", "--lang", lang, "--size", size,
                              "--screenshot", str(args.out / f"desk-{size}-{lang}.png"), env=env)
                queuedesk(bank, "desk", "--counter", "3", "--user", "zhang", "--lang", lang, "--compact",
                          "--screenshot", str(args.out / f"desk-compact-{lang}.png"), env=env)
            morning = f"sqlite:///{tmp}/morning.sqlite3"
            queuedesk(morning, "init", "--sample", "hospital")
            queuedesk(morning, "display", "--lang", "zh_CN", "--screenshot", str(args.out / "display-morning-zh_CN.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
