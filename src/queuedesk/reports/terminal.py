"""A report as text for the terminal: the summary, then the table, aligned for Chinese."""
from __future__ import annotations

from queuedesk.domain.figures import Figures
from queuedesk.operations.reports import Report
from queuedesk.reports.table import ALL_COLUMNS, Words, columns_for, label_headers, lines, pad, width


def summary_lines(report: Report, words: Words) -> list[str]:
    f = report.total
    h = words.headers
    mean = "–" if f.mean_wait_min is None else words.language.format_number(f.mean_wait_min, 1)
    p90 = "–" if f.p90_wait_min is None else str(f.p90_wait_min)
    share = lambda v: "–" if v is None else f"{v:.1%}"  # noqa: E731
    days = words.translate("Reports", "1020 met on {0} of {1} days")
    return [
        f"{words.branch(report)} · {words.periods[report.period.kind]} · {words.period(report)}",
        "  ".join([
            f"{h['arrivals']} {f.arrivals}", f"{h['served']} {f.served}", f"{h['mean_wait_min']} {mean}",
            f"{h['p90_wait_min']} {p90}", f"{h['within_target']} {share(f.within_target)}",
            f"{h['over_30']} {share(f.over_30)}",
            days.format(report.days_meeting_1020, report.days_with_customers)]),
        "  ".join([
            f"{h['evaluation_rate']} {share(f.evaluation_rate)}", f"{h['satisfaction']} {share(f.satisfaction)}",
            f"{h['complaints']} {f.complaints}", f"{h['complaints_on_time']} {share(f.complaints_on_time)}"]),
    ]


def render(report: Report, lang: str) -> str:
    words = Words(lang)
    columns = columns_for(report.by, report.total)
    header = label_headers(report, words) + [words.header(c) for c in columns]
    body = []
    previous = None
    for line in lines(report, words):
        labels = list(line.labels)
        if len(labels) == 2 and line.level == 1:
            labels[0] = ""                                     # under its subtotal
            labels[1] = "  " + labels[1]
        elif len(labels) == 2 and line.row is not None and labels[0] == previous:
            labels[0] = ""
        previous = line.labels[0]
        body.append(labels + [words.value(c, line.figures) for c in columns])
    sizes = [max(width(r[i]) for r in [header, *body]) for i in range(len(header))]
    labels_count = len(label_headers(report, words))

    def text(cells: list[str]) -> str:
        return "  ".join(pad(cell, sizes[i], right=i >= labels_count) for i, cell in enumerate(cells)).rstrip()

    out = summary_lines(report, words) + ["", text(header)]
    out += [text(cells) for cells in body[:-1]]
    out += ["-" * width(text(header)), text(body[-1])]
    return "\n".join(out)


def render_ranking(report: Report, figure: str, places, lang: str) -> str:
    """The branches best first by one figure: rank, branch, value ("–": none to rank by)."""
    words = Words(lang)
    column = next(c for c in ALL_COLUMNS if c.name == figure)
    title = words.translate("Reports", "Branches by {0}").format(words.header(column))
    body = [[str(p.rank) if p.rank is not None else "–", words.key("branch", p.branch, report),
             words.value(column, Figures(**{figure: p.value}))] for p in places]
    sizes = [max([width(r[i]) for r in body] + [1]) for i in range(3)]
    return "\n".join([title] + ["  ".join([pad(r[0], sizes[0], right=True), pad(r[1], sizes[1]),
                                             pad(r[2], sizes[2], right=True)]).rstrip() for r in body])
