"""A hall's branch code, and the day files of branches on SQLite: stamped on every row
head office receives, exported, and taken in by a head office idempotently."""
import gzip
import json
from datetime import timedelta

import pytest
import sqlalchemy as sa

from queuedesk.domain.errors import QueueError
from queuedesk.domain.periods import period
from queuedesk.operations import branches, head_office, reports, tickets
from queuedesk.store import migrate
from tests.support.branches import export_day, rows, sqlite_branches_at_head_office, traffic


def stamps(hall, table) -> set[str]:
    with hall.db.connect(write=False) as conn:
        return set(conn.execute(sa.text(f"SELECT DISTINCT branch FROM {table}")).scalars())


def test_a_branch_code_is_stamped_on_every_published_row(hall, clock):
    tickets.issue_ticket(hall, "A")
    assert stamps(hall, "tickets") == {""} and branches.branch_code(hall) == ""
    result = branches.set_branch(hall, "sh01", name="上海第一支行")
    assert (result.code, result.previous) == ("SH01", "") and result.rows_restamped > 0
    tickets.issue_ticket(hall, "B")                     # rows written afterwards carry it too
    for table in ("tickets", "events", "services", "service_names", "counters", "hall_texts"):
        assert stamps(hall, table) == {"SH01"}, table
    reports.build(hall, period("day", clock.now.date()))
    clock.advance(24 * 60)
    reports.build(hall, period("day", clock.now.date() - timedelta(days=1)))
    assert stamps(hall, "report_days") == {"SH01"}
    branches.set_branch(hall, "SH02")                  # a new code: rows re-stamped, summaries made again
    assert stamps(hall, "tickets") == {"SH02"} and stamps(hall, "report_days") == set()


@pytest.mark.parametrize("code", ["", "上海", "A-1", "X" * 17, None])
def test_a_branch_code_is_letters_and_digits(hall, code):
    with pytest.raises(QueueError) as refused:
        branches.set_branch(hall, code)
    assert refused.value.code == "invalid_value" and "branch code" in str(refused.value)


@pytest.mark.postgres
def test_a_sqlite_branch_day_file_imported_twice_gives_the_same_figures(tmp_path, pg_url, clock):
    hq, halls = sqlite_branches_at_head_office(tmp_path, pg_url, clock)
    day = period("day", clock.now.date())
    first = reports.build(hq, day, ("branch",)).to_dict()
    for code, hall in halls.items():
        assert rows(hq, "tickets", code) == rows(hall, "tickets", code)
        assert rows(hq, "events", code) == rows(hall, "events", code)
        assert reports.build(hq, day, branches=[code]).total == reports.build(hall, day).total
    for code in halls:
        head_office.import_day(hq, tmp_path / f"{code}.json.gz")
    again = reports.build(hq, day, ("branch",)).to_dict()
    assert again["rows"] == first["rows"] and again["summary"] == first["summary"]
    with hq.db.connect(write=False) as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM tickets")).scalar() == \
            sum(len(rows(h, "tickets", c)) for c, h in halls.items())
    # The day goes on at a branch; its later file replaces what head office held of it.
    traffic(halls["S01"], clock, 4)
    export_day(halls["S01"], day.first, tmp_path / "S01-later.json")
    head_office.import_day(hq, tmp_path / "S01-later.json")
    assert rows(hq, "tickets", "S01") == rows(halls["S01"], "tickets", "S01")
    assert reports.build(hq, day, branches=["S01"]).total == reports.build(halls["S01"], day).total
    statuses = {s.code: s for s in head_office.statuses(hq)}
    assert statuses["S01"].state == head_office.IMPORTED and statuses["S01"].last_day == day.first


