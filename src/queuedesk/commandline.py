"""What every sub-command shares, engine and window commands alike: the one-line
refusal of a command line, printing an answer as text or JSON, and writing a file all or
nothing."""
from __future__ import annotations

import argparse
import contextlib
import errno
import json
import math
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from queuedesk.domain import limits
from queuedesk.domain.languages import UnknownLanguage, resolve


class CliError(Exception):
    """The command line asks for something that cannot be done; printed as one line."""


class Parser(argparse.ArgumentParser):
    """argparse, but a malformed command line is one line on stderr (and exit 2), like
    every other refusal; `--help` still prints the whole usage."""

    def error(self, message: str):
        command = self.prog.removeprefix("queuedesk").strip()    # "" for the top level
        self.exit(2, f"queuedesk: {command + ': ' if command else ''}{clipped(one_line(message))}\n")


#: A database URL's password, wherever it stands in a text (`postgresql://u:SECRET@host`).
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")
#: What a program that failed through a flaw of its own exits with (BSD's EX_SOFTWARE).
UNFORESEEN = 70


def unforeseen(exc: BaseException, version: str) -> int:
    """A failure no check foresaw — a flaw of queuedesk's, never the user's input: one line
    for the person at the keyboard (a traceback tells a teller nothing), the whole story
    in a file for whoever looks after queuedesk, passwords in URLs masked. Shown whole
    only when there is nowhere to keep it."""
    import traceback
    from datetime import datetime
    from pathlib import Path

    import platformdirs

    def masked(text: str) -> str:
        return _PASSWORD_IN_URL.sub(r"\1***@", text)

    details = masked("".join(traceback.format_exception(exc)))
    lines = masked(str(exc)).strip().splitlines()      # masked before it is clipped
    what = f"{type(exc).__name__}: {clipped(lines[0])}" if lines else type(exc).__name__
    try:
        folder = Path(platformdirs.user_log_dir("queuedesk", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        kept = folder / f"unforeseen-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
        kept.write_text(f"queuedesk {version}\n\n{details}", encoding="utf-8")
    except OSError:
        sys.stderr.write(details)
        return UNFORESEEN
    print(f"queuedesk: an unforeseen error ({what}). The details are in {kept}: "
          "please send them to whoever looks after queuedesk", file=sys.stderr)
    return UNFORESEEN


def clipped(text: str, keep: int = 40) -> str:
    """`text` with every run of more than `keep` non-blank characters cut short (…): a
    10,000-character argument is not echoed back whole."""
    return re.sub(rf"(\S{{{keep}}})\S{{2,}}", r"\1…", text)


#: The longest path a system takes (Linux's PATH_MAX): a file's name up to it is shown whole.
PATH_MAX = 4096


def shown(text: str | os.PathLike, whole: bool = False) -> str:
    """A name or path as typed, for a one-line message: quoted with its escapes (`'a\\nb'`)
    when it holds a line break or another control character, and clipped when long —
    `whole` for a file's name, which the reader needs in full (only a name longer than
    any path is clipped)."""
    text = os.fspath(text)
    # A name longer than any path is no file's: clipped like any other word.
    return clipped(text if text.isprintable() else repr(text), PATH_MAX if whole and len(text) <= PATH_MAX else 40)


def one_line(text: str) -> str:
    """A message as one line: any line break or other control character it carries (a
    name typed with one, a path in a driver's error) shown as its escape (`\\n`), and a
    word longer than any path (a 10,000-character argument) clipped."""
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return re.sub(rf"(\S{{40}})\S{{{PATH_MAX - 39},}}", r"\1…", text)


def hall_time(moment: datetime, zone: tzinfo) -> str:
    """A moment on the hall's clock (`hall.timezone`) with its offset, so that nobody reading
    a listing has to guess whether it is UTC: "2026-12-01 09:15:02 +08:00"."""
    local = moment.astimezone(zone)
    offset = local.strftime("%z")            # +0800 (Python 3.11 has no %:z)
    return f"{local:%Y-%m-%d %H:%M:%S} {offset[:3]}:{offset[3:5]}"


def subcommands(subparsers, command: str):
    """The sub-commands of an existing command (e.g. `db`), for a client to add one of its
    own. (argparse keeps them in a private field; this is the one place that knows.)"""
    return subparsers.choices[command]._subparsers._group_actions[0]


class Output(str):
    """A command-line value naming a file the command will write (made by `output`):
    `file`, the file (None when it names none, e.g. a printer), and `what` goes there.
    Before any command runs, main refuses one that is the hall's own database."""

    file: str | None = None
    what: str = "the output"


def output(what: str, file_of: Callable[[str], str | None] = lambda text: text):
    """An argparse type for a value naming a file the command writes: `what` (e.g. "the
    screenshot"), and how to find the file in the value (`--print png:FILE`)."""
    def parse(text: str) -> Output:
        value = Output(text)
        value.what, value.file = what, file_of(text)
        return value
    return parse


def outputs(args: argparse.Namespace) -> list[Output]:
    """The files a parsed command line will write."""
    return [value for value in vars(args).values() if isinstance(value, Output) and value.file]


@contextlib.contextmanager
def whole_file(path: str | os.PathLike) -> Iterator[Path]:
    """Write the file at `path` all or nothing: the block writes the temporary file it is
    given, in the same folder, which takes `path`'s place in one step (os.replace) only
    once the block ends without an error, and is removed otherwise — a full disk or a
    killed command leaves the file that was there (or none), never half of one.

    A device or a pipe (/dev/stdout, /dev/full) is written in place: there is nothing to
    keep whole, and its folder is no place for a file. A link's file is replaced, the link
    kept; a file replaced keeps its permissions, and one that may not be written is not."""
    target = Path(path).expanduser()
    if target.exists() and not target.is_file():
        yield target
        return
    target = Path(os.path.realpath(target))
    if target.exists() and not os.access(target, os.W_OK):     # replacing it would get round its mode
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
    temp = target.with_name(f".{os.urandom(4).hex()}.partial.{target.name[-200:]}")   # a name the folder takes
    try:
        yield temp
        if target.exists():
            os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
        os.replace(temp, target)
    finally:
        with contextlib.suppress(OSError):     # never there: its folder is missing, or a file
            temp.unlink(missing_ok=True)


def cannot_write(path: str | os.PathLike, exc: OSError) -> str:
    """The one wording of a file that could not be written: its name whole, on one line,
    and the system's reason."""
    return f"cannot write {shown(path, whole=True)}: {exc.strerror or exc}"


def write_whole(path: str | os.PathLike, data: bytes) -> None:
    """`data` as the file at `path`, all or nothing (whole_file)."""
    with whole_file(path) as temp:
        temp.write_bytes(data)


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def emit(args, value: Any, text: Callable[[Any], str]) -> None:
    """Print `value` as one JSON document with --json, else as `text(value)`."""
    if getattr(args, "json", False):
        print(json.dumps(_plain(value) if not isinstance(value, list) else [_plain(v) for v in value],
                         ensure_ascii=False, indent=None, allow_nan=False))   # strict JSON: no NaN
    else:
        print(text(value))


def localized(text: str) -> tuple[str, str]:
    """`--name zh_TW=個人現金業務` → ('zh_TW', '個人現金業務'), for argparse."""
    lang, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"give LANG=TEXT, e.g. zh_CN=个人现金业务, not {text!r}")
    try:
        return resolve(lang), value.strip()
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


#: The days a hall's commands may name: far enough either way for any record, and clear
#: of the calendar's ends, where a period, a week or the day after has no date.
DATES = (date(1970, 1, 1), date(2999, 12, 31))


def iso_date(text: str) -> date:
    """A day given as YYYY-MM-DD."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"give a date as YYYY-MM-DD, not {text!r}") from None
    if not DATES[0] <= day <= DATES[1]:
        raise argparse.ArgumentTypeError(f"give a date from {DATES[0]} to {DATES[1]}, not {text!r}")
    return day


def whole(lo: int, hi: int, what: str = "a whole number"):
    """An argparse type: a whole number from lo to hi (else exit 2 with one line)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} from {lo} to {hi}, not {text!r}") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{what} from {lo} to {hi}, not {value}")
        return value
    return parse


