"""The event catalogue: the one place event types are spelled, typed both ways."""
import ast
from datetime import datetime, timezone
from pathlib import Path

import pytest

from queuedesk.domain import events
from queuedesk.domain.events import CATALOGUE, OpaqueEvent, TicketCalled, decode, encode

SRC = Path(events.__file__).resolve().parents[1]
AT = datetime(2026, 11, 30, 2, 0, tzinfo=timezone.utc)


def test_no_event_type_is_spelled_outside_the_catalogue():
    spelled = []
    for path in SRC.rglob("*.py"):
        if path == Path(events.__file__).resolve():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in CATALOGUE:
                spelled.append(f"{path.relative_to(SRC)}:{node.lineno} {node.value!r}")
    assert not spelled, spelled


def test_every_event_goes_into_the_log_and_comes_back_as_itself():
    for cls in CATALOGUE.values():
        envelope = {"ticket_id": 1, "ticket_number": "A001", "service": "A", "counter": 3, "staff": "li"}
        event = cls(at=AT, **envelope)
        type_, version, columns, payload = encode(event)
        back = decode(type_, version, {"id": 9, **columns}, payload)
        assert type(back) is cls and back.payload == event.payload and back.id == 9


def test_a_call_without_a_counter_is_not_a_call_at_counter_zero():
    event = decode("ticket_called", 1, {"id": 1, "at": AT, "ticket_id": 1, "ticket_number": "A001",
                                        "service": "A", "counter": None}, {"how": "next"})
    assert isinstance(event, OpaqueEvent) and "counter" in event.problem
    with pytest.raises(ValueError):
        TicketCalled(at=AT, ticket_id=1, ticket_number="A001", service="A")


@pytest.mark.parametrize("type_, version", [("appointment_rescheduled", 1), ("ticket_called", 2)])
def test_an_unknown_or_newer_event_passes_through_opaque(type_, version):
    event = decode(type_, version, {"id": 5, "at": AT, "counter": 3}, {"slot": "09:30"})
    assert isinstance(event, OpaqueEvent)
    assert (event.type, event.version, event.payload, event.counter) == (type_, version, {"slot": "09:30"}, 3)
    assert event.to_dict()["type"] == type_
    with pytest.raises(TypeError):
        encode(event)     # never written back as if it were ours


def test_a_newer_writer_s_extra_field_is_ignored():
    event = decode("ticket_recalled", 1, {"id": 2, "at": AT, "ticket_id": 1, "ticket_number": "A001",
                                          "service": "A", "counter": 2}, {"recalls": 2, "volume": 11})
    assert isinstance(event, events.TicketRecalled) and event.recalls == 2
