"""`queuedesk setup ROLE`: the machine's configuration file and its autostart entry, for
its own user, in a temporary home (XDG folders as systemd and the desktops read them)."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
from pathlib import Path
from xml.etree import ElementTree

import pytest

from queuedesk import cli, config
from queuedesk.machine import entries
from queuedesk.machine.places import program
from queuedesk.machine.roles import ROLES
from queuedesk.store import migrate
from queuedesk.store.database import Database

SERVICE_URL = "postgresql+psycopg:///?service=queuedesk"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    for name in ("QUEUEDESK_DB", "QUEUEDESK_CONFIG", "PGSERVICEFILE", "PGSYSCONFDIR"):
        monkeypatch.delenv(name, raising=False)
    return home


def setup(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["setup", *args])
    out, err = capsys.readouterr()
    return code, out, err


def files(home: Path) -> set[str]:
    return {str(p.relative_to(home)) for p in home.rglob("*") if p.is_file() or p.is_symlink()}


def unit_file(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=True, interpolation=None)
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture
def hall_db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'hall.sqlite3'}"
    migrate.upgrade(Database(url))
    return url


def test_a_kiosk_is_set_up_and_says_how_to_undo_it(home, hall_db, capsys):
    code, out, err = setup(capsys, "kiosk", "--db", hall_db)
    assert (code, err) == (0, "")                   # the schema is current: nothing to say
    cfg = home / ".config"
    assert files(home) == {".config/queuedesk/queuedesk.toml", ".config/systemd/user/queuedesk-kiosk.service",
                           ".config/systemd/user/graphical-session.target.wants/queuedesk-kiosk.service",
                           ".config/autostart/queuedesk-kiosk.desktop",
                           ".local/share/applications/queuedesk-kiosk.desktop",
                           ".local/share/icons/hicolor/scalable/apps/queuedesk.svg"}
    assert config.load(cfg / "queuedesk" / "queuedesk.toml")["database.url"] == hall_db
    unit = unit_file(cfg / "systemd" / "user" / "queuedesk-kiosk.service")
    assert unit["Service"]["ExecStart"].split()[:2] == [str(program()), "kiosk"]
    assert unit["Service"]["EnvironmentFile"] == f"-{cfg}/queuedesk/env"
    enabled = cfg / "systemd" / "user" / "graphical-session.target.wants" / "queuedesk-kiosk.service"
    assert enabled.resolve() == (cfg / "systemd" / "user" / "queuedesk-kiosk.service").resolve()
    entry = (cfg / "autostart" / "queuedesk-kiosk.desktop").read_text(encoding="utf-8")
    assert f"{program()} kiosk" in entry and "~/.local/bin" not in entry
    for written in ("queuedesk/queuedesk.toml", "systemd/user/queuedesk-kiosk.service",
                    "autostart/queuedesk-kiosk.desktop"):
        assert str(cfg / written) in out                  # it says what it did
    menu = configparser.ConfigParser(interpolation=None)
    menu.read_string((home / ".local/share/applications/queuedesk-kiosk.desktop").read_text(encoding="utf-8"))
    assert menu["Desktop Entry"]["Exec"] == f"{program()} kiosk" and menu["Desktop Entry"]["Icon"] == "queuedesk"
    assert menu["Desktop Entry"]["Name[zh_CN]"] == "queuedesk 取号机"
    assert "undo: queuedesk setup --remove kiosk" in out
    assert "systemctl --user start queuedesk-kiosk.service" in out


def test_the_installed_entries_pass_the_desktops_own_checks(home, hall_db, capsys):
    validate = shutil.which("desktop-file-validate")
    analyze = shutil.which("systemd-analyze")
    for role in ROLES:
        assert setup(capsys, role, "--db", hall_db)[0] == 0
    menus = {p.name for p in (home / ".local" / "share" / "applications").iterdir()}
    assert menus == {f"queuedesk-{name}.desktop" for name in ("kiosk", "desk", "display", "console", "reports")}
    if validate:
        for entry in [*(home / ".config" / "autostart").iterdir(), *(home / ".local" / "share" / "applications").iterdir()]:
            done = subprocess.run([validate, str(entry)], capture_output=True, text=True)
            assert (done.returncode, done.stdout.strip()) == (0, ""), done.stdout
    if analyze:
        runtime = home / "run"
        runtime.mkdir(mode=0o700)
        units = sorted(str(p) for p in (home / ".config" / "systemd" / "user").glob("*.service"))
        done = subprocess.run([analyze, "--user", "verify", *units], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)})
        if "Failed to initialize manager" not in done.stderr and "RuntimeDirectory" not in done.stderr:
            assert (done.returncode, done.stderr.strip()) == (0, "")


def test_a_password_in_the_url_is_refused_and_nothing_is_written(home, capsys):
    code, out, err = setup(capsys, "desk", "--db", "postgresql+psycopg://teller3:secret@db.lan/queuedesk")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "~/.pgpass" in err and "secret" not in err
    assert files(home) == set()


def test_a_config_file_with_a_password_is_refused_when_read(tmp_path):
    path = tmp_path / "queuedesk.toml"
    path.write_text('[database]\nurl = "postgresql://kiosk:pw@db.lan/q"\n', encoding="utf-8")
    with pytest.raises(config.ConfigError, match="pgpass"):
        config.load(path)


def test_a_postgresql_service_is_kept_and_an_unreachable_database_only_noted(home, capsys):
    code, out, err = setup(capsys, "display", "--db", SERVICE_URL)
    assert code == 0 and "undo: queuedesk setup --remove display" in out
    assert len(err.strip().splitlines()) == 1            # cannot reach it now: said, not refused
    text = (home / ".config" / "queuedesk" / "queuedesk.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text)["database"]["url"] == SERVICE_URL


def test_an_existing_configuration_keeps_its_other_settings(home, hall_db, capsys):
    path = home / ".config" / "queuedesk" / "queuedesk.toml"
    path.parent.mkdir(parents=True)
    path.write_text('# the hall\n[hall]\nlanguage = "zh_TW"\n\n[database]\nurl = "sqlite:////old.db"\n'
                    'group = ""\n\n[voice]\nrepeat = 3\n', encoding="utf-8")
    assert setup(capsys, "desk", "--db", hall_db)[0] == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# the hall\n") and "/old.db" not in text
    loaded = config.load(path)
    assert (loaded["database.url"], loaded["hall.language"], loaded["voice.repeat"]) == (hall_db, "zh_TW", 3)


def test_the_web_server_is_a_service_without_a_desktop(home, hall_db, capsys):
    code, out, err = setup(capsys, "web", "--db", hall_db)
    assert code == 0 and "loginctl enable-linger" in out
    units = home / ".config" / "systemd" / "user"
    assert (units / "default.target.wants" / "queuedesk-web.service").is_symlink()
    assert not (home / ".config" / "autostart").exists()


def test_remove_takes_the_autostart_away_and_keeps_the_configuration(home, hall_db, capsys):
    setup(capsys, "kiosk", "--db", hall_db)
    setup(capsys, "desk")
    code, out, err = setup(capsys, "--remove", "kiosk")
    assert code == 0 and out.count("removed ") == 4
    assert files(home) == {".config/queuedesk/queuedesk.toml", ".config/systemd/user/queuedesk-desk.service",
                           ".config/systemd/user/graphical-session.target.wants/queuedesk-desk.service",
                           ".config/autostart/queuedesk-desk.desktop",
                           ".local/share/applications/queuedesk-desk.desktop",
                           ".local/share/icons/hicolor/scalable/apps/queuedesk.svg"}
    assert setup(capsys, "--remove", "kiosk")[0] == 0         # twice is harmless


def test_an_older_database_is_named_with_what_to_do(home, tmp_path, capsys):
    from tests.store.test_upgrade_order import OLDER, upgrade_to

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    upgrade_to(Database(url), OLDER)
    code, out, err = setup(capsys, "kiosk", "--db", url)
    assert code == 0 and "run queuedesk init to upgrade" in err and len(err.strip().splitlines()) == 1
    assert migrate.current_revision(Database(url)) == OLDER      # set-up never upgrades by itself


def test_the_command_line_wants_one_role(home, capsys):
    assert setup(capsys)[0] == 1
    assert setup(capsys, "kiosk", "--remove", "desk")[0] == 1
    with pytest.raises(SystemExit) as exit_:
        cli.main(["setup", "printer"])
    assert exit_.value.code == 2


@pytest.mark.parametrize("role", sorted(ROLES))
def test_the_windows_task_starts_the_bundle_at_log_on(role):
    exe = Path("C:/Program Files/queuedesk/queuedesk.exe")
    task = ElementTree.fromstring(entries.windows_task(ROLES[role], exe).encode("utf-8"))
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    arguments = task.find("t:Actions/t:Exec/t:Arguments", ns).text
    assert f"& '{exe}' {role};" in arguments
    assert ("break" in arguments) == (role == "kiosk")      # only the kiosk's staff quit is final
    assert task.find("t:RegistrationInfo/t:URI", ns).text == f"\\queuedesk {role}"
    assert task.find("t:Triggers/t:LogonTrigger", ns) is not None


def test_every_program_of_the_machine_then_finds_the_database(home, tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'branch.sqlite3'}"
    assert cli.main(["--db", url, "init", "--sample", "bank"]) == 0
    setup(capsys, "desk", "--db", url)
    assert cli.main(["ticket", "issue", "A"]) == 0            # no --db, no $QUEUEDESK_DB: database.url
    assert capsys.readouterr().out.startswith("A001")
