"""CSV (UTF-8 with a byte-order mark, so Excel in China opens it in the right encoding)
and Excel workbooks (openpyxl: one sheet per grouping, the header row frozen, numbers
as numbers). Every figure is a column; shares are fractions in Excel (shown as %) and
percentages in CSV."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from queuedesk.operations.reports import Report
from queuedesk.reports.table import ALL_COLUMNS, MINUTES, SHARE, Words, label_headers, lines, spreadsheet_value

# Excel's limit on a sheet name, and characters it refuses in one.
SHEET_NAME_MAX = 31
_NOT_IN_SHEET_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})


def write_csv(path: str | Path, report: Report, lang: str) -> None:
    words = Words(lang)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(label_headers(report, words) + [words.header(c, spreadsheet=True) for c in ALL_COLUMNS])
        for line in lines(report, words):
            writer.writerow([*line.labels, *(_csv_value(c, line.figures) for c in ALL_COLUMNS)])


def _csv_value(column, figures) -> str:
    value = spreadsheet_value(column, figures)
    if value is None:
        return ""
    if column.kind == SHARE:
        return f"{value * 100:.2f}"
    return str(value)


def write_xlsx(path: str | Path, reports: list[Report], lang: str) -> None:
    """The first report's summary and days, then a sheet per report (its grouping)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    words = Words(lang)
    book = Workbook()
    summary = book.active
    summary.title = _sheet_name(words.translate("Reports", "Summary"))
    first = reports[0]
    summary.append([words.branch(first)])
    summary.append([words.periods[first.period.kind], words.period(first)])
    summary.append([])
    summary.append([words.translate("Reports", "Figure"), words.translate("Reports", "Value")])
    for column in ALL_COLUMNS:
        summary.append([words.header(column), spreadsheet_value(column, first.total)])
        _format(summary.cell(summary.max_row, 2), column)
    summary.append([words.translate("Reports", "Days meeting 1020"), first.days_meeting_1020])
    summary.append([words.translate("Reports", "Days with customers"), first.days_with_customers])
    summary.column_dimensions["A"].width = 34
    summary.column_dimensions["B"].width = 24
    summary["A1"].font = Font(bold=True, size=14)
    summary.freeze_panes = "A5"
    for report in reports:
        names = "·".join(words.groupings[g] for g in report.by) or words.total
        sheet = book.create_sheet(_sheet_name(names, [s.title for s in book.worksheets]))
        labels = label_headers(report, words)
        header = labels + [words.header(c) for c in ALL_COLUMNS]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for line in lines(report, words):
            sheet.append([*line.labels, *(spreadsheet_value(c, line.figures) for c in ALL_COLUMNS)])
            for offset, column in enumerate(ALL_COLUMNS, start=len(labels) + 1):
                _format(sheet.cell(sheet.max_row, offset), column)
            if line.row is None or (len(report.by) == 2 and line.level == 0):
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
        sheet.freeze_panes = sheet.cell(2, len(labels) + 1)
        for index in range(1, len(labels) + 1):
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = 22
        sheet.row_dimensions[1].height = 48
    # Made in memory, then written at once: a write that fails (a full disk) is the
    # caller's one OSError, not a half-closed zip file complaining as it is collected.
    made = io.BytesIO()
    book.save(made)
    Path(path).write_bytes(made.getvalue())


def _format(cell, column) -> None:
    if column.kind == SHARE:
        cell.number_format = "0.0%"
    elif column.kind == MINUTES:
        cell.number_format = "0.0"


def _sheet_name(text: str, taken: list[str] = ()) -> str:
    name = text.translate(_NOT_IN_SHEET_NAMES)[:SHEET_NAME_MAX] or "Sheet"
    base, n = name, 2
    while name in taken:
        name = f"{base[:SHEET_NAME_MAX - 3]} {n}"
        n += 1
    return name
