"""`queuedesk web`: the page behind the ticket's QR code, live on the customer's phone.

A small ASGI application (Starlette, served by uvicorn): `/t/<token>` the ticket page,
`/t/<token>/events` its live updates (Server-Sent Events from one event feed per
process), `/api/tickets/<token>` the same facts as JSON, `/healthz` for monitoring, and
the "almost your turn" notices sent through the hall's webhook. It reads the queue
through the use cases (`operations.follow`, `operations.notices`); it changes nothing
in the queue but a customer's notice request and their rating of the visit.
"""
