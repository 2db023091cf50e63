"""Refresh and compile the interface translations.

    python packaging/translations.py            # lupdate + lrelease every client package

Each client package (desk, kiosk, display, voice, ui) has its own
translations/<package>_zh_CN.ts, so people working on different windows never edit the
same file. Fill in the Chinese text (Qt Linguist: `pyside6-linguist FILE.ts`, or by
hand), then run this again; the .qm files are committed so a fresh checkout needs no tools.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ui", "desk", "kiosk", "display", "voice")
LANG = "zh_CN"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def main() -> int:
    out = ROOT / "translations"
    out.mkdir(exist_ok=True)
    for package in PACKAGES:
        sources = sorted(str(p) for p in (ROOT / "src" / "queuedesk" / package).glob("*.py"))
        if not sources:
            continue
        ts = out / f"{package}_{LANG}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en",
                        "-target-language", LANG, "-ts", str(ts)], check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
