"""`queuedesk web` as the hall runs it: its own process, stopped by SIGTERM with pages open,
and a log that holds no ticket token."""
import signal
import socket
import subprocess
import sys
import time

import pytest

from queuedesk.config import Config
from queuedesk.operations import tickets
from queuedesk.operations.hall import Hall
from tests.web.http import request
from tests.web.test_http import read_until

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_server_runs_serves_and_stops_promptly_with_pages_open(hall, tmp_path):
    mine = tickets.issue_ticket(Hall(hall.db, Config()), "A")     # today, by the clock the server reads
    port = free_port()
    log = tmp_path / "web.log"
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-m", "queuedesk", "--db", hall.db.url, "web", "--port", str(port)],
                                  stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if request(f"http://127.0.0.1:{port}/healthz").status == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, log.read_text()
            time.sleep(0.1)
        assert request(f"http://127.0.0.1:{port}/t/{mine.token}").status == 200
        stream = socket.create_connection(("127.0.0.1", port))
        stream.sendall(f"GET /t/{mine.token}/events HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert b"event: ticket" in read_until(stream, b"event: ticket")
        stopped = time.monotonic()
        server.send_signal(signal.SIGTERM)
        # uvicorn shuts down cleanly, then lets the signal end the process as it would have.
        assert server.wait(15) in (0, -signal.SIGTERM)
        assert time.monotonic() - stopped < 5          # open pages do not hold the shutdown
        stream.close()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    text = log.read_text()
    assert "Application shutdown complete" in text
    assert f"/t/{mine.token[:4]}…" in text and mine.token not in text
