"""The statements of the hot paths: built once with SQLAlchemy Core, compiled once per
database, and run by the database driver itself, several in one round trip.

A call-next or an issue is a handful of small statements, and SQLAlchemy's work per
execution (cache key, execution context, result metadata) costs more CPU than the
database spends on them: about 85 µs per statement on the development machine, against
37 µs through the driver. So a repository declares each statement once (`Sql`); it is
compiled on first use for the dialect at hand, and executed by the driver with its
parameters and results converted by the same type processors SQLAlchemy would apply.

Round trips are what a PostgreSQL action pays for most, so `Runner` sends statements
together: writes nobody waits for are queued (`later`) and go with the next statement
that must answer, and the last ones go with the COMMIT. Each statement is prepared once
per connection (PREPARE, kept by the server for the session) and a round trip is one
message of EXECUTEs with their arguments as literals (quoted by psycopg): no parsing or
planning on the server, one send and one receive on the client — psycopg's own pipeline
mode costs more CPU per statement than it saves. A read phase is one round trip, and so
is the end of a transaction, BEGIN going with the first. On SQLite, in-process, the same
calls simply run one after the other.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ClauseElement

Rows = list[tuple]
T = TypeVar("T")
RUNNER = "queuedesk.runner"    # where a connection's runner is found while a unit of work runs
PREPARED = "queuedesk.prepared"   # the statements a pooled PostgreSQL connection has prepared
_names = itertools.count(1)
_PYFORMAT = re.compile(r"%\(([^)]+)\)s|%%")


def _result_processor(kind, dialect):
    """The conversion SQLAlchemy applies to a column's values, if any. (psycopg returns
    floats as floats: PostgreSQL's float processor wants the column's type id, which a
    statement compiled ahead does not have, and needs nothing.)"""
    try:
        return kind.dialect_impl(dialect).result_processor(dialect, None)
    except (TypeError, sa.exc.InvalidRequestError):
        if isinstance(kind, sa.Float) and dialect.name == "postgresql":
            return None
        raise


class Compiled:
    """One statement for one dialect: its SQL, how to pass parameters, how to read rows."""

    __slots__ = ("sql", "order", "binds", "defaults", "results", "returns", "name", "prepare")

    def __init__(self, clause: ClauseElement, dialect):
        compiled = clause.compile(dialect=dialect)
        self.sql = str(compiled)
        self.order = tuple(compiled.positiontup) if dialect.positional else None
        self.name = self.prepare = None
        if dialect.name == "postgresql":
            self._numbered()
        self.binds = {}
        self.defaults = {}          # the values the statement carries itself (LIMIT 1, a constant)
        for name, bind in compiled.binds.items():
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                self.binds[name] = processor
            if not bind.required:
                value = bind.effective_value
                self.defaults[name] = processor(value) if processor is not None else value
        columns = list(getattr(clause, "exported_columns", ()) or ())
        self.returns = bool(columns)
        self.results = tuple((i, p) for i, p in ((i, _result_processor(c.type, dialect))
                                                 for i, c in enumerate(columns)) if p is not None)

    def _numbered(self) -> None:
        """PostgreSQL: the statement as PREPARE wants it ($1, $2 … for its parameters)."""
        order: list[str] = []

        def number(match):
            if match.group(0) == "%%":
                return "%"
            name = match.group(1)
            if name not in order:
                order.append(name)
            return f"${order.index(name) + 1}"

        text = _PYFORMAT.sub(number, self.sql)
        self.order = tuple(order)
        self.name = f"qd{next(_names)}"
        self.prepare = f"PREPARE {self.name} AS {text}".encode()

    def parameters(self, values: Mapping[str, Any]):
        binds = self.binds
        if binds:
            values = {k: (binds[k](v) if k in binds else v) for k, v in values.items()}
        if self.defaults:
            values = {**self.defaults, **values}
        if self.order is not None:
            return tuple(values[name] for name in self.order)
        return values

    def rows(self, raw: Iterable[Sequence]) -> Rows:
        if not self.results:
            return [tuple(r) for r in raw]
        out = []
        for row in raw:
            row = list(row)
            for i, processor in self.results:
                row[i] = processor(row[i])
            out.append(tuple(row))
        return out


class Sql:
    """A statement declared once: `build(dialect_name, *shape)` gives its Core construct.

    `shape` is for statements whose text depends on the size of their input (how many
    services, how many events); each shape is compiled once.
    """

    def __init__(self, build: Callable[..., ClauseElement]):
        self._build = build
        self._compiled: dict[tuple, Compiled] = {}

    def compiled(self, dialect, shape: tuple = ()) -> Compiled:
        key = (dialect.name, dialect.driver, shape)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = Compiled(self._build(dialect.name, *shape), dialect)
        return found


class Step:
    """One statement with its parameters, for `Runner.trip`; `rows` once it has run."""

    __slots__ = ("sql", "params", "shape", "rows")

    def __init__(self, sql: Sql, params: Mapping[str, Any] | None = None, shape: tuple = ()):
        self.sql, self.params, self.shape = sql, params or {}, shape
        self.rows: Rows = []


class Read(Generic[T]):
    """Statements whose rows make one answer (`parse(rows of each)`), to be read with
    others in one round trip (`Runner.read`)."""

    __slots__ = ("steps", "parse")

    def __init__(self, steps: Sequence[Step], parse: Callable[..., T]):
        self.steps, self.parse = list(steps), parse

    def result(self) -> T:
        return self.parse(*(step.rows for step in self.steps))


class Runner:
    """Runs `Sql` statements on the connection of one unit of work."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.dialect = conn.dialect
        self.is_pg = self.dialect.name == "postgresql"
        self._raw = None
        self._literals = None
        self._later: list[Step] = []
        self._begin = False          # PostgreSQL: BEGIN goes with the next round trip
        self._began = False

    @property
    def raw(self):
        if self._raw is None:
            self._raw = self.conn.connection.driver_connection
        return self._raw

    def attach(self, write: bool) -> None:
        """The unit of work starts: SQLAlchemy statements on this connection send our
        queued writes first; on PostgreSQL a write transaction begins with the first
        round trip (the connection is in autocommit mode: see Database.connect)."""
        self._info = self.conn.info
        self._info[RUNNER] = self
        self._begin = write and self.is_pg

    def detach(self) -> None:
        self._info.pop(RUNNER, None)

    # -- what repositories call ------------------------------------------------------------

    def run(self, sql: Sql, params: Mapping[str, Any] | None = None, shape: tuple = ()) -> Rows:
        """One statement and its rows (with whatever was queued, in the same round trip)."""
        step = Step(sql, params, shape)
        self.trip([step])
        return step.rows

    def read(self, *reads: Read | None) -> list:
        """Several answers in one round trip (None stands for nothing to read)."""
        self.trip([step for r in reads if r is not None for step in r.steps])
        return [r.result() if r is not None else None for r in reads]

    def later(self, sql: Sql, params: Mapping[str, Any] | None = None, shape: tuple = ()) -> None:
        """A write whose answer nobody waits for: sent before the next statement, or with
        the COMMIT. (Anything run through SQLAlchemy on this connection sends it first.)"""
        self._later.append(Step(sql, params, shape))

    def trip(self, steps: Sequence[Step], commit: bool = False,
             gives_up: Callable[[Exception], bool] | None = None) -> bool:
        """The queued writes, then `steps`, in one round trip; on PostgreSQL COMMIT last if
        asked (SQLite commits when the connection's transaction ends). False if a statement
        failed in a way `gives_up` expects (PostgreSQL): the transaction was rolled back,
        the connection is fine, and the caller takes another way."""
        steps = [*self._later, *steps]
        self._later.clear()
        commit = commit and self.is_pg and (self._began or self._begin)
        if not steps and not commit and not self._begin:
            return True
        try:
            if self.is_pg:
                self._batch(steps, commit, gives_up)
            else:
                cursor = self.raw.cursor()
                for step in steps:
                    compiled = step.sql.compiled(self.dialect, step.shape)
                    cursor.execute(compiled.sql, compiled.parameters(step.params))
                    if compiled.returns:
                        step.rows = compiled.rows(cursor.fetchall())
        except self.dialect.loaded_dbapi.Error as exc:
            if gives_up is not None and gives_up(exc):
                self._began = False
                try:
                    self.raw.execute(b"ROLLBACK")
                except self.dialect.loaded_dbapi.Error as lost:
                    raise self._failed(lost) from None
                return False
            raise self._failed(exc) from None
        return True

    def alone(self, sql: Sql, params: Mapping[str, Any], shape: tuple = (),
              gives_up: Callable[[Exception], bool] = lambda exc: False) -> Rows | None:
        """PostgreSQL: one statement that is the whole transaction, in one round trip (the
        connection is in autocommit mode: no BEGIN, no COMMIT). It must come first in its
        unit of work, which has nothing more to send afterwards. None if the statement
        failed in a way `gives_up` expects: it left nothing behind, the connection is
        fine, and the caller takes another way."""
        if not self.is_pg or self._later or self._began:
            raise RuntimeError("a statement alone must be the whole transaction")
        from psycopg import ClientCursor

        self._begin = False
        compiled = sql.compiled(self.dialect, shape)
        prepared = self.conn.connection.info.setdefault(PREPARED, set())
        cursor = ClientCursor(self.raw)
        try:
            if compiled.name not in prepared:      # on its own: whether it was taken is never in doubt
                cursor.execute(compiled.prepare)
                prepared.add(compiled.name)
            cursor.execute(self._execute(compiled, params))
        except self.dialect.loaded_dbapi.Error as exc:
            if gives_up(exc):
                return None
            prepared.clear()
            raise self._failed(exc) from None
        except BaseException:
            prepared.clear()
            self.conn.invalidate()
            raise
        return compiled.rows(cursor.fetchall()) if compiled.returns else []

    def flush(self) -> None:
        """Send what is queued (and, on PostgreSQL, BEGIN) now."""
        if self._later or self._begin:
            self.trip([])

    # -- PostgreSQL: one message, one round trip ---------------------------------------------

    def _batch(self, steps: Sequence[Step], commit: bool,
               gives_up: Callable[[Exception], bool] | None = None) -> None:
        from psycopg import ClientCursor

        raw = self.raw
        prepared = self.conn.connection.info.setdefault(PREPARED, set())
        parts: list[bytes] = []
        if self._begin:
            parts.append(b"BEGIN")
            self._begin, self._began = False, True
        answers: dict[int, tuple[Step, Compiled]] = {}
        for step in steps:
            compiled = step.sql.compiled(self.dialect, step.shape)
            if compiled.name not in prepared:
                parts.append(compiled.prepare)
                prepared.add(compiled.name)
            if compiled.returns:
                answers[len(parts)] = step, compiled
            parts.append(self._execute(compiled, step.params))
        if commit:
            parts.append(b"COMMIT")
            self._began = False
        if not parts:
            return
        cursor = ClientCursor(raw)
        try:
            cursor.execute(b";\n".join(parts))
        except BaseException as exc:
            if gives_up is not None and isinstance(exc, self.dialect.loaded_dbapi.Error) and gives_up(exc):
                raise             # a statement that gives up comes after every PREPARE it needs
            prepared.clear()      # which of them the server took is unknown now:
            if not isinstance(exc, self.dialect.loaded_dbapi.Error):
                self.conn.invalidate()   # this connection is not handed out again
            raise                 # (a driver error: `trip` invalidates it, once it is worded)
        index = 0
        while True:                       # one result per part, in order
            if index in answers:
                step, compiled = answers[index]
                step.rows = compiled.rows(cursor.fetchall())
            index += 1
            if not cursor.nextset():
                break

    def _execute(self, compiled: Compiled, params: Mapping[str, Any]) -> bytes:
        """EXECUTE of a prepared statement with its arguments as literals."""
        if self._literals is None:
            from psycopg.adapt import Transformer

            raw = self.raw
            self._literals = _Literals(Transformer(raw), raw.pgconn.parameter_status(b"standard_conforming_strings"))
        args = b", ".join(self._literals.quote(v) for v in compiled.parameters(params))
        return b"EXECUTE " + compiled.name.encode() + (b"(" + args + b")" if args else b"")

    def _failed(self, exc: Exception) -> sa.exc.DBAPIError:
        """A driver error to raise, worded (`_wrapped`); on PostgreSQL the connection is
        not handed out again: which of its prepared statements the server took is unknown."""
        wrapped = self._wrapped(exc)
        if self.is_pg and not self.conn.invalidated:
            self.conn.invalidate()
        return wrapped

    def _wrapped(self, exc: Exception) -> sa.exc.DBAPIError:
        """A driver error as SQLAlchemy would have raised it, so that Database.connect
        words it (and a dead connection is not handed out again)."""
        invalidated = self.dialect.is_disconnect(exc, self.raw, None)
        if invalidated and not self.conn.invalidated:
            self.conn.invalidate(exc)
        return sa.exc.DBAPIError.instance(None, None, exc, self.dialect.loaded_dbapi.Error,
                                          connection_invalidated=invalidated)


