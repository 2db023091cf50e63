"""Safe on a public network: security headers on every response, a request rate per client.

Forms are posted only from the site's own pages (`same_origin`).

The headers: a Content-Security-Policy that allows only queuedesk's own script, style
and connections (no inline script, no other site), no Referer sent anywhere (the ticket
page's address is its key), no framing, no sniffing, no caching of ticket pages.

The rate: a token bucket per client address (the proxy's X-Forwarded-For where uvicorn
trusts the proxy), `per_minute` requests with a burst of the same size; beyond it 429
with Retry-After. Buckets live in this process's memory, which is what one web process
per hall needs.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from urllib.parse import urlsplit

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "media-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
]
#: Buckets kept at most; past it the full (idle) ones are dropped.
MAX_CLIENTS = 20_000


def same_origin(headers) -> bool:
    """Whether a form post comes from this site's own page (cross-site request forgery
    is refused). The pages set no cookie, so a forged post would need the ticket's token
    anyway; this is the second lock. Browsers say where a request comes from in
    Sec-Fetch-Site, older ones in Origin, compared with the host the browser asked for
    (Host, or X-Forwarded-Host from a proxy; a cross-site form can set neither). A client
    that sends neither header is no browser another site could have made post."""
    site = headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = headers.get("origin")
    if origin is None:
        return True
    asked = {headers.get("host"), headers.get("x-forwarded-host")} - {None}
    return origin != "null" and urlsplit(origin).netloc in asked


def client_address(scope) -> str:
    client = scope.get("client")
    return client[0] if client else "unknown"


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in present]
                if scope.get("scheme") == "https":
                    extra.append((b"strict-transport-security", b"max-age=31536000"))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


class TokenBuckets:
    """`allow(key)`: True while `key` has requests left; refilled at `per_minute`."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.capacity = float(max(1, per_minute))
        self.rate = self.capacity / 60.0
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str) -> tuple[bool, float]:
        """(allowed, seconds until the next request would be)."""
        now = self.clock()
        tokens, since = self._buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - since) * self.rate)
        if tokens >= 1:
            self._store(key, tokens - 1, now)
            return True, 0.0
        self._store(key, tokens, now)
        return False, (1 - tokens) / self.rate

    def _store(self, key: str, tokens: float, now: float) -> None:
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > MAX_CLIENTS:
            idle = [k for k, (t, s) in self._buckets.items() if t + (now - s) * self.rate >= self.capacity]
            for k in idle:
                del self._buckets[k]


class RateLimit:
    """429 for a client past its rate; `refuse(scope, retry_after)` words the answer."""

    def __init__(self, app, buckets: TokenBuckets, refuse):
        self.app = app
        self.buckets = buckets
        self.refuse = refuse

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        allowed, wait = self.buckets.allow(client_address(scope))
        if allowed:
            return await self.app(scope, receive, send)
        response = self.refuse(scope, max(1, round(wait)))
        await response(scope, receive, send)


class AccessLog:
    """One line per request, with the ticket token cut to its first four digits: the
    token is the key to a ticket's page and has no place in a log file."""

    log = logging.getLogger("queuedesk.web.access")
    _TOKEN = re.compile(r"/([0-9a-fA-F]{4})[0-9a-fA-F]{8,}")

    def __init__(self, app):
        self.app = app

    @classmethod
    def masked(cls, path: str) -> str:
        return cls._TOKEN.sub(r"/\1…", path)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        status = []

        async def noting(message):
            if message["type"] == "http.response.start":
                status.append(message["status"])
                self.log.info("%s %s %s %d", client_address(scope), scope["method"], self.masked(scope["path"]),
                              message["status"])
            await send(message)

        await self.app(scope, receive, noting)
