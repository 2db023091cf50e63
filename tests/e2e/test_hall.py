"""The whole hall: kiosk, desk and lobby display as separate processes on one database,
real windows on a virtual X server, driven with xdotool like a person would.

Each window writes what it shows to a probe file (QUEUEDESK_PROBE, see ui/probe.py);
the test clicks at the places the windows report and reads what they then show.
Screenshots of the screen are kept in test-artifacts/.
"""
from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from queuedesk.operations import setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.halls import PASSWORD

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCREEN = (2200, 1400)
PLACES = {"display": (0, 0), "kiosk": (1000, 0), "desk": (0, 600)}


@pytest.fixture(scope="module")
def xserver():
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the end-to-end test needs {', '.join(missing)} in CI")
        pytest.skip(f"no {', '.join(missing)} here")
    # The server picks a free display itself and writes its number to the pipe: test
    # processes running side by side (pytest -n) never race for one.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as told:
        ready, _, _ = select.select([told], [], [], 20)
        number = told.readline().strip() if ready else ""
    if not number.isdigit():
        server.kill()
        pytest.fail("Xvfb did not start")
    display = f":{number}"
    yield display
    server.terminate()
    server.wait(10)


class Hallway:
    """The three windows' processes and what they report."""

    def __init__(self, url: str, tmp: Path, display: str):
        self.url, self.display = url, display
        self.probe = tmp / "probe.jsonl"
        config = tmp / "queuedesk.toml"
        config.write_text(f'[voice]\nrepeat = 1\n\n[printer]\ntarget = "pdf:{tmp}/ticket.pdf"\n', encoding="utf-8")
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                    "QUEUEDESK_PROBE": str(self.probe), "QUEUEDESK_CONFIG": str(config),
                    "QUEUEDESK_CACHE_DIR": str(tmp / "cache"), "QUEUEDESK_PASSWORD": PASSWORD}
        self.procs: dict[str, subprocess.Popen] = {}

    def start(self, name: str, *args: str) -> None:
        self.procs[name] = subprocess.Popen([sys.executable, "-m", "queuedesk", "--db", self.url, name, *args],
                                            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def lines(self) -> list[dict]:
        if not self.probe.exists():
            return []
        return [json.loads(line) for line in self.probe.read_text(encoding="utf-8").splitlines() if line.strip()]

    def wait_for(self, window: str, what: str, timeout: float = 60, **match) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in reversed(self.lines()):
                if line["window"] == window and line["what"] == what and \
                        all(line.get(k) == v for k, v in match.items()):
                    return line
            for name, proc in self.procs.items():
                if proc.poll() is not None:
                    pytest.fail(f"{name} exited {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.1)
        pytest.fail(f"{window} never reported {what} {match}; last lines: {self.lines()[-5:]}")

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              check=True, timeout=30).stdout

    def window(self, name: str) -> str:
        return self.xdotool("search", "--sync", "--onlyvisible", "--pid", str(self.procs[name].pid)).split()[0]

    def place(self, name: str) -> tuple[int, int]:
        """Move the window to its place (no window manager here) and return its origin."""
        x, y = PLACES[name]
        self.xdotool("windowmove", "--sync", self.window(name), str(x), str(y))
        return x, y

    def press(self, name: str, key: str) -> None:
        """Give the window the keyboard focus and press a key, as a teller at the desk."""
        self.xdotool("windowfocus", "--sync", self.window(name))
        self.xdotool("key", key)

    def click(self, origin: tuple[int, int], point: list[int]) -> None:
        self.xdotool("mousemove", "--sync", str(origin[0] + point[0]), str(origin[1] + point[1]), "click", "1")

    def screenshot(self, path: Path) -> None:
        from PIL import ImageGrab
        path.parent.mkdir(parents=True, exist_ok=True)
        ImageGrab.grab(xdisplay=self.display).save(path)

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs.values():
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_ticket_from_kiosk_called_at_desk_is_shown_and_announced(db_url, tmp_path, xserver, request):
    db = Database(db_url)
    migrate.upgrade(db)
    setup.load_sample(Hall(db), "bank", password=PASSWORD)
    db.dispose()
    hall = Hallway(db_url, tmp_path, xserver)
    try:
        hall.start("display", "--windowed", "--size", "960x540")
        hall.start("kiosk", "--windowed", "--size", "1100x600")
        hall.start("desk", "--counter", "1", "--user", "li")
        hall.wait_for("display", "ready")
        services = hall.wait_for("kiosk", "services")
        hall.wait_for("desk", "current", counter=1, online=True)
        origins = {name: hall.place(name) for name in ("display", "kiosk", "desk")}
        time.sleep(0.5)

        # A customer touches "个人现金业务" at the kiosk …
        hall.click(origins["kiosk"], services["buttons"]["A"])
        number = hall.wait_for("kiosk", "ticket")["number"]
        assert number.startswith("A")

        # … the teller presses F1, "call next", at counter 1 …
        hall.press("desk", "F1")
        hall.wait_for("desk", "current", counter=1, number=number)

        # … and the lobby shows and announces it.
        hall.wait_for("display", "shown", number=number, counter=1)
        hall.wait_for("display", "announced", number=number, counter=1)
        time.sleep(0.8)   # let the flash settle for the picture
        hall.screenshot(ARTIFACTS / f"e2e-{request.node.callspec.id}.png")
        assert (tmp_path / "ticket.pdf").read_bytes().startswith(b"%PDF")
    finally:
        hall.stop()


def test_demo_opens_a_working_hall_and_leaves_no_process_behind(xserver, tmp_path):
    probe = tmp_path / "probe.jsonl"
    env = {**os.environ, "DISPLAY": xserver, "QT_QPA_PLATFORM": "xcb", "QUEUEDESK_PROBE": str(probe),
           "QUEUEDESK_CACHE_DIR": str(tmp_path / "cache")}
    demo = subprocess.Popen([sys.executable, "-m", "queuedesk", "demo", "--simulate", "--speed", "30",
                             "--seconds", "25"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = demo.communicate(timeout=120)
    assert demo.returncode == 0, err[-2000:]
    assert out.splitlines()[-1] == "demo closed"
    database = out.splitlines()[0].split("sqlite:///")[-1]

    seen = [json.loads(line) for line in probe.read_text(encoding="utf-8").splitlines()]
    assert any(s["window"] == "display" and s["what"] == "ready" for s in seen)
    assert any(s["window"] == "kiosk" and s["what"] == "services" for s in seen)
    signed_in = {s["counter"] for s in seen if s["window"] == "desk" and s["what"] == "current" and s["online"]}
    assert {1, 2} <= signed_in
    # The simulated customers were called and the lobby showed them.
    assert any(s["window"] == "display" and s["what"] == "shown" for s in seen)

    left = subprocess.run(["pgrep", "-f", database], capture_output=True, text=True).stdout.split()
    assert left == [], "demo windows outlived the demo"
    assert not Path(database).exists()
