"""The frozen bundle (packaging/queuedesk.spec) works on its own: built here, then run
with no virtualenv on the PATH and an empty environment, as on a branch PC.

Slow (a minute or two to build): runs only when asked, `pytest -m frozen` or
QUEUEDESK_TEST_FROZEN=1 (.ci/run sets it)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageStat

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 360
pytestmark = [pytest.mark.frozen, pytest.mark.slow]


def _asked(config) -> bool:
    return os.environ.get("QUEUEDESK_TEST_FROZEN") == "1" or "frozen" in (config.option.markexpr or "")


@pytest.fixture(scope="module")
def bundle(request, tmp_path_factory) -> Path:
    if not _asked(request.config):
        pytest.skip("builds the frozen bundle: run with -m frozen or QUEUEDESK_TEST_FROZEN=1")
    out = tmp_path_factory.mktemp("frozen")
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(out / "dist"),
                            "--workpath", str(out / "work"), str(ROOT / "packaging" / "queuedesk.spec")],
                           capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, cwd=out)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = out / "dist" / "queuedesk" / ("queuedesk.exe" if os.name == "nt" else "queuedesk")
    assert exe.is_file()
    return exe


@pytest.fixture(scope="module")
def branch_pc(tmp_path_factory) -> Path:
    """A home of its own: nothing of this checkout's config, data or virtualenv."""
    return tmp_path_factory.mktemp("branch-pc")


def run(bundle: Path, home: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(home)}
    assert not any(".venv" in part for part in env["PATH"].split(os.pathsep))
    result = subprocess.run([str(bundle), *args], env=env, cwd=home, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, f"queuedesk {' '.join(args)}: {result.stderr.strip()[-2000:]}"
    return result


@pytest.fixture(scope="module")
def db(bundle, branch_pc) -> str:
    url = f"sqlite:///{branch_pc / 'hall.db'}"
    out = run(bundle, branch_pc, "--db", url, "init", "--sample", "bank").stdout
    assert "database ready" in out
    return url


def assert_drawn(png: Path) -> Image.Image:
    image = Image.open(png).convert("L")
    low, high = image.getextrema()
    assert high - low > 128, f"{png.name} is blank"
    assert ImageStat.Stat(image).stddev[0] > 20, f"{png.name} is nearly one colour"
    return image


def test_the_bundle_says_its_version(bundle, branch_pc):
    from queuedesk import __version__

    assert run(bundle, branch_pc, "--version").stdout.strip() == f"queuedesk {__version__}"


def test_a_ticket_prints_with_a_qr_code_that_reads_back(bundle, branch_pc, db):
    png = branch_pc / "ticket.png"
    out = run(bundle, branch_pc, "--db", db, "ticket", "issue", "A", "--print", f"png:{png}").stdout
    assert out.startswith("A001")
    codes = [b.text for b in zxingcpp.read_barcodes(assert_drawn(png))]
    assert len(codes) == 1 and codes[0].startswith("https://") and "/t/" in codes[0]


def test_the_kiosk_draws_its_services(bundle, branch_pc, db):
    png = branch_pc / "kiosk.png"
    run(bundle, branch_pc, "--db", db, "kiosk", "--screenshot", str(png))
    image = assert_drawn(png)
    assert image.size == (1920, 1080)


def test_the_voice_speaks_with_the_bundled_espeak(bundle, branch_pc):
    if not sys.platform.startswith("linux"):
        pytest.skip("eSpeak NG is bundled on Linux only (Windows speaks with SAPI5)")
    wav = branch_pc / "call.wav"
    run(bundle, branch_pc, "voice", "say", "A001", "3", "--lang", "zh_CN", "--out", str(wav))
    assert wav.stat().st_size > 20_000


def test_the_bundle_sets_a_kiosk_up_with_its_own_path(bundle, branch_pc, db):
    out = run(bundle, branch_pc, "setup", "kiosk", "--db", db).stdout
    unit = (branch_pc / ".config" / "systemd" / "user" / "queuedesk-kiosk.service").read_text(encoding="utf-8")
    assert f"ExecStart={bundle} kiosk" in unit
    menu = (branch_pc / ".local" / "share" / "applications" / "queuedesk-kiosk.desktop").read_text(encoding="utf-8")
    assert f"Exec={bundle} kiosk" in menu                       # the menu entry and its icon came with the bundle
    assert (branch_pc / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "queuedesk.svg").exists()
    assert "undo: queuedesk setup --remove kiosk" in out
