"""What a user notices when a command is given something it cannot use: one line on
stderr, a non-zero exit, no traceback, and nothing half-written or claimed as done."""
import os
import shutil
import subprocess
import sys

import pytest

from tests.support import hostile


def run(url, *args, input=None):
    return subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args], capture_output=True, text=True,
                          input=input, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def one_line(result) -> str:
    """The one line a refusal prints (and no traceback, not even one Python ignored)."""
    assert result.returncode not in (0, -1), (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("queuedesk: "), result.stderr
    return lines[0]


@pytest.fixture
def hall(sqlite_url):
    code, _out, err, escaped = hostile.run(sqlite_url, ["init", "--sample", "bank"])
    assert code == 0 and escaped is None, err
    return sqlite_url


def path_of(url: str) -> str:
    return url.removeprefix("sqlite:///")


# -- init on a database file that cannot be written ----------------------------------------

def _immutable(path) -> bool:
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def test_init_on_an_immutable_database_file_says_it_cannot_be_written(hall):
    path = path_of(hall)
    os.chmod(path, 0o644)                   # init would make it private: it cannot, either
    before = open(path, "rb").read()
    if not _immutable(path):
        pytest.skip("chattr +i is not possible here (not root, or not on this filesystem)")
    try:
        code, out, err, escaped = hostile.run(hall, ["init"])
    finally:
        subprocess.run(["chattr", "-i", path], check=True)
    assert escaped is None and code == 1, (code, out, err, escaped)
    assert err.strip().splitlines() == [f"queuedesk: {path} cannot be written (Operation not permitted): check its "
                                        "owner and permissions, and that it is not immutable (lsattr)"]
    assert "database ready" not in out
    assert open(path, "rb").read() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_init_on_a_read_only_database_file_says_it_cannot_be_written(hall):
    path = path_of(hall)
    os.chmod(path, 0o400)
    code, _out, err, escaped = hostile.run(hall, ["init"])
    assert escaped is None and code == 1 and len(err.strip().splitlines()) == 1
    assert "cannot be written (Permission denied)" in err


# -- simulate --save NAME -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["a" * 300, "{tmp}/" + "a" * 300 + "/day.sqlite3", "{tmp}/a\x00b", "{tmp}/folder/"])
def test_simulate_save_to_a_name_no_file_can_have_is_one_line(hall, tmp_path, name):
    before = sorted(tmp_path.iterdir())
    code, out, err, escaped = hostile.run(hall, ["simulate", "--arrivals", "30/h", "--save",
                                                 name.format(tmp=tmp_path)])
    assert escaped is None and code == 1, (code, err, escaped)
    assert len(err.strip().splitlines()) == 1, err
    assert "--save" in err or "cannot save to" in err, err
    assert "saved:" not in out and sorted(tmp_path.iterdir()) == before


# -- a file name with a line break -----------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["simulate", "--arrivals", "20/h", "--hours", "1", "--save", "{tmp}/a\nb.sqlite3"],
    ["report", "--csv", "{tmp}/a\nb.csv", "--xlsx", "{tmp}/c\nd.xlsx"],
    ["db", "export-day", "2026-01-01", "{tmp}/a\nb.json.gz"],
    ["db", "backup", "{tmp}/a\nb.sqlite3"],
    ["voice", "say", "A001", "1", "--out", "{tmp}/a\nb.wav"],
])
def test_a_file_written_is_named_whole_on_one_line(hall, tmp_path, argv):
    assert hostile.run(hall, ["init", "--branch", "SH012"])[0] == 0     # export-day wants a branch
    argv = [a.format(tmp=tmp_path) for a in argv]
    code, out, err, escaped = hostile.run(hall, argv)
    assert escaped is None and code == 0 and err == "", (code, err, escaped)
    for name in (a for a in argv if a.startswith(str(tmp_path))):
        assert os.path.isfile(name)
        naming = [line for line in out.splitlines() if repr(name) in line]     # quoted, its line break escaped
        assert len(naming) == 1, out
    assert not any(line.startswith(("b.", "d.")) for line in out.splitlines()), out   # no name broken in two


