"""Where a ticket goes, parsed from the `printer.target` setting or `--printer` option.

    pdf:FILE | png:FILE | printer:NAME | escpos:usb:VID:PID
    escpos:net:HOST[:PORT] (port 9100) | escpos:serial:DEV
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.printing.errors import PrinterError

FORMS = ("pdf:FILE | png:FILE | printer:NAME | escpos:usb:VID:PID | "
         "escpos:net:HOST[:PORT] | escpos:serial:DEV")
RAW_PORT = 9100  # the "JetDirect" raw port every network receipt printer listens on


@dataclass(frozen=True)
class Target:
    kind: str            # "pdf", "png", "printer", "usb", "net", "serial"
    path: str = ""       # pdf / png file, system printer name, serial device
    host: str = ""
    port: int = RAW_PORT
    vendor_id: int = 0
    product_id: int = 0

    @property
    def is_escpos(self) -> bool:
        return self.kind in ("usb", "net", "serial")

    def __str__(self) -> str:
        if self.kind == "usb":
            return f"escpos:usb:{self.vendor_id:04x}:{self.product_id:04x}"
        if self.kind == "net":
            return f"escpos:net:{self.host}:{self.port}"
        if self.kind == "serial":
            return f"escpos:serial:{self.path}"
        return f"{self.kind}:{self.path}"


def parse_target(spec: str) -> Target:
    kind, _, rest = spec.strip().partition(":")
    kind = kind.lower()
    if kind in ("pdf", "png", "printer") and rest:
        return Target(kind, path=rest)  # a file path may itself hold ":" (C:\tickets\a.pdf)
    if kind == "escpos":
        sub, _, arg = rest.partition(":")
        sub = sub.lower()
        if sub == "usb":
            return _usb(spec, arg)
        if sub == "net" and arg:
            return _net(spec, arg)
        if sub == "serial" and arg:
            return Target("serial", path=arg)
    raise _bad(spec)


def _usb(spec: str, arg: str) -> Target:
    vid, _, pid = arg.partition(":")
    try:  # IDs are hex, as lsusb and Device Manager show them ("0416:5011")
        vendor, product = int(vid, 16), int(pid, 16)
    except ValueError:
        raise _bad(spec, "USB ids are hex, e.g. escpos:usb:0416:5011") from None
    if not (0 < vendor <= 0xFFFF and 0 < product <= 0xFFFF):
        raise _bad(spec, "USB ids are 4 hex digits")
    return Target("usb", vendor_id=vendor, product_id=product)


def _net(spec: str, arg: str) -> Target:
    if arg.startswith("["):  # IPv6 literal: [::1]:9100
        host, _, tail = arg[1:].partition("]")
        port_text = tail[1:] if tail.startswith(":") else tail
    else:
        host, _, port_text = arg.partition(":")
    try:
        port = int(port_text) if port_text else RAW_PORT
    except ValueError:
        raise _bad(spec, "port must be a number") from None
    if not host or not 0 < port < 65536:
        raise _bad(spec)
    return Target("net", host=host, port=port)


def _bad(spec: str, why: str = "") -> PrinterError:
    reason = f" ({why})" if why else ""
    return PrinterError(f"bad printer target {spec!r}{reason}; use {FORMS}")
