"""Command-line arguments every window takes. No Qt here: registering the window
sub-commands must not load Qt for `queuedesk ticket issue`."""
from __future__ import annotations

import argparse


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    # Also after the sub-command, as start-up scripts tend to write it; SUPPRESS keeps a
    # `queuedesk --db URL kiosk` from being overwritten with None.
    parser.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL (as queuedesk --db URL)")
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language (default: ui.language, zh)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render with live data, save a PNG of the window and exit")


def window_size(text: str) -> tuple[int, int]:
    """`--size WxH` for windowed runs and screenshots, e.g. 1080x1920."""
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, e.g. 1080x1920, not {text!r}") from None
    if not (320 <= w <= 8000 and 320 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return w, h
