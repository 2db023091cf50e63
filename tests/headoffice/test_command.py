"""`queuedesk hq …`, `init --branch` and `db export-day` on the command line: what they
say, their JSON, and every refusal in one line."""
import json
import re
import subprocess
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from queuedesk.domain.numbering import business_date

TODAY = business_date(datetime.now(timezone.utc), ZoneInfo("Asia/Shanghai")).isoformat()   # the hall's today


def run(url, *args):
    return subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args], capture_output=True, text=True,
                          timeout=120)


def ok(url, *args) -> str:
    result = run(url, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(url, *args, code=1) -> str:
    result = run(url, *args)
    assert result.returncode == code, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("queuedesk: "), result.stderr
    return lines[0]


@pytest.fixture
def branch(sqlite_url):
    ok(sqlite_url, "init", "--sample", "bank", "--branch", "sz03", "--branch-name", "深圳三支行")
    ok(sqlite_url, "ticket", "issue", "A")
    return sqlite_url


def test_a_branch_gets_its_code_and_exports_a_day(branch, tmp_path):
    out = json.loads(ok(branch, "db", "export-day", TODAY, str(tmp_path / "d.json.gz"), "--json"))
    assert out["branch"] == "SZ03" and out["rows"]["tickets"] == 1
    assert set(out["rows"]) >= {"tickets", "events", "services", "staff"}
    assert json.loads(ok(branch, "hall", "show", "--json"))["branch_name"]["texts"]["zh_CN"] == "深圳三支行"
    note = run(branch, "init", "--branch", "SZ04")
    assert note.returncode == 0 and "branch SZ03 is now SZ04" in note.stderr and "hq remove-branch SZ03" in note.stderr


def test_refusals_are_one_line(branch, tmp_path):
    assert "branch code must be" in refused(branch, "init", "--branch", "深圳")
    assert "--branch-name goes with --branch" in refused(branch, "init", "--branch-name", "x")
    assert "PostgreSQL" in refused(branch, "hq", "init")
    assert "PostgreSQL" in refused(branch, "hq", "branches")
    assert "YYYY-MM-DD" in refused(branch, "db", "export-day", "yesterday", "f.json", code=2)
    assert "cannot write" in refused(branch, "db", "export-day", TODAY, str(tmp_path / "no" / "d.json"))
    assert "no file" in refused(branch, "hq", "import", str(tmp_path / "missing.json"))
    assert "--rank ranks branches" in refused(branch, "report", "--rank", "served")


@pytest.mark.postgres
def test_head_office_on_the_command_line(pg_url, branch, tmp_path):
    assert "head office ready" in ok(pg_url, "hq", "init")
    assert "(no branches yet" in ok(pg_url, "hq", "branches")
    ok(branch, "db", "export-day", TODAY, str(tmp_path / "d.json.gz"))
    taken = json.loads(ok(pg_url, "hq", "import", str(tmp_path / "d.json.gz"), "--json"))
    assert taken[0]["branch"] == "SZ03" and taken[0]["rows"] > 0
    listed = json.loads(ok(pg_url, "hq", "branches", "--json"))
    assert [(b["code"], b["source"], b["state"], b["last_day"]) for b in listed] == \
        [("SZ03", "import", "imported", TODAY)]
    table = ok(pg_url, "hq", "branches")
    assert "SZ03" in table
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d", table), table   # the hall's clock, said so
    report = json.loads(ok(pg_url, "report", "--date", TODAY, "--by", "branch", "--rank", "served",
                           "--json"))
    assert report["branches"] == ["SZ03"] and report["rows"][0]["branch"] == "SZ03"
    assert report["ranking"] == {"figure": "served", "places": [{"branch": "SZ03", "rank": 1, "value": 0}]}
    assert "no branch 'SZ09'" in refused(pg_url, "report", "--branch", "SZ09")
    assert "malformed --conninfo" in refused(pg_url, "hq", "add-branch", "SZ05", "--conninfo", "host")
    assert "cannot reach the branch" in refused(pg_url, "hq", "add-branch", "SZ05", "--conninfo",
                                                "host=127.0.0.1 port=1 dbname=x user=x")
    assert "already here" in refused(pg_url, "hq", "add-branch", "SZ03", "--conninfo", "host=127.0.0.1")
    assert "every branch's slot is sound" in ok(pg_url, "hq", "rebuild")
    assert "day files" in refused(pg_url, "hq", "rebuild", "SZ03")
    assert "its figures stay" in ok(pg_url, "hq", "remove-branch", "SZ03")
    assert "no branch 'SZ03'" in refused(pg_url, "hq", "remove-branch", "SZ03")


def _spoilt(document: dict, table: str, column: str, value) -> dict:
    """`document` with the first row's `column` of `table` set to `value`."""
    spoilt = json.loads(json.dumps(document))
    spoilt["tables"][table]["rows"][0][spoilt["tables"][table]["columns"].index(column)] = value
    return spoilt


@pytest.mark.postgres
def test_a_malformed_day_file_is_refused_in_one_line_and_nothing_is_taken_in(pg_url, branch, tmp_path):
    from tests.support import hostile

    ok(pg_url, "hq", "init")
    good = tmp_path / "good.json"
    ok(branch, "db", "export-day", TODAY, str(good))
    document = json.loads(good.read_text())
    shapes = {
        "not-json.json": "{\"format\": ",
        "cut-short.json": good.read_text()[:len(good.read_text()) // 2],
        "binary.json": b"\x00\xff\xfe" * 100,
        "a-list.json": [document],
        "tables-a-number.json": {**document, "tables": {"tickets": 5}},
        "no-columns.json": {**document, "tables": {"tickets": {"rows": []}}},
        "schema-a-list.json": {**document, "schema": [document["schema"]]},
        "database-an-object.json": {**document, "database": {"id": 1}},
        "row-too-short.json": {**document, "tables": {**document["tables"], "events": {
            "columns": document["tables"]["events"]["columns"], "rows": [[1, 2]]}}},
        "date-a-number.json": _spoilt(document, "tickets", "issued_at", 12345),
        "date-not-a-date.json": _spoilt(document, "tickets", "issued_at", "yesterday"),
        "date-without-offset.json": _spoilt(document, "tickets", "issued_at", "2026-01-01T09:00:00"),
        "id-as-text.json": _spoilt(document, "tickets", "id", "one"),
        "id-too-big.json": _spoilt(document, "tickets", "id", 2 ** 70),
        "id-null.json": _spoilt(document, "tickets", "id", None),
        "number-a-list.json": _spoilt(document, "tickets", "number", ["A001"]),
        "wait-as-text.json": _spoilt(document, "tickets", "estimated_wait_min", "long"),
    }
    (tmp_path / "a-folder.json").mkdir()
    names = ["a-folder.json"]
    for name, content in shapes.items():
        if isinstance(content, bytes):
            (tmp_path / name).write_bytes(content)
        else:
            (tmp_path / name).write_text(content if isinstance(content, str) else json.dumps(content))
        names.append(name)
    for name in names:
        bad = str(tmp_path / name)
        for files in ([bad], [str(good), bad]):          # with a good file before it: that one waits too
            code, out, err, escaped = hostile.run(pg_url, ["hq", "import", *files])
            assert escaped is None and code == 1, (name, code, err, escaped)
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"queuedesk: {bad}"), (name, err)
            assert "taken in" not in out
    assert "(no branches yet" in ok(pg_url, "hq", "branches")
    assert "no branch 'SZ03'" in refused(pg_url, "report", "--branch", "SZ03")
