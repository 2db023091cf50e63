"""The web server answered with plain HTTP: headers, rate limit, the 404 page, the JSON,
the notice form, the live stream. (tests/web/test_browser.py drives a real browser.)"""
import socket
import time

import pytest

from queuedesk.operations import calling, day, tickets
from tests.web.conftest import hall_with
from tests.web.http import post_form, request

TOKEN_404 = "0123456789abcdef0123456789abcdef"


def test_the_ticket_page_and_its_assets_carry_the_security_headers(hall, serve):
    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    for path in (f"/t/{mine.token}", f"/api/tickets/{mine.token}", f"/t/{TOKEN_404}", "/static/page.js",
                 "/healthz", "/nothing/here"):
        answer = request(url + path)
        csp = answer.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp and "default-src 'none'" in csp
        assert "frame-ancestors 'none'" in csp
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
        assert "server" not in answer.headers
    page = request(url + f"/t/{mine.token}")
    assert page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text and " on" + "click=" not in page.text and "style=" not in page.text


def test_the_page_and_everything_it_loads_weigh_under_100_kb_and_come_from_queuedesk(hall, serve):
    import re

    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    page = request(url + f"/t/{mine.token}")
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', page.text)
    assert {a.split("?")[0] for a in assets} == {"/static/page.css", "/static/page.js", "/static/icon.svg"}
    assert not re.search(r'(?:href|src)="(?:https?:)?//', page.text)       # no other site
    weight = len(page.body) + sum(len(request(url + a.replace("&amp;", "&")).body) for a in assets)
    assert weight <= 100 * 1024, weight


def test_an_unknown_or_malformed_token_gets_a_friendly_404_that_tells_nothing(hall, serve):
    url = serve(hall)
    tickets.issue_ticket(hall, "A")
    for token in (TOKEN_404, "short", "x" * 32):
        answer = request(url + f"/t/{token}", headers={"Accept-Language": "en"})
        assert answer.status == 404
        assert "Ticket not found" in answer.text and "take a new ticket" in answer.text
        assert "A001" not in answer.text and "Personal cash" not in answer.text
        assert request(url + f"/api/tickets/{token}").json() == {"error": "not_found"}
    zh = request(url + f"/t/{TOKEN_404}", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert zh.status == 404 and "找不到此号码" in zh.text


def test_a_ticket_of_an_earlier_day_is_not_found(hall, serve, clock):
    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    day.close_day(hall)
    assert request(url + f"/t/{mine.token}").status == 200      # the same day: "no longer valid"
    clock.advance(24 * 60)
    assert request(url + f"/t/{mine.token}").status == 404


def test_the_api_gives_the_page_s_facts(hall, serve):
    url = serve(hall)
    for _ in range(3):
        tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1)
    calling.call_next(hall, 2)           # both counters busy: one ahead is a wait, with its range
    mine = tickets.issue_ticket(hall, "A")
    facts = request(url + f"/api/tickets/{mine.token}").json()
    assert (facts["number"], facts["state"], facts["ahead"], facts["service"]) == (mine.number, "waiting", 1, "A")
    assert facts["service_names"]["en"] == "Personal cash"
    assert facts["wait_range"][0] < facts["wait_range"][1]
    assert [c["number"] for c in facts["counters"]] == [1, 2]
    assert facts["rating"] is None and facts["notice"] is None
    assert "visit" not in facts and "token" not in facts and "staff" not in facts
    calling.call_next(hall, 1, no_show_current=True)
    calling.call_next(hall, 2, no_show_current=True)
    facts = request(url + f"/api/tickets/{mine.token}").json()
    assert (facts["state"], facts["counter"]["number"]) == ("called", 2)
    assert facts["wait_range"] is None


def test_the_language_follows_the_browser_and_the_toggle_sticks(hall, serve):
    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    page = f"{url}/t/{mine.token}"
    assert "您前面还有" in request(page, headers={"Accept-Language": "zh-CN"}).text
    assert "您前面還有" in request(page, headers={"Accept-Language": "zh-TW,en;q=0.5"}).text
    assert "People ahead of you" in request(page, headers={"Accept-Language": "fr-FR,en-GB;q=0.8"}).text
    assert "您前面还有" in request(page, headers={"Accept-Language": "de"}).text     # the hall's language
    toggled = request(page + "?lang=en", headers={"Accept-Language": "zh-CN"})
    assert "People ahead of you" in toggled.text
    cookie = toggled.headers["set-cookie"].split(";")[0]
    assert "People ahead of you" in request(page, headers={"Accept-Language": "zh-CN", "Cookie": cookie}).text


