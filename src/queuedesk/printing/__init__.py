"""Tickets on paper: one renderer (render.py) for screen, PDF, system printers and
ESC/POS thermal printers (sent as a raster, so Chinese prints on any model).

    view = TicketView.from_ticket(ticket_json, config)
    print_ticket(view, config["printer.target"], config["printer.paper_mm"])
"""
from queuedesk.printing.errors import PrinterError
from queuedesk.printing.outputs import pdf_bytes, png_bytes, print_ticket
from queuedesk.printing.qt import ensure_gui_app
from queuedesk.printing.render import paint, render_image
from queuedesk.printing.targets import Target, parse_target
from queuedesk.printing.view import TicketView

__all__ = [
    "PrinterError", "Target", "TicketView", "ensure_gui_app", "paint", "parse_target",
    "pdf_bytes", "png_bytes", "print_ticket", "render_image",
]
