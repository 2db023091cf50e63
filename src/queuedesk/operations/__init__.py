"""Application services: one short function per use case.

Each opens one transaction, loads what it needs, asks the domain to act, saves, appends
events and commits. Clients (CLI, Qt windows, simulation) call these and nothing below.
"""


class lazy:   # noqa: N801  (stands for a module)
    """A module of use cases imported at first use: a short command (`queuedesk status`)
    does not pay for loading the use cases and event types it never calls."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str):
        import importlib

        return getattr(importlib.import_module(f"queuedesk.operations.{self._name}"), attr)