def test_each_client_is_rate_limited_on_its_own(hall, serve):
    url = serve(hall_with(hall, web__requests_per_minute=10))
    mine = tickets.issue_ticket(hall, "A")
    one = {"X-Forwarded-For": "203.0.113.7"}     # believed from the proxy at 127.0.0.1
    statuses = [request(url + f"/t/{mine.token}", headers=one).status for _ in range(12)]
    assert statuses[:10] == [200] * 10 and statuses[10:] == [429, 429]
    refused = request(url + f"/api/tickets/{mine.token}", headers=one)
    assert refused.status == 429 and int(refused.headers["retry-after"]) >= 1
    assert "content-security-policy" in refused.headers
    other = {"X-Forwarded-For": "198.51.100.20"}
    assert request(url + f"/t/{mine.token}", headers=other).status == 200


def test_a_page_s_stream_pushes_the_change_when_another_ticket_is_called(hall, serve):
    url = serve(hall)
    tickets.issue_ticket(hall, "A")
    mine = tickets.issue_ticket(hall, "A")
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(f"GET /t/{mine.token}/events?lang=en HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        received = read_until(sock, b'data-ahead="1"')
        assert b"text/event-stream" in received
        calling.call_next(hall, 1)
        assert b'data-ahead="0"' in read_until(sock, b'data-ahead="0"')
        assert request(url + "/healthz").json()["streams"] == 1
    deadline = time.monotonic() + 5                     # the phone went away: its stream is let go
    while request(url + "/healthz").json()["streams"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert request(url + "/healthz").json()["streams"] == 0


def read_until(sock, marker: bytes, timeout: float = 5) -> bytes:
    data = b""
    deadline = time.monotonic() + timeout
    while marker not in data and time.monotonic() < deadline:
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            break
        if not chunk:
            break
        data += chunk
    return data


def test_healthz_reports_the_database_and_the_feed(hall, serve):
    url = serve(hall)
    deadline = time.monotonic() + 5
    while (answer := request(url + "/healthz")).status != 200 and time.monotonic() < deadline:
        time.sleep(0.05)
    health = answer.json()
    assert answer.status == 200 and health["status"] == "ok" and health["database"] == "ok"
    assert health["feed"] == "ok" and health["streams"] == 0


@pytest.fixture
def noticing(hall, receiver):
    return hall_with(hall, notify__webhook_url=receiver.url)


def test_the_notice_form_is_offered_only_with_a_webhook_and_refuses_a_bad_number(hall, noticing, serve):
    mine = tickets.issue_ticket(hall, "A")
    plain = serve(hall)
    assert 'name="phone"' not in request(plain + f"/t/{mine.token}").text
    url = serve(noticing)
    assert 'name="phone"' in request(url + f"/t/{mine.token}").text
    bad = post_form(url + f"/t/{mine.token}/notice", {"phone": "call me", "ahead": "3"},
                    {"Accept-Language": "en"})
    assert bad.status == 303 and "notice=bad_phone" in bad.headers["location"]
    assert "not a mobile number" in request(url + bad.headers["location"].split("#")[0]).text
    good = post_form(url + f"/t/{mine.token}/notice", {"phone": "138 0013 8000", "ahead": "2"},
                     {"Accept-Language": "en"})
    assert good.status == 303
    page = request(url + f"/t/{mine.token}", headers={"Accept-Language": "en"}).text
    assert "****8000" in page and "13800138000" not in page and "when 2 people are ahead" in page
    facts = request(url + f"/api/tickets/{mine.token}").json()
    assert facts["notice"]["phone"] == "****8000" and facts["notice"]["ahead"] == 2
    stop = post_form(url + f"/t/{mine.token}/notice/stop", {})
    assert stop.status == 303 and request(url + f"/api/tickets/{mine.token}").json()["notice"]["active"] is False


def test_a_notice_request_from_another_site_is_refused(hall, noticing, serve):
    url = serve(noticing)
    mine = tickets.issue_ticket(hall, "A")
    answer = post_form(url + f"/t/{mine.token}/notice", {"phone": "13800138000", "ahead": "3"},
                       {"Sec-Fetch-Site": "cross-site"})
    assert answer.status == 403
    assert request(url + f"/api/tickets/{mine.token}").json()["notice"] is None


def test_nothing_but_a_notice_request_changes_anything(hall, serve):
    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    for method in ("POST", "PUT", "DELETE"):
        assert request(url + f"/t/{mine.token}", method).status in (404, 405)
        assert request(url + f"/api/tickets/{mine.token}", method).status in (404, 405)
