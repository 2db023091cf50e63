"""`queuedesk web`: the ticket pages on the customers' phones, and their notices.

    queuedesk web [--db URL] [--host H] [--port P]

Serves until interrupted (Ctrl+C, SIGTERM). Point `printer.base_url` at its /t/ address
as phones reach it (usually through the branch's HTTPS reverse proxy).
"""
from __future__ import annotations

from queuedesk.domain.access import Role


def register(subparsers) -> None:
    p = subparsers.add_parser("web", help="the ticket pages customers follow on their phones (web server)",
                              description="Serve the page behind every ticket's QR code, live, and send "
                                          "the \"almost your turn\" notices.")
    p.add_argument("--host", help="address to listen on (default: web.host, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port to listen on (default: web.port, 8080)")
    p.set_defaults(func=run, schema=True, device=Role.WEB)   # acts as its kind of machine


def run(args, hall) -> int:
    from queuedesk.web.server import serve

    return serve(hall, args.host or hall.config["web.host"], args.port or hall.config["web.port"])
