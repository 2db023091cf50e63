"""Rating a visit from its ticket's page, over plain HTTP: offered once the visit is over,
one rating per visit, the two lowest levels ask why, refused from another site, today
only, rate-limited. (tests/web/test_browser.py taps it in a real browser.)"""
import re

from queuedesk.operations import calling, ratings, tickets
from tests.web.conftest import hall_with
from tests.web.http import post_form, request

SAME_SITE = {"Sec-Fetch-Site": "same-origin"}


def served(hall, counter=1):
    mine = tickets.issue_ticket(hall, "A")
    calling.call_next(hall, counter)
    calling.finish(hall, counter)
    return mine


def levels_offered(html: str) -> list[str]:
    return re.findall(r'form="rate" name="score" value="(\d)"', html)


def recorded(hall) -> list[tuple]:
    return [(r.ticket, r.counter, r.score, tuple(r.reasons), r.channel) for r in ratings.ratings_on(hall)]


def test_a_finished_visit_is_rated_on_its_page_once(hall, serve):
    url = serve(hall)
    mine = served(hall)
    page = request(url + f"/t/{mine.token}", headers={"Accept-Language": "zh-CN"}).text
    assert levels_offered(page) == ["5", "4", "3", "2", "1"]
    assert [name in page for name in ("非常满意", "满意", "基本满意", "不满意", "非常不满意")] == [True] * 5
    assert "请您对本次服务作出评价" in page and f'action="/t/{mine.token}/rating?lang=zh_CN"' in page
    answer = post_form(url + f"/t/{mine.token}/rating?lang=zh_CN", {"score": "4"}, SAME_SITE)
    assert answer.status == 303 and answer.headers["location"] == f"/t/{mine.token}?lang=zh_CN#rating"
    assert recorded(hall) == [(mine.number, 1, 4, (), "web")]
    assert request(url + f"/api/tickets/{mine.token}").json()["rating"] == \
        {"score": 4, "level": "satisfied", "reasons": []}
    page = request(url + f"/t/{mine.token}?lang=zh_CN").text
    assert levels_offered(page) == [] and "已评价：满意" in page and "感谢您的评价" in page
    # A second rating (another tab, a script) is refused politely: the first stands.
    again = post_form(url + f"/t/{mine.token}/rating?lang=zh_CN", {"score": "1", "step": "reasons"}, SAME_SITE)
    assert again.status == 303 and "rating=already_rated" in again.headers["location"]
    said = request(url + again.headers["location"].split("#")[0]).text
    assert "本次服务已评价，每次服务只能评价一次。" in said and "已评价：满意" in said
    assert recorded(hall) == [(mine.number, 1, 4, (), "web")]


def test_the_two_lowest_levels_ask_why_first(hall, serve):
    url = serve(hall)
    mine = served(hall)
    answer = post_form(url + f"/t/{mine.token}/rating?lang=en", {"score": "2"}, SAME_SITE)
    assert answer.status == 303 and answer.headers["location"] == f"/t/{mine.token}/rating?lang=en&score=2"
    assert recorded(hall) == []                                     # nothing yet: the reasons come first
    why = request(url + answer.headers["location"]).text
    assert "Sorry. What went wrong?" in why and "Your rating: Dissatisfied" in why
    assert re.findall(r'name="reason" value="(\w+)"', why) == \
        ["long_wait", "attitude", "not_proficient", "complicated", "other"]
    assert "<script>" not in why and "style=" not in why
    done = post_form(url + f"/t/{mine.token}/rating?lang=en",
                     [("score", "2"), ("step", "reasons"), ("reason", "attitude"), ("reason", "long_wait")],
                     SAME_SITE)
    assert done.status == 303 and done.headers["location"] == f"/t/{mine.token}?lang=en#rating"
    assert recorded(hall) == [(mine.number, 1, 2, ("long_wait", "attitude"), "web")]
    page = request(url + f"/t/{mine.token}?lang=en").text
    assert "Rated: Dissatisfied" in page and "Long wait, Staff attitude" in page
    # Asking why again once rated goes back to the page.
    assert request(url + f"/t/{mine.token}/rating?lang=en&score=1").status == 303


