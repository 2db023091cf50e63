"""`queuedesk report`: the terminal table, JSON, CSV, Excel and PDF agree on the same
figures; refusals are one line; a simulated day reports the same through both paths."""
import csv
import json
import os
import shutil
import subprocess
import sys

import pytest

from queuedesk.reports import spreadsheet
from queuedesk.reports.table import ALL_COLUMNS, SHARE, Words

WEEK = ("--period", "week", "--date", "2026-11-23")


def run(url, *args, timeout=120):
    return subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, "report", *args],
                          capture_output=True, text=True, timeout=timeout)


def ok(url, *args):
    result = run(url, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def as_json(url, *args):
    return json.loads(ok(url, *args, "--json"))


def test_the_terminal_table_speaks_the_halls_language(report_url):
    out = ok(report_url, *WEEK, "--by", "teller")
    assert "示例银行 中心支行 · 服务周报 · 2026-11-23 – 2026-11-29" in out
    assert "“1020”达标 1/2 天" in out
    lines = out.splitlines()
    li = next(line for line in lines if line.startswith("李娜 (li)"))
    assert li.split()[2] == "4"                           # served
    assert lines[-1].startswith("合计")
    english = ok(report_url, *WEEK, "--by", "teller", "--lang", "en")
    assert "Weekly service report" in english and "Total" in english.splitlines()[-1]


def test_json_has_the_summary_rows_and_days(report_url):
    r = as_json(report_url, *WEEK, "--by", "service", "--by", "day")
    assert r["period"] == {"kind": "week", "from": "2026-11-23", "to": "2026-11-29", "days": 7}
    s = r["summary"]
    assert (s["arrivals"], s["served"], s["abandoned"], s["max_wait_min"]) == (10, 8, 2, 25.0)
    assert s["mean_wait_min"] == pytest.approx(45 / 8, abs=0.005)
    assert (s["days_meeting_1020"], s["days_with_customers"]) == (1, 2)
    assert (s["rated"], s["evaluation_rate"], s["satisfaction"]) == (6, 0.75, 0.5)
    assert (s["complaints"], s["complaints_on_time"], s["appointment_share"]) == (2, 0.5, 0.0)      # nobody came with a booking
    a_rows = [row for row in r["rows"] if row["service"] == "A"]
    assert a_rows[0] == {**a_rows[0], "level": 0, "day": None, "arrivals": 6}
    assert [row["day"] for row in a_rows[1:]] == [f"2026-11-{d}" for d in range(23, 30)]
    assert [d["meets_1020"] for d in r["days"]] == [True, False, None, None, None, None, None]


def test_ratings_and_complaints_per_teller_are_exact(report_url, tmp_path):
    """li: 非常满意, 基本满意, 非常满意 over four visits, a complaint answered on time; wang:
    满意, 不满意, 非常不满意 over four, a complaint answered late (conftest.py)."""
    r = as_json(report_url, *WEEK, "--by", "teller")
    rows = {row["teller"]: row for row in r["rows"]}
    figures = ("served", "rated", "evaluation_rate", "satisfaction", "complaints", "complaints_on_time")
    assert {user: tuple(rows[user][f] for f in figures) for user in ("li", "wang")} == {
        "li": (4, 3, 0.75, 0.6667, 1, 1.0), "wang": (4, 3, 0.75, 0.3333, 1, 0.0)}
    assert r["basic_is_satisfied"] is False and r["summary"]["satisfaction"] == 0.5
    # The hall counts 基本满意 as satisfied: the same summaries, read with the setting.
    config = tmp_path / "hall.toml"
    config.write_text("[rating]\nbasic_is_satisfied = true\n")
    basic = json.loads(subprocess.run(
        [sys.executable, "-m", "queuedesk", "--db", report_url, "--config", str(config), "report", *WEEK,
         "--by", "teller", "--json"], capture_output=True, text=True, timeout=120, check=True).stdout)
    assert basic["basic_is_satisfied"] is True
    assert {row["teller"]: row["satisfaction"] for row in basic["rows"] if row["rated"]} == \
        {"li": 1.0, "wang": 0.3333}
    assert basic["summary"]["satisfaction"] == 0.6667
    # The same as `queuedesk rating figures`, the ratings' own command.
    for day, expected in (("2026-11-23", {"li": (2, 2, 0.5), "wang": (2, 2, 0.5)}),
                          ("2026-11-24", {"li": (2, 1, 1.0), "wang": (2, 1, 0.0)})):
        own = {row["teller"]: row for row in json.loads(subprocess.run(
            [sys.executable, "-m", "queuedesk", "--db", report_url, "rating", "figures", "--day", day, "--by",
             "teller", "--json"], capture_output=True, text=True, timeout=120, check=True).stdout)}
        report = {row["teller"]: row for row in as_json(report_url, "--date", day, "--by", "teller")["rows"]}
        assert {u: (f["served"], f["rated"], f["satisfaction_rate"]) for u, f in own.items()} == expected
        for user, f in own.items():
            assert (report[user]["rated"], report[user]["evaluation_rate"], report[user]["satisfaction"]) == \
                (f["rated"], f["evaluation_rate"], f["satisfaction_rate"])


def test_csv_opens_in_excel_and_round_trips(report_url, tmp_path):
    path = tmp_path / "week.csv"
    ok(report_url, *WEEK, "--by", "teller", "--csv", str(path))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")     # the BOM Excel needs to read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    words = Words("zh_CN")
    assert rows[0] == ["工作人员"] + [words.header(c, spreadsheet=True) for c in ALL_COLUMNS]
    expected = as_json(report_url, *WEEK, "--by", "teller")
    by_label = {row[0]: row[1:] for row in rows[1:]}
    for row in expected["rows"]:
        label = words.key("teller", row["teller"], _names(report_url))
        for column, text in zip(ALL_COLUMNS, by_label[label], strict=True):
            value = row[column.name]
            if value is None:
                assert text == ""
            elif column.kind == SHARE:
                assert float(text) == pytest.approx(value * 100, abs=0.01)
            else:
                assert float(text) == pytest.approx(float(value), abs=0.01)
    assert rows[-1][0] == "合计" and int(rows[-1][1 + 2]) == expected["summary"]["served"]


def _names(url):
    """The report's names (for the labels), read the way the command does."""
    from datetime import date

    from queuedesk.config import Config
    from queuedesk.domain.periods import period
    from queuedesk.operations import reports
    from queuedesk.operations.hall import Hall
    from queuedesk.store.database import Database

    db = Database(url)
    try:
        return reports.build(Hall(db, Config()), period("day", date(2026, 11, 23)))
    finally:
        db.dispose()


def test_excel_reopens_with_the_same_numbers(report_url, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "week.xlsx"
    ok(report_url, *WEEK, "--by", "teller", "--by", "service", "--xlsx", str(path))
    book = load_workbook(path)
    assert book.sheetnames == ["汇总", "工作人员·业务类型", "工作人员", "业务类型"]
    expected = as_json(report_url, *WEEK, "--by", "service")
    sheet = book["业务类型"]
    assert sheet.freeze_panes == "B2"
    header = [c.value for c in sheet[1]]
    served, mean, within = (header.index(Words("zh_CN").headers[n]) for n in
                            ("served", "mean_wait_min", "within_target"))
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    for row, cells in zip(expected["rows"], values, strict=False):
        assert cells[served] == row["served"] and isinstance(cells[served], int)
        assert cells[mean] == row["mean_wait_min"]
        assert cells[within] == row["within_target"]
    assert sheet.cell(2, within + 1).number_format == "0.0%"
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=5, values_only=True) if row[0]}
    assert summary["办结数"] == 8 and summary["“1020”达标天数"] == 1


