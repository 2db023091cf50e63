"""Backing the hall's database up and putting a backup back: an administrator's jobs,
and a restore is in the audit trail of the restored hall."""
from __future__ import annotations

import os
from pathlib import Path

from queuedesk.domain.access import Permission
from queuedesk.domain.events import DatabaseRestored
from queuedesk.operations.hall import Hall, needs
from queuedesk.store import backup


@needs(Permission.BACKUP)
def backup_database(hall: Hall, target: str | os.PathLike) -> Path:
    """A copy of the hall's database at `target`; the file written."""
    return backup.backup(hall.db, target)


@needs(Permission.BACKUP)
def restore_database(hall: Hall, source: str | os.PathLike) -> str:
    said = backup.restore(hall.db, source)
    with hall.write() as uow:
        _database_id, generation = uow.identity.get()
        uow.events.append(DatabaseRestored(at=hall.now(), source=os.path.basename(source), generation=generation))
    return said
