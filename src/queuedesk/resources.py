"""Where the shipped files (fonts, sounds, translations, autostart templates) are, in a
checkout, a wheel or the frozen bundle (packaging/queuedesk.spec puts them where a wheel has them)."""
from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


RESOURCES = _first_existing(_HERE.parents[1] / "resources", _HERE / "_resources")
TRANSLATIONS = _first_existing(_HERE.parents[1] / "translations", _HERE / "_translations")
#: The systemd units, XDG autostart entries and Windows task `queuedesk setup` installs.
PACKAGING = _first_existing(_HERE.parents[1] / "packaging", _HERE / "_packaging")


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
