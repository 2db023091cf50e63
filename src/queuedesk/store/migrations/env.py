"""Alembic environment: run by `queuedesk init` (store.migrate.upgrade) on a live connection."""
from alembic import context

from queuedesk.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
