"""Head office: one PostgreSQL database that hears from every branch.

    prepare(hq)                                   # queuedesk --db HQ hq init (again after an upgrade)
    add_branch(hq, "SH012", "host=… dbname=… user=…")
    statuses(hq)                                  # hq branches: lag, last contact, schema, slot
    rebuild(hq)                                   # every branch whose slot was lost: a fresh copy
    import_day(hq, "SH013-2026-11-23.json.gz")    # a branch on SQLite

A branch on PostgreSQL is a subscription of head office's own (store/subscriptions.py)
that copies the branch's published rows, then streams every change as it commits. The
branch never waits for head office: when the line is down its slot keeps the changes,
up to `max_slot_wal_keep_size`; head office catches up by itself when the line returns.
A slot kept past that limit is lost: `rebuild` forgets the branch's rows here and
copies them afresh (the copy and the changes after it come from one snapshot, so
nothing is counted twice). Schema changes: head office first, then the branches
(docs/branches.md); a branch whose schema differs is refused when it is added and shown
when it is listed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from queuedesk.domain import branches as rules
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import AlreadyExists, QueueError
from queuedesk.operations.branches import read_day_file
from queuedesk.operations.hall import Hall, needs
from queuedesk.store import migrate, subscriptions
from queuedesk.store.database import DatabaseError
from queuedesk.store.repositories.branches import FileTable, Registered, UnfitDayFile, file_tables

REPLICATION, IMPORT = "replication", "import"
#: What `statuses` says of a branch.
STREAMING, COPYING, CONNECTING, UNREACHABLE, LOST, SCHEMA, DISABLED, IMPORTED = (
    "streaming", "copying", "connecting", "unreachable", "lost", "schema", "disabled", "imported")


class NotHeadOffice(QueueError):
    code = "not_head_office"

    def __init__(self):
        super().__init__("this database is not a head office: run `queuedesk hq init` on a database of its own")


def _require_head_office(hall: Hall) -> str:
    """The head office's database id."""
    if hall.db.is_sqlite:
        raise QueueError("a head office runs on PostgreSQL (its branches' rows come by replication)",
                         "head_office_needs_postgresql")
    with hall.read() as uow:
        if not uow.branches.is_head_office():
            raise NotHeadOffice()
        return uow.identity.get()[0]


def subscription_name(head_office_id: str, code: str) -> str:
    """The subscription here, and its slot at the branch: whose and for which branch
    (two head offices may hear from one branch)."""
    return f"qd_{head_office_id[:8]}_{code.lower()}"


# -- set-up ----------------------------------------------------------------------------------------

@needs(Permission.SET_UP)
def prepare(hall: Hall) -> dict:
    """Make this database a head office, or bring it up to this queuedesk's schema (run
    it after every upgrade, before the branches', and once more after theirs); then every
    branch's subscription takes in any table its publication gained."""
    if hall.db.is_sqlite:
        raise QueueError("a head office runs on PostgreSQL (its branches' rows come by replication)",
                         "head_office_needs_postgresql")
    migrate.upgrade(hall.db)
    with hall.write() as uow:
        if not uow.branches.is_head_office():
            if uow.branches.holds_a_hall():
                raise QueueError("this database holds a hall's tickets; a head office needs a database of its own",
                                 "head_office_needs_own_database")
            uow.branches.become_head_office()
        registered = uow.branches.registered()
    notes = []
    for branch in registered:
        if branch.source == REPLICATION:
            try:
                subscriptions.refresh(hall.db, branch.subscription)
            except DatabaseError as exc:
                notes.append(f"{branch.code}: {exc}")
    return {"schema": migrate.HEAD, "branches": len(registered), "notes": notes}


