"""Suite-wide fixtures.

Windows render offscreen unless a test starts a real X server. PostgreSQL tests run on a
throw-away cluster; outside CI a machine without PostgreSQL skips them, in CI (CI=true)
its absence fails the run.
"""
import itertools
import os
from datetime import datetime, timezone

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.support.halls import Clock, three_counter_hall  # noqa: E402
from tests.support.postgres import Cluster, PostgresUnavailable  # noqa: E402

_db_names = itertools.count(1)


@pytest.fixture
def windows(qtbot, qapp):
    """Open windows through `windows.start(window, size, wait_ms)`: shut down at teardown.
    The application's style is the one the programs give it (ui.app.make_app)."""
    from queuedesk.qtkit.painting import keep_bold
    from tests.support.windows import StartedWindows

    keep_bold(qapp)

    started = StartedWindows(qtbot)
    yield started
    started.close()


@pytest.fixture(autouse=True)
def quick_password_hashes(monkeypatch):
    """scrypt at N=2^10 in this process: every staff member a test adds would otherwise
    cost 128 MiB and a few hundred ms. Programs the tests start keep the real N."""
    from queuedesk.operations import passwords
    monkeypatch.setattr(passwords, "N", 2 ** 10)


def _started_cluster() -> Cluster:
    try:
        return Cluster().start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"no PostgreSQL here: {exc}")


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = _started_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def own_cluster():
    """A cluster of the test's own, for tests that stop the server (outages)."""
    cluster = _started_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh, empty database on the session's cluster."""
    return pg_cluster.create_database(f"t{next(_db_names)}_{os.getpid()}")


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'queuedesk.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request):
    """Each test using it runs on both databases."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def clock():
    # 10:00 in Shanghai on a Monday.
    return Clock(datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc))


@pytest.fixture
def hall(db_url, clock):
    h = three_counter_hall(db_url, clock)
    yield h
    h.db.dispose()
