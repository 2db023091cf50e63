"""A hall as one branch among many: its code, and its day files for head office.

    set_branch(hall, "SH012", name="上海第十二支行")   # queuedesk init --branch SH012 --branch-name …
    day_file(hall, date(2026, 11, 23), compressed=True).data   # queuedesk db export-day … FILE.json.gz

The code is stamped on every row head office will receive (store/publication.py), so a
new code re-stamps the hall's rows; the report summaries, keyed by branch too, are made
again. A branch on PostgreSQL publishes its rows as they commit; one on SQLite cannot,
and sends a day file instead: the published rows of one business day and the hall's
description, which head office takes in idempotently (`hq import`). The command writes
it (all or nothing, as every file it writes).
"""
from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from queuedesk.domain import branches as rules
from queuedesk.domain.access import Permission
from queuedesk.domain.errors import QueueError
from queuedesk.domain.periods import utc_bounds
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.texts import set_hall_text
from queuedesk.store import migrate

#: What a day file says it is (and which layout), checked when it is read.
DAY_FILE_FORMAT = "queuedesk-day/1"


@dataclass(frozen=True)
class BranchCode:
    code: str
    previous: str
    rows_restamped: int


@needs(Permission.VIEW)
def branch_code(hall: Hall) -> str:
    """This hall's branch code ('' until it has one)."""
    with hall.read() as uow:
        return uow.identity.branch()


@needs(Permission.SET_UP)
def set_branch(hall: Hall, code: str, name: str | None = None) -> BranchCode:
    """Give the hall its branch code (and its name in the hall's language)."""
    code = rules.check_code(code)
    with hall.write() as uow:
        if uow.branches.is_head_office():
            raise QueueError("this database is a head office; a branch code belongs to a hall",
                             "head_office_is_no_branch")
        previous = uow.identity.branch()
        changed = uow.branches.take_code(code) if code != previous else 0
    if name is not None:
        set_hall_text(hall, "branch_name", {hall.config.language: name})
    return BranchCode(code, previous, changed)


# -- day files -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DayFile:
    """A business day of a branch as a day file: `data`, the file's bytes, and what it
    holds in numbers (`rows` per table)."""
    branch: str
    business_date: str
    rows: dict[str, int]
    data: bytes


@needs(Permission.BACKUP)
def day_file(hall: Hall, day: date, compressed: bool = False) -> DayFile:
    """Business day `day`'s published rows and the hall's description, as a day file
    (gzip-compressed if asked: a file named .gz)."""
    tz = hall.config.timezone
    with hall.read() as uow:
        if uow.branches.is_head_office():
            raise QueueError("a head office has no day of its own to export", "head_office_is_no_branch")
        code = uow.identity.branch()
        if not code:
            raise QueueError("this hall has no branch code yet: queuedesk init --branch CODE", "no_branch_code")
        database = (uow.identity.get() or ("", 0))[0]
        tables = uow.branches.day_rows(code, day, *utc_bounds(day, day, tz))
    document = {"format": DAY_FILE_FORMAT, "branch": code, "database": database, "business_date": day.isoformat(),
                "schema": migrate.HEAD, "exported_at": hall.now().isoformat(), "tables": tables}
    data = json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    return DayFile(code, day.isoformat(), {name: len(t["rows"]) for name, t in tables.items()},
                   gzip.compress(data) if compressed else data)


def read_day_file(path: str | Path) -> dict:
    """A day file's document, checked to be one."""
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
        text = gzip.decompress(raw).decode("utf-8") if raw[:2] == b"\x1f\x8b" else raw.decode("utf-8")
        document = json.loads(text)
    except FileNotFoundError:
        raise QueueError(f"no file {path}", "no_such_file", path=str(path)) from None
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise QueueError(f"{path} is not a queuedesk day file ({_unreadable(exc)})", "not_a_day_file",
                         path=str(path)) from None
    if not isinstance(document, dict) or document.get("format") != DAY_FILE_FORMAT \
            or not isinstance(document.get("tables"), dict):
        raise QueueError(f"{path} is not a queuedesk day file", "not_a_day_file", path=str(path))
    return document


def _unreadable(exc: Exception) -> str:
    """Why a file could not be read as a day file, in a few words."""
    if isinstance(exc, IsADirectoryError):
        return "a folder"
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text at byte {exc.start}"
    if isinstance(exc, (EOFError, gzip.BadGzipFile, zlib.error)):
        return "a damaged or cut-short .gz file"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return exc.__class__.__name__