def _check_branch(side: subscriptions.BranchSide, code: str, where: str) -> None:
    """Refuse a branch head office could not hear from, with what to do about it."""
    if side.revision is None:
        raise QueueError(f"no queuedesk database at {where}", "not_a_branch", where=where)
    if side.head_office:
        raise QueueError(f"the database at {where} is a head office, not a branch", "not_a_branch", where=where)
    if side.revision != migrate.HEAD:
        newer = side.revision not in migrate.known_revisions()
        raise QueueError(
            f"branch {code} is on schema {side.revision}, head office on {migrate.HEAD}: "
            + ("upgrade head office first (queuedesk hq init with the newer queuedesk)" if newer
               else "upgrade the branch (queuedesk init there)"),
            "schema_differs", branch=code, branch_schema=side.revision, head_office_schema=migrate.HEAD)
    if side.code != code:
        raise QueueError(f"the database at {where} is branch {side.code or '(without a code)'}, not {code}: "
                         f"run `queuedesk init --branch {code}` there", "wrong_branch", where=where,
                         branch=code, found=side.code)
    if side.wal_level != "logical":
        raise QueueError(f"branch {code} cannot publish: set wal_level = logical in its postgresql.conf and "
                         f"restart its server (docs/branches.md)", "branch_not_publishing", branch=code)
    if side.keep_wal_bytes is None:
        raise QueueError(f"branch {code} would keep WAL for head office without limit (a long outage could fill "
                         f"its disk): set max_slot_wal_keep_size (docs/branches.md)", "no_wal_limit", branch=code)
    if not side.published:
        raise QueueError(f"branch {code} has no publication: run `queuedesk init` there", "branch_not_publishing",
                         branch=code)


@needs(Permission.SET_UP)
def add_branch(hall: Hall, code: str, conninfo: str) -> dict:
    """Hear from the branch at `conninfo` (libpq: "host=… port=… dbname=… user=…
    password=…", a role with REPLICATION and read access to the published tables)."""
    code = rules.check_code(code)
    subscriptions.check_conninfo(conninfo)
    head_office_id = _require_head_office(hall)
    with hall.read() as uow:
        existing = uow.branches.get(code)
        others = {b.database: b.code for b in uow.branches.registered()}
    if existing is not None:
        raise AlreadyExists(f"branch {code} is already here ({existing.source}); hq remove-branch {code} first",
                            branch=code)
    name = subscription_name(head_office_id, code)
    where = subscriptions.describe_conninfo(conninfo)
    side = subscriptions.branch_side(conninfo, name)
    _check_branch(side, code, where)
    if side.database in others:
        raise QueueError(f"the database at {where} is already here as branch {others[side.database]}",
                         "branch_twice", branch=code, other=others[side.database])
    count, workers = subscriptions.worker_room(hall.db)
    if count + 2 > workers:
        raise QueueError(f"head office runs one replication worker per branch and one more while a branch is "
                         f"copied: raise max_logical_replication_workers (now {workers}) and max_worker_processes, "
                         f"then restart head office's server", "no_worker_room", workers=workers)
    if side.slot_status is not None:
        subscriptions.drop_slot(conninfo, name)       # left by an earlier subscription of ours
    _copy_afresh(hall, Registered(code, REPLICATION, name, hall.now(), side.database, None), conninfo)
    return {"branch": code, "subscription": name, "from": where, "schema": side.revision}


def _copy_afresh(hall: Hall, branch: Registered, conninfo: str) -> None:
    """Forget what head office holds of the branch, then subscribe: a full copy follows."""
    with hall.write() as uow:
        uow.branches.forget(branch.code)
        uow.branches.register(branch)
    try:
        subscriptions.create(hall.db, branch.subscription, conninfo)
    except DatabaseError:
        with hall.write() as uow:
            uow.branches.unregister(branch.code)
        raise


def _registered(hall: Hall, code: str) -> Registered:
    code = rules.check_code(code)
    _require_head_office(hall)
    with hall.read() as uow:
        branch = uow.branches.get(code)
    if branch is None:
        raise rules.UnknownBranch(code)
    return branch


@needs(Permission.SET_UP)
def remove_branch(hall: Hall, code: str, delete_data: bool = False) -> dict:
    """Stop hearing from a branch; its rows stay (its past still counts in reports)
    unless `delete_data`."""
    branch = _registered(hall, code)
    note = None
    if branch.source == REPLICATION:
        conninfo = subscriptions.conninfo_of(hall.db, branch.subscription)
        try:
            subscriptions.drop(hall.db, branch.subscription, with_slot=True)
        except DatabaseError:
            # The branch is out of reach (or its slot gone): let go of it here only.
            subscriptions.drop(hall.db, branch.subscription, with_slot=False)
            note = (f"the branch at {subscriptions.describe_conninfo(conninfo or '')} was not reachable: when it is, "
                    f"drop its slot there: SELECT pg_drop_replication_slot('{branch.subscription}')")
    with hall.write() as uow:
        uow.branches.unregister(branch.code)
        rows = uow.branches.forget(branch.code) if delete_data else 0
    return {"branch": branch.code, "rows_deleted": rows, "note": note}


