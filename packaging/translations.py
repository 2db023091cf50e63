"""Refresh the translation catalogues from the source.

    python packaging/translations.py            # lupdate every package, every language

The catalogues are Qt Linguist files, translations/<package>_<lang>.ts, one per package
and language, so people working on different windows never edit the same file. They are
read as they are: by the windows (ui.language) and by everything without Qt
(wording.catalog), with no compile step. Fill in new messages with Qt Linguist
(`pyside6-linguist FILE.ts`) or by hand; a missing one falls back to Simplified Chinese,
then English.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from queuedesk.domain.languages import EN, LANGUAGES  # noqa: E402

#: Packages whose source holds interface strings (tr(), QT_TRANSLATE_NOOP, Catalog.translate).
PACKAGES = ("ui", "desk", "kiosk", "display", "voice", "printing", "wording", "web", "reports", "rate", "console")
#: Every language but the source one.
TARGETS = tuple(code for code in LANGUAGES if code != EN.code)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def sources(package: str) -> list[str]:
    return sorted(str(p) for p in (ROOT / "src" / "queuedesk" / package).glob("*.py"))


def main() -> int:
    out = ROOT / "translations"
    out.mkdir(exist_ok=True)
    for package in PACKAGES:
        code = sources(package)
        if not code:
            continue
        for lang in TARGETS:
            ts = out / f"{package}_{lang}.ts"
            subprocess.run([tool("pyside6-lupdate"), *code, "-no-obsolete", "-source-language", "en",
                            "-target-language", lang, "-ts", str(ts)], check=True)
            drop_code_comments(ts)
    return 0


def drop_code_comments(ts: Path) -> None:
    """lupdate takes a `#:` comment (how our code documents a constant) for a note to the
    translator of the next string: those notes are about the code, not the words."""
    text = ts.read_text(encoding="utf-8")
    ts.write_text(re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.S), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
