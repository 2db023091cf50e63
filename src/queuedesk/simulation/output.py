"""`queuedesk simulate`'s answer: a table for people, one JSON document for tools."""
from __future__ import annotations

from collections.abc import Sequence

from queuedesk.simulation.report import DayFigures, Estimate, summarise

#: (key, label, kind): kind says how a value reads — a count, minutes, a share, hours.
ROWS = (
    ("arrivals", "tickets issued", "count"),
    ("served", "served", "count"),
    ("no_shows", "no-shows", "count"),
    ("mean_wait_min", "wait: mean", "min"),
    ("median_wait_min", "wait: median", "min"),
    ("p90_wait_min", "wait: 90% at most", "min"),
    ("max_wait_min", "wait: longest", "min"),
    ("within_target", "called within target", "share"),
    ("over_20", "waited over 20 min", "share"),
    ("over_30", "waited over 30 min", "share"),
    ("meets_1020", "\"1020\" met (mean ≤ 10, nobody > 20)", "share"),
    ("busy_share", "counters busy", "share"),
    ("estimate_coverage", "waits inside the range promised", "share"),
    ("estimate_mae_min", "promise off by (mean)", "min"),
    ("estimate_mae_share", "… as a share of the mean wait", "share"),
    ("estimate_bias_min", "promise bias (+: waited longer)", "signed"),
    ("day_hours", "day length", "hours"),
)
#: Figures in JSON: minutes to 0.01, shares to 0.0001.
DIGITS = {"count": 2, "min": 2, "signed": 2, "share": 4, "hours": 2}


def _value(value: float | None, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "share":
        return f"{value:.1%}"
    if kind == "signed":
        return f"{value:+.1f}"
    if kind == "count":
        return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return f"{value:.1f}"


def _half(value: float | None, kind: str) -> str:
    if value is None:
        return ""
    return f"±{value:.1%}" if kind == "share" else f"±{value:.1f}" if kind != "count" else f"±{value:.1f}"


def heading_line(heading: dict) -> str:
    days = heading["replications"]
    left = (f"; left out, no open counter serves them: {', '.join(heading['left_out'])}"
            if heading["left_out"] else "")
    return (f"simulated {days} day{'s' if days > 1 else ''} of {heading['hall']}: {heading['counters']} counters, "
            f"arrivals {heading['arrivals']} ({heading['day'][0]}–{heading['day'][1]}, about "
            f"{heading['expected_customers']:g} customers a day), {heading['service_dist']} service times, "
            f"policy {heading['policy']}, {heading['engine']} engine, seed {heading['seed']}{left}")


def text_report(heading: dict, days: Sequence[DayFigures], theory: dict | None = None) -> str:
    lines = [heading_line(heading)]
    summary = summarise(days)
    label_width = max(len(label) for _k, label, _kind in ROWS) + 2
    if len(days) == 1:
        lines.append(f"{'business date':<{label_width}}{days[0].business_date.isoformat()}")
    header = f"{'':<{label_width}}{'mean' if len(days) > 1 else 'day':>9}"
    if len(days) > 1:
        header += f"  {'95% CI':>9}  {'days 10–90%':>15}"
    if theory:
        header += f"  {'Erlang C':>9}"
    lines.append(header)
    for key, label, kind in ROWS:
        figure: Estimate | None = summary.get(key)
        row = f"{label:<{label_width}}{_value(figure.mean if figure else None, kind):>9}"
        if len(days) > 1:
            spread = f"{_value(figure.p10, kind)}–{_value(figure.p90, kind)}" if figure else "-"
            row += f"  {_half(figure.ci95 if figure else None, kind):>9}  {spread:>15}"
        if theory:
            expected = theory.get(key)
            row += f"  {_value(expected, kind) if expected is not None else '':>9}"
        lines.append(row)
    if len(days) == 1 and days[0].utilisation:
        util = "  ".join(f"{n}:{u:.0%}" for n, u in sorted(days[0].utilisation.items()))
        lines.append(f"{'each counter busy':<{label_width}}{util}")
    refused = sum(d.refused for d in days)
    if refused:
        lines.append(f"{'turned away (closed)':<{label_width}}{refused}")
    return "\n".join(lines)


def json_report(heading: dict, days: Sequence[DayFigures], theory: dict | None = None) -> dict:
    """Top level: the heading and every figure's mean over the days (for one day, that
    day's figures); `ci95` and `spread` (days' 10 % and 90 % points) beside them; each
    day in `days`; `theory` for the M/M/c mode."""
    summary = summarise(days)
    kinds = {key: kind for key, _label, kind in ROWS}
    means = {key: None if e is None else round(e.mean, DIGITS[kinds.get(key, "min")]) for key, e in summary.items()}
    if len(days) == 1:
        means = {key: value for key, value in days[0].values().items()}
        means = {k: round(v, DIGITS[kinds.get(k, "min")]) if isinstance(v, float) else v for k, v in means.items()}
    first = days[0]
    return {
        **heading,
        "business_date": first.business_date.isoformat(),
        "tickets": means["arrivals"], **means,
        "ci95": {key: None if e is None or e.ci95 is None else round(e.ci95, DIGITS[kinds.get(key, "min")])
                 for key, e in summary.items()},
        "spread": {key: None if e is None else [round(e.p10, DIGITS[kinds.get(key, "min")]),
                                                round(e.p90, DIGITS[kinds.get(key, "min")])]
                   for key, e in summary.items()},
        "utilisation": first.utilisation if len(days) == 1 else _mean_utilisation(days),
        "refused": sum(d.refused for d in days),
        "theory": theory,
        "days": [{"business_date": d.business_date.isoformat(), **{k: _round(v, DIGITS[kinds.get(k, "min")])
                                                                   for k, v in d.values().items()}}
                 for d in days],
    }


def _round(value, digits: int):
    return round(value, digits) if isinstance(value, float) else value


def _mean_utilisation(days: Sequence[DayFigures]) -> dict[int, float]:
    counters = days[0].utilisation
    return {n: round(sum(d.utilisation.get(n, 0.0) for d in days) / len(days), 4) for n in counters}
