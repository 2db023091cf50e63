"""Two branches and a head office, each on a throw-away PostgreSQL cluster of its own
with logical replication on; started once per module (in parallel) and reused by its
tests, in order."""
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

import pytest

from queuedesk.operations import head_office
from queuedesk.operations.hall import Hall
from tests.support.branches import branch_hall, head_office_hall, wait_until
from tests.support.halls import Clock
from tests.support.postgres import Cluster, PostgresUnavailable

#: A branch keeps 4 MB of WAL for an absent head office (1 MB segments), so a test can
#: outgrow it in a moment; head office retries a lost connection every second.
BRANCH_SETTINGS = {"wal_level": "logical", "max_slot_wal_keep_size": "4MB"}
HEAD_OFFICE_SETTINGS = {"max_logical_replication_workers": "8", "max_worker_processes": "16",
                        "wal_retrieve_retry_interval": "1s"}


@dataclass
class Network:
    clock: Clock
    clusters: dict[str, Cluster]
    branches: dict[str, Hall]
    hq: Hall

    def conninfo(self, code: str) -> str:
        return self.clusters[code].conninfo("hall")


def _start_all(clusters: list[Cluster]) -> None:
    errors = []

    def start(cluster):
        try:
            cluster.start()
        except PostgresUnavailable as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(c,)) for c in clusters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        for c in clusters:
            c.stop()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {errors[0]}")
        pytest.skip(f"no PostgreSQL here: {errors[0]}")


@pytest.fixture(scope="module")
def network():
    """Branches B01 and B02 (a hall each, open for business) and a head office that
    hears from both, everything copied and streaming."""
    try:
        clusters = {"B01": Cluster(settings=BRANCH_SETTINGS, wal_segment_mb=1),
                    "B02": Cluster(settings=BRANCH_SETTINGS, wal_segment_mb=1),
                    "HQ": Cluster(settings=HEAD_OFFICE_SETTINGS)}
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"no PostgreSQL here: {exc}")
    _start_all(list(clusters.values()))
    clock = Clock(datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc))   # 10:00 in Shanghai, a Monday
    halls, hq = {}, None
    try:
        halls = {code: branch_hall(clusters[code].create_database("hall"), clock, code, f"{code} 支行")
                 for code in ("B01", "B02")}
        hq = head_office_hall(clusters["HQ"].create_database("hq"), clock)
        net = Network(clock, clusters, halls, hq)
        for code in halls:
            head_office.add_branch(hq, code, net.conninfo(code))
        wait_until(lambda: {s.state for s in head_office.statuses(hq)} == {head_office.STREAMING},
                   "both branches copied and streaming")
        yield net
    finally:
        for hall in [*halls.values(), *([hq] if hq else [])]:
            hall.db.dispose()
        for cluster in clusters.values():
            cluster.stop()
