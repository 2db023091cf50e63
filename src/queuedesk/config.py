"""Settings of one machine, declared once as data.

Read from a TOML file: `--config FILE`, else `$QUEUEDESK_CONFIG`, else `queuedesk.toml`
in the user config directory (platformdirs). Every option below has a type, a default
and a help text; the README's configuration table is this list.

Rules of the hall that must agree across machines (time zone, recall limit) are read
here too: give every machine of a hall the same `[hall]` section.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from queuedesk.domain.languages import UnknownLanguage, resolve

APP = "queuedesk"


@dataclass(frozen=True)
class Option:
    section: str
    name: str
    type: type
    default: Any
    help: str

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"


OPTIONS: tuple[Option, ...] = (
    Option("hall", "language", str, "zh_CN", "The hall's language: zh_CN, zh_TW or en. Tickets, the voice and the windows speak it; English (or, beside English, Chinese) is shown smaller for visitors."),
    Option("hall", "branch_name", str, "示例银行 中心支行", "Branch name (Simplified Chinese) until the hall has its own: `queuedesk hall set branch_name --text LANG=TEXT`."),
    Option("hall", "branch_name_en", str, "Demo Bank Central Branch", "Branch name in English, likewise."),
    Option("hall", "timezone", str, "Asia/Shanghai", "IANA time zone of the branch: the business day and numbering follow its local date."),
    Option("hall", "max_recalls", int, 3, "Recalls allowed; a call-next after that many recalls marks the customer no-show."),
    Option("hall", "finish_on_next", bool, True, "Call next on a counter with a current ticket finishes that ticket first."),
    Option("printer", "target", str, "", "Where kiosk tickets print: pdf:FILE, png:FILE, printer:NAME, escpos:usb:VID:PID, escpos:net:HOST[:PORT], escpos:serial:DEV; empty = none (ticket on screen)."),
    Option("printer", "paper_mm", int, 80, "Paper width in mm: 58 or 80."),
    Option("printer", "footer", str, "过号请重新取号 · Please take a new ticket if you miss your call", "Footer lines on every ticket (\" · \" between languages) until the hall has its own: `queuedesk hall set footer`."),
    Option("printer", "base_url", str, "https://queue.example.com/t/", "The ticket QR code is this base URL followed by the ticket token."),
    Option("kiosk", "idle_seconds", int, 30, "Seconds without a touch before the kiosk returns home, in the default language."),
    Option("kiosk", "confirm_seconds", int, 8, "Seconds the ticket confirmation stays on screen."),
    Option("display", "notice", str, "营业时间 08:30-17:00 · 请留意叫号 · Please watch for your number", "Scrolling notice line on the lobby screen until the hall has its own: `queuedesk hall set notice`."),
    Option("display", "recent_calls", int, 6, "How many recent calls the lobby screen lists."),
    Option("voice", "enabled", bool, True, "Announce calls on the display machine."),
    Option("voice", "repeat", int, 2, "Times each call is spoken."),
    Option("voice", "english", bool, False, "Speak the English sentence after the one in the display's language."),
    Option("voice", "template_zh", str, "请 {number} 号 到 {counter} 号窗口", "Mandarin sentence (zh_CN); {number} is spoken symbol by symbol (A 零 一 二), {counter} as a number."),
    Option("voice", "template_zh_TW", str, "請 {number} 號 到 {counter} 號櫃檯", "Mandarin sentence in Traditional characters (zh_TW)."),
    Option("voice", "template_en", str, "Ticket {number}, please go to counter {counter}", "English sentence."),
    Option("voice", "max_age_seconds", int, 60, "Calls older than this are shown but not spoken."),
    Option("rating", "timeout_seconds", int, 30, "Seconds the rating screen (`queuedesk rate`) asks without a touch; then the visit is recorded as not rated."),
    Option("rating", "thanks_seconds", int, 4, "Seconds the rating screen says thank you before it shows the counter again."),
    Option("rating", "basic_is_satisfied", bool, False, "Count 基本满意 (basically satisfied) as satisfied in the satisfaction rate. A rule of the hall: give every machine the same."),
    Option("complaints", "general_days", int, 5, "Working days (Monday to Friday; holidays are not known) to answer a general complaint, counted from the day after it came in."),
    Option("complaints", "serious_days", int, 2, "Working days to answer a serious complaint."),
    Option("ui", "language", str, "", "Interface language of this machine: zh_CN, zh_TW or en; empty: the hall's language."),
)

_BY_KEY = {o.key: o for o in OPTIONS}
#: Settings that name a language (checked, and stored as the registry's code).
_LANGUAGE_KEYS = ("hall.language", "ui.language")


class ConfigError(ValueError):
    pass


class Config:
    """Typed read access: `config['voice.repeat']`."""

    def __init__(self, values: dict[str, Any] | None = None, path: Path | None = None):
        self.path = path
        self._values = {o.key: o.default for o in OPTIONS}
        for key, value in (values or {}).items():
            self.set(key, value)

    def set(self, key: str, value: Any) -> None:
        option = _BY_KEY.get(key)
        if option is None:
            raise ConfigError(f"unknown setting {key!r}")
        if option.type is int and isinstance(value, bool) or not isinstance(value, option.type):
            raise ConfigError(f"setting {key} must be {option.type.__name__}, not {value!r}")
        if key in _LANGUAGE_KEYS and value:
            try:
                value = resolve(value)
            except UnknownLanguage as exc:
                raise ConfigError(f"setting {key}: {exc}") from None
        self._values[key] = value

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    @property
    def language(self) -> str:
        """This machine's interface language: ui.language, else the hall's."""
        return self["ui.language"] or self["hall.language"]

    @property
    def timezone(self) -> ZoneInfo:
        try:
            return ZoneInfo(self["hall.timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"unknown time zone {self['hall.timezone']!r}") from None


def default_path() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "queuedesk.toml"


def load(path: str | os.PathLike | None = None) -> Config:
    explicit = path or os.environ.get("QUEUEDESK_CONFIG")
    file = Path(explicit) if explicit else default_path()
    if not file.exists():
        if explicit:
            raise ConfigError(f"config file {file} does not exist")
        return Config(path=None)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config {file}: {exc}") from None
    values = {}
    for section, table in data.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{file}: [{section}] must be a table")
        for name, value in table.items():
            values[f"{section}.{name}"] = value
    return Config(values, path=file)
