"""Chinese is the default interface: every visible string must have its translation."""
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "packaging" / "translations.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.mark.parametrize("package", [p for p in tool.PACKAGES
                                     if list((ROOT / "src" / "queuedesk" / p).glob("*.py"))])
def test_every_string_in_the_code_has_a_finished_chinese_translation(package, tmp_path):
    committed = ROOT / "translations" / f"{package}_zh_CN.ts"
    assert committed.exists(), f"run: python packaging/translations.py ({committed.name} missing)"
    fresh = tmp_path / committed.name
    code = sorted(str(p) for p in (ROOT / "src" / "queuedesk" / package).glob("*.py"))
    lupdate = tool.tool("pyside6-lupdate")
    if not shutil.which(lupdate) and not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate not installed")
    subprocess.run([lupdate, *code, "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh) - sources(committed)
    assert not missing, f"strings not in {committed.name}: {sorted(missing)[:5]}"
    root = ET.parse(committed).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"untranslated in {committed.name}: {unfinished[:5]}"
    assert committed.with_suffix(".qm").stat().st_size > 0, "compile it: python packaging/translations.py"


def test_chinese_is_loaded_by_default(qapp):
    from PySide6.QtCore import QCoreApplication

    from queuedesk.ui.language import set_language
    set_language("zh")
    assert QCoreApplication.translate("Announcer", "no sound: no audio output device") == "无声音：未找到音频输出设备"
    set_language("en")
    assert QCoreApplication.translate("Announcer", "no sound: no audio output device") == "no sound: no audio output device"
    set_language("zh")