@needs(Permission.SET_UP)
def rebuild(hall: Hall, codes: list[str] | None = None) -> list[dict]:
    """A fresh copy of each branch named, or (none named) of each branch whose slot was
    lost: its rows here are forgotten, its slot made anew, its data copied again."""
    _require_head_office(hall)
    with hall.read() as uow:
        branches = [b for b in uow.branches.registered() if b.source == REPLICATION]
    if codes:
        wanted = [_registered(hall, c) for c in codes]
        for b in wanted:
            if b.source != REPLICATION:
                raise QueueError(f"branch {b.code} sends day files; import them again instead", "not_replicated",
                                 branch=b.code)
        branches = wanted
    done = []
    for branch in branches:
        conninfo = subscriptions.conninfo_of(hall.db, branch.subscription)
        if conninfo is None:
            raise QueueError(f"branch {branch.code} has no subscription here: hq remove-branch {branch.code}, "
                             f"then hq add-branch", "no_subscription", branch=branch.code)
        side = subscriptions.branch_side(conninfo, branch.subscription)
        if not codes and side.slot_status not in (None, "lost"):
            continue
        _check_branch(side, branch.code, subscriptions.describe_conninfo(conninfo))
        subscriptions.drop(hall.db, branch.subscription, with_slot=False)
        subscriptions.drop_slot(conninfo, branch.subscription)
        _copy_afresh(hall, Registered(branch.code, REPLICATION, branch.subscription, hall.now(), side.database,
                                      None), conninfo)
        done.append({"branch": branch.code, "was": side.slot_status or "no slot"})
    return done


# -- how the branches are doing ---------------------------------------------------------------------

@dataclass(frozen=True)
class BranchStatus:
    code: str
    names: dict[str, str]
    source: str                         # replication | import
    state: str                          # streaming | copying | connecting | unreachable | lost | schema | …
    added_at: datetime
    last_contact: datetime | None       # the branch's last message to head office (while connected)
    newest_event: datetime | None       # the newest of its events head office holds
    lag_bytes: int | None               # branch WAL head office has not confirmed
    lag_seconds: float | None           # how far behind head office applies
    schema: str | None
    safe_wal_bytes: int | None          # how much more the branch may write while head office is away
    last_day: date | None               # day files: the latest day received
    problem: str | None                 # one line: what is wrong and what to do

    def to_dict(self) -> dict:
        values = asdict(self)
        for key in ("added_at", "last_contact", "newest_event", "last_day"):
            if values[key] is not None:
                values[key] = values[key].isoformat()
        return values


@needs(Permission.READ_REPORTS)
def statuses(hall: Hall) -> list[BranchStatus]:
    """Every branch, with its replication state, lag and last contact. Asks each
    branch on PostgreSQL over its subscription's connection (a short timeout each)."""
    _require_head_office(hall)
    with hall.read() as uow:
        branches = uow.branches.registered()
        names = uow.branches.names(b.code for b in branches)
        newest = {b.code: uow.branches.newest_event(b.code) for b in branches}
    receiving = subscriptions.receiving(hall.db) if any(b.source == REPLICATION for b in branches) else {}
    result = []
    for b in branches:
        common = {"code": b.code, "names": dict(names.get(b.code, {})), "source": b.source, "added_at": b.added_at,
                  "newest_event": newest[b.code], "last_day": b.last_day}
        if b.source == IMPORT:
            result.append(BranchStatus(**common, state=IMPORTED, last_contact=None, lag_bytes=None,
                                       lag_seconds=None, schema=None, safe_wal_bytes=None, problem=None))
            continue
        result.append(_replication_status(hall, b, receiving.get(b.subscription), common))
    return result


def _replication_status(hall: Hall, b: Registered, rec: subscriptions.Receiving | None, common: dict) -> BranchStatus:
    conninfo = subscriptions.conninfo_of(hall.db, b.subscription) if rec else None
    side, problem = None, None
    if rec is None or conninfo is None:
        state, problem = DISABLED, f"no subscription here: hq remove-branch {b.code}, then hq add-branch"
    else:
        try:
            side = subscriptions.branch_side(conninfo, b.subscription)
        except DatabaseError as exc:
            state, problem = UNREACHABLE, str(exc)
        else:
            state, problem = _state(b, rec, side)
    last_contact = rec.last_contact if rec and rec.worker else None
    return BranchStatus(**common, state=state, last_contact=last_contact,
                        lag_bytes=side.lag_bytes if side else None,
                        lag_seconds=side.replay_lag_s if side and side.replay_lag_s is not None
                        else (0.0 if side and side.lag_bytes == 0 else None),
                        schema=side.revision if side else None,
                        safe_wal_bytes=side.safe_wal_bytes if side else None, problem=problem)


