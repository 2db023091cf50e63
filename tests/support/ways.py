"""A use case done two ways — in one statement where the database can, and the general
way — and what each leaves behind, for the tests that prove the two equal
(tests/store/test_call_next_at_once.py, test_issue_at_once.py)."""
import dataclasses

import pytest
import sqlalchemy as sa

from queuedesk.domain.errors import QueueError
from queuedesk.store.schema import daily_sequences, queue_counts, requests, tickets


def outcome(hall, act, owner, name: str, taken: list | None = None, hidden=("id",)):
    """What `act` gave (an answer, or the refusal's code) and what it left behind: the
    tickets, the kept counts, the numbers taken, the events and the request keys (columns
    in `hidden` left out: ids, random tokens). `taken` gets each answer of `owner.name`,
    the repository's way (or GENERAL)."""
    if taken is not None:
        one = getattr(owner, name)

        def watched(self, *args):
            taken.append(one(self, *args))
            return taken[-1]
        act = patched(owner, name, watched, act)
    try:
        answer = act()
        answer = None if answer is None else {k: v for k, v in answer.to_dict().items() if k not in hidden}
    except QueueError as exc:
        answer = ("refused", exc.code)
    with hall.db.engine.connect() as conn:
        rows = {r.number: {k: v for k, v in r._mapping.items() if k not in hidden}
                for r in conn.execute(sa.select(tickets))}
        counts = dict(conn.execute(sa.select(queue_counts.c.service, queue_counts.c.waiting)).all())
        numbers = dict(conn.execute(sa.select(daily_sequences.c.service, daily_sequences.c.last_number)).all())
        by_id = dict(conn.execute(sa.select(tickets.c.id, tickets.c.number)).all())
        keys = [(r.key, r.at, r.fingerprint, by_id.get(r.ticket_id)) for r in conn.execute(sa.select(requests))]
    with hall.read() as uow:
        logged = [(type(e).__name__, e.at, e.ticket_number, e.service, e.counter, e.staff, e.actor, e.actor_role,
                   e.audited, {k: v for k, v in dataclasses.asdict(e).items() if k not in ("id", "ticket_id", "at")})
                  for e in uow.events.read()]
    return answer, rows, counts, numbers, logged, keys


def patched(owner, name: str, value, act):
    """`act` with `owner.name` replaced by `value` while it runs."""
    def run():
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(owner, name, value)
            return act()
    return run
