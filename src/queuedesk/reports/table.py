"""A report as a table in one language: what the terminal, CSV, Excel, PDF and the window
all show, worded and ordered once. No Qt here.

Which figures are columns depends on the grouping: a teller's or a counter's rows show
the teller's figures (served, service time, idle while people waited, ratings); any
other grouping shows the queue's (arrivals, waits against the targets, abandonment),
and the appointments' (on time, no-shows) when the period had any.
Exports for a spreadsheet take every figure.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from queuedesk.domain.figures import Figures
from queuedesk.domain.languages import LocalText, language
from queuedesk.domain.ratings import LEVELS, is_satisfied
from queuedesk.operations.reports import Report, Row
from queuedesk.wording import phrases
from queuedesk.wording import ratings as rating_words
from queuedesk.wording.catalog import Catalog


@dataclass(frozen=True)
class Column:
    name: str        # a Figures field
    kind: str        # count | minutes | share | verdict


COUNT, MINUTES, SHARE, VERDICT = "count", "minutes", "share", "verdict"

ALL_COLUMNS = (
    Column("arrivals", COUNT), Column("called", COUNT), Column("served", COUNT), Column("no_shows", COUNT),
    Column("cancelled", COUNT), Column("transferred", COUNT), Column("abandoned", COUNT),
    Column("abandonment_rate", SHARE), Column("mean_wait_min", MINUTES), Column("median_wait_min", MINUTES),
    Column("p90_wait_min", MINUTES), Column("max_wait_min", MINUTES), Column("within_target", SHARE),
    Column("over_20", SHARE), Column("over_30", SHARE), Column("meets_1020", VERDICT),
    Column("mean_service_min", MINUTES), Column("max_service_min", MINUTES), Column("idle_waiting_min", MINUTES),
    Column("utilisation", SHARE), Column("rated", COUNT), Column("evaluation_rate", SHARE),
    Column("satisfaction", SHARE), Column("complaints", COUNT), Column("complaints_on_time", SHARE),
    Column("appointment_share", SHARE), Column("appointment_punctuality", SHARE),
    Column("appointment_no_show_rate", SHARE),
)
_BY_NAME = {c.name: c for c in ALL_COLUMNS}
QUEUE_COLUMNS = tuple(_BY_NAME[n] for n in (
    "arrivals", "served", "abandoned", "no_shows", "mean_wait_min", "median_wait_min", "p90_wait_min",
    "max_wait_min", "within_target", "over_30", "meets_1020", "mean_service_min"))
TELLER_COLUMNS = tuple(_BY_NAME[n] for n in (
    "served", "no_shows", "transferred", "mean_service_min", "max_service_min", "mean_wait_min",
    "idle_waiting_min", "utilisation", "evaluation_rate", "satisfaction"))


#: What the appointments add to the queue's tables (the share of visits is in the exports:
#: a fifteenth column would not fit the window at 1366×768).
APPOINTMENT_COLUMNS = tuple(_BY_NAME[n] for n in ("appointment_punctuality", "appointment_no_show_rate"))


def columns_for(by: tuple[str, ...], total: Figures | None = None) -> tuple[Column, ...]:
    """The columns of a table grouped `by`; the queue's also the appointments' when the
    report's `total` has any (a hall that takes no bookings is spared two empty columns)."""
    if {"teller", "counter"} & set(by):
        return TELLER_COLUMNS
    return QUEUE_COLUMNS + (APPOINTMENT_COLUMNS if total is not None and has_appointments(total) else ())


def has_appointments(f: Figures) -> bool:
    return bool(f.appointment_share) or f.appointment_punctuality is not None or \
        f.appointment_no_show_rate is not None


