"""The appointments' punctuality and no-shows as report columns, on both databases: what a
manager reads in the table, the CSV and the workbook, and that they are the figures of
`queuedesk appointment figures` for the same days."""
import csv
from datetime import date, timedelta

import pytest

from queuedesk.domain.periods import Period, period
from queuedesk.operations import appointments, reports
from queuedesk.operations import tickets as tickets_ops
from queuedesk.reports import spreadsheet, terminal

# The clock fixture stands at 10:00 in Shanghai on Monday 2026-11-23.
MONDAY, TUESDAY = date(2026, 11, 23), date(2026, 11, 24)


def local(hall, hh, mm):
    now = hall.now().astimezone(hall.config.timezone)
    return now.replace(hour=hh, minute=mm, second=0, microsecond=0)


@pytest.fixture
def booked_week(hall, clock):
    """Monday: five bookings of A for 10:30 (on time from 10:00 to 10:45): two check in
    on time, one late, one never comes (a no-show at 11:16), one is cancelled; a walk-in
    at B. Tuesday: a walk-in, no bookings. Punctuality 2 of 3, no-shows 1 of 4."""
    appointments.set_bookable(hall, "A", slot_minutes=30, capacity=5, horizon_days=7)
    on_time, also_on_time, late, missed, cancelled = (appointments.book(hall, "A", local(hall, 10, 30))
                                                      for _ in range(5))
    appointments.cancel(hall, cancelled.code)
    tickets_ops.issue_ticket(hall, "B")
    for booking, (hh, mm) in ((on_time, (10, 5)), (also_on_time, (10, 20)), (late, (10, 50))):
        clock.now = local(hall, hh, mm)
        appointments.check_in(hall, booking.code)
    clock.now = local(hall, 11, 16)
    assert appointments.mark_no_shows(hall) == 1
    clock.advance(24 * 60)
    tickets_ops.issue_ticket(hall, "B")
    return hall


def week(hall, *by):
    return reports.build(hall, period("week", MONDAY), by)


def test_each_day_shows_its_own_punctuality_and_no_shows(booked_week):
    report = week(booked_week, "day")
    days = {row.key[0]: row.figures for row in report.rows}
    assert days[MONDAY].appointment_punctuality == pytest.approx(2 / 3)
    assert days[MONDAY].appointment_no_show_rate == pytest.approx(1 / 4)
    assert days[TUESDAY].arrivals == 1                       # a day with customers but no bookings: empty
    assert days[TUESDAY].appointment_punctuality is None and days[TUESDAY].appointment_no_show_rate is None
    assert report.total.appointment_punctuality == pytest.approx(2 / 3)
    assert report.total.appointment_no_show_rate == pytest.approx(1 / 4)


def test_per_service_and_the_total_of_a_report_by_teller(booked_week):
    services = {row.key[0]: row.figures for row in week(booked_week, "service").rows}
    assert services["A"].appointment_punctuality == pytest.approx(2 / 3)
    assert services["B"].appointment_punctuality is None and services["B"].appointment_no_show_rate is None
    # A teller has no bookings of their own, but the whole period still has them.
    by_teller = week(booked_week, "teller")
    assert by_teller.total.appointment_no_show_rate == pytest.approx(1 / 4)


def test_the_report_has_the_figures_of_appointment_figures(booked_week):
    hall = booked_week
    for first, last in ((MONDAY, MONDAY), (TUESDAY, TUESDAY), (MONDAY, TUESDAY)):
        expected = appointments.figures(hall, first, last)
        got = reports.build(hall, Period(first, last), ()).total
        assert (got.appointment_share, got.appointment_punctuality, got.appointment_no_show_rate) == \
            (expected.appointment_share, expected.punctuality, expected.no_show_rate)


def test_a_booking_missed_after_its_day_was_summarised_still_counts(hall, clock):
    appointments.set_bookable(hall, "A", slot_minutes=30, capacity=5, horizon_days=7)
    kept, missed = (appointments.book(hall, "A", local(hall, 10, 30)) for _ in range(2))
    appointments.check_in(hall, kept.code)
    clock.advance(24 * 60)
    monday = reports.build(hall, period("day", MONDAY), ())           # summarises Monday
    assert monday.total.appointment_no_show_rate == 0.0
    appointments.mark_no_shows(hall)
    assert reports.build(hall, period("day", MONDAY), ()).total.appointment_no_show_rate == 0.5


def test_the_terminal_table_shows_them(booked_week):
    report = week(booked_week, "day")
    text = terminal.render(report, "en")
    header = next(line for line in text.splitlines() if "Appointments on time" in line)
    assert header.split("  ")[-2:] == ["Appointments on time", "Appointment no-shows"]
    monday = next(line for line in text.splitlines() if line.startswith("2026-11-23"))
    tuesday = next(line for line in text.splitlines() if line.startswith("2026-11-24"))
    assert monday.split()[-2:] == ["66.7%", "25.0%"]
    assert tuesday.split()[-2:] == ["–", "–"]
    assert "预约准时率" in terminal.render(report, "zh_CN") and "預約未到率" in terminal.render(report, "zh_TW")


def test_a_hall_without_bookings_keeps_its_table(hall):
    tickets_ops.issue_ticket(hall, "B")
    assert "Appointments on time" not in terminal.render(reports.build(hall, period("week", MONDAY), ("day",)), "en")


def test_csv_and_workbook(booked_week, tmp_path):
    from openpyxl import load_workbook

    report = week(booked_week, "day")
    spreadsheet.write_csv(tmp_path / "week.csv", report, "en")
    with open(tmp_path / "week.csv", encoding="utf-8-sig", newline="") as f:
        rows = {row["Day"][:10]: row for row in csv.DictReader(f)}
    assert (rows["2026-11-23"]["Appointments on time (%)"], rows["2026-11-23"]["Appointment no-shows (%)"]) == \
        ("66.67", "25.00")
    assert (rows["2026-11-24"]["Appointments on time (%)"], rows["2026-11-24"]["Appointment no-shows (%)"]) == \
        ("", "")
    assert rows["Total"]["Appointments on time (%)"] == "66.67"

    spreadsheet.write_xlsx(tmp_path / "week.xlsx", [report], "zh_CN")
    book = load_workbook(tmp_path / "week.xlsx")
    sheet = book.worksheets[1]
    header = [c.value for c in sheet[1]]
    on_time, no_shows = header.index("预约准时率") + 1, header.index("预约爽约率") + 1
    cells = {str(r[0].value)[:10]: r for r in sheet.iter_rows(min_row=2)}
    monday, tuesday = cells["2026-11-23"], cells["2026-11-24"]
    assert (monday[on_time - 1].value, monday[no_shows - 1].value) == (0.6667, 0.25)
    assert "%" in monday[on_time - 1].number_format
    assert (tuesday[on_time - 1].value, tuesday[no_shows - 1].value) == (None, None)
    summary = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True) if row and row[0]}
    assert (summary["预约准时率"], summary["预约爽约率"]) == (0.6667, 0.25)


def test_the_day_after_is_read_from_its_summary_with_the_same_figures(booked_week, clock):
    clock.advance(24 * 60)                                   # Monday and Tuesday both past now
    report = week(booked_week, "day")
    days = {row.key[0]: row.figures for row in report.rows}
    assert (days[MONDAY].appointment_punctuality, days[MONDAY].appointment_no_show_rate) == \
        (pytest.approx(2 / 3), 0.25)
    assert days[MONDAY + timedelta(days=1)].appointment_punctuality is None
