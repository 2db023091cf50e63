"""The watchdog under packaging/: systemd user units that restart kiosk, display and desk,
the XDG autostart entries that start them (or loop themselves where there is no systemd
user session), and the Windows Task Scheduler task."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PROGRAMS = ("kiosk", "display", "desk")
UNITS = [PACKAGING / "systemd" / f"queuedesk-{p}.service" for p in PROGRAMS]
ENTRIES = [PACKAGING / "autostart" / f"queuedesk-{p}.desktop" for p in PROGRAMS]


def tool(name: str, package: str) -> str | None:
    """A system tool the test uses: missing, it skips outside CI and fails in CI (.ci/run installs it)."""
    found = shutil.which(name)
    if found is None and os.environ.get("CI"):
        pytest.fail(f"{name} is required in CI (apt-get install {package})")
    return found


def unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=True, interpolation=None, comment_prefixes=("#", ";"))
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("path", UNITS, ids=PROGRAMS)
def test_each_unit_restarts_its_program_with_the_graphical_session(path):
    u = unit(path)
    program = path.stem.removeprefix("queuedesk-")
    assert u["Service"]["Restart"] == "always" and u["Service"]["RestartSec"] == "2"
    assert u["Unit"]["StartLimitIntervalSec"] == "0"          # never gives up
    for key in ("PartOf", "After"):
        assert u["Unit"][key] == "graphical-session.target"
    assert u["Install"]["WantedBy"] == "graphical-session.target"
    assert u["Service"]["EnvironmentFile"] == "-%h/.config/queuedesk/env"
    command = u["Service"]["ExecStart"]
    assert command.split()[:2] == ["%h/.local/bin/queuedesk", program]
    assert "--db" not in command and "postgres" not in command and "PASSWORD" not in command.upper()
    # Only the kiosk's staff "quit" (exit 0) is final; display and desk always come back.
    assert u["Service"].get("RestartPreventExitStatus") == ("0" if program == "kiosk" else None)


def test_systemd_analyze_verifies_the_units(tmp_path):
    analyze = tool("systemd-analyze", "systemd")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    # A user manager of our own: %h is this home, whose queuedesk is the one under test.
    home, runtime = tmp_path / "home", tmp_path / "run"
    (home / ".local" / "bin").mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    queuedesk = shutil.which("queuedesk") or str(Path(sys.executable).with_name("queuedesk"))
    (home / ".local" / "bin" / "queuedesk").symlink_to(queuedesk)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run([analyze, "--user", "verify", *map(str, UNITS)], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    if "Failed to initialize manager" in done.stderr or "Failed to lookup RuntimeDirectory" in done.stderr:
        pytest.skip(f"systemd-analyze cannot start a user manager here: {done.stderr.strip()}")
    # It exits 0 even for unknown keys or values it ignores: any word from it is a fault.
    assert (done.returncode, done.stderr.strip(), done.stdout.strip()) == (0, "", "")


# -- XDG autostart ----------------------------------------------------------------------------

def desktop_entry(path: Path) -> dict[str, str]:
    """A strict reading of a .desktop file (Desktop Entry Specification 1.0 to 1.5)."""
    text = path.read_text(encoding="utf-8")
    entry, group = {}, None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            assert line == "[Desktop Entry]" and group is None, f"{path.name}:{number}: unexpected group"
            group = line
            continue
        assert group, f"{path.name}:{number}: a key before [Desktop Entry]"
        key, sep, value = line.partition("=")
        assert sep and key == key.strip() and key not in entry, f"{path.name}:{number}: {line!r}"
        entry[key] = value
    return entry


def unescape(value: str) -> str:
    """The specification's string escapes (\\s \\n \\t \\r \\\\)."""
    out, chars = [], iter(value)
    for c in chars:
        if c == "\\":
            c = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(next(chars), None)
            assert c is not None, f"bad escape in {value!r}"
        out.append(c)
    return "".join(out)


