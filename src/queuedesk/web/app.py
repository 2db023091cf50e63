"""The web application: routes, pages, the live stream, and what runs beside them.

    GET  /t/<token>                 the ticket page (a phone, 360 px and up)
    GET  /t/<token>/events          its live updates, Server-Sent Events
    POST /t/<token>/notice          "text me when my turn is near" (a form: works without script)
    POST /t/<token>/notice/stop     no more notices; the number is wiped
    POST /t/<token>/rating          rate the visit once it is over (one of five levels; a form)
    GET  /t/<token>/rating?score=N  the two lowest levels: why (the reasons), then posted
    GET  /api/tickets/<token>       the page's facts as JSON
    GET  /healthz                   for monitoring: database, event feed, open pages
    GET  /static/<file>             the page's own style, script and icon (no other site)

The web process changes nothing in the queue: it writes only a customer's notice
request and their rating (operations.ratings.rate_ticket, channel "web").

Every blocking read or write runs on a worker thread; the event loop only routes,
renders and streams.
"""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from pathlib import Path
from urllib.parse import parse_qs

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from queuedesk.domain.errors import QueueError, UnknownTicket
from queuedesk.domain.events import HallTextChanged
from queuedesk.domain.notices import AHEAD_MAX, AHEAD_MIN
from queuedesk.domain.ratings import LOW
from queuedesk.operations import follow, notices, queries, ratings
from queuedesk.operations.follow import TicketPage
from queuedesk.operations.hall import Hall
from queuedesk.operations.texts import hall_texts
from queuedesk.store.database import DatabaseError
from queuedesk.web import languages
from queuedesk.web.guard import AccessLog, RateLimit, SecurityHeaders, TokenBuckets, client_address, same_origin
from queuedesk.web.live import CLOSED, LiveHub, TooManyStreams
from queuedesk.web.notifier import Notifier
from queuedesk.web.strings import Words
from queuedesk.web.views import ticket_view

log = logging.getLogger("queuedesk.web")

STATIC = Path(__file__).with_name("static")
#: A quiet stream sends a comment this often, so proxies and phones keep it open.
HEARTBEAT_S = 15.0
MAX_FORM_BYTES = 2048
NO_STORE = {"Cache-Control": "no-store"}


