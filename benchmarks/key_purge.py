"""Forgetting a day's idempotency keys: `day close` with 1,000,000 keys.

    .venv/bin/python benchmarks/key_purge.py [--keys 1000000]

Keys are written as a busy day would leave them (bulk insert, not through the use
cases): half of them three days old. Printed, on SQLite and PostgreSQL: the bounded bite
of old keys a sign-in takes (operations.counters.KEYS_PURGED_AT_SIGN_IN, for a hall that
never closes its day), and `day close`, which forgets every key.
"""
from __future__ import annotations

import argparse
import time
import uuid
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from _common import databases, prepared_hall

from queuedesk.operations import day
from queuedesk.operations.counters import KEYS_PURGED_AT_SIGN_IN
from queuedesk.store.schema import requests


def fill(hall, count: int, at: datetime) -> None:
    rows = ({"key": uuid.uuid4().hex, "at": at, "ticket_id": None, "fingerprint": "f" * 64} for _ in range(count))
    batch = []
    with hall.db.connect(write=True) as conn:
        for row in rows:
            batch.append(row)
            if len(batch) == 50_000:
                conn.execute(requests.insert(), batch)
                batch.clear()
        if batch:
            conn.execute(requests.insert(), batch)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=1_000_000)
    args = parser.parse_args()
    now = datetime.now(timezone.utc)
    print(f"{'database':<12}{'keys':>10}{'sign-in bite':>14}{'day close':>12}")
    with databases() as kinds:
        for kind, new_url in kinds:
            hall = prepared_hall(new_url(), 1)
            fill(hall, args.keys // 2, now - timedelta(hours=72))
            fill(hall, args.keys - args.keys // 2, now)
            with hall.write() as uow:
                t0 = time.perf_counter()
                aged = uow.requests.purge(before=now - timedelta(hours=48), limit=KEYS_PURGED_AT_SIGN_IN)
            age_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            forgotten = day.close_day(hall)["keys_forgotten"]
            close_s = time.perf_counter() - t0
            with hall.db.connect(write=False) as conn:
                left = conn.execute(sa.select(sa.func.count()).select_from(requests)).scalar()
            assert aged + forgotten == args.keys and left == 0
            print(f"{kind:<12}{args.keys:>10,}{age_s:>13.2f}s{close_s:>11.2f}s  ({aged:,} old keys in the bite)")
            hall.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
