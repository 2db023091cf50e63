"""Command lines a careless or hostile user might type: every command of the engine's
CLI, with huge and negative numbers, NaN, infinities, control characters, 10,000
characters, SQL fragments and other scripts' letters in its arguments."""
from __future__ import annotations

import contextlib
import io
import random
import sys

from hypothesis import strategies as st

from queuedesk import cli

NASTY_TEXT = ["", " ", "x" * 10_000, "'; DROP TABLE tickets; --", "a\nb", "tab\there", "\x00", "甲", "X²", "Ａ",
              "%s%s", "{0}{number}", "../../etc/passwd", "A" * 17, "A001", "B", "zh_CN=", "=x"]
NASTY_NUMBERS = ["0", "-1", "-5", "1", "3", "2147483648", "9223372036854775808", str(2 ** 70), "1e308", "nan", "inf",
                 "-inf", "1.5", "abc", "", "0x10", "1_000"]

def _text(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(NASTY_TEXT)
    return "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(0, 12)))


def _number(rng: random.Random) -> str:
    return rng.choice(NASTY_NUMBERS) if rng.random() < 0.7 else str(rng.randrange(-2 ** 66, 2 ** 66))


def _counter(rng: random.Random) -> str:
    return rng.choice(["1", "2", "6"]) if rng.random() < 0.4 else _number(rng)


def one_command(rng: random.Random) -> list[str]:
    """One command line of the engine's CLI with hostile arguments."""
    t, n, c, pick = (lambda: _text(rng)), (lambda: _number(rng)), (lambda: _counter(rng)), rng.choice
    forms = [
        lambda: ["counter", "add", c(), "--services", t()],
        lambda: ["counter", pick(["open", "close", "resume", "release"]), c()],
        lambda: ["counter", "pause", c(), "--reason", t()],
        lambda: ["counter", "rename", c(), "--name", f"zh_CN={t()}"],
        lambda: ["call", pick(["next", "recall", "start", "finish", "no-show", "park"]), c()],
        lambda: ["call", pick(["pick", "unpark"]), c(), t()],
        lambda: ["call", "transfer", c(), "--to-counter", c()],
        lambda: ["call", "transfer", c(), "--to-service", t(), "--note", t()],
        lambda: ["call", "transfer", c()],
        lambda: ["events", "--since", n()],
        lambda: ["service", "add", t(), "--name", f"zh_CN={t()}", "--cap", n(), "--width", n(),
                 "--target-wait", n(), "--max-wait", n(), "--expected", n(), "--hours", t(), "--prefix", t()],
        lambda: ["service", "add", pick(["Q", "R9"]), "--name-zh", t(), "--name-en", t()],
        lambda: ["service", pick(["enable", "disable"]), t()],
        lambda: ["service", "rename", t(), "--name", f"en={t()}"],
        lambda: ["ticket", "issue", t(), "--key", t(), "--priority", pick(["normal", "vip", "x"])],
        lambda: ["ticket", "issue", "A", "--key", t()],
        lambda: ["ticket", pick(["show", "cancel"]), t()],
        lambda: ["hall", "set", pick(["notice", "branch_name", "footer", "x"]), "--text", f"en={t()}"],
        lambda: ["staff", "add", t(), "--role", "teller", "--name", t(), "--password-stdin"],
        lambda: ["status", "--json"],
        lambda: ["service", "list", "--json"],
        lambda: ["counter", "list", "--json"],
    ]
    return pick(forms)()


#: For hypothesis: one hostile command, shrinkable by its random draws.
command = st.randoms(use_true_random=False).map(one_command)


def run(url: str, argv: list[str], stdin: str = "pw-1234\n") -> tuple[int, str, str, BaseException | None]:
    """`queuedesk --db URL ARGV` in this process: (exit code, stdout, stderr, the exception
    that escaped main — a traceback a user would have seen — or None)."""
    out, err = io.StringIO(), io.StringIO()
    escaped = None
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(["--db", url, *argv])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException as exc:   # noqa: BLE001 - exactly what must never happen
                code, escaped = -1, exc
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue(), escaped
