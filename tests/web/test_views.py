"""What a customer reads on the page in each state, in each language (no browser needed)."""
from queuedesk.operations import calling, day, follow, ratings, tickets
from queuedesk.web.languages import from_accept_language
from queuedesk.web.strings import Words
from queuedesk.web.views import ticket_view


def view(hall, token, lang="en"):
    return ticket_view(follow.ticket_page(hall, token), Words(lang))


def test_every_state_is_said_plainly(hall):
    mine = tickets.issue_ticket(hall, "A")
    assert view(hall, mine.token).ahead_text == "You are next"
    calling.call_next(hall, 1)
    assert view(hall, mine.token, "zh_TW").banner == "請到 1號櫃檯"
    calling.recall(hall, 1)
    assert view(hall, mine.token).recall_text == "Called again (2): please go now"
    calling.transfer(hall, 1, to_service="C", note="needs a form")
    moved = view(hall, mine.token)
    assert moved.state == "waiting" and "keep your place" in moved.note and moved.service_name == "Corporate"
    assert "needs a form" not in str(moved)                 # staff notes are not the public's
    calling.call_next(hall, 3)
    calling.no_show(hall, 3)
    assert "did not come" in view(hall, mine.token).message
    other = tickets.issue_ticket(hall, "B")
    tickets.cancel_ticket(hall, other.number)
    assert view(hall, other.token, "zh_CN").message == "此号码已取消。"
    late = tickets.issue_ticket(hall, "B")
    day.close_day(hall)
    assert view(hall, late.token).message == "The business day is over: this ticket is no longer valid."


def test_served_then_rated_in_the_rating_screen_s_words(hall):
    mine = tickets.issue_ticket(hall, "A")
    assert not view(hall, mine.token).rating_offered               # waiting: nothing to rate yet
    calling.call_next(hall, 1)
    assert not view(hall, mine.token).rating_offered
    calling.finish(hall, 1)
    served = view(hall, mine.token, "zh_CN")
    assert served.message == "办理完毕，感谢您的光临。" and served.rating_offered and served.rated_text == ""
    assert [name for _, name in Words("zh_TW").levels] == ["非常滿意", "滿意", "基本滿意", "不滿意", "非常不滿意"]
    assert Words("zh_CN").rate_question == "请您对本次服务作出评价"
    assert follow.ticket_page(hall, mine.token).rating is None
    ratings.rate_ticket(hall, mine.number, 1, ["attitude", "other"], channel="keypad")   # the counter's keypad
    rated = view(hall, mine.token, "zh_TW")
    assert not rated.rating_offered and rated.rated_text == "已評價：非常不滿意"
    assert rated.rated_reasons == "服務態度、其他"
    assert follow.ticket_page(hall, mine.token).rating == \
        follow.VisitRating(score=1, level="very_dissatisfied", reasons=("attitude", "other"))


def test_browser_languages_map_to_ours():
    assert from_accept_language("zh-HK,zh;q=0.9,en;q=0.8") == "zh_TW"
    assert from_accept_language("zh-Hans-CN") == "zh_CN"
    assert from_accept_language("en-US;q=0.8,en;q=0.7,zh-CN;q=0.95") == "zh_CN"
    assert from_accept_language("fr, de;q=0.5") is None
    assert from_accept_language("en;q=0, zh-TW;q=0.1") == "zh_TW"