def _state(b: Registered, rec: subscriptions.Receiving, side: subscriptions.BranchSide) -> tuple[str, str | None]:
    if side.slot_status in (None, "lost"):
        return LOST, (f"its replication slot was {'lost (it outgrew max_slot_wal_keep_size)' if side.slot_status else 'dropped'}"
                      f": run hq rebuild {b.code} for a fresh copy")
    if side.revision != migrate.HEAD:
        newer = side.revision not in migrate.known_revisions()
        return SCHEMA, (f"the branch is on schema {side.revision}, head office on {migrate.HEAD}: "
                        + ("upgrade head office (hq init with the newer queuedesk); it then catches up" if newer
                           else "upgrade the branch"))
    if side.published_tables > rec.tables:
        # Upgraded after head office (the order upgrades go in): its publication gained
        # tables that the subscription takes in only when told to.
        return SCHEMA, (f"the branch publishes {side.published_tables} tables, head office takes in "
                        f"{rec.tables}: run hq init to take in the rest")
    if not rec.enabled:
        return DISABLED, f"its subscription {b.subscription} is disabled"
    if rec.tables_ready < rec.tables:
        return COPYING, None
    if rec.worker and side.slot_active:
        return STREAMING, None
    return CONNECTING, None


# -- branches that cannot publish ---------------------------------------------------------------------

@dataclass(frozen=True)
class DayFile:
    """A branch's day file, read and checked whole: nothing of it is taken in otherwise."""

    path: Path
    branch: str
    business_date: date
    database: str | None
    tables: dict[str, FileTable]


def read_day(path: str | Path) -> DayFile:
    """Read a day file (`db export-day`) and check every value in it; a QueueError naming
    the file and what is wrong with it otherwise."""
    path = Path(path).expanduser()
    document = read_day_file(path)
    try:
        code = rules.check_code(document.get("branch"))
    except QueueError as exc:
        raise QueueError(f"{path}: {exc}", exc.code, **exc.params) from None
    try:
        day = date.fromisoformat(document.get("business_date"))
    except (TypeError, ValueError):
        raise QueueError(f"{path} is not a queuedesk day file (no business day)", "not_a_day_file") from None
    schema = document.get("schema")
    if not isinstance(schema, str):
        raise QueueError(f"{path} is not a queuedesk day file (no schema)", "not_a_day_file", path=str(path))
    if schema not in migrate.known_revisions():
        raise QueueError(f"{path} was written by a newer queuedesk (schema {schema}); upgrade head office first",
                         "schema_differs", branch=code, branch_schema=schema, head_office_schema=migrate.HEAD)
    database = document.get("database")
    if database is not None and not isinstance(database, str):
        raise QueueError(f"{path} is not a queuedesk day file (its database id is not text)", "not_a_day_file",
                         path=str(path))
    try:
        tables = file_tables(document["tables"])
    except UnfitDayFile as exc:
        raise QueueError(f"{path} is damaged: {exc}; nothing was taken in", "not_a_day_file",
                         path=str(path)) from None
    return DayFile(path, code, day, database or None, tables)


@needs(Permission.SET_UP)
def import_day(hall: Hall, source: str | Path | DayFile) -> dict:
    """Take in a branch's day file (`db export-day`; a path, or one `read_day` checked):
    its rows are inserted or replace the ones with their key, so a file imported twice
    changes nothing. All of it, or (refused) none."""
    file = source if isinstance(source, DayFile) else read_day(source)
    path, code, day, database = file.path, file.branch, file.business_date, file.database
    _require_head_office(hall)
    try:
        with hall.write() as uow:
            known = uow.branches.get(code)
            if known is not None and known.source == REPLICATION:
                raise QueueError(f"branch {code} reports by replication; its day file would be counted twice",
                                 "branch_replicated", branch=code)
            if known is not None and known.database and database and known.database != database:
                raise QueueError(f"{path} comes from another database than branch {code}'s: two halls with one "
                                 f"code?", "branch_twice", branch=code)
            newest = known is None or known.last_day is None or day >= known.last_day
            rows = uow.branches.take_rows(code, file.tables, description=newest)
            uow.branches.register(Registered(code, IMPORT, None, known.added_at if known else hall.now(),
                                             database or (known.database if known else None),
                                             day if newest else known.last_day))
    except DatabaseError as exc:
        raise DatabaseError(f"{path} was not taken in (nothing of it kept): {exc}") from None
    return {"branch": code, "business_date": day.isoformat(), "rows": rows}
