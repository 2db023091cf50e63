"""Settings of one machine, declared once as data.

Read from a TOML file: `--config FILE`, else `$QUEUEDESK_CONFIG`, else `queuedesk.toml`
in the user config directory (platformdirs). Every option below has a type, a default
and a help text; the README's configuration table is this list.

Rules of the hall that must agree across machines (time zone, recall limit) are read
here too: give every machine of a hall the same `[hall]` section.
"""
from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from queuedesk.domain.errors import QueueError
from queuedesk.domain.languages import LANGUAGES, UnknownLanguage, resolve
from queuedesk.domain.model import check_voice_template
from queuedesk.domain.routing import AGING, DEFAULT_POLICY, POLICIES, Policy

APP = "queuedesk"


@dataclass(frozen=True)
class Option:
    section: str
    name: str
    type: type
    default: Any
    help: str
    allowed: range | tuple | None = None     # a range of whole numbers, or the choices

    @property
    def key(self) -> str:
        return f"{self.section}.{self.name}"

    def describe_allowed(self) -> str:
        if self.allowed is None:
            return ""
        if isinstance(self.allowed, range):
            return f"{self.allowed.start}–{self.allowed.stop - 1}"
        return " or ".join(repr(a) if isinstance(a, str) else str(a) for a in self.allowed)