def finite(lo: float, hi: float, what: str = "a number"):
    """An argparse type: a finite number from lo to hi."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} from {lo:g} to {hi:g}, not {text!r}") from None
        if not math.isfinite(value) or not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{what} from {lo:g} to {hi:g}, not {text!r}")
        return value
    return parse


#: The argparse types of the numbers the engine's commands take.
COUNTER = whole(1, limits.COUNTER_MAX, "a counter number")
EVENT_ID = whole(0, limits.ID_MAX, "an event id")
MINUTES = finite(*limits.MINUTES_RANGE, "minutes")


def secret(what: str, from_stdin: bool, env: str | None = None, twice: bool = False) -> str:
    """A password or PIN: one line of standard input (`from_stdin`), else $`env`, else
    asked at the terminal without echo — never an argument, which `ps` shows to everyone."""
    import getpass
    import os
    import sys

    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CliError(f"no {what} on standard input")
        return _text(line.rstrip("\r\n"), what)
    if env and os.environ.get(env):
        return _text(os.environ[env], what)
    if not sys.stdin.isatty():
        hint = f" or ${env}" if env else ""
        raise CliError(f"no terminal to ask for the {what}: give it on standard input (--password-stdin){hint}")
    given = getpass.getpass(f"{what}: ")
    if twice and given != getpass.getpass(f"{what} again: "):
        raise CliError(f"the two {what}s differ")
    return _text(given, what)


def garbled(value: str) -> bool:
    """Bytes that were not text in this system's encoding arrive as lone surrogates."""
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _text(value: str, what: str) -> str:
    if garbled(value):
        raise CliError(f"the {what} is not valid text: type it again")
    return value
