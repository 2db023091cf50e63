"""Where a role's files go on this machine, for this user (XDG on Linux, as systemd and the
desktops read them; the user's Startup and config folders on Windows)."""
from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from queuedesk import config


@dataclass(frozen=True)
class Places:
    config_file: Path       # queuedesk.toml, as config.default_path()
    units: Path             # systemd user units
    autostart: Path         # XDG autostart entries
    tasks: Path             # Windows: the task definitions handed to schtasks
    applications: Path      # XDG menu entries
    icons: Path             # the icon theme's scalable apps (hicolor)

    @classmethod
    def here(cls) -> Places:
        base = Path(platformdirs.user_config_dir())      # $XDG_CONFIG_HOME, else ~/.config
        data = Path(platformdirs.user_data_dir())        # $XDG_DATA_HOME, else ~/.local/share
        config_file = config.default_path()
        return cls(config_file=config_file, units=base / "systemd" / "user", autostart=base / "autostart",
                   tasks=config_file.parent / "tasks", applications=data / "applications",
                   icons=data / "icons" / "hicolor" / "scalable" / "apps")


def program() -> Path:
    """The queuedesk this very command is: the frozen bundle's executable, else the
    installed script beside this interpreter, else the one on the PATH."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    beside = Path(sys.executable).with_name("queuedesk.exe" if os.name == "nt" else "queuedesk")
    if beside.exists():
        return beside
    found = shutil.which("queuedesk")
    return Path(found).resolve() if found else beside