def test_no_rating_before_the_visit_is_over(hall, serve):
    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    assert levels_offered(request(url + f"/t/{mine.token}").text) == []
    refused = post_form(url + f"/t/{mine.token}/rating", {"score": "5"}, SAME_SITE)
    assert refused.status == 303 and "rating=not_ratable" in refused.headers["location"]
    calling.call_next(hall, 1)
    assert levels_offered(request(url + f"/t/{mine.token}").text) == []
    calling.no_show(hall, 1)
    assert levels_offered(request(url + f"/t/{mine.token}").text) == []     # never served: nothing to rate
    assert post_form(url + f"/t/{mine.token}/rating", {"score": "5"}, SAME_SITE).status == 303
    assert recorded(hall) == []


def test_a_transferred_visit_is_rated_where_it_ended(hall, serve):
    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1)
    calling.transfer(hall, 1, to_counter=2)
    assert levels_offered(request(url + f"/t/{mine.token}").text) == []     # still waiting at counter 2
    calling.call_next(hall, 2)
    calling.finish(hall, 2)
    assert levels_offered(request(url + f"/t/{mine.token}").text) == ["5", "4", "3", "2", "1"]
    assert post_form(url + f"/t/{mine.token}/rating", {"score": "5"}, SAME_SITE).status == 303
    assert recorded(hall) == [(mine.number, 2, 5, (), "web")]


def test_a_rating_from_another_site_is_refused(hall, serve):
    url = serve(hall)
    mine = served(hall)
    host = url.split("//", 1)[1]
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"},
                    {"Origin": "https://evil.example"}, {"Origin": "null"}):
        assert post_form(url + f"/t/{mine.token}/rating", {"score": "1", "step": "reasons"}, headers).status == 403
    assert recorded(hall) == []
    # An older browser says only Origin: this site (or the host a proxy was asked for).
    assert post_form(url + f"/t/{mine.token}/rating", {"score": "3"}, {"Origin": f"http://{host}"}).status == 303
    assert recorded(hall)[0][2] == 3
    other = served(hall)
    behind = {"Origin": "https://queue.branch.example", "X-Forwarded-Host": "queue.branch.example"}
    assert post_form(url + f"/t/{other.token}/rating", {"score": "4"}, behind).status == 303


def test_an_unknown_or_yesterday_s_ticket_cannot_be_rated(hall, serve, clock):
    url = serve(hall)
    mine = served(hall)
    assert post_form(url + "/t/0123456789abcdef0123456789abcdef/rating", {"score": "5"}, SAME_SITE).status == 404
    assert post_form(url + "/t/nothex/rating", {"score": "5"}, SAME_SITE).status == 404
    clock.advance(24 * 60)
    assert post_form(url + f"/t/{mine.token}/rating", {"score": "5"}, SAME_SITE).status == 404
    assert request(url + f"/t/{mine.token}/rating?score=1").status == 404


def test_malformed_ratings_change_nothing(hall, serve):
    url = serve(hall)
    mine = served(hall)
    for fields in ({"score": "seven"}, {"score": "9"}, {"score": "5", "reason": "attitude"},
                   {"score": "1", "step": "reasons", "reason": "<script>"}):
        answer = post_form(url + f"/t/{mine.token}/rating", fields, SAME_SITE)
        assert answer.status == 303 and "rating=" in answer.headers["location"]
    assert "That rating could not be recorded" in request(
        url + f"/t/{mine.token}?lang=en&rating=score_out_of_range").text
    assert post_form(url + f"/t/{mine.token}/rating", {"score": "5", "x": "y" * 4000}, SAME_SITE).status == 413
    assert recorded(hall) == []


def test_ratings_are_rate_limited_like_every_request(hall, serve):
    url = serve(hall_with(hall, web__requests_per_minute=10))
    mine = served(hall)
    statuses = [post_form(url + f"/t/{mine.token}/rating", {"score": "5"}, SAME_SITE).status for _ in range(12)]
    assert statuses[:10] == [303] * 10 and statuses[10:] == [429, 429]
    assert len(recorded(hall)) == 1
