"""`queuedesk hq …`, `init --branch` and `db export-day` on the command line: what they
say, their JSON, and every refusal in one line."""
import json
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
    assert "SZ03" in ok(pg_url, "hq", "branches")
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
