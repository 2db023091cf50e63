"""Command-line arguments every window takes. No Qt here: registering the window
sub-commands must not load Qt for `queuedesk ticket issue`."""
from __future__ import annotations

import argparse


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language (default: ui.language, zh)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render with live data, save a PNG of the window and exit")
