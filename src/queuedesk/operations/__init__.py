"""Application services: one short function per use case.

Each opens one transaction, loads what it needs, asks the domain to act, saves, appends
events and commits. Clients (CLI, Qt windows, simulation) call these and nothing below.
"""
