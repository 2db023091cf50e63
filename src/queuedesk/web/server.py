"""Serving the application with uvicorn: from the command line, or in a thread (tests, benchmarks).

uvicorn's own access log is off (it would write ticket tokens); guard.AccessLog writes
one line per request with the token cut short. Proxy headers (X-Forwarded-For/-Proto)
are believed from the addresses in $FORWARDED_ALLOW_IPS, by default only 127.0.0.1: a
reverse proxy on the same machine.
"""
from __future__ import annotations

import logging
import threading
import time

import uvicorn

from queuedesk.operations.hall import Hall
from queuedesk.web.app import WebApp

#: Seconds open pages get to end when the server stops (each stream is told at once).
GRACE_S = 3


class WebServer(uvicorn.Server):
    def __init__(self, web: WebApp, host: str, port: int, log_level: str = "info"):
        self.web = web
        super().__init__(uvicorn.Config(web.asgi(), host=host, port=port, log_level=log_level, access_log=False,
                                        proxy_headers=True, timeout_graceful_shutdown=GRACE_S,
                                        timeout_keep_alive=20, server_header=False, date_header=True))

    async def shutdown(self, sockets=None):
        self.web.hub.close_all()     # end the live streams first, or shutdown waits for them
        await super().shutdown(sockets)


def serve(hall: Hall, host: str, port: int) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    server = WebServer(WebApp(hall), host, port)
    server.run()
    return 0 if server.started else 1


class Background:
    """The server on a thread of this process, for tests and benchmarks: `with Background(hall) as url:`."""

    def __init__(self, hall: Hall, host: str = "127.0.0.1", port: int = 0):
        self.web = WebApp(hall)
        self.server = WebServer(self.web, host, port, log_level="warning")
        self.thread = threading.Thread(target=self.server.run, name="queuedesk-web", daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the web server did not start")
            time.sleep(0.02)
        host, port = self.server.servers[0].sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(15)