OPTIONS: tuple[Option, ...] = (
    Option("hall", "language", str, "zh_CN", "The hall's language. Tickets, the voice and the windows speak it; English (or, beside English, Chinese) is shown smaller for visitors.", tuple(LANGUAGES)),
    Option("hall", "branch_name", str, "示例银行 中心支行", "Branch name (Simplified Chinese) until the hall has its own: `queuedesk hall set branch_name --text LANG=TEXT`."),
    Option("hall", "branch_name_en", str, "Demo Bank Central Branch", "Branch name in English, likewise."),
    Option("hall", "timezone", str, "Asia/Shanghai", "IANA time zone of the branch: the business day and numbering follow its local date."),
    Option("hall", "max_recalls", int, 3, "Recalls allowed; a call-next after that many recalls marks the customer no-show.", range(0, 11)),
    Option("hall", "finish_on_next", bool, True, "Call next on a counter with a current ticket finishes that ticket first."),
    Option("hall", "lease_seconds", int, 60, "A desk that has not been heard of for this long is gone: its counter shows as unattended, is not counted in wait estimates, and its teller may sign in again elsewhere.", range(10, 3601)),
    Option("hall", "call_next_on_called", str, "ask", "Call next while the customer was called but never started: `ask` marks them no-show once the recalls are used up and otherwise asks the teller; `no_show` always marks them no-show. Never counted as served.", ("ask", "no_show")),
    Option("database", "url", str, "", "The hall's database on this machine (`queuedesk setup ROLE --db URL` writes it); --db and $QUEUEDESK_DB come first; empty: SQLite in the user data directory. Never with a password: name a PostgreSQL service (`postgresql+psycopg:///?service=queuedesk`) and keep the password in ~/.pgpass."),
    Option("database", "group", str, "", "SQLite: the operating-system group whose members share the database file (`init` makes it 0660 and gives it to the group; its folder must let them create files too); empty: only its owner (0600). Not for PostgreSQL, whose logins have roles of their own (`queuedesk db roles`)."),
    Option("hall", "policy", str, DEFAULT_POLICY.name, "Who a counter calls among its ordinary customers (emergency, the overdue, transfers and priority classes always come first): `service-order` the counter's own order of services; `fifo` the longest waiting across its services; `aging` the shortest expected service first, and anyone past hall.aging_percent of their service's maximum wait before everyone else. A rule of the hall: give every machine the same.", POLICIES),
    Option("hall", "aging_percent", int, round(DEFAULT_POLICY.aging * 100), f"Under the `{AGING}` policy, the share of a service's maximum wait (in %) after which a customer is called before everyone but emergencies.", range(10, 101)),
    Option("printer", "target", str, "", "Where kiosk tickets print: pdf:FILE, png:FILE, printer:NAME, escpos:usb:VID:PID, escpos:net:HOST[:PORT], escpos:serial:DEV; empty = none (ticket on screen)."),
    Option("printer", "paper_mm", int, 80, "Paper width in mm: 58 or 80.", (58, 80)),
    Option("printer", "footer", str, "过号请重新取号 · Please take a new ticket if you miss your call", "Footer lines on every ticket (\" · \" between languages) until the hall has its own: `queuedesk hall set footer`."),
    Option("printer", "base_url", str, "https://queue.example.com/t/", "The ticket QR code is this base URL followed by the ticket token: point it at `queuedesk web` (its address as phones reach it, ending in /t/)."),
    Option("kiosk", "idle_seconds", int, 30, "Seconds without a touch before the kiosk returns home, in the default language.", range(1, 3601)),
    Option("kiosk", "confirm_seconds", int, 8, "Seconds the ticket confirmation stays on screen.", range(1, 121)),
    Option("desk", "global_keys", bool, True, "The desk's keys (F1 call next … F10) work while another program has the focus, taken from the system (X11, Windows) so they do not reach that program; off: only while the desk or its bar has the focus."),
    Option("display", "notice", str, "营业时间 08:30-17:00 · 请留意叫号 · Please watch for your number", "Scrolling notice line on the lobby screen until the hall has its own: `queuedesk hall set notice`."),
    Option("display", "recent_calls", int, 6, "How many recent calls the lobby screen lists.", range(0, 31)),
    Option("voice", "enabled", bool, True, "Announce calls (on the machine voice.announce_at names); off: the lobby screen still gives each call its turn on the big panel, in silence."),
    Option("voice", "announce_at", str, "display", "Which machine speaks the calls: `display` (the lobby PC), `desk` (each counter PC speaks its own calls, for a hall without a lobby PC) or `both`. Set per machine.", ("display", "desk", "both")),
    Option("voice", "repeat", int, 2, "Times each call is spoken.", range(1, 6)),
    Option("voice", "english", bool, False, "Speak the English sentence after the one in the display's language."),
    Option("voice", "template_zh", str, "请 {number} 号 到 {place}", "Mandarin sentence (zh_CN) until the hall has its own (`queuedesk hall set voice`); {number} is spoken symbol by symbol (A 零 一 二), {place} is the counter's name (\"内科三诊室\", else \"三号窗口\"), {counter} its number."),
    Option("voice", "template_zh_TW", str, "請 {number} 號 到 {place}", "Mandarin sentence in Traditional characters (zh_TW), likewise."),
    Option("voice", "template_en", str, "Ticket {number}, please go to {place}", "English sentence, likewise ({place}: the counter's English name, else \"counter 3\")."),
    Option("voice", "max_age_seconds", int, 60, "Calls older than this are shown but not spoken.", range(5, 3601)),
    Option("web", "host", str, "127.0.0.1", "Address `queuedesk web` listens on (0.0.0.0: every interface of the branch network)."),
    Option("web", "port", int, 8080, "Port `queuedesk web` listens on.", range(1, 65536)),
    Option("web", "requests_per_minute", int, 120, "Requests one client (IP address) may make to the web server per minute; more get 429.", range(10, 100_001)),
    Option("web", "streams_per_client", int, 20, "Live ticket pages one client (IP address) may hold open at once.", range(1, 1001)),
    Option("web", "max_streams", int, 2000, "Live ticket pages the web server holds open at once.", range(1, 100_001)),
    Option("notify", "webhook_url", str, "", "Where \"almost your turn\" notices go: a JSON POST an SMS or WeChat gateway takes; empty: customers are not offered notices."),
    Option("notify", "ahead", int, 3, "People ahead at which a customer is told by default (they may choose 1 to 20).", range(1, 21)),
    Option("notify", "max_attempts", int, 6, "Tries to deliver one notice (back-off 2, 4, 8 … s) before it is given up.", range(1, 21)),
    Option("notify", "timeout_seconds", int, 5, "How long one webhook POST may take.", range(1, 61)),
    Option("rating", "timeout_seconds", int, 30, "Seconds the rating screen (`queuedesk rate`) asks without a touch; then the visit is recorded as not rated.", range(5, 601)),
    Option("rating", "thanks_seconds", int, 4, "Seconds the rating screen says thank you before it shows the counter again.", range(1, 61)),
    Option("rating", "basic_is_satisfied", bool, False, "Count 基本满意 (basically satisfied) as satisfied in the satisfaction rate. A rule of the hall: give every machine the same."),
    Option("complaints", "general_days", int, 5, "Working days (Monday to Friday; holidays are not known) to answer a general complaint, counted from the day after it came in.", range(0, 61)),
    Option("complaints", "serious_days", int, 2, "Working days to answer a serious complaint.", range(0, 61)),
    Option("appointments", "early_minutes", int, 30, "A booking checked in this many minutes before its slot, or later, is on time and gets appointment priority; earlier it becomes a normal ticket.", range(0, 241)),
    Option("appointments", "late_minutes", int, 15, "A booking checked in up to this many minutes after its slot began is on time; later it becomes a normal ticket (the customer is told why).", range(0, 241)),
    Option("appointments", "grace_minutes", int, 15, "A booking not checked in this many minutes after its slot ended is a no-show. A rule of the hall: give every machine the same.", range(0, 241)),
    Option("console", "pause_alert_minutes", int, 15, "The lobby manager's console raises an alert for a counter paused longer than this.", range(1, 481)),
    Option("console", "appointment_wait_minutes", int, 10, "The console raises an alert for an appointment holder checked in and still waiting after this long.", range(1, 481)),
    Option("console", "chime", bool, True, "The console chimes when a new alert comes up (through the voice's sound path; silent on a machine without sound)."),
    Option("ui", "language", str, "", "Interface language of this machine; empty: the hall's language.", ("", *LANGUAGES)),
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
        if option.allowed is not None and value not in option.allowed:
            raise ConfigError(f"setting {key} must be {option.describe_allowed()}, not {value!r}")
        if key == "hall.timezone":
            _zone(value)
        if key == "database.url" and has_password(value):
            raise ConfigError(PASSWORD_REFUSAL)
        if key.startswith("voice.template"):
            try:
                check_voice_template(key, value)
            except QueueError as exc:
                raise ConfigError(f"setting {exc}") from None
        self._values[key] = value

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    @property
    def language(self) -> str:
        """This machine's interface language: ui.language, else the hall's."""
        return self["ui.language"] or self["hall.language"]

    @property
    def timezone(self) -> ZoneInfo:
        return _zone(self["hall.timezone"])

    def policy(self) -> Policy:
        """How counters order their ordinary customers (hall.policy, hall.aging_percent)."""
        return Policy(self["hall.policy"], self["hall.aging_percent"] / 100)


PASSWORD_REFUSAL = ("a database password never goes in a machine's configuration: keep it in ~/.pgpass "
                    "(pgpass.conf on Windows) and name the server in a PostgreSQL service file, "
                    "e.g. postgresql+psycopg:///?service=queuedesk")


def has_password(url: str) -> bool:
    """Whether a database URL carries a password (user:secret@host, or ?password=)."""
    _scheme, _colon, rest = url.partition(":")
    user, at, _host = rest.split("?", 1)[0].lstrip("/").rpartition("@")     # the last @ ends the user part
    if at and ":" in user:
        return True
    query = urllib.parse.parse_qs(url.partition("?")[2], keep_blank_values=True)
    return any(name.lower() == "password" for name in query)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"unknown time zone {name!r}") from None


def default_path() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "queuedesk.toml"


def load(path: str | os.PathLike | None = None) -> Config:
    explicit = path or os.environ.get("QUEUEDESK_CONFIG")
    file = Path(explicit) if explicit else default_path()
    if not file.exists():
        if explicit:
            raise ConfigError(f"config file {file} does not exist")
        return Config(path=None)
    import tomllib  # only when there is a file: every command would pay for the import

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