@pytest.mark.postgres
def test_a_sqlite_branch_day_file_carries_its_bookings_without_code_or_phone(tmp_path, pg_url, clock):
    """A day's bookings go in the day file (as published: no check-in code, no phone
    digits); head office counts them per branch as the branch does, imported twice or not."""
    hq, halls = sqlite_branches_at_head_office(tmp_path, pg_url, clock, kept={"S01": (2, 1, 1), "S02": (0, 1, 2)})
    day = period("day", clock.now.date())
    with gzip.open(tmp_path / "S01.json.gz") as f:
        sent = json.load(f)["tables"]["appointments"]
    assert len(sent["rows"]) == 5 and "code" not in sent["columns"] and "phone_last4" not in sent["columns"]

    def shown():
        report = reports.build(hq, day, ("branch",))
        return ({r.key[0]: (r.figures.appointment_punctuality, r.figures.appointment_no_show_rate)
                 for r in report.rows},
                (report.total.appointment_punctuality, report.total.appointment_no_show_rate))

    first = shown()
    assert first[0] == {code: (reports.build(hall, day).total.appointment_punctuality,
                               reports.build(hall, day).total.appointment_no_show_rate)
                        for code, hall in halls.items()}
    assert first == ({"S01": (pytest.approx(2 / 3), pytest.approx(1 / 4)), "S02": (0.0, pytest.approx(2 / 3))},
                     (pytest.approx(2 / 4), pytest.approx(3 / 7)))
    for code in halls:
        head_office.import_day(hq, tmp_path / f"{code}.json.gz")
    assert shown() == first
    for code, hall in halls.items():
        assert rows(hq, "appointments", code) == rows(hall, "appointments", code)
    with hq.db.connect(write=False) as conn:
        assert conn.execute(sa.text("SELECT count(*), count(code), count(phone_last4) FROM appointments")).one() \
            == (9, 0, 0)
    # A file that holds a code after all (hand-made, or from elsewhere): the code stays out.
    with gzip.open(tmp_path / "S01.json.gz") as f:
        document = json.load(f)
    table = document["tables"]["appointments"]
    table["columns"].append("code")
    for n, row in enumerate(table["rows"]):
        row.append(f"99999{n}")
    (tmp_path / "S01-with-codes.json").write_text(json.dumps(document), encoding="utf-8")
    head_office.import_day(hq, tmp_path / "S01-with-codes.json")
    with hq.db.connect(write=False) as conn:
        assert conn.execute(sa.text("SELECT count(code) FROM appointments")).scalar() == 0


@pytest.mark.postgres
def test_head_office_ranks_its_branches(tmp_path, pg_url, clock):
    hq, halls = sqlite_branches_at_head_office(tmp_path, pg_url, clock, codes=("S01", "S02", "S03"))
    day = period("day", clock.now.date())
    report = reports.build(hq, day, ("branch",))
    served = report.ranking("served")
    assert [p.branch for p in served] == ["S03", "S02", "S01"]          # 14, 11 and 8 customers
    assert [p.rank for p in served] == [1, 2, 3]
    assert [p.value for p in served] == sorted((r.figures.served for r in report.rows), reverse=True)
    with pytest.raises(QueueError) as refused:
        reports.build(hq, day, ("teller",))                 # whose teller? one branch's
    assert refused.value.code == "group_by_branch_first"
    by_teller = reports.build(hq, day, ("branch", "teller"))
    assert [r.key[0] for r in by_teller.rows if r.level == 0] == ["S01", "S02", "S03"]
    with pytest.raises(QueueError) as unknown:
        reports.build(hq, day, branches=["S09"])
    assert unknown.value.code == "unknown_branch"


@pytest.mark.postgres
def test_head_office_refuses_files_it_cannot_trust(tmp_path, pg_url, clock):
    hq, halls = sqlite_branches_at_head_office(tmp_path, pg_url, clock, codes=("S01",))
    document = json.loads(gzip.decompress((tmp_path / "S01.json.gz").read_bytes()))
    newer = {**document, "schema": "9999"}
    (tmp_path / "newer.json").write_text(json.dumps(newer))
    with pytest.raises(QueueError) as refused:
        head_office.import_day(hq, tmp_path / "newer.json")
    assert refused.value.code == "schema_differs"
    other = {**document, "database": "0" * 32}               # another hall calling itself S01
    (tmp_path / "other.json").write_text(json.dumps(other))
    with pytest.raises(QueueError) as twice:
        head_office.import_day(hq, tmp_path / "other.json")
    assert twice.value.code == "branch_twice"
    (tmp_path / "junk.json").write_text("{\"format\": \"something else\"}")
    with pytest.raises(QueueError) as junk:
        head_office.import_day(hq, tmp_path / "junk.json")
    assert junk.value.code == "not_a_day_file"
    assert document["schema"] == migrate.HEAD and "password_hash" not in document["tables"]["staff"]["columns"]
    assert "token" not in document["tables"]["tickets"]["columns"]


def test_a_hall_without_a_code_or_a_head_office_exports_no_day(hall, tmp_path):
    with pytest.raises(QueueError) as refused:
        branches.day_file(hall, hall.today())
    assert refused.value.code == "no_branch_code"
