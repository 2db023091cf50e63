"""Command-line arguments every window takes. No Qt here: registering the window
sub-commands must not load Qt for `queuedesk ticket issue`."""
from __future__ import annotations

import argparse

from queuedesk.commandline import output
from queuedesk.domain.languages import LANGUAGES, UnknownLanguage, resolve


def language_code(text: str) -> str:
    """`--lang`: a language of the registry, or an alias of one ('zh' → 'zh_CN')."""
    try:
        return resolve(text)
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_language_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--lang", type=language_code, metavar="|".join(LANGUAGES), help=help_text)


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    # Also after the sub-command, as start-up scripts tend to write it; SUPPRESS keeps a
    # `queuedesk --db URL kiosk` from being overwritten with None.
    parser.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="database URL (as queuedesk --db URL)")
    add_language_argument(parser, "interface language (default: ui.language, else hall.language)")
    parser.add_argument("--screenshot", metavar="FILE", type=output("the screenshot"),
                        help="render with live data, save a PNG of the window and exit")
    parser.add_argument("--at", type=window_place, metavar="X,Y",
                        help="put the window's top left corner here on the screen (a windowed run)")


def window_size(text: str) -> tuple[int, int]:
    """`--size WxH` for windowed runs and screenshots, e.g. 1080x1920."""
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, e.g. 1080x1920, not {text!r}") from None
    if not (320 <= w <= 8000 and 320 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return w, h


def window_place(text: str) -> tuple[int, int]:
    """`--at X,Y`: where a windowed run goes (the demo tiles its windows with it)."""
    try:
        x, y = (int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"place must be X,Y, e.g. 0,540, not {text!r}") from None
    return x, y
