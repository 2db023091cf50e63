"""Every visible string has its translation in every language, and the windows and the
code without Qt read the same catalogues."""
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from queuedesk.wording import catalog

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "packaging" / "translations.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

#: Characters that exist only in Simplified Chinese (their Traditional forms differ):
#: none may appear in a zh_TW translation.
SIMPLIFIED_ONLY = "号请务业过认关闭开设时间队计约钟总数导选择户码这个们为连线网络应该图显确删级"


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), msg.findtext("source"))
            for ctx in root.iter("context") for msg in ctx.iter("message")}


@pytest.mark.parametrize("lang", tool.TARGETS)
@pytest.mark.parametrize("package", [p for p in tool.PACKAGES if tool.sources(p)])
def test_every_string_in_the_code_has_a_finished_translation(package, lang, tmp_path):
    committed = ROOT / "translations" / f"{package}_{lang}.ts"
    assert committed.exists(), f"run: python packaging/translations.py ({committed.name} missing)"
    fresh = tmp_path / committed.name
    lupdate = tool.tool("pyside6-lupdate")
    if not shutil.which(lupdate) and not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate not installed")
    subprocess.run([lupdate, *tool.sources(package), "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh) - sources(committed)
    assert not missing, f"strings not in {committed.name}: {sorted(missing)[:5]}"
    root = ET.parse(committed).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"untranslated in {committed.name}: {unfinished[:5]}"


def test_traditional_chinese_is_written_in_traditional_characters():
    for (context, source), text in catalog.messages("zh_TW").items():
        wrong = sorted({ch for ch in text if ch in SIMPLIFIED_ONLY})
        assert not wrong, f"{context}/{source!r} → {text!r} has Simplified {wrong}"


def test_taiwan_usage_where_it_differs():
    assert catalog.translate("zh_TW", "Wording", "Counter {0}") == "{0}號櫃檯"
    assert "號碼牌" in catalog.translate("zh_TW", "ConfirmationPage", "Please take your printed ticket")


def test_a_missing_translation_falls_back_to_simplified_chinese_then_english(monkeypatch):
    monkeypatch.setitem(catalog.messages("zh_TW"), ("Wording", "only here"), "")
    catalog.messages("zh_CN")[("Wording", "only in zh_CN")] = "只有简体"
    try:
        assert catalog.translate("zh_TW", "Wording", "only in zh_CN") == "只有简体"
        assert catalog.translate("zh_TW", "Wording", "in no catalogue") == "in no catalogue"
    finally:
        del catalog.messages("zh_CN")[("Wording", "only in zh_CN")]


@pytest.mark.parametrize("lang, expected", [("zh", "无声音：未找到音频输出设备"), ("zh_TW", "無聲音：未找到音訊輸出裝置"),
                                            ("en", "No sound: no audio output device")])
def test_the_windows_read_the_same_catalogues(qapp, lang, expected):
    from PySide6.QtCore import QCoreApplication

    from queuedesk.ui.language import set_language
    set_language(lang)
    try:
        assert QCoreApplication.translate("Announcer", "No sound: no audio output device") == expected
        assert catalog.translate(lang, "Announcer", "No sound: no audio output device") == expected
    finally:
        set_language("zh")


def test_every_context_is_one_the_windows_look_strings_up_in():
    # `texts.tr("…")` called from another class is extracted under the context "texts",
    # but looked up under the class of `texts` when it runs: the translation is never
    # found and the Chinese screen shows English (the console's "10 / 20 min" did).
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        contexts = {ctx.findtext("name") for ctx in ET.parse(ts).getroot().iter("context")}
        odd = sorted(name for name in contexts if not name[:1].isupper())
        assert not odd, f"{ts.name}: strings filed under {odd}: call tr() in the class that says them"
