"""Whether the database this machine is set up for is ready for this queuedesk: read
only, and never a reason to refuse the set-up (the database may be upgraded later;
packaging/upgrade.md: the database first, then the clients)."""
from __future__ import annotations

import os

from queuedesk import config as configuration
from queuedesk.store import migrate
from queuedesk.store.database import Database, DatabaseError


def schema_note(url: str | None, config: configuration.Config) -> str | None:
    """None when the schema is current; else one line saying what to do."""
    try:
        db = Database(url or os.environ.get("QUEUEDESK_DB") or config["database.url"] or None)
    except DatabaseError as exc:
        return str(exc)
    try:
        migrate.require_current(db)
    except migrate.NoSchema:
        return f"no queuedesk database at {db.safe_url} yet: run queuedesk init there (once, for the hall)"
    except DatabaseError as exc:
        return str(exc)
    finally:
        db.dispose()
    return None
