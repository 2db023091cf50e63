"""The autostart entries of a role, made from the templates under packaging/ (systemd user
unit, XDG autostart entry, Windows task) with this machine's paths put in: the program
itself rather than ~/.local/bin/queuedesk, and this user's configuration folder."""
from __future__ import annotations

import shlex
from pathlib import Path

from queuedesk.machine.roles import MachineRole
from queuedesk.resources import PACKAGING

# What the templates say, as the README's by-hand set-up installs them.
TEMPLATE_PROGRAM_UNIT = "%h/.local/bin/queuedesk"
TEMPLATE_PROGRAM_ENTRY = "~/.local/bin/queuedesk"
TEMPLATE_ENV_UNIT = "%h/.config/queuedesk/env"
TEMPLATE_ENV_ENTRY = "~/.config/queuedesk/env"


def unit(role: MachineRole, program: Path, env_file: Path) -> str:
    text = (PACKAGING / "systemd" / role.unit).read_text(encoding="utf-8")
    # systemd reads a quoted first word of ExecStart as the program, spaces and all;
    # a % would be a specifier, so it is doubled.
    quoted = '"' + str(program).replace("%", "%%") + '"' if " " in str(program) else str(program).replace("%", "%%")
    return (text.replace(TEMPLATE_PROGRAM_UNIT, quoted)
                .replace(TEMPLATE_ENV_UNIT, str(env_file).replace("%", "%%")))


def autostart_entry(role: MachineRole, program: Path, env_file: Path) -> str:
    text = (PACKAGING / "autostart" / str(role.autostart)).read_text(encoding="utf-8")
    # Inside the entry's double-quoted `sh -c "…"`: shell-quoted (single quotes), and
    # the characters the Desktop Entry spec reserves there escaped.
    def inside(path: Path) -> str:
        word = shlex.quote(str(path))
        for reserved in ("\\", '"', "`", "$"):
            word = word.replace(reserved, "\\" + reserved)
        return word

    return (text.replace(TEMPLATE_PROGRAM_ENTRY, inside(program))
                .replace(TEMPLATE_ENV_ENTRY, inside(env_file)))


def menu_entry(name: str, program: Path) -> str:
    """A menu entry (packaging/applications/NAME) starting this machine's program."""
    text = (PACKAGING / "applications" / name).read_text(encoding="utf-8")
    word = str(program)
    if any(c in word for c in ' \t\n"\'\\><~|&;$*?#()`'):
        # The Desktop Entry spec: a reserved character means a double-quoted argument,
        # in which ", `, $ and \ are escaped.
        for reserved in ("\\", '"', "`", "$"):
            word = word.replace(reserved, "\\" + reserved)
        word = f'"{word}"'
    return text.replace("\nExec=queuedesk ", f"\nExec={word} ")


def icon() -> bytes:
    return (PACKAGING / "icons" / "queuedesk.svg").read_bytes()


def windows_task(role: MachineRole, program: Path) -> str:
    """A Task Scheduler task (XML) that starts the role at the user's log-on and again 2 s
    after it stops; made from the kiosk's (packaging/windows/queuedesk-kiosk.xml)."""
    text = (PACKAGING / "windows" / "queuedesk-kiosk.xml").read_text(encoding="utf-8")
    loop = "while ($true) { queuedesk kiosk; if ($LASTEXITCODE -eq 0) { break }; Start-Sleep -Seconds 2 }"
    assert loop in text, "packaging/windows/queuedesk-kiosk.xml changed its loop"
    # PowerShell: & 'path' runs a program whose path has spaces ('' is a quote inside).
    call = "&amp; '" + str(program).replace("'", "''").replace("&", "&amp;") + f"' {role.name}"
    stop = "if ($LASTEXITCODE -eq 0) { break }; " if not role.restart_after_quit else ""
    text = text.replace(loop, f"while ($true) {{ {call}; {stop}Start-Sleep -Seconds 2 }}")
    return (text.replace(r"<URI>\queuedesk kiosk</URI>", f"<URI>\\{role.task_name}</URI>")
                .replace("queuedesk kiosk: customers take tickets here.", f"queuedesk {role.name}: {role.what}."))
