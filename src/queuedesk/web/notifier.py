"""The "almost your turn" sender: a thread of the web process.

Woken by the live feed after every batch of events (and every second for retries), it
queues the notices that became due (operations.notices), claims those whose time has
come and POSTs each to the webhook; a failure is retried with back-off until
`notify.max_attempts`. Once an hour (and at start) it wipes the phone numbers of
earlier business days. Logs show a number only masked.
"""
from __future__ import annotations

import logging
import threading
import time

from queuedesk.domain.notices import masked
from queuedesk.operations import notices
from queuedesk.operations.hall import Hall
from queuedesk.operations.texts import hall_texts
from queuedesk.store.database import DatabaseError
from queuedesk.web import webhook

log = logging.getLogger("queuedesk.web.notices")

TICK_S = 1.0
FORGET_EVERY_S = 3600.0


class Notifier(threading.Thread):
    def __init__(self, hall: Hall):
        super().__init__(name="queuedesk-web-notices", daemon=True)
        self.hall = hall
        config = hall.config
        self.url = config["notify.webhook_url"]
        self.max_attempts = max(1, config["notify.max_attempts"])
        self.timeout = max(1, config["notify.timeout_seconds"])
        self.base_url = config["printer.base_url"]
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._forgot_at = 0.0
        self.sent = 0

    @property
    def enabled(self) -> bool:
        return bool(self.url)

    def wake(self, _events=None) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                self.step()
            except DatabaseError as exc:
                log.warning("notices: %s", exc)
            except Exception:
                log.exception("notices: unexpected failure")
            self._wake.wait(TICK_S)
            self._wake.clear()

    def step(self) -> None:
        if time.monotonic() - self._forgot_at > FORGET_EVERY_S or not self._forgot_at:
            self._forgot_at = time.monotonic()
            wiped = notices.forget_phones(self.hall)
            if wiped:
                log.info("notices: forgot %d phone numbers of earlier days", wiped)
        if not self.enabled:
            return
        if notices.has_requests(self.hall):
            notices.queue_due_notices(self.hall)
        batch = notices.claim_deliveries(self.hall)
        if not batch:
            return
        branch = hall_texts(self.hall).branch_name
        for delivery in batch:
            if self._stopping.is_set():
                return      # claimed but not sent: the lease runs out and it is tried again
            self.deliver(delivery, branch.text(delivery.lang))

    def deliver(self, delivery: notices.Delivery, branch: str) -> None:
        what = f"notice {delivery.notice_id} ({delivery.kind}, {delivery.number}, {masked(delivery.phone)})"
        try:
            webhook.post(self.url, webhook.payload(delivery, branch, self.base_url), self.timeout)
        except webhook.DeliveryError as exc:
            gave_up = notices.delivery_failed(self.hall, delivery.notice_id, str(exc), self.max_attempts)
            log.warning("%s: try %d failed (%s)%s", what, delivery.attempts, exc,
                        "; given up" if gave_up else "; will retry")
            return
        notices.delivered(self.hall, delivery.notice_id)
        self.sent += 1
        log.info("%s sent", what)