def test_the_pdf_renders_with_the_chinese_font_embedded(report_url, tmp_path):
    if not shutil.which("pdftoppm"):
        if os.environ.get("CI"):
            pytest.fail("poppler-utils (pdftoppm) is required in CI")
        pytest.skip("poppler-utils (pdftoppm) not installed")
    path = tmp_path / "month.pdf"
    ok(report_url, "--period", "month", "--date", "2026-11-01", "--by", "hour", "--pdf", str(path))
    assert path.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3               # summary and charts; heat map and days; tellers, services, hours
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    chinese = [line for line in fonts.splitlines() if "CJK" in line or "Hei" in line]
    assert chinese and all(" yes " in line for line in chinese)      # embedded
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    assert "示例银行 中心支行" in text and "服务月报" in text and "合计" in text


@pytest.mark.parametrize("args, code, message", [
    (("--from", "2026-11-01"), 1, "--from and --to go together"),
    (("--from", "2026-11-02", "--to", "2026-11-01"), 1, "ends (2026-11-01) before it starts"),
    (("--date", "23/11/2026"), 2, "YYYY-MM-DD"),
    (("--by", "colour"), 2, "invalid choice"),
    (("--by", "day", "--by", "day"), 1, "the same --by twice"),
    (("--csv", "/no/such/folder/x.csv"), 1, "cannot write /no/such/folder/x.csv"),
])
def test_refusals_are_one_line(report_url, args, code, message):
    result = run(report_url, *args)
    assert result.returncode == code
    lines = result.stderr.strip().splitlines()
    assert message in lines[-1] and (code == 2 or len(lines) == 1)


@pytest.mark.slow
def test_a_simulated_day_reports_the_same_through_both_paths(tmp_path):
    """The simulator adds its day up in Python over the tickets; `queuedesk report` adds
    the saved day up in SQL. One definition: the same figures."""
    saved = tmp_path / "simulated.sqlite3"
    result = subprocess.run([sys.executable, "-m", "queuedesk", "simulate", "--hours", "1.5", "--arrivals", "50/h",
                             "--counters", "3", "--save", str(saved), "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    simulated = json.loads(result.stdout)
    assert simulated["saved"] == str(saved) and simulated["served"] > 30
    report = as_json(f"sqlite:///{saved}", "--date", simulated["business_date"])["summary"]
    assert report["served"] == simulated["served"]
    assert report["mean_wait_min"] == pytest.approx(simulated["mean_wait_min"], abs=0.01)
    assert (report["arrivals"], report["no_shows"], report["p90_wait_min"]) == \
        (simulated["tickets"], simulated["no_shows"], simulated["p90_wait_min"])
    again = subprocess.run([sys.executable, "-m", "queuedesk", "simulate", "--save", str(saved)],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "exists" in again.stderr and len(again.stderr.splitlines()) == 1


def test_sheet_names_fit_excel():
    assert spreadsheet._sheet_name("a/b:c" * 10) == ("a b c" * 10)[:31]
    assert spreadsheet._sheet_name("柜员", ["柜员"]) == "柜员 2"


@pytest.mark.parametrize("lang, whole", [("en", ("Abandoned", "Transferred", "Satisfaction", "Evaluation")),
                                         ("zh_TW", ("30分鐘", "平均等候", "不超過(分)"))])
def test_pdf_headings_never_break_inside_a_word(report_url, tmp_path, lang, whole):
    # They read "Abandon / ed", "Satisfactio / n", "超過30分 / 鐘" where a word was wider than its column.
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext) not installed")
    path = tmp_path / "month.pdf"
    ok(report_url, "--lang", lang, "--period", "month", "--date", "2026-11-01", "--pdf", str(path))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    for word in whole:
        assert word in text, word