class WebApp:
    """What the routes share: the hall, the templates, the live hub and the notice sender."""

    def __init__(self, hall: Hall):
        self.hall = hall
        config = hall.config
        self.templates = Environment(loader=PackageLoader("queuedesk.web", "templates"),
                                     autoescape=select_autoescape(default=True), trim_blocks=True,
                                     lstrip_blocks=True)
        self.templates.globals["asset"] = self.asset
        self.assets = {p.name: (p.read_bytes(), hashlib.sha256(p.read_bytes()).hexdigest()[:10])
                       for p in STATIC.iterdir() if p.is_file()}
        self.notifier = Notifier(hall)
        self.hub = LiveHub(hall, self.render_fragment, max_streams=config["web.max_streams"],
                           per_client=config["web.streams_per_client"], on_events=self.events_arrived)
        self.buckets = TokenBuckets(config["web.requests_per_minute"])
        self._branch = None

    def events_arrived(self, batch) -> None:
        """On the feed's thread, before the pages are read again."""
        if any(isinstance(e, HallTextChanged) for e in batch):
            self._branch = None
        self.notifier.wake()

    # -- pieces of pages ------------------------------------------------------------------------
    def asset(self, name: str) -> str:
        return f"/static/{name}?v={self.assets[name][1]}"

    def branch(self, lang: str) -> str:
        if self._branch is None:
            self._branch = hall_texts(self.hall).branch_name   # read once: it seldom changes
        return self._branch.text(lang)

    def words(self, request: Request) -> Words:
        return Words(languages.negotiate(request.query_params.get("lang"), request.cookies.get(languages.COOKIE),
                                         request.headers.get("accept-language"), self.hall.config["hall.language"]))

    def render_fragment(self, page: TicketPage | None, lang: str) -> str:
        words = Words(lang)
        if page is None:
            return self.templates.get_template("gone.html").render(
                heading=words.not_found_title, text=words.not_found, help=words.not_found_help)
        return self.templates.get_template("ticket.html").render(v=ticket_view(page, words), w=words)

    def html(self, request: Request, template: str, words: Words, status: int = 200, **context) -> HTMLResponse:
        text = self.templates.get_template(template).render(
            w=words, html_lang=words.lang.replace("_", "-"), branch=self.branch(words.lang), **context)
        response = HTMLResponse(text, status_code=status, headers=NO_STORE)
        chosen = languages.known(request.query_params.get("lang"))
        if chosen:
            response.set_cookie(languages.COOKIE, chosen, max_age=30 * 86400, httponly=True, samesite="lax",
                                secure=request.url.scheme == "https")
        return response

    def not_found(self, request: Request, words: Words | None = None) -> HTMLResponse:
        words = words or self.words(request)
        return self.html(request, "notfound.html", words, status=404, title=words.not_found_title,
                         heading=words.not_found_title, text=words.not_found, help=words.not_found_help)

    def message_page(self, request: Request, status: int, text: str, headers: dict | None = None) -> HTMLResponse:
        words = self.words(request)
        response = self.html(request, "notfound.html", words, status=status, title=text, heading=text, text="",
                             help="")
        response.headers.update(headers or {})
        return response

    def refuse(self, scope, retry_after: int) -> Response:
        """The answer to a client past its request rate."""
        request = Request(scope)
        headers = {"Retry-After": str(retry_after), **NO_STORE}
        if request.url.path.startswith(("/api/", "/healthz")) or request.url.path.endswith("/events"):
            return JSONResponse({"error": "too_many_requests", "retry_after": retry_after}, 429, headers)
        return self.message_page(request, 429, self.words(request).too_many_requests, headers)

    # -- routes -------------------------------------------------------------------------------
    async def ticket(self, request: Request) -> Response:
        words = self.words(request)
        token = request.path_params["token"]
        try:
            page = await asyncio.to_thread(follow.ticket_page, self.hall, token)
        except UnknownTicket:
            return self.not_found(request, words)
        notice = page.notice
        message = {"bad_phone": words.bad_phone,
                   "bad_threshold": words.bad_threshold.format(AHEAD_MIN, AHEAD_MAX),
                   "notice_changes": words.too_many_changes}.get(request.query_params.get("notice", ""), "")
        refused = request.query_params.get("rating", "")
        rating_message = {"already_rated": words.already_rated, "not_ratable": words.not_ratable}.get(
            refused, words.rating_refused) if refused else ""
        base = f"/t/{token}"
        return self.html(
            request, "page.html", words, title=words.title.format(page.number),
            v=ticket_view(page, words), stream_url=f"{base}/events?lang={words.lang}",
            rate_url=f"{base}/rating?lang={words.lang}", rating_message=rating_message,
            notice_url=base, notice=notice, notice_message=message,
            notices_offered=self.notifier.enabled and page.state == "waiting",
            ahead_choices=range(AHEAD_MIN, min(AHEAD_MAX, 10) + 1), ahead_default=self.hall.config["notify.ahead"])

    async def events(self, request: Request) -> Response:
        words = self.words(request)
        try:
            page = await asyncio.to_thread(follow.ticket_page, self.hall, request.path_params["token"])
        except UnknownTicket:
            return JSONResponse({"error": "not_found"}, 404, NO_STORE)
        try:
            watcher = self.hub.join(page.visit, words.lang, client_address(request.scope), page)
        except TooManyStreams:
            return JSONResponse({"error": "too_many_streams"}, 429, {"Retry-After": "30", **NO_STORE})
        self.hub.wake()      # anything that changed between the read above and joining is sent
        first = self.render_fragment(page, words.lang)
        watcher.last = first

        async def stream():
            try:
                yield "retry: 3000\n" + sse(first)
                while True:
                    item = await watcher.next(HEARTBEAT_S)
                    if item is CLOSED:
                        break
                    yield ": still here\n\n" if item is None else sse(item)
            finally:
                self.hub.leave(watcher)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"X-Accel-Buffering": "no", **NO_STORE})

    async def api_ticket(self, request: Request) -> Response:
        try:
            page = await asyncio.to_thread(follow.ticket_page, self.hall, request.path_params["token"])
        except UnknownTicket:
            return JSONResponse({"error": "not_found"}, 404, NO_STORE)
        value = page.to_dict()
        for private in ("visit", "leg"):      # row ids say how busy the hall is: not the public's
            value.pop(private)
        return JSONResponse(value, headers=NO_STORE)

    async def request_notice(self, request: Request) -> Response:
        return await self._notice(request, stop=False)

    async def stop_notice(self, request: Request) -> Response:
        return await self._notice(request, stop=True)

    async def _posted(self, request: Request, words, taken: bool = True) -> Response | dict[str, list[str]]:
        """The form posted to a ticket's page, or the page that refuses it: a malformed
        token or one not `taken` here (404), another site's form (403), too long (413)."""
        if not follow.is_token(request.path_params["token"]) or not taken:
            return self.not_found(request, words)
        if not same_origin(request.headers):
            return self.message_page(request, 403, words.server_error)
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            return self.message_page(request, 413, words.server_error)
        return parse_qs(body.decode("utf-8", "replace"))

    async def _notice(self, request: Request, stop: bool) -> Response:
        token = request.path_params["token"]
        words = self.words(request)
        posted = await self._posted(request, words, taken=self.notifier.enabled or stop)
        if isinstance(posted, Response):
            return posted
        form = {k: v[0] for k, v in posted.items()}
        back = f"/t/{token}?lang={words.lang}"
        try:
            if stop:
                await asyncio.to_thread(notices.cancel_notice, self.hall, token)
            else:
                try:
                    ahead = int(form.get("ahead", ""))
                except ValueError:
                    ahead = 0
                await asyncio.to_thread(notices.request_notice, self.hall, token, form.get("phone", ""), ahead,
                                        words.lang)
        except UnknownTicket:
            return self.not_found(request, words)
        except QueueError as exc:
            return RedirectResponse(f"{back}&notice={exc.code}#notice", 303)
        self.notifier.wake()
        return RedirectResponse(f"{back}#notice", 303)

    async def rate(self, request: Request) -> Response:
        """A level posted from the ticket's page: the two lowest first ask why (a page of
        reasons), every other is recorded at once. One rating per visit, today only."""
        token = request.path_params["token"]
        words = self.words(request)
        form = await self._posted(request, words)
        if isinstance(form, Response):
            return form
        back = f"/t/{token}?lang={words.lang}"
        try:
            score = int(form.get("score", [""])[0])
        except ValueError:
            return RedirectResponse(f"{back}&rating=score_out_of_range#rating", 303)
        try:
            page = await asyncio.to_thread(follow.ticket_page, self.hall, token)
            if not page.ratable:
                code = "already_rated" if page.rating is not None else "not_ratable"
                return RedirectResponse(f"{back}&rating={code}#rating", 303)
            if score in LOW and form.get("step", [""])[0] != "reasons":
                return RedirectResponse(f"/t/{token}/rating?lang={words.lang}&score={score}", 303)
            await asyncio.to_thread(ratings.rate_ticket, self.hall, page.number, score, form.get("reason", []),
                                    channel="web")
        except UnknownTicket:
            return self.not_found(request, words)
        except QueueError as exc:
            return RedirectResponse(f"{back}&rating={exc.code}#rating", 303)
        return RedirectResponse(f"{back}#rating", 303)

    async def rating_reasons(self, request: Request) -> Response:
        """The second step of a low rating: what went wrong."""
        token = request.path_params["token"]
        words = self.words(request)
        try:
            page = await asyncio.to_thread(follow.ticket_page, self.hall, token)
        except UnknownTicket:
            return self.not_found(request, words)
        back = f"/t/{token}?lang={words.lang}"
        try:
            score = int(request.query_params.get("score", ""))
        except ValueError:
            score = 0
        if score not in LOW or not page.ratable:
            return RedirectResponse(f"{back}#rating", 303)
        return self.html(request, "rating.html", words, title=words.title.format(page.number), number=page.number,
                         score=score, rate_url=f"/t/{token}/rating?lang={words.lang}", back_url=f"{back}#rating")

    async def healthz(self, request: Request) -> Response:
        try:
            last_id = await asyncio.to_thread(queries.last_event_id, self.hall)
        except DatabaseError as exc:
            return JSONResponse({"status": "down", "database": str(exc)}, 503, NO_STORE)
        feed = self.hub.feed
        healthy = bool(feed and feed.is_alive() and feed.healthy)
        return JSONResponse({"status": "ok" if healthy else "degraded", "database": "ok",
                             "last_event_id": last_id, "feed": "ok" if healthy else "down",
                             "streams": self.hub.streams, "notices": "on" if self.notifier.enabled else "off"},
                            200 if healthy else 503, NO_STORE)

    async def static(self, request: Request) -> Response:
        found = self.assets.get(request.path_params["name"])
        if found is None:
            return self.not_found(request)
        content, digest = found
        if request.headers.get("if-none-match") == f'"{digest}"':
            return Response(status_code=304)
        fresh = request.query_params.get("v") == digest
        return Response(content, media_type=_media_type(request.path_params["name"]), headers={
            "ETag": f'"{digest}"',
            "Cache-Control": "public, max-age=31536000, immutable" if fresh else "public, max-age=300"})

    # -- running ------------------------------------------------------------------------------
    @contextlib.asynccontextmanager
    async def lifespan(self, _app):
        await self.hub.start()
        self.notifier.start()
        try:
            yield
        finally:
            self.notifier.stop()
            await self.hub.stop()
            await asyncio.to_thread(self.notifier.join, 10)

    def asgi(self):
        routes = [
            Route("/t/{token}", self.ticket),
            Route("/t/{token}/events", self.events),
            Route("/t/{token}/notice", self.request_notice, methods=["POST"]),
            Route("/t/{token}/notice/stop", self.stop_notice, methods=["POST"]),
            Route("/t/{token}/rating", self.rate, methods=["POST"]),
            Route("/t/{token}/rating", self.rating_reasons, methods=["GET"]),
            Route("/api/tickets/{token}", self.api_ticket),
            Route("/healthz", self.healthz),
            Route("/static/{name}", self.static),
        ]

        async def not_found(request: Request, _exc) -> Response:
            return self.not_found(request)

        async def failed(request: Request, exc) -> Response:
            log.error("%s %s failed: %s", request.method, AccessLog.masked(request.url.path), exc)
            return self.message_page(request, 500, self.words(request).server_error)

        app = Starlette(routes=routes, lifespan=self.lifespan,
                        exception_handlers={404: not_found, 405: not_found, 500: failed})
        return SecurityHeaders(AccessLog(RateLimit(app, self.buckets, self.refuse)))


def sse(fragment: str) -> str:
    """One Server-Sent Event carrying an HTML fragment (every line its own data: line)."""
    return "event: ticket\n" + "".join(f"data: {line}\n" for line in fragment.splitlines()) + "\n"


def _media_type(name: str) -> str:
    return {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
            ".svg": "image/svg+xml"}.get(Path(name).suffix, "application/octet-stream")


def create_app(hall: Hall):
    """The ASGI application serving this hall."""
    return WebApp(hall).asgi()
