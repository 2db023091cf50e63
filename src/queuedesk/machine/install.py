"""Install or remove one role on this machine, for this user. Each step is said as it is
done; nothing here needs root, a queuedesk permission, or writes to the database."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from queuedesk import config
from queuedesk.machine import entries
from queuedesk.machine.places import Places, program
from queuedesk.machine.roles import MachineRole


class SetupError(Exception):
    """One line, as every refusal of the command line."""


def install(role: MachineRole, url: str | None, places: Places, exe: Path | None = None) -> list[str]:
    exe = exe or program()
    done = [write_config(role, url, places)]
    env_file = places.config_file.parent / "env"     # optional per-machine options (QUEUEDESK_KIOSK_ARGS …)
    if sys.platform == "win32":
        done.append(_install_windows_task(role, exe, places))
        return done
    unit = places.units / role.unit
    _write(unit, entries.unit(role, exe, env_file))
    wants = places.units / f"{role.wanted_by}.wants" / role.unit
    wants.parent.mkdir(parents=True, exist_ok=True)
    if wants.is_symlink() or wants.exists():
        wants.unlink()
    wants.symlink_to(unit)              # what `systemctl --user enable` makes, without needing its bus
    done.append(f"installed {unit} (systemd user unit, enabled for {role.wanted_by})")
    if role.autostart:
        entry = places.autostart / role.autostart
        _write(entry, entries.autostart_entry(role, exe, env_file))
        done.append(f"installed {entry} (starts it at log-in, also without a systemd user session)")
    for name in role.menu:
        menu = places.applications / name
        _write(menu, entries.menu_entry(name, exe))
        done.append(f"installed {menu} (in the desktop's menu)")
    if role.menu:
        places.icons.mkdir(parents=True, exist_ok=True)
        (places.icons / "queuedesk.svg").write_bytes(entries.icon())
    return done


def remove(role: MachineRole, places: Places) -> list[str]:
    """Takes away what install put in place to start the role. The configuration file
    stays: the hall's settings and the database are the machine's, not the role's."""
    done = []
    if sys.platform == "win32":
        return [_remove_windows_task(role, places)]
    files = [places.units / f"{role.wanted_by}.wants" / role.unit, places.units / role.unit]
    if role.autostart:
        files.append(places.autostart / role.autostart)
    files += [places.applications / name for name in role.menu]
    for path in files:
        if path.is_symlink() or path.exists():
            path.unlink()
            done.append(f"removed {path}")
    return done or [f"nothing of {role.name} was set up for this user"]


# -- the configuration file -------------------------------------------------------------------

def write_config(role: MachineRole, url: str | None, places: Places) -> str:
    """Creates queuedesk.toml, or sets database.url in the existing one, keeping every
    other line (it may hold the hall's settings, given to every machine alike)."""
    path = places.config_file
    if url is not None:
        _check_url(url)
    if not path.exists():
        lines = [f"# queuedesk on this machine ({role.name}), written by `queuedesk setup {role.name}` on "
                 f"{datetime.now():%Y-%m-%d}.",
                 "# Every setting, its default and what it does: the README's configuration table.",
                 "# Give every machine of a hall the same [hall] section.", ""]
        if url is not None:
            lines += ["[database]", f"url = {_toml_string(url)}", ""]
        _write(path, "\n".join(lines))
        return f"wrote {path}" + (" (database.url)" if url is not None else "")
    if url is None:
        config.load(path)                # a broken file is said now, not when the program starts
        return f"kept {path}"
    _write(path, _with_url(path.read_text(encoding="utf-8"), url))
    config.load(path)
    return f"set database.url in {path}"


def _check_url(url: str) -> None:
    if config.has_password(url):
        raise SetupError(config.PASSWORD_REFUSAL)
    if "\n" in url or "\r" in url:
        raise SetupError("a database URL is one line")


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


_SECTION = re.compile(r"^\s*\[([^\]]+)\]\s*(#.*)?$")
_URL = re.compile(r"^\s*url\s*=")


def _with_url(text: str, url: str) -> str:
    lines = text.splitlines()
    section = None
    for number, line in enumerate(lines):
        header = _SECTION.match(line)
        if header:
            if section == "database":
                lines.insert(number, f"url = {_toml_string(url)}")
                return "\n".join(lines) + "\n"
            section = header.group(1).strip()
        elif section == "database" and _URL.match(line):
            lines[number] = f"url = {_toml_string(url)}"
            return "\n".join(lines) + "\n"
    if section == "database":
        return "\n".join([*lines, f"url = {_toml_string(url)}"]) + "\n"
    return "\n".join([*lines, "", "[database]", f"url = {_toml_string(url)}"]) + "\n"


def _write(path: Path, text: str) -> None:
    """Written whole under a temporary name, then renamed: a crash leaves the old file or
    the new one. The user's own only (0600): it names the database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temp, path)


# -- Windows: a Task Scheduler task of the user (written, not tested here) --------------------

def _install_windows_task(role: MachineRole, exe: Path, places: Places) -> str:
    xml = places.tasks / f"queuedesk-{role.name}.xml"
    places.tasks.mkdir(parents=True, exist_ok=True)
    # schtasks reads a task file in UTF-16, as Task Scheduler exports them.
    xml.write_text(entries.windows_task(role, exe).replace('encoding="UTF-8"', 'encoding="UTF-16"'),
                   encoding="utf-16")
    _schtasks("/Create", "/TN", role.task_name, "/XML", str(xml), "/F")
    return f"registered the Task Scheduler task \"{role.task_name}\" (at this user's log-on; {xml})"


def _remove_windows_task(role: MachineRole, places: Places) -> str:
    _schtasks("/Delete", "/TN", role.task_name, "/F")
    (places.tasks / f"queuedesk-{role.name}.xml").unlink(missing_ok=True)
    return f"removed the Task Scheduler task \"{role.task_name}\""


def _schtasks(*args: str) -> None:
    done = subprocess.run(["schtasks", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise SetupError(f"schtasks {args[0]} failed: {said[-1] if said else done.returncode}")