class Words:
    """Every word of a report in one language."""

    def __init__(self, lang: str):
        self.lang = lang
        self.language = language(lang)
        catalog = self._catalog = Catalog(lang)
        headers = {
            "arrivals": catalog.translate("Reports", "Arrivals"), "called": catalog.translate("Reports", "Called"), "served": catalog.translate("Reports", "Served"),
            "no_shows": catalog.translate("Reports", "No-shows"), "cancelled": catalog.translate("Reports", "Cancelled"),
            "transferred": catalog.translate("Reports", "Transferred"), "abandoned": catalog.translate("Reports", "Abandoned"),
            "abandonment_rate": catalog.translate("Reports", "Abandonment rate"), "mean_wait_min": catalog.translate("Reports", "Mean wait (min)"),
            "median_wait_min": catalog.translate("Reports", "Median wait (min)"), "p90_wait_min": catalog.translate("Reports", "90% waited at most (min)"),
            "max_wait_min": catalog.translate("Reports", "Longest wait (min)"), "within_target": catalog.translate("Reports", "Within target"),
            "over_20": catalog.translate("Reports", "Over 20 min"), "over_30": catalog.translate("Reports", "Over 30 min"),
            "meets_1020": catalog.translate("Reports", "1020 met"), "mean_service_min": catalog.translate("Reports", "Mean service (min)"),
            "max_service_min": catalog.translate("Reports", "Longest service (min)"),
            "idle_waiting_min": catalog.translate("Reports", "Idle while people waited (min)"),
            "utilisation": catalog.translate("Reports", "Utilisation"), "rated": catalog.translate("Reports", "Rated"),
            "evaluation_rate": catalog.translate("Reports", "Evaluation rate"),
            "satisfaction": catalog.translate("Reports", "Satisfaction"),
            "complaints": catalog.translate("Reports", "Complaints"),
            "complaints_on_time": catalog.translate("Reports", "Complaints on time"),
            "appointment_share": catalog.translate("Reports", "Appointment share"),
            "appointment_punctuality": catalog.translate("Reports", "Appointments on time"),
            "appointment_no_show_rate": catalog.translate("Reports", "Appointment no-shows"),
        }
        #: One line everywhere but a table's head, where a Chinese header goes on two lines
        #: where its translation breaks it ("平均等候" / "(分)"): Chinese has no spaces to
        #: break at, and a break inside a word ("平均等" / "候(分)") reads wrong.
        self.headers = {key: text.replace("\n", "") for key, text in headers.items()}
        self._stacked = {key: text for key, text in headers.items() if "\n" in text}
        self.groupings = {
            "day": catalog.translate("Reports", "Day"), "teller": catalog.translate("Reports", "Staff"), "counter": catalog.translate("Reports", "Counter"),
            "service": catalog.translate("Reports", "Service"), "hour": catalog.translate("Reports", "Hour"), "weekday": catalog.translate("Reports", "Weekday"),
            "branch": catalog.translate("Reports", "Branch"),
        }
        self.weekdays = [catalog.translate("Reports", "Mon"), catalog.translate("Reports", "Tue"), catalog.translate("Reports", "Wed"), catalog.translate("Reports", "Thu"),
                         catalog.translate("Reports", "Fri"), catalog.translate("Reports", "Sat"), catalog.translate("Reports", "Sun")]
        self.total = catalog.translate("Reports", "Total")
        self.no_teller = catalog.translate("Reports", "(nobody signed in)")
        self.not_called = catalog.translate("Reports", "(not called)")
        self.no_visit = catalog.translate("Reports", "(no visit)")   # a complaint about no visit in particular
        self.met, self.not_met = catalog.translate("Reports", "met"), catalog.translate("Reports", "not met")
        self.periods = {"day": catalog.translate("Reports", "Daily service report"), "week": catalog.translate("Reports", "Weekly service report"),
                        "month": catalog.translate("Reports", "Monthly service report"),
                        "quarter": catalog.translate("Reports", "Quarterly service report"), "range": catalog.translate("Reports", "Service report")}

    def translate(self, context: str, text: str) -> str:
        """`text` in this language (a call lupdate finds: the context is spelled out)."""
        return self._catalog.translate(context, text)

    def header(self, column: Column, spreadsheet: bool = False) -> str:
        text = self.headers[column.name]
        return f"{text} (%)" if spreadsheet and column.kind == SHARE else text

    def stacked_header(self, column: Column) -> str:
        """The header as a table's head shows it: on the lines its translation gives."""
        return self._stacked.get(column.name, self.headers[column.name])

    def date(self, day: date) -> str:
        return f"{day.isoformat()} {self.weekdays[day.weekday()]}"

    def period(self, report: Report) -> str:
        first, last = report.period.first, report.period.last
        if first == last:
            return self.date(first)
        return f"{first.isoformat()} – {last.isoformat()}"

    def key(self, grouping: str, value, report: Report) -> str:
        """A grouping's value as the hall says it: a teller's name, "3号窗口", a service's name."""
        names = report.names
        if grouping == "day":
            return self.date(value)
        if grouping == "weekday":
            return self.weekdays[value]
        if grouping == "hour":
            return f"{value:02d}:00–{(value + 1) % 24:02d}:00"
        if grouping == "teller":
            if value is None:
                return self.no_teller
            name = names.staff.get(value)
            return f"{name} ({value})" if name and name != value else value
        if grouping == "counter":
            if value is None:
                return self.not_called
            return phrases.counter(value, self.lang, LocalText(names.counters.get(value, {})))
        if grouping == "service":
            if value is None:
                return self.no_visit
            service_name = LocalText(names.services.get(value, {})).text(self.lang)
            return f"{value} {service_name}".strip()
        if grouping == "branch":
            branch_name = LocalText(names.branches.get(value, {})).text(self.lang)
            return f"{value} {branch_name}".strip()
        return str(value)

    def value(self, column: Column, figures: Figures) -> str:
        """A figure for reading: 12 · 7.3 · 95.2% · met; "–" where there is none."""
        value = getattr(figures, column.name)
        if value is None:
            return "–"
        if column.kind == VERDICT:
            return self.met if value else self.not_met
        if column.kind == SHARE:
            return f"{value:.1%}"
        if column.kind == MINUTES and not isinstance(value, int):   # percentiles are whole minutes
            return self.language.format_number(value, 1)
        return self.language.format_number(value, 0)

    def waits_note(self) -> str:
        """What a wait is and what "1020" asks of a day."""
        return self.translate("Reports", "Waits run from taking the ticket to the first call; \"1020\": mean wait at "
                                         "most 10 minutes and nobody over 20.")

    def notes(self, report: Report) -> str:
        """How the figures are defined, a line each (under a report)."""
        lowest = min(level for level in LEVELS if is_satisfied(level, report.basic_is_satisfied))
        return "\n".join([
            self.waits_note(),
            self.translate("Reports", "Evaluation rate: visits rated ÷ visits served; satisfaction: ratings of "
                                      "\"{0}\" or better ÷ ratings.").format(rating_words.level(lowest, self.lang)),
            self.translate("Reports", "Complaints count on the day they came in; on time: answered by their due "
                                      "date ÷ those answered or past due when the report was made."),
        ])

    def branch(self, report: Report) -> str:
        """Whose report: the branch's name and code, or how many branches it covers."""
        if len(report.branches) > 1:
            return self.translate("Reports", "{0} branches").format(len(report.branches))
        name = LocalText(report.names.branch).text(self.lang)
        code = report.branches[0] if report.branches else ""
        return f"{name} ({code})" if name and code else name or code