def exec_argv(value: str) -> list[str]:
    """Exec= split as a launcher does: double quotes, in which \\" \\` \\$ \\\\ are escapes."""
    args, current, quoted, chars = [], [], False, iter(unescape(value))
    for c in chars:
        if quoted and c == "\\":
            c = next(chars)
            assert c in '"`$\\', f"bad quoted escape \\{c}"
            current.append(c)
        elif c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            if current:
                args.append("".join(current))
                current = []
        else:
            assert quoted or c not in "\t\n'><~|&;$*?#()`", f"reserved {c!r} outside quotes"
            current.append(c)
    assert not quoted, "unterminated quote"
    return args + (["".join(current)] if current else [])


@pytest.mark.parametrize("path", ENTRIES, ids=PROGRAMS)
def test_each_autostart_entry_parses_and_starts_the_unit(path):
    entry = desktop_entry(path)
    program = path.stem.removeprefix("queuedesk-")
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert {"Name", "Name[zh_CN]", "Name[zh_TW]"} <= entry.keys()
    argv = exec_argv(entry["Exec"])
    assert argv[:2] == ["sh", "-c"] and len(argv) == 3
    assert f"systemctl --user start queuedesk-{program}.service" in argv[2]
    assert "--db" not in argv[2]
    validate = tool("desktop-file-validate", "desktop-file-utils")   # else the strict reading above
    if validate:
        done = subprocess.run([validate, str(path)], capture_output=True, text=True, timeout=60, check=False)
        assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_without_systemd_the_autostart_entry_restarts_the_kiosk_until_staff_quit(tmp_path):
    """No systemd user session: the entry's own loop starts the kiosk again 2 s after it
    stops, with the env file's variables, and stops when the kiosk exits 0."""
    argv = exec_argv(desktop_entry(PACKAGING / "autostart" / "queuedesk-kiosk.desktop")["Exec"])
    home, bin_dir = tmp_path / "home", tmp_path / "bin"
    (home / ".config" / "queuedesk").mkdir(parents=True)
    (home / ".local" / "bin").mkdir(parents=True)
    bin_dir.mkdir()
    (home / ".config" / "queuedesk" / "env").write_text('QUEUEDESK_DB="sqlite:////srv/q.sqlite3"\n'
                                                       'QUEUEDESK_KIOSK_ARGS="--lang zh_TW"\n')
    log = tmp_path / "runs"
    fake = home / ".local" / "bin" / "queuedesk"
    # Two crashes, then staff quit it.
    fake.write_text(f'#!/bin/sh\necho "$* $QUEUEDESK_DB" >> {log}\n[ $(wc -l < {log}) -ge 3 ] && exit 0\nexit 1\n')
    fake.chmod(0o755)
    systemctl = bin_dir / "systemctl"                 # as where no user manager runs
    systemctl.write_text("#!/bin/sh\nexit 1\n")
    systemctl.chmod(0o755)
    env = {"HOME": str(home), "PATH": f"{bin_dir}:/usr/bin:/bin"}
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    assert log.read_text().splitlines() == ["kiosk --lang zh_TW sqlite:////srv/q.sqlite3"] * 3


# -- Windows --------------------------------------------------------------------------------

def test_the_windows_task_runs_at_log_on_on_the_desktop_and_restarts():
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    task = ElementTree.parse(PACKAGING / "windows" / "queuedesk-kiosk.xml").getroot()

    def text(path: str) -> str:
        found = task.find(path, ns)
        assert found is not None, path
        return found.text

    assert task.find("t:Triggers/t:LogonTrigger", ns) is not None
    assert text("t:Principals/t:Principal/t:LogonType") == "InteractiveToken"   # on the user's desktop
    assert text("t:Settings/t:RestartOnFailure/t:Interval") == "PT1M"
    assert int(text("t:Settings/t:RestartOnFailure/t:Count")) == 255          # the schema's most
    assert text("t:Settings/t:ExecutionTimeLimit") == "PT0S"                   # never stopped after 3 days
    assert text("t:Settings/t:MultipleInstancesPolicy") == "IgnoreNew"
    assert text("t:Settings/t:DisallowStartIfOnBatteries") == "false"
    arguments = text("t:Actions/t:Exec/t:Arguments")
    assert text("t:Actions/t:Exec/t:Command") == "powershell.exe"
    assert "queuedesk kiosk" in arguments and "$LASTEXITCODE -eq 0" in arguments and "--db" not in arguments
