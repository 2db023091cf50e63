"""Branches as head office knows them, and a branch's rows on their way there.

Head office lists its branches in hq_branches (by replication or by day files); any
database knows its branches' codes (a branch: its own) and names (each one's
branch_name text). A day file carries the published rows of one business day
(publication.DAILY) and the hall's description (the other published tables), as plain
JSON values; head office takes them in keyed by (branch, key), so a file taken twice
changes nothing the second time.
"""
from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from queuedesk.domain.languages import LocalText
from queuedesk.store import head_office, publication
from queuedesk.store.repositories import Repository, texts_by_owner
from queuedesk.store.schema import (
    UTCDateTime,
    events,
    hall_texts,
    hq_branches,
    identity,
    metadata,
    report_cells,
    report_days,
    report_open,
    report_waits,
    services,
    tickets,
)

SUMMARIES = (report_cells, report_waits, report_open, report_days)


@dataclass(frozen=True)
class Registered:
    """A branch head office hears from."""

    code: str
    source: str                    # replication | import
    subscription: str | None
    added_at: datetime
    database: str | None
    last_day: date | None


class BranchRepository(Repository):
    # -- which branches ---------------------------------------------------------------------

    def is_head_office(self) -> bool:
        return head_office.is_head_office(self.conn)

    def codes(self) -> list[str]:
        """The branches whose rows this database holds: at head office every branch it
        hears from and every one it kept the rows of; a hall's own."""
        if self.is_head_office():
            kept = self.conn.execute(sa.select(services.c.branch).distinct()).scalars()
            return sorted({r.code for r in self.registered()} | set(kept))
        return [head_office.branch_code(self.conn)]

    def registered(self) -> list[Registered]:
        rows = self.conn.execute(sa.select(hq_branches).order_by(hq_branches.c.code))
        return [Registered(r.code, r.source, r.subscription, r.added_at, r.database, r.last_day) for r in rows]

    def get(self, code: str) -> Registered | None:
        return next((b for b in self.registered() if b.code == code), None)

    def register(self, branch: Registered) -> None:
        self.conn.execute(hq_branches.delete().where(hq_branches.c.code == branch.code))
        self.conn.execute(hq_branches.insert().values(
            code=branch.code, source=branch.source, subscription=branch.subscription, added_at=branch.added_at,
            database=branch.database, last_day=branch.last_day))

    def unregister(self, code: str) -> None:
        self.conn.execute(hq_branches.delete().where(hq_branches.c.code == code))

    def become_head_office(self) -> None:
        """This database receives branches from now on (store/head_office.py)."""
        head_office.mark(self.conn)
        head_office.shape(self.conn)

    def holds_a_hall(self) -> bool:
        """Whether tickets were issued here (a hall's database, not a fresh one)."""
        return self.conn.execute(sa.select(tickets.c.id).limit(1)).first() is not None

    def newest_event(self, code: str) -> datetime | None:
        """When the newest event received from branch `code` happened there."""
        return self.conn.execute(sa.select(events.c.at).where(events.c.branch == code)
                                 .order_by(events.c.id.desc()).limit(1)).scalar()

    def names(self, codes: Iterable[str]) -> dict[str, LocalText]:
        """Each branch's name per language (its branch_name text; none if it never set one)."""
        query = sa.select(hall_texts.c.branch, hall_texts.c.lang, hall_texts.c.text).where(
            hall_texts.c.key == "branch_name", hall_texts.c.branch.in_(list(codes)))
        return texts_by_owner(self.conn.execute(query))

    def forget(self, code: str) -> int:
        """Delete every row of branch `code` (head office: before a fresh copy, or when
        asked to). How many rows went."""
        gone = 0
        for name in publication.CURRENT:
            table = metadata.tables[name]
            gone += self.conn.execute(table.delete().where(table.c.branch == code)).rowcount or 0
        for table in SUMMARIES:
            self.conn.execute(table.delete().where(table.c.branch == code))
        return gone

    def take_code(self, code: str) -> int:
        """This hall is branch `code` from now on: its new rows are stamped with it, its
        rows so far re-stamped, its report summaries made again. How many rows changed."""
        self.conn.execute(identity.update().values(branch=code))
        publication.keep_stamping(self.conn, code)
        changed = publication.restamp(self.conn, code)
        for table in SUMMARIES:
            self.conn.execute(table.delete())
        return changed

    # -- day files ---------------------------------------------------------------------------

    def day_rows(self, code: str, day: date, start: datetime, end: datetime) -> dict[str, dict]:
        """The published rows of business day `day` ([start, end) in UTC for events) and the
        hall's description: {table: {"columns": [...], "rows": [[...], ...]}}, JSON values."""
        result = {}
        for name, spec in publication.CURRENT.items():
            table = metadata.tables[name]
            columns = [c for c in spec.all if c != "branch"]
            query = sa.select(*(table.c[c] for c in columns))
            if name in ("tickets", "ratings", "appointments"):
                query = query.where(table.c.business_date == day)
            elif name == "complaints":          # come in, or answered, that day
                query = query.where(sa.or_(table.c.received_date == day, table.c.answered_date == day))
            elif name == "events":
                query = query.where(table.c.at >= start, table.c.at < end)
            query = query.order_by(*(table.c[c] for c in spec.key))
            result[name] = {"columns": ["branch", *columns],
                            "rows": [[code, *(_plain(v) for v in row)] for row in self.conn.execute(query)]}
        return result

    def take_rows(self, code: str, tables: Mapping[str, "FileTable"], description: bool) -> int:
        """Head office takes a day file's rows (`file_tables`) for branch `code`: each row
        inserted, or replacing the row with its key. With `description`, the hall's
        description (services, counters, staff, texts) replaces the one held. How many
        rows came."""
        count = 0
        for name, spec in publication.CURRENT.items():
            if name not in tables or (name not in publication.DAILY and not description):
                continue
            table = metadata.tables[name]
            columns = tables[name].columns
            rows = [{**row, "branch": code} for row in tables[name].rows]
            if name not in publication.DAILY:
                self.conn.execute(table.delete().where(table.c.branch == code))
            if not rows:
                continue
            insert = self._insert(table)
            keys = ["branch", *spec.key]
            changes = {c: insert.excluded[c] for c in columns if c not in keys}
            statement = insert.on_conflict_do_update(index_elements=keys, set_=changes) if changes \
                else insert.on_conflict_do_nothing(index_elements=keys)
            for start in range(0, len(rows), 1000):
                self.conn.execute(statement, rows[start:start + 1000])
            count += len(rows)
        return count


