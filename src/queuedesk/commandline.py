"""What every sub-command shares, engine and window commands alike: the one-line
refusal of a command line, and printing an answer as text or JSON."""
from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from queuedesk.domain.languages import UnknownLanguage, resolve


class CliError(Exception):
    """The command line asks for something that cannot be done; printed as one line."""


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def emit(args, value: Any, text: Callable[[Any], str]) -> None:
    """Print `value` as one JSON document with --json, else as `text(value)`."""
    if getattr(args, "json", False):
        print(json.dumps(_plain(value) if not isinstance(value, list) else [_plain(v) for v in value],
                         ensure_ascii=False, indent=None))
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