def test_a_file_that_cannot_be_written_is_named_whole_on_one_line(hall, tmp_path):
    (tmp_path / "a\nb").write_text("a file, not a folder")
    for argv, code in ((["ticket", "issue", "A", "--print", f"png:{tmp_path}/a\nb/ticket.png"], 3),
                       (["report", "--csv", f"{tmp_path}/a\nb/month.csv"], 1),
                       (["kiosk", "--screenshot", f"{tmp_path}/a\nb/kiosk.png"], 1)):
        result = run(hall, *argv)
        assert result.returncode == code and len(result.stderr.splitlines()) == 1, result.stderr
        assert f"cannot write {repr(argv[-1].removeprefix('png:'))}: " in result.stderr, result.stderr


def test_every_refusal_naming_a_file_is_one_line_whatever_the_name_holds(hall, tmp_path):
    # Names the refusals take from the command line or from the system, a line break in
    # them: each comes back escaped, in one line ("no backup file at /tmp/a" + "b" was two).
    missing = f"{tmp_path}/no\nsuch/file"
    (tmp_path / "a\nb").write_text("a file, not a folder")
    blocked = f"{tmp_path}/a\nb/backup.sqlite3"
    for argv in (["db", "restore", missing], ["hq", "import", missing], ["db", "backup", blocked]):
        line = one_line(run(hall, *argv))
        assert repr(argv[-1])[1:-1] in line, line


@pytest.mark.parametrize("argv", [["db", "backup", "x" * 10_000], ["report", "--csv", "x" * 10_000],
                                  ["hq", "import", "x" * 10_000], ["status", "--json", "a\nb"]])
def test_a_name_no_file_system_takes_or_a_stray_line_break_is_refused_in_one_short_line(hall, argv):
    line = one_line(run(hall, *argv))
    assert len(line) < 300, line                       # not the 10,000 letters again
    assert "unforeseen" not in line, line


# -- report files on a full disk ---------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full (a disk always full) here")
@pytest.mark.parametrize("kind", ["--csv", "--xlsx", "--pdf"])
def test_a_report_file_that_cannot_be_written_is_one_line_and_no_success(hall, kind):
    result = run(hall, "report", kind, "/dev/full")
    assert one_line(result) == "queuedesk: cannot write /dev/full: No space left on device"
    assert result.returncode == 1 and "written:" not in result.stdout


def test_a_report_file_that_cannot_be_written_says_which_others_were(hall, tmp_path):
    table = tmp_path / "month.csv"
    result = run(hall, "report", "--csv", str(table), "--xlsx", "/dev/full")
    assert one_line(result) == f"queuedesk: cannot write /dev/full: No space left on device ({table} written)"
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")      # the table is there, whole, with its BOM


#: A disk that fills up after this many bytes of a file (RLIMIT_FSIZE): beyond the SQLite
#: hall's own shared-memory file (32 KiB), short of a report's PDF.
FULL_AT = 34_000


def run_on_a_filling_disk(url, *args):
    """The command with every file it writes cut short at FULL_AT bytes ("File too large"),
    as a disk that fills up as it is written."""
    import resource

    def filling():
        resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_AT, FULL_AT))

    return subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, preexec_fn=filling)


def test_a_report_the_disk_has_no_room_for_leaves_the_earlier_file_and_no_half_one(hall, tmp_path):
    roomy = tmp_path / "roomy"
    roomy.mkdir()
    assert run(hall, "report", "--csv", str(roomy / "day.csv"), "--pdf", str(roomy / "day.pdf")).returncode == 0
    assert (roomy / "day.pdf").stat().st_size > FULL_AT           # the PDF cannot fit, the table can
    out = tmp_path / "out"
    out.mkdir()
    table, earlier, new = out / "day.csv", out / "month.pdf", out / "day.pdf"
    earlier.write_bytes(b"%PDF-1.4 last month's report")
    for pdf in (earlier, new):
        result = run_on_a_filling_disk(hall, "report", "--csv", str(table), "--pdf", str(pdf))
        assert one_line(result) == f"queuedesk: cannot write {pdf}: File too large ({table} written)"
        assert result.returncode == 1 and "written:" not in result.stdout
        assert table.read_bytes() == (roomy / "day.csv").read_bytes()      # the first file whole
        assert sorted(p.name for p in out.iterdir()) == ["day.csv", "month.pdf"]     # no half file
    assert earlier.read_bytes() == b"%PDF-1.4 last month's report"      # what was there stays


