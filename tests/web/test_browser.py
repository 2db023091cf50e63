"""The ticket page in a real headless Chromium (Debian's), as a customer's phone shows it."""
import os
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from queuedesk.operations import calling, tickets
from tests.web.conftest import hall_with

pytestmark = pytest.mark.slow


def text_of(driver, css: str) -> str:
    """The element's visible text, read in one step: a live update may replace it any moment."""
    return driver.execute_script(
        "var e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : '';", css)


def wait_text(driver, css: str, expected: str, timeout: float) -> float:
    """Seconds until the element shows `expected` (TimeoutException after `timeout`)."""
    start = time.monotonic()
    WebDriverWait(driver, timeout, poll_frequency=0.02).until(lambda d: text_of(d, css) == expected)
    return time.monotonic() - start


def wait_live(driver) -> None:
    WebDriverWait(driver, 10).until(lambda d: "live" in d.find_element(By.ID, "status").get_attribute("class"))


def no_script_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_the_phone_shows_the_place_and_it_moves_within_a_second_of_a_call(hall, serve, browser):
    url = serve(hall)
    for _ in range(4):
        tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1)
    calling.call_next(hall, 2)           # both counters busy: two ahead is a wait, shown as a range
    mine = tickets.issue_ticket(hall, "A")
    phone = browser("zh-CN")
    phone.get(f"{url}/t/{mine.token}")
    assert text_of(phone, ".number") == mine.number
    assert text_of(phone, ".ahead") == "2"
    assert text_of(phone, ".service") == "个人现金业务"
    assert "约" in text_of(phone, ".wait") and "分钟" in text_of(phone, ".wait")
    assert text_of(phone, ".counters") == "1号窗口、2号窗口"
    wait_live(phone)
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360   # nothing off the side
    calling.call_next(hall, 1, no_show_current=True)
    assert wait_text(phone, ".ahead", "1", timeout=1.0) <= 1.0
    calling.call_next(hall, 2, no_show_current=True)
    assert wait_text(phone, ".ahead", "下一位就是您", timeout=1.0) <= 1.0
    assert no_script_errors(phone) == []


#: Notes every vibration the page asks for (a headless browser has no motor to feel).
RECORD_VIBRATION = "window.__vibrations = []; navigator.vibrate = function (p) { __vibrations.push(p); return true; };"


def test_the_called_banner_appears_on_its_own_call_with_vibration(hall, serve, browser):
    url = serve(hall)
    mine = tickets.issue_ticket(hall, "A")
    phone = browser("en-GB")
    phone.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_VIBRATION})
    phone.get(f"{url}/t/{mine.token}")
    wait_live(phone)
    assert not phone.find_elements(By.CSS_SELECTOR, ".called")
    alert = phone.find_element(By.ID, "alert")
    assert alert.text == "Alert me with sound and vibration"
    alert.click()                                         # the customer allows sound and vibration
    assert alert.text == "Sound and vibration on: keep this page open"
    assert phone.execute_script("return !!window.__vibrations.length")
    calling.call_next(hall, 2, no_show_current=True)
    wait_text(phone, ".called .go", "Please go to Counter 2", timeout=2)
    assert [400, 150, 400, 150, 800] in phone.execute_script("return window.__vibrations")
    assert text_of(phone, ".called .go-other") == "请到 2号窗口"
    banner = phone.find_element(By.CSS_SELECTOR, ".called")
    assert banner.size["width"] >= 330                      # the full width of the phone
    assert int(banner.value_of_css_property("font-size").removesuffix("px")) >= 16
    assert phone.find_element(By.CSS_SELECTOR, "#live > div").get_attribute("data-state") == "called"
    calling.recall(hall, 2)
    wait_text(phone, ".called .recall", "Called again (2): please go now", timeout=2)
    calling.start_service(hall, 2)
    wait_text(phone, ".message", "Being served at Counter 2", timeout=2)
    assert no_script_errors(phone) == []


def test_a_bad_token_gets_the_404_page(hall, serve, browser):
    url = serve(hall)
    phone = browser("zh-CN")
    phone.get(f"{url}/t/0123456789abcdef0123456789abcdef")
    assert text_of(phone, "h1") == "找不到此号码"
    assert "取号" in text_of(phone, ".small")
    assert no_script_errors(phone) == [] or all("404" in m for m in no_script_errors(phone))


SHOTS = [("zh-CN", 360, 740, True), ("en-GB", 360, 740, True), ("zh-CN", 1280, 800, False),
         ("en-GB", 1280, 800, False)]


@pytest.mark.parametrize("lang, width, height, mobile", SHOTS)
def test_screenshots_a_customer_would_read(hall, serve, browser, receiver, tmp_path, lang, width, height, mobile):
    """Waiting (with the notice form) and called, at phone and desktop size. Set
    QUEUEDESK_WEB_SHOTS=DIR to keep them."""
    if not hall.db.is_sqlite:
        pytest.skip("the pictures are the same on both databases")
    folder = Path(os.environ.get("QUEUEDESK_WEB_SHOTS") or tmp_path)
    url = serve(hall_with(hall, notify__webhook_url=receiver.url))
    for _ in range(6):
        tickets.issue_ticket(hall, "A")
    mine = tickets.issue_ticket(hall, "A")
    driver = browser(lang, width, height, mobile)
    driver.get(f"{url}/t/{mine.token}")
    wait_live(driver)
    tag = f"{lang.split('-')[0] if lang.startswith('en') else 'zh'}-{width}x{height}"
    driver.save_screenshot(str(folder / f"web-waiting-{tag}.png"))
    if mobile:      # the whole page, as the customer scrolls it
        full = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": full, "deviceScaleFactor": 1, "mobile": True})
        driver.save_screenshot(str(folder / f"web-waiting-{tag}-full.png"))
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    number = driver.find_element(By.CSS_SELECTOR, ".number")
    assert int(number.value_of_css_property("font-size").removesuffix("px")) >= 60
    assert driver.execute_script("return document.documentElement.scrollWidth") <= width
    for counter in (1, 2, 1, 2, 1, 2):
        calling.call_next(hall, counter, no_show_current=True)
    calling.call_next(hall, 1, no_show_current=True)
    WebDriverWait(driver, 3).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".called"))
    driver.save_screenshot(str(folder / f"web-called-{tag}.png"))
    go = driver.find_element(By.CSS_SELECTOR, ".called .go")
    assert go.is_displayed() and go.location["y"] + go.size["height"] <= height   # seen without scrolling
