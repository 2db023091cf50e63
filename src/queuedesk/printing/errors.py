"""The one error the printing package raises."""


class PrinterError(Exception):
    """A ticket could not be printed. The message is one line, fit for a kiosk notice or CLI."""
