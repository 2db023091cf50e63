"""One notice as the JSON an SMS or WeChat gateway takes, POSTed to `notify.webhook_url`.

    {"id": "queuedesk-notice-17", "kind": "ahead", "phone": "13800138000", "lang": "zh_CN",
     "text": "示例银行 中心支行：A012 号，您前面还有 3 人，请尽快返回。",
     "ticket": "A012", "service": "A", "service_name": "个人现金业务",
     "ahead": 3, "counter": null, "counter_name": null,
     "url": "https://queue.example.com/t/<token>", "attempt": 1}

The same `id` (also sent as the Idempotency-Key header) comes with every retry of one
notice, so a gateway that took a notice whose answer was lost can drop the repeat.
Only the standard library: one small POST needs no client library.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request

from queuedesk import __version__
from queuedesk.domain.languages import LocalText
from queuedesk.operations.notices import Delivery
from queuedesk.web.strings import Words
from queuedesk.wording import phrases


class DeliveryError(Exception):
    """The gateway did not take the notice; the message never holds the phone number."""


def message(delivery: Delivery, branch: str) -> str:
    words = Words(delivery.lang)
    if delivery.kind == "called":
        where = phrases.counter(delivery.counter or 0, words.lang, LocalText(delivery.counter_names))
        return words.sms_called.format(branch, delivery.number, where)
    if not delivery.ahead:
        return words.sms_next.format(branch, delivery.number)
    return words.sms_ahead.format(branch, delivery.number, delivery.ahead)


def payload(delivery: Delivery, branch: str, base_url: str) -> dict:
    lang = Words(delivery.lang).lang
    return {
        "id": f"queuedesk-notice-{delivery.notice_id}", "kind": delivery.kind, "phone": delivery.phone,
        "lang": lang, "text": message(delivery, branch), "ticket": delivery.number, "service": delivery.service,
        "service_name": LocalText(delivery.service_names).text(lang) or delivery.service,
        "ahead": delivery.ahead, "counter": delivery.counter,
        "counter_name": (phrases.counter(delivery.counter, lang, LocalText(delivery.counter_names))
                         if delivery.counter is not None else None),
        "url": base_url + delivery.token if base_url else None, "attempt": delivery.attempts,
    }


def post(url: str, body: dict, timeout: float) -> None:
    """POST `body` as JSON; DeliveryError unless the gateway answers 2xx."""
    data = json.dumps(body, ensure_ascii=False).encode()
    request = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "Idempotency-Key": body["id"],
        "User-Agent": f"queuedesk/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read(65536)
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DeliveryError(type(reason).__name__ if not isinstance(reason, str) else reason) from None
