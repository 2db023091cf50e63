"""Put a ticket on paper (or in a file): one entry point for the kiosk and the CLI."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from queuedesk.commandline import cannot_write, write_whole
from queuedesk.printing import render, thermal
from queuedesk.printing.errors import PrinterError
from queuedesk.printing.qt import ensure_gui_app
from queuedesk.printing.targets import Target, parse_target
from queuedesk.printing.view import TicketView
from queuedesk.qtkit.memory import InMemory
from queuedesk.qtkit.memory import png_bytes as encoded_png

#: PDF coordinates resolution; text and QR are vector, so this only sets rounding.
PDF_DPI = 600
#: Seconds to reach a network / USB / serial printer before giving up (the customer waits).
DEFAULT_TIMEOUT = 5.0


def print_ticket(view: TicketView, target: str | Target | Any, paper_mm: int = 80,
                 *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Print one ticket. `target` is a spec ("escpos:net:10.0.0.9"), a Target, or an
    already-made python-escpos printer object (left open: its owner closes it).

    Raises PrinterError, with a one-line message, for every failure.
    """
    render.printable_width_mm(paper_mm)  # a bad paper width fails before any I/O
    ensure_gui_app()
    if _is_escpos_printer(target):
        thermal.send(target, _bitmap(view, paper_mm), type(target).__name__)
        return
    if isinstance(target, str):
        target = parse_target(target)
    if not isinstance(target, Target):
        raise PrinterError(f"cannot print to a {type(target).__name__}; give a target spec")
    if target.kind == "pdf":
        _write(target.path, pdf_bytes(view, paper_mm))
    elif target.kind == "png":
        _write(target.path, png_bytes(view, paper_mm))
    elif target.kind == "printer":
        _system_printer(view, target.path, paper_mm)
    else:
        bitmap = _bitmap(view, paper_mm)
        printer = thermal.open_printer(target, timeout)
        try:
            thermal.send(printer, bitmap, str(target))
        finally:
            printer.close()


def png_bytes(view: TicketView, paper_mm: int) -> bytes:
    """The ticket as a PNG at the thermal head's resolution (203 dpi)."""
    try:
        return encoded_png(render.render_image(view, paper_mm))
    except ValueError:
        raise PrinterError("could not encode the ticket as PNG") from None


def pdf_bytes(view: TicketView, paper_mm: int) -> bytes:
    """A one-page PDF exactly paper_mm wide and as long as the ticket (a roll-paper page)."""
    ensure_gui_app()
    made = InMemory()
    writer = QPdfWriter(made.device)
    writer.setResolution(PDF_DPI)
    writer.setCreator("queuedesk")
    writer.setTitle(f"Ticket {view.number}")
    height_mm = render.content_height_mm(view, paper_mm, PDF_DPI)
    writer.setPageSize(QPageSize(QSizeF(paper_mm, height_mm), QPageSize.Unit.Millimeter,
                                 "Ticket", QPageSize.SizeMatchPolicy.ExactMatch))
    side = (paper_mm - render.printable_width_mm(paper_mm)) / 2  # the head does not reach the edges
    writer.setPageMargins(QMarginsF(side, 0, side, 0), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(writer):
        raise PrinterError("could not start the PDF")
    try:
        render.draw(view, painter, QPointF(0, 0), paper_mm, PDF_DPI / render.MM_PER_INCH)
    finally:
        painter.end()
    return made.bytes()


def _system_printer(view: TicketView, name: str, paper_mm: int) -> None:
    """An installed printer (CUPS / Windows spooler), e.g. a receipt printer with its driver."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        names = QPrinterInfo.availablePrinterNames()
        known = f"installed: {', '.join(names)}" if names else "no printers are installed"
        raise PrinterError(f"no printer named {name!r} ({known})")
    if info.state() == QPrinter.PrinterState.Error:
        raise PrinterError(f"printer {name!r} reports an error (offline or out of paper?)")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(f"Ticket {view.number}")
    dpi = printer.resolution()
    height_mm = render.content_height_mm(view, paper_mm, dpi)
    printer.setPageSize(QPageSize(QSizeF(paper_mm, height_mm), QPageSize.Unit.Millimeter,
                                  "Ticket", QPageSize.SizeMatchPolicy.ExactMatch))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterError(f"printer {name!r} cannot start a job")
    try:
        # The driver may keep hardware margins or a fixed roll width: fit what is left.
        area = printer.pageLayout().paintRectPixels(dpi)
        px_per_mm = min(dpi / render.MM_PER_INCH, area.width() / render.printable_width_mm(paper_mm))
        width = render.printable_width_mm(paper_mm) * px_per_mm
        render.draw(view, painter, QPointF((area.width() - width) / 2, 0), paper_mm, px_per_mm)
    finally:
        painter.end()
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrinterError(f"printer {name!r} did not accept the ticket")


def _bitmap(view: TicketView, paper_mm: int):
    return thermal.to_bitmap(render.render_image(view, paper_mm, render.THERMAL_DPI))


def _is_escpos_printer(obj: Any) -> bool:
    from escpos.escpos import Escpos

    return isinstance(obj, Escpos)


def _write(path: str, data: bytes) -> None:
    # Rendered in memory first, then written all or nothing: a bad path or a full disk
    # costs no half-written file, and the error is the operating system's own words.
    try:
        write_whole(path, data)
    except OSError as exc:
        raise PrinterError(cannot_write(path, exc)) from None
