"""Where a simulated day's customers and service times come from: a flat rate, an
hourly profile file, a sample's own day, or the hall's history.

A profile file is CSV, one row an hour: its start, then customers an hour per business
type (the hall's codes), or a `total` column shared among them by the mix:

    hour,A,B,C,D,V
    09:00,25.2,25.2,5.8,10.8,5.0
    10:00,21,21,4.8,9,4.2

Hours may skip (a lunch closure); they must go forward.
"""
from __future__ import annotations

import csv
import io
import math
import statistics
from collections.abc import Mapping
from pathlib import Path

from queuedesk.domain.errors import QueueError
from queuedesk.operations import samples
from queuedesk.operations.history import History
from queuedesk.simulation.customers import MAX_RATE, Hour, Profile, ServiceTimes

#: Service times measured from the log are trusted from this many on, per business type.
MEASURED_FROM = 20
TOTAL = "total"


def sample_profile(name: str) -> Profile:
    """The sample hall's own day: its hourly arrivals shared among its business types by its mix."""
    sample = samples.SAMPLES[name]
    mix = sample["mix"]
    share = sum(mix.values())
    return Profile(tuple(Hour(hour * 60, hour * 60 + 60, {c: total * w / share for c, w in mix.items()})
                         for hour, total in sample["profile"]))


def _minute_of_day(text: str, line: int) -> float:
    text = text.strip()
    hour, _, minute = text.partition(":")
    try:
        h, m = int(hour), int(minute or 0)
    except ValueError:
        raise QueueError(f"profile line {line}: bad hour {text!r}; use HH or HH:MM") from None
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise QueueError(f"profile line {line}: bad hour {text!r}; use 00:00 to 23:59")
    return h * 60 + m


def _rate(text: str, line: int, column: str) -> float:
    try:
        value = float(text.strip() or 0)
    except ValueError:
        raise QueueError(f"profile line {line}, {column}: {text!r} is not a number") from None
    if not math.isfinite(value) or not 0 <= value <= MAX_RATE:
        raise QueueError(f"profile line {line}, {column}: customers an hour must be from 0 to {MAX_RATE}, "
                         f"not {text.strip()}")
    return value


def parse_profile(text: str, services: Mapping[str, object], mix: Mapping[str, float]) -> Profile:
    """A profile file's text; `services`: the hall's business types (a column must be one,
    or `total`); `mix`: how a total is shared (equally when the hall has none)."""
    rows = [r for r in csv.reader(io.StringIO(text)) if r and not r[0].lstrip().startswith("#")]
    if len(rows) < 2:
        raise QueueError("a profile needs a header (hour,A,B,… or hour,total) and at least one hour")
    header = [h.strip() for h in rows[0]]
    if header[0].lower() != "hour":
        raise QueueError(f"a profile's first column is 'hour', not {header[0]!r}")
    columns = header[1:]
    known = {c.upper(): c for c in services}
    codes = []
    for column in columns:
        if column.lower() == TOTAL:
            codes.append(TOTAL)
        elif column.upper() in known:
            codes.append(known[column.upper()])
        else:
            raise QueueError(f"the profile names business type {column!r}, which the hall does not have "
                             f"({', '.join(services)})")
    weights = {c: w for c, w in (mix or {}).items() if c in services and w > 0} or {c: 1.0 for c in services}
    share = sum(weights.values())
    hours: list[Hour] = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise QueueError(f"profile line {line} has {len(row)} fields; the header has {len(header)}")
        start = _minute_of_day(row[0], line)
        if hours and start < hours[-1].end_min:
            raise QueueError(f"profile line {line}: {row[0].strip()} is before the hour above ends")
        rates: dict[str, float] = {}
        for code, value in zip(codes, row[1:], strict=True):
            rate = _rate(value, line, code)
            if code == TOTAL:
                for c, w in weights.items():
                    rates[c] = rates.get(c, 0.0) + rate * w / share
            else:
                rates[code] = rates.get(code, 0.0) + rate
        hours.append(Hour(start, start + 60, rates))
    if len(hours) > 24:
        raise QueueError("a profile covers one day: at most 24 hours")
    return Profile(tuple(hours))


def read_profile(path: str, services: Mapping[str, object], mix: Mapping[str, float]) -> Profile:
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueueError(f"cannot read profile {path}: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_profile(text, services, mix)


def write_profile(profile: Profile, codes: list[str]) -> str:
    """A profile as its file says it (rates to 0.01)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["hour", *codes])
    for h in profile.hours:
        writer.writerow([f"{int(h.start_min) // 60:02d}:{int(h.start_min) % 60:02d}",
                         *(f"{h.rates.get(c, 0.0):.2f}".rstrip("0").rstrip(".") for c in codes)])
    return out.getvalue()


def history_profile(past: History) -> Profile:
    """An average one of the days read: customers an hour per business type and hour."""
    per_hour = past.per_hour()
    if not per_hour:
        raise QueueError("the hall has no customers in its log to learn from")
    hours = sorted({hour for _code, hour in per_hour})
    return Profile(tuple(Hour(h * 60, h * 60 + 60, {code: rate for (code, hour), rate in per_hour.items()
                                                    if hour == h})
                         for h in hours))


def service_times(services: Mapping[str, object], distribution: str,
                  past: History | None = None) -> ServiceTimes:
    """Each business type's service time: measured from the log where it holds enough of
    them (mean, and the log-normal spread of the same times), else the set-up's expected
    minutes."""
    means = {code: s.expected_service_min for code, s in services.items()}
    sigmas = {}
    for code, minutes in (past.service_minutes.items() if past else ()):
        positive = [m for m in minutes if m > 0]
        if code in means and len(positive) >= MEASURED_FROM:
            means[code] = statistics.fmean(positive)
            sigmas[code] = statistics.stdev(math.log(m) for m in positive)
    return ServiceTimes(means, distribution, sigmas)
