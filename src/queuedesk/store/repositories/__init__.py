"""One repository per aggregate of the hall, all working inside one transaction.

A repository turns rows into domain objects and back; it decides nothing. Locks: on
SQLite the write transaction holds the whole database (BEGIN IMMEDIATE), so `lock` only
matters on PostgreSQL, where it takes the row (FOR UPDATE). The statements of the hot
paths go through the unit of work's `runner` (store.sql); the others through SQLAlchemy.
"""
from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from queuedesk.domain.languages import LocalText
from queuedesk.store.sql import Runner


def dialect_insert(dialect: str):
    """The dialect's INSERT, which knows ON CONFLICT (imported when first needed: a
    command on SQLite never loads PostgreSQL's dialect, nor its asyncio)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def texts_by_owner(rows) -> dict:
    """(owner, lang, text) rows as {owner: LocalText}: a service's or counter's names, a
    branch's name."""
    found: dict = {}
    for owner, lang, text in rows:
        found.setdefault(owner, {})[lang] = text
    return {owner: LocalText(texts) for owner, texts in found.items()}


class Repository:
    def __init__(self, conn: Connection, runner: Runner | None = None):
        self.conn = conn
        self.runner = runner if runner is not None else Runner(conn)
        self.is_pg = conn.dialect.name == "postgresql"

    def _locking(self, query, lock: bool, skip_locked: bool = False):
        if lock and self.is_pg:
            return query.with_for_update(skip_locked=skip_locked)
        return query

    def _insert(self, table: sa.Table):
        """The dialect's INSERT, which knows ON CONFLICT."""
        return dialect_insert(self.conn.dialect.name)(table)

    def _exists(self, column: sa.Column, key) -> bool:
        return self.conn.execute(sa.select(column).where(column == key)).first() is not None

    def _row(self, column: sa.Column, key, lock: bool = False):
        """The row whose `column` is `key` (locked if asked), or None."""
        return self.conn.execute(self._locking(sa.select(column.table).where(column == key), lock)).first()

    # -- texts per language, kept in a side table (owner, lang, text) ----------------------

    def _texts(self, table: sa.Table, owner: str, text: str, key=None, branches=None) -> dict:
        """{owner key: LocalText} for every owner, or for one when `key` is given (of some
        branches only, at head office)."""
        query = sa.select(table.c[owner], table.c.lang, table.c[text])
        if key is not None:
            query = query.where(table.c[owner] == key)
        if branches is not None:
            query = query.where(table.c.branch.in_(list(branches)))
        return texts_by_owner(self.conn.execute(query))

    def _replace_texts(self, table: sa.Table, owner: str, text: str, key, texts: Mapping[str, str]) -> None:
        self.conn.execute(table.delete().where(table.c[owner] == key))
        rows = [{owner: key, "lang": lang, text: value} for lang, value in LocalText(texts).items()]
        if rows:
            self.conn.execute(table.insert(), rows)
