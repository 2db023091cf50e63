"""`queuedesk hq …` (head office) and `queuedesk db export-day` (a branch's day file).

    queuedesk --db HQ hq init                       # make a head office, or upgrade one (before the branches)
    queuedesk --db HQ hq add-branch CODE --conninfo 'host=… port=… dbname=… user=… password=…'
    queuedesk --db HQ hq branches [--json]          # state, lag, last contact, schema of each branch
    queuedesk --db HQ hq rebuild [CODE …]           # a fresh copy (none named: every branch whose slot was lost)
    queuedesk --db HQ hq remove-branch CODE [--delete-data]
    queuedesk --db HQ hq import FILE …              # day files of branches on SQLite; twice changes nothing
    queuedesk db export-day YYYY-MM-DD FILE         # at a branch: one business day for head office (.gz: compressed)

Every refusal is one line (exit 1); docs/branches.md says how to set a branch and head
office up.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from queuedesk.commandline import (
    CliError,
    cannot_write,
    emit,
    hall_time,
    iso_date,
    output,
    shown,
    subcommands,
    write_whole,
)
from queuedesk.operations import lazy

# Use cases loaded by the commands that use them (operations.lazy).
head_office, branches = lazy("head_office"), lazy("branches")




def register(subparsers) -> None:
    hq = subparsers.add_parser("hq", help="head office: the branches' figures in one PostgreSQL database",
                               description="Hear from every branch by PostgreSQL logical replication (or their "
                                           "day files), and report on all of them.")
    actions = hq.add_subparsers(dest="action", required=True, metavar="ACTION")
    s = actions.add_parser("init", help="make this database a head office, or upgrade it (before the branches)")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_init, schema=False)
    s = actions.add_parser("add-branch", help="subscribe to a branch's publication (a full copy, then every change)")
    s.add_argument("code")
    s.add_argument("--conninfo", required=True, metavar="'host=… dbname=… user=…'",
                   help="how head office's server reaches the branch's database (libpq connection string)")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_add)
    s = actions.add_parser("remove-branch", help="stop hearing from a branch (its figures stay unless --delete-data)")
    s.add_argument("code")
    s.add_argument("--delete-data", action="store_true", help="also delete its rows here")
    s.set_defaults(func=run_remove)
    s = actions.add_parser("branches", help="each branch: state, replication lag, last contact, schema")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_branches)
    s = actions.add_parser("rebuild", help="copy branches afresh (none named: every branch whose slot was lost)")
    s.add_argument("codes", nargs="*", metavar="CODE")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_rebuild)
    s = actions.add_parser("import", help="take in day files of branches that cannot publish (SQLite)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_import)

    s = subcommands(subparsers, "db").add_parser(
        "export-day", help="one business day's rows for head office, as a file (branches on SQLite)")
    s.add_argument("day", type=iso_date, metavar="YYYY-MM-DD")
    s.add_argument("file", type=output("the day file"))
    s.add_argument("--json", action="store_true", help="print one JSON document")
    s.set_defaults(func=run_export)


def run_init(args, hall) -> int:
    result = head_office.prepare(hall)
    emit(args, result, lambda r: "\n".join(
        [f"head office ready: {hall.db.safe_url} (schema {r['schema']}, {r['branches']} branches)"]
        + [f"  not refreshed: {note}" for note in r["notes"]]))
    return 0


def run_add(args, hall) -> int:
    result = head_office.add_branch(hall, args.code, args.conninfo)
    emit(args, result, lambda r: f"branch {r['branch']} added from {r['from']}: copying its data, then every "
                                 f"change (see: queuedesk hq branches)")
    return 0


def run_remove(args, hall) -> int:
    import sys

    result = head_office.remove_branch(hall, args.code, delete_data=args.delete_data)
    print(f"branch {result['branch']} removed" + (f"; {result['rows_deleted']} rows deleted" if args.delete_data
                                                   else "; its figures stay"))
    if result["note"]:
        print(f"queuedesk: {result['note']}", file=sys.stderr)
    return 0


def run_branches(args, hall) -> int:
    rows = head_office.statuses(hall)
    emit(args, rows, lambda rs: branches_table(rs, hall.config.timezone, hall.config.language))
    return 0


def run_rebuild(args, hall) -> int:
    done = head_office.rebuild(hall, args.codes or None)
    emit(args, done, lambda rs: "\n".join(f"branch {r['branch']} ({r['was']}): copying it afresh" for r in rs)
         or "every branch's slot is sound: nothing to rebuild")
    return 0


def run_import(args, hall) -> int:
    # Every file read and checked first: one that cannot be taken in stops them all, before any is.
    days = [head_office.read_day(path) for path in args.files]
    results = [head_office.import_day(hall, day) for day in days]
    emit(args, results, lambda rs: "\n".join(
        f"branch {r['branch']} {r['business_date']}: {r['rows']} rows taken in" for r in rs))
    return 0


def run_export(args, hall) -> int:
    path = Path(args.file).expanduser()
    made = branches.day_file(hall, args.day, compressed=path.suffix == ".gz")
    try:
        write_whole(path, made.data)
    except OSError as exc:
        raise CliError(cannot_write(path, exc)) from None
    result = {"branch": made.branch, "business_date": made.business_date, "file": str(path), "rows": made.rows}
    emit(args, result, lambda r: f"branch {r['branch']} {r['business_date']}: {r['rows']['tickets']} tickets, "
                                 f"{r['rows']['events']} events written to {shown(r['file'], whole=True)}")
    return 0


# -- the branches as a table -----------------------------------------------------------------------

def _bytes(n: int | None) -> str:
    if n is None:
        return "–"
    for unit in ("B", "kB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024


def _when(moment: datetime | None, tz) -> str:
    return "–" if moment is None else hall_time(moment, tz)


def branches_table(rows, tz, lang: str) -> str:
    from queuedesk.domain.languages import LocalText
    from queuedesk.reports.table import pad, width

    if not rows:
        return "(no branches yet: queuedesk hq add-branch CODE --conninfo '…', or hq import FILE)"
    header = ["BRANCH", "NAME", "STATE", "LAG", "BEHIND", "LAST CONTACT", "NEWEST EVENT", "SCHEMA", "WAL LEFT"]
    body = []
    for r in rows:
        behind = "–" if r.lag_seconds is None else f"{r.lag_seconds:.1f} s"
        body.append([r.code, LocalText(r.names).text(lang) or "", r.state + (f" ({r.last_day})" if r.last_day else ""),
                     _bytes(r.lag_bytes), behind, _when(r.last_contact, tz), _when(r.newest_event, tz),
                     r.schema or "–", _bytes(r.safe_wal_bytes)])
    sizes = [max(width(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(pad(cell, sizes[i]) for i, cell in enumerate(header)).rstrip()]
    for r, line in zip(rows, body, strict=True):
        lines.append("  ".join(pad(cell, sizes[i]) for i, cell in enumerate(line)).rstrip())
        if r.problem:
            lines.append(f"    {r.problem}")
    return "\n".join(lines)
