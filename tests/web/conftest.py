"""The web server on a thread of the test, over the test's hall and clock; a webhook
receiver on a loopback port; the system's Chromium driven by Selenium."""
from __future__ import annotations

import json
import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from queuedesk.config import Config
from queuedesk.operations.hall import Hall
from queuedesk.web.server import Background

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def hall_with(hall: Hall, **settings) -> Hall:
    """The same hall (database, clock) with some settings of this machine changed."""
    values = {key.replace("__", "."): value for key, value in settings.items()}
    return Hall(hall.db, Config(values), hall.clock)


@pytest.fixture
def serve():
    """serve(hall) → the base URL of a web server for that hall, stopped after the test."""
    running = []

    def start(hall: Hall) -> str:
        server = Background(hall)
        running.append(server)
        return server.__enter__()

    yield start
    for server in running:
        server.__exit__(None, None, None)


class Receiver:
    """A webhook gateway on a loopback port: keeps every JSON body it is sent, and answers
    500 to the first `fail` requests."""

    def __init__(self, fail: int = 0):
        self.bodies: list[dict] = []
        self.headers: list[dict] = []
        self.fail = fail
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with receiver.arrived:
                    failing = receiver.fail > 0
                    receiver.fail -= 1 if failing else 0
                    receiver.bodies.append(body)
                    receiver.headers.append(dict(self.headers))
                    receiver.arrived.notify_all()
                self.send_response(500 if failing else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/notify"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 10) -> list[dict]:
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.bodies) >= count, timeout)
            return list(self.bodies)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture(scope="session")
def chromium_available():
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver are required in CI")
        pytest.skip("no chromium / chromedriver here (apt-get install chromium chromium-driver)")


@pytest.fixture
def browser(chromium_available):
    """browser(lang, width, height) → a headless Chromium showing pages as a phone (or a
    desktop) whose browser prefers `lang`."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")     # Selenium Manager must fetch nothing
    drivers = []

    def open_browser(lang: str = "zh-CN", width: int = 360, height: int = 740, mobile: bool = True):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--hide-scrollbars", f"--lang={lang}", "--autoplay-policy=no-user-gesture-required"):
            options.add_argument(arg)
        options.add_experimental_option("prefs", {"intl.accept_languages": lang})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        drivers.append(driver)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        return driver

    yield open_browser
    for driver in drivers:
        driver.quit()