def test_a_report_into_a_folder_that_may_not_be_written_is_one_line_and_no_file(hall, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    if not _immutable(folder):
        pytest.skip("chattr +i is not possible here (not root, or not on this filesystem)")
    try:
        result = run(hall, "report", "--csv", str(folder / "day.csv"), "--xlsx", str(folder / "day.xlsx"))
        left = list(folder.iterdir())
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    assert one_line(result) == f"queuedesk: cannot write {folder / 'day.csv'}: Operation not permitted"
    assert result.returncode == 1 and left == []


# -- a user name with a line break -------------------------------------------------------------

@pytest.mark.parametrize("argv, stdin, said", [
    (["--user", "a\nb", "status"], "", "queuedesk: no terminal to ask for the password of 'a\\nb': give it on "
                                       "standard input (--password-stdin) or $QUEUEDESK_PASSWORD"),
    (["--user", "a\nb", "--password-stdin", "status"], "", "queuedesk: no password of 'a\\nb' on standard input"),
    (["--user", "a\x1b[2Jb", "status"], "", "queuedesk: no terminal to ask for the password of 'a\\x1b[2Jb': give "
                                           "it on standard input (--password-stdin) or $QUEUEDESK_PASSWORD"),
    (["staff", "add", "a\nb", "--role", "teller", "--password-stdin"], "",
     "queuedesk: no password of 'a\\nb' on standard input"),
])
def test_a_user_name_with_a_line_break_is_shown_escaped_on_one_line(hall, argv, stdin, said):
    code, _out, err, escaped = hostile.run(hall, argv, stdin=stdin)
    assert escaped is None and code == 1
    assert err.splitlines() == [said]


# -- an output onto the hall's own database ----------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["kiosk", "--screenshot", "{db}"],
    ["kiosk", "--screenshot-ticket", "{db}"],
    ["desk", "--counter", "1", "--screenshot", "{db}-wal"],
    ["display", "--screenshot", "{db}-shm"],
    ["console", "--screenshot", "{db}-journal"],
    ["reports", "--screenshot", "{link}"],
    ["rate", "--counter", "1", "--screenshot", "{db}"],
    ["ticket", "issue", "A", "--print", "png:{db}"],
    ["ticket", "issue", "A", "--print", "PDF:{db}-journal"],
    ["voice", "say", "A001", "1", "--out", "{db}"],
    ["simulate", "--arrivals", "30/h", "--save", "{db}-journal"],
    ["report", "--xlsx", "{link}"],
    ["db", "export-day", "2026-01-01", "{db}-wal"],
])
def test_no_output_is_written_over_the_hall_database(hall, tmp_path, argv):
    db = path_of(hall)
    link = tmp_path / "link.sqlite3"
    link.symlink_to(db)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    result = run(hall, *(a.format(db=db, link=link) for a in argv))
    assert "is the hall's database itself: write the" in one_line(result)
    assert result.returncode == 1 and result.stdout == ""
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


# -- a flaw of our own ---------------------------------------------------------------------

def test_an_unforeseen_error_is_one_line_and_its_details_are_kept_without_passwords(
        hall, tmp_path, monkeypatch, capsys):
    from queuedesk import cli

    def broken(args, hall):
        raise RuntimeError("cannot reach postgresql+psycopg://qd:s3cretpassword-long-enough-to-be-clipped@db/h\n2nd")

    monkeypatch.setattr(cli, "cmd_status", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    code = cli.main(["--db", hall, "status"])
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == 70 and len(lines) == 1 and "Traceback" not in err
    assert lines[0].startswith("queuedesk: an unforeseen error (RuntimeError: cannot reach ")
    assert "s3cret" not in err and "2nd" not in err
    kept = list((tmp_path / "state").rglob("unforeseen-*.txt"))
    assert len(kept) == 1 and str(kept[0]) in lines[0]
    details = kept[0].read_text(encoding="utf-8")
    assert "Traceback" in details and "in broken" in details and "s3cret" not in details


def test_a_screenshot_that_cannot_be_written_is_one_line(hall):
    result = run(hall, "kiosk", "--screenshot", "/dev/full")     # libpng printed its own line too
    assert one_line(result) == "queuedesk: cannot write /dev/full: No space left on device"