class UnfitDayFile(ValueError):
    """A day file's table, row or value that head office cannot take in; the message
    says where and what is wrong."""


@dataclass(frozen=True)
class FileTable:
    """One table of a day file, ready to take in: the file's columns this schema has
    (branch aside), and each row as {column: value} of the column's type."""

    columns: list[str]
    rows: list[dict]


def file_tables(tables: Mapping) -> dict[str, FileTable]:
    """A day file's published tables checked whole before anything is written: each a
    list of columns holding the table's key and rows as long, each value one its column
    holds. Raises UnfitDayFile at the first that is not; tables and columns this schema
    does not publish are passed over (a withheld one too: a token or a check-in code stays
    out of head office whatever a file holds)."""
    fitted = {}
    for name, spec in publication.CURRENT.items():
        if name not in tables:
            continue
        given = tables[name]
        columns = given.get("columns") if isinstance(given, Mapping) else None
        rows = given.get("rows") if isinstance(given, Mapping) else None
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns) \
                or not isinstance(rows, list):
            raise UnfitDayFile(f"table {name} is not a list of columns and a list of rows")
        if len(set(columns)) != len(columns):
            raise UnfitDayFile(f"table {name} names a column twice")
        missing = [c for c in spec.key if c not in columns]
        if missing:
            raise UnfitDayFile(f"table {name} has no column {missing[0]}")
        table = metadata.tables[name]
        kept = [(n, c) for n, c in enumerate(columns) if c in spec.all and c != "branch"]
        fitted_rows = []
        for number, values in enumerate(rows, 1):
            if not isinstance(values, list) or len(values) != len(columns):
                raise UnfitDayFile(f"table {name}, row {number}: not a list of {len(columns)} values")
            try:
                fitted_rows.append({c: _typed(table.c[c], values[n]) for n, c in kept})
            except UnfitDayFile as exc:
                raise UnfitDayFile(f"table {name}, row {number}, {exc}") from None
        fitted[name] = FileTable([c for _n, c in kept], fitted_rows)
    return fitted


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


#: The whole numbers each integer type holds (PostgreSQL's sizes; SQLite holds them all).
_INTEGERS = ((sa.SmallInteger, 2 ** 15), (sa.BigInteger, 2 ** 63), (sa.Integer, 2 ** 31))


def _typed(column: sa.Column, value):
    """`value` from a day file as `column` holds it; UnfitDayFile (naming the column) if
    it cannot."""
    def unfit(what: str) -> UnfitDayFile:
        shown = repr(value)
        return UnfitDayFile(f"column {column.name}: {what}, not {shown[:40] + '…' if len(shown) > 41 else shown}")

    if value is None:
        if not column.nullable:
            raise UnfitDayFile(f"column {column.name}: a value is needed, not null")
        return None
    kind = column.type
    if isinstance(kind, (UTCDateTime, sa.Date)):
        try:
            moment = (datetime if isinstance(kind, UTCDateTime) else date).fromisoformat(value)
        except (TypeError, ValueError):
            moment = None
        if moment is None or (isinstance(kind, UTCDateTime) and moment.tzinfo is None):
            raise unfit("a date and time with its UTC offset" if isinstance(kind, UTCDateTime) else "a date")
        return moment
    if isinstance(kind, sa.Boolean):
        if value not in (True, False) or not isinstance(value, (bool, int)):
            raise unfit("true or false")
        return bool(value)
    if isinstance(kind, sa.Integer):
        bound = next(b for t, b in _INTEGERS if isinstance(kind, t))
        if not isinstance(value, int) or isinstance(value, bool) or not -bound <= value < bound:
            raise unfit("a whole number")
        return value
    if isinstance(kind, sa.Float):
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
            raise unfit("a number")
        return value
    if isinstance(kind, sa.String):
        if not isinstance(value, str) or "\x00" in value:
            raise unfit("text")
        if kind.length is not None and len(value) > kind.length:
            raise unfit(f"text of at most {kind.length} characters")
        return value
    return value


def within(column: sa.Column, codes: Collection[str] | None) -> sa.ColumnElement:
    """A condition: `column` (a branch column) is one of `codes`; any, when None."""
    return sa.true() if codes is None else column.in_(list(codes))