class _Literals:
    """Values as SQL literals for EXECUTE: the common types quoted here (each costs psycopg
    a few microseconds), the rest by psycopg itself."""

    def __init__(self, transformer, standard_strings: bytes | None):
        self._psycopg = transformer.as_literal
        self._plain_strings = standard_strings == b"on"   # then only ' needs doubling

    def quote(self, value) -> bytes:
        kind = type(value)
        if value is None:
            return b"NULL"
        if kind is int:
            return str(value).encode()
        if kind is str and self._plain_strings and "\0" not in value:
            return b"'" + value.replace("'", "''").encode() + b"'"
        if kind is bool:
            return b"true" if value else b"false"
        if kind is datetime and value.tzinfo is not None:
            return b"'" + value.isoformat().encode() + b"'::timestamptz"
        if kind is date:
            return b"'" + value.isoformat().encode() + b"'::date"
        if kind is tuple and self._plain_strings and all(type(v) is str and "\0" not in v for v in value):
            # An array of texts: each element in double quotes, \ and " escaped inside them.
            elements = ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in value)
            return b"'{" + elements.replace("'", "''").encode() + b"}'::text[]"
        return self._psycopg(value)


def install(engine) -> None:
    """Make every statement SQLAlchemy runs on a connection send that connection's queued
    writes first, so nothing ever reads around a write still waiting to be sent — and,
    on PostgreSQL, the write transaction's BEGIN, so a use case that writes through
    SQLAlchemy alone is still one transaction (the connection is in autocommit mode)."""

    @event.listens_for(engine, "before_cursor_execute")
    def _send_queued(conn, _cursor, _statement, _parameters, _context, _executemany):
        runner = conn.info.get(RUNNER)
        if runner is not None:
            runner.flush()           # (nothing to do unless writes or a BEGIN are queued)
