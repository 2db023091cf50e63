"""`queuedesk report` (terminal, JSON, CSV, Excel, PDF) and `queuedesk reports` (the window).

    queuedesk report [--period day|week|month|quarter] [--date D] | [--from D --to D]
                     [--by day|teller|counter|service|hour|weekday|branch]... [--json]
                     [--csv FILE] [--xlsx FILE] [--pdf FILE] [--lang zh_CN|zh_TW|en]
                     [--branch CODE|all]... [--rank FIGURE]
    queuedesk reports [--period …] [--date D] [--by …] [--branch …] [--lang …] [--size WxH] [--screenshot FILE]

Without a period: today (the window: this month). `--date D` alone is that day. At a
head office `--branch` picks branches (default: all) and `--rank` orders them by a
figure. Qt is loaded only for --pdf and the window.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from queuedesk.commandline import CliError, cannot_write, iso_date, output, shown, whole_file
from queuedesk.domain.branches import RANKED
from queuedesk.domain.periods import KINDS, Period, period
from queuedesk.operations.reports import GROUPINGS
from queuedesk.ui.arguments import add_language_argument, add_window_arguments, window_size

DEFAULT_SIZE = (1600, 1000)



def _period_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--period", choices=KINDS, help="the day, week (Monday–Sunday), month or quarter of --date")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="a day in the period (default: today)")
    p.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD", help="first business day")
    p.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD", help="last business day")
    p.add_argument("--by", action="append", choices=GROUPINGS, default=None,
                   help="group the rows; give it twice for a table within a table (e.g. --by teller --by service)")
    p.add_argument("--branch", action="append", metavar="CODE|all", default=None,
                   help="head office: the branch to report on (repeat for several; default and 'all': every one)")


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help="figures of a period: waits, targets, tellers, services, hours",
                              description="Figures a branch manager reads, for a day, week, month, quarter or "
                                          "any range of business days (docs/reports.md defines each).")
    _period_arguments(p)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--csv", metavar="FILE", type=output("the report"), help="write the table as CSV (UTF-8 with BOM, for Excel)")
    p.add_argument("--xlsx", metavar="FILE", type=output("the report"), help="write an Excel workbook: a sheet per grouping")
    p.add_argument("--pdf", metavar="FILE", type=output("the report"), help="write the A4 report with charts")
    p.add_argument("--rank", choices=list(RANKED), metavar="FIGURE",
                   help=f"with --by branch: the branches best first by one of {', '.join(RANKED)}")
    add_language_argument(p, "language of the table and files (default: ui.language, else hall.language)")
    p.set_defaults(func=run_report, schema=True)

    w = subparsers.add_parser("reports", help="the manager's reports with charts (window)",
                              description="Pick a period and a grouping; charts of arrivals and waits, "
                                          "a weekday × hour heat map, the table, and exports.")
    _period_arguments(w)
    w.add_argument("--size", type=window_size, metavar="WxH", help="window size (default 1600x1000)")
    add_window_arguments(w)
    w.set_defaults(func=run_window, schema=True)


def span_of(args, today: date, kind: str = "day") -> Period:
    if (args.first is None) != (args.last is None):
        raise CliError("--from and --to go together")
    if args.first is not None:
        if args.period or args.date:
            raise CliError("give either --from/--to or --period/--date")
        return Period(args.first, args.last)
    return period(args.period or (kind if args.date is None else "day"), args.date or today)


def grouping_of(args) -> tuple[str, ...]:
    by = tuple(args.by or ())
    if len(by) > 2:
        raise CliError("--by at most twice")
    if len(set(by)) != len(by):
        raise CliError("the same --by twice")
    return by


def branches_of(args) -> list[str] | None:
    """The branches asked for; None: every one."""
    asked = args.branch or []
    if not asked or "all" in (a.lower() for a in asked):
        return None
    return asked


def run_report(args, hall) -> int:
    from queuedesk.operations import reports
    from queuedesk.reports import spreadsheet, terminal

    span = span_of(args, hall.today())
    by = grouping_of(args)
    if args.rank and by[:1] != ("branch",):
        raise CliError("--rank ranks branches: give --by branch first")
    lang = args.lang or hall.config.language
    branches = branches_of(args)
    report = reports.build(hall, span, by, charts=bool(args.pdf), branches=branches)
    ranking = report.ranking(args.rank) if args.rank else None
    written = []
    if args.csv:
        _write(args.csv, lambda path: spreadsheet.write_csv(path, report, lang), written)
    if args.xlsx:
        sheets = [report] + ([reports.build(hall, span, (g,), branches=branches) for g in by] if len(by) == 2 else [])
        _write(args.xlsx, lambda path: spreadsheet.write_xlsx(path, sheets, lang), written)
    if args.pdf:
        from queuedesk.reports import pdf

        parts = pdf.parts_for(hall, span, by, report)
        _write(args.pdf, lambda path: pdf.write_pdf(path, parts, lang), written)
    if args.json:
        document = report.to_dict()
        if ranking is not None:
            document["ranking"] = {"figure": args.rank,
                                   "places": [{"branch": p.branch, "rank": p.rank, "value": p.value} for p in ranking]}
        print(json.dumps(document, ensure_ascii=False, allow_nan=False))
    else:
        print(terminal.render(report, lang))
        if ranking is not None:
            print("\n" + terminal.render_ranking(report, args.rank, ranking, lang))
        for path in written:
            print(f"written: {shown(path, whole=True)}")
    return 0


def _write(path: str, write, written: list[str]) -> None:
    """Write one file of the report, whole or not at all, and add it to `written`; a failure
    says which of the others asked for are written already. (Never the hall's database:
    main refused that before the command ran, commandline.output.)"""
    try:
        with whole_file(path) as temp:
            write(temp)
    except OSError as exc:
        already = f" ({', '.join(shown(p, whole=True) for p in written)} written)" if written else ""
        raise CliError(cannot_write(path, exc) + already) from None
    written.append(path)


def run_window(args, hall) -> int:
    from queuedesk.reports.window import ReportsWindow
    from queuedesk.ui.app import make_app
    from queuedesk.ui.screenshot import save_when_ready

    span = span_of(args, hall.today(), kind="month")     # the window opens on this month
    by = grouping_of(args) or ("teller",)
    app = make_app(args.lang, hall.config)
    window = ReportsWindow(hall, span, by, branches_of(args))
    window.resize(*(args.size or DEFAULT_SIZE))
    if args.screenshot:
        save_when_ready(window, args.screenshot, window.shown)
    window.show()
    window.start()
    try:
        code = app.exec()
    finally:
        window.shutdown()
    if args.screenshot and code:
        print("queuedesk: the report did not load in time; no screenshot saved", file=sys.stderr)
    return code
