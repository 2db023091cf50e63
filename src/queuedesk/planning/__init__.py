"""Staffing: how many counters each hour needs to meet a waiting target (`queuedesk plan`),
from queueing theory, checked by the simulator."""
