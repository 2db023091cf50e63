"""The demo: its windows tiled on one screen, and its console without windows."""
from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect

from queuedesk.demo.tiling import tile


@pytest.mark.parametrize("screen", [(0, 0, 1920, 1040), (0, 0, 1366, 728), (0, 0, 2560, 1400), (1920, 0, 1280, 1000)])
def test_windows_are_tiled_with_the_display_on_top_and_nothing_overlapping(screen):
    boxes = tile(*screen)
    area = QRect(*screen)
    rects = {name: QRect(*box) for name, box in boxes.items()}
    for name, rect in rects.items():
        assert area.contains(rect), name
    for a, b in itertools.combinations(rects.values(), 2):
        assert not a.intersects(b)
    display = rects["display"]
    assert display.top() == area.top() and display.width() == area.width()
    assert all(r.top() > display.bottom() for name, r in rects.items() if name != "display")


@pytest.mark.slow
def test_without_windows_the_demo_prints_each_event_and_a_summary(tmp_path):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "demo", "--simulate", "--no-windows",
                             "--speed", "30", "--seconds", "8"], capture_output=True, text=True, timeout=120,
                            env={"QUEUEDESK_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "password" not in result.stdout                      # no windows: no teller to sign in
    assert any("ticket_issued" in line for line in lines) and any("ticket_called" in line for line in lines)
    assert lines[-2].startswith("summary: ") and lines[-1] == "demo closed"
    arrived = sum("ticket_issued" in line for line in lines)
    assert f"{arrived} arrived" in lines[-2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_demo_hands_its_windows_the_database_url_outside_their_command_lines(monkeypatch):
    """`ps` shows every user of the machine each process's arguments: a password in the
    URL must not be among them (the children read it from their environment)."""
    from queuedesk.demo import command, processes, tiling

    monkeypatch.setattr(tiling, "screen_area", lambda: (0, 0, 1920, 1080))
    url = "postgresql+psycopg://qd:Demo-S3cret@127.0.0.1:1/hall"
    procs = command._start_windows(url, None)
    try:
        # Popen returns after the exec: the command lines are final before anything runs.
        lines = [open(f"/proc/{p.pid}/cmdline", "rb").read().replace(b"\0", b" ").decode() for p in procs]
        everyone = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    finally:
        processes.stop_all(procs, grace_s=1)
    assert len(lines) == 4 and all("queuedesk" in line for line in lines)
    assert not any("Demo-S3cret" in line or "--db" in line for line in lines)
    assert "Demo-S3cret" not in everyone and "123456" not in everyone