def spreadsheet_value(column: Column, figures: Figures):
    """A figure for a spreadsheet cell: a number (shares as fractions), a verdict as
    1/0, None where there is none."""
    value = getattr(figures, column.name)
    if value is None:
        return None
    if column.kind == VERDICT:
        return int(value)
    if column.kind == MINUTES:
        return round(value, 2)
    if column.kind == SHARE:
        return round(value, 4)
    return value


@dataclass(frozen=True)
class Line:
    """One line of a table: its labels (one per grouping) and its row (None: the total)."""

    labels: tuple[str, ...]
    row: Row | None
    figures: Figures
    level: int = 0


def lines(report: Report, words: Words) -> list[Line]:
    """The report's rows as labelled lines, the total last."""
    result = []
    for row in report.rows:
        if len(report.by) == 2 and row.level == 0:      # the first grouping's subtotal
            labels = (words.key(report.by[0], row.key[0], report), words.total)
        else:
            labels = tuple(words.key(g, v, report) for g, v in zip(report.by, row.key, strict=True))
        result.append(Line(labels, row, row.figures, row.level))
    result.append(Line((words.total,) + ("",) * (len(report.by) - 1), None, report.total))
    return result


def label_headers(report: Report, words: Words) -> list[str]:
    """The headers of the label columns: one per grouping (one, empty, without any)."""
    return [words.groupings[g] for g in report.by] or [""]


def width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, size: int, right: bool = False) -> str:
    gap = " " * max(0, size - width(text))
    return gap + text if right else text + gap
