"""What a simulated day asks of the hall it runs in: the use cases a kiosk and the
tellers use. Two halls answer: the engine on a database (`engine.EngineHall`) and its
double in memory (`memory.MemoryHall`)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from queuedesk.domain.estimate import WaitEstimate
from queuedesk.domain.model import Priority, Ticket


class Issued(NamedTuple):
    number: str
    estimate: WaitEstimate
    #: What the estimate was made of (estimate.wait's arguments: people ahead, mean service,
    #: counters' worth, free counters, counters serving, spread of service times), where
    #: the hall can tell: other estimators can be tried on the same day.
    inputs: tuple | None = None


class Called(NamedTuple):
    number: str
    service: str


class SimulatedHall(Protocol):
    def open(self, numbers: Sequence[int], tellers: Sequence[str | None] = ()) -> None: ...
    def close(self, numbers: Sequence[int]) -> None: ...
    def issue(self, code: str, priority: Priority) -> Issued: ...
    def call_next(self, number: int) -> Called | None: ...
    def start(self, number: int) -> None: ...
    def finish(self, number: int) -> None: ...
    def no_show(self, number: int) -> None: ...
    def legs(self) -> list[Ticket]: ...
