"""The store: schema, transactions and the event log, on SQLite or PostgreSQL.

Imports the domain, never Qt.
"""
