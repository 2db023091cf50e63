"""Plain HTTP for the tests: one request, no redirects followed, no cookies kept."""
from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit


class Answer:
    def __init__(self, status: int, headers: dict[str, str], body: bytes):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode()

    def json(self):
        return json.loads(self.body)


def request(url: str, method: str = "GET", headers: dict | None = None, body: bytes | None = None) -> Answer:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        conn.close()


def post_form(url: str, fields: dict, headers: dict | None = None) -> Answer:
    from urllib.parse import urlencode

    return request(url, "POST", {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
                   urlencode(fields).encode())
