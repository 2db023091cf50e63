"""Ratings of visits: one row per ticket leg, rated or asked and not rated."""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from queuedesk.domain.ratings import Rating
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import ratings


def _rating(row) -> Rating:
    return Rating(ticket_id=row.ticket_id, ticket_number=row.ticket_number, business_date=row.business_date,
                  service=row.service, counter=row.counter, staff=row.staff, score=row.score, at=row.at,
                  reasons=tuple(r for r in row.reasons.split(",") if r), channel=row.channel)


def _values(r: Rating) -> dict:
    return {"ticket_id": r.ticket_id, "business_date": r.business_date, "ticket_number": r.ticket_number,
            "service": r.service, "counter": r.counter, "staff": r.staff, "score": r.score,
            "reasons": ",".join(r.reasons), "channel": r.channel, "at": r.at}


#: The class of the advisory locks by which ratings of one visit take turns (PostgreSQL).
RATING_LOCK = 0x51D35E


class RatingRepository(Repository):
    def hold(self, ticket_id: int) -> None:
        """Ratings of this visit wait for this transaction: two screens or pages rating it
        at once cannot both rate it. A lock of its own, not the ticket's row, which the
        logins that take ratings may not lock (store.pg_roles); SQLite's write
        transaction holds the whole database anyway."""
        if self.is_pg:
            self.conn.execute(sa.text("SELECT pg_advisory_xact_lock(:kind, :visit)"),
                              {"kind": RATING_LOCK, "visit": ticket_id % 2 ** 31})

    def get(self, ticket_id: int) -> Rating | None:
        row = self.conn.execute(sa.select(ratings).where(ratings.c.ticket_id == ticket_id)).first()
        return _rating(row) if row else None

    def put(self, rating: Rating) -> None:
        """Record the visit's rating; a visit asked and not rated may be rated later."""
        values = _values(rating)
        if self.get(rating.ticket_id) is None:
            self.conn.execute(ratings.insert().values(**values))
        else:
            self.conn.execute(ratings.update().where(ratings.c.ticket_id == rating.ticket_id).values(**values))

    def on(self, day: date, counter: int | None = None, staff: str | None = None) -> list[Rating]:
        """That business day's ratings (and not-rated visits), oldest first."""
        query = sa.select(ratings).where(ratings.c.business_date == day)
        if counter is not None:
            query = query.where(ratings.c.counter == counter)
        if staff is not None:
            query = query.where(ratings.c.staff == staff)
        return [_rating(r) for r in self.conn.execute(query.order_by(ratings.c.at, ratings.c.ticket_id))]

    def of_tickets(self, ticket_ids: list[int]) -> dict[int, Rating]:
        """The ratings (and not-rated records) of these legs, by leg id."""
        if not ticket_ids:
            return {}
        rows = self.conn.execute(sa.select(ratings).where(ratings.c.ticket_id.in_(ticket_ids)))
        return {row.ticket_id: _rating(row) for row in rows}
