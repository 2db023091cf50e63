"""Suite-wide fixtures.

Windows render offscreen unless a test starts a real X server. PostgreSQL tests run on a
throw-away cluster; outside CI a machine without PostgreSQL skips them, in CI (CI=true)
its absence fails the run.
"""
import itertools
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.support.postgres import Cluster, PostgresUnavailable  # noqa: E402

_db_names = itertools.count(1)


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
