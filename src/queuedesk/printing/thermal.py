"""ESC/POS receipt printers (USB, network, serial) through python-escpos.

The ticket goes as one raster image, never as text: printers ship with different
(or no) Chinese code pages, but every one of them prints `GS v 0` bitmaps.
"""
from __future__ import annotations

import importlib.util
from contextlib import contextmanager

from PIL import Image
from PySide6.QtGui import QImage

from queuedesk.printing.errors import PrinterError
from queuedesk.printing.targets import Target

#: Grey level below which a pixel is inked. Text is anti-aliased; cutting at the middle
#: keeps strokes their drawn weight (dithering would fray small Chinese characters).
INK_THRESHOLD = 128
#: Seconds to wait for the printer's status reply; printers that never answer are
#: printed to anyway (many cheap ones ignore status queries).
STATUS_TIMEOUT = 0.5


def to_bitmap(image: QImage) -> Image.Image:
    """1-bit PIL image of the ticket (black = ink), pixel for pixel."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = grey.width(), grey.height()
    # Rows are padded to 4 bytes in a QImage; tell PIL the real stride.
    pil = Image.frombuffer("L", (w, h), bytes(grey.constBits()), "raw", "L", grey.bytesPerLine(), 1)
    return pil.point(lambda v: 255 if v >= INK_THRESHOLD else 0, mode="1")


def open_printer(target: Target, timeout: float):
    """An escpos printer object for `target`, connected; PrinterError if it is not there."""
    from escpos.exceptions import DeviceNotFoundError

    try:
        if target.kind == "net":
            from escpos.printer import Network

            printer = Network(target.host, target.port, timeout=timeout)
        elif target.kind == "usb":
            _need("usb", "pyusb", "usb")
            from escpos.printer import Usb

            printer = Usb(target.vendor_id, target.product_id, timeout=int(timeout * 1000))
        elif target.kind == "serial":
            _need("serial", "pyserial", "serial")
            from escpos.printer import Serial

            printer = Serial(target.path, timeout=timeout)
        else:
            raise PrinterError(f"{target} is not an ESC/POS printer")
        printer.open()
    except PrinterError:
        raise
    except DeviceNotFoundError as exc:
        raise PrinterError(f"printer {target} not reachable: {_one_line(exc)}") from None
    except Exception as exc:  # e.g. pyusb without a libusb backend, serial permission denied
        raise PrinterError(f"printer {target} not reachable: {type(exc).__name__}: {_one_line(exc)}") from None
    return printer


def send(printer, bitmap: Image.Image, label: str) -> None:
    """Print `bitmap` and cut. `label` names the printer in error messages."""
    from escpos.exceptions import Error as EscposError
    from escpos.exceptions import ImageWidthError

    _fit_profile(printer, bitmap.width)
    try:
        _check_paper(printer, label)
        printer.image(bitmap, impl="bitImageRaster")
        printer.cut()
    except PrinterError:
        raise
    except ImageWidthError as exc:  # an 80 mm ticket on a printer profiled for narrower paper
        raise PrinterError(f"ticket is wider than {label} prints ({_one_line(exc)} dots); "
                           "check printer.paper_mm") from None
    except (OSError, EscposError) as exc:
        raise PrinterError(f"printing on {label} failed: {_one_line(exc)}") from None
    except Exception as exc:  # pyusb's USBError etc.; never a traceback at the kiosk
        raise PrinterError(f"printing on {label} failed: {type(exc).__name__}: {_one_line(exc)}") from None


def _fit_profile(printer, dots: int) -> None:
    # The generic profile knows no paper width (and python-escpos then prints a warning
    # to stdout on every image); we know it: it is the width we rendered for.
    data = printer.profile.profile_data
    if str(data.get("media", {}).get("width", {}).get("pixels", "Unknown")) == "Unknown":
        media = dict(data.get("media", {}), width={"mm": "Unknown", "pixels": dots})
        printer.profile.profile_data = dict(data, media=media)  # this printer only


def _check_paper(printer, label: str) -> None:
    """Refuse before printing when the printer says it is out of paper.

    Only real connections are asked (a Dummy or file printer has nothing to answer).
    """
    from escpos.printer import Network, Serial, Usb

    if not isinstance(printer, (Network, Serial, Usb)):
        return
    try:
        with _short_reads(printer):
            status = printer.paper_status()
    except Exception:  # no answer or a read timeout: the printer does not do status
        return
    if status == 0:
        raise PrinterError(f"printer {label} is out of paper")


@contextmanager
def _short_reads(printer):
    """Read the status reply within STATUS_TIMEOUT, not the connection's own timeout."""
    device = printer.device
    if hasattr(device, "settimeout"):  # socket
        attr, short = None, STATUS_TIMEOUT
        saved = device.gettimeout()
        device.settimeout(short)
    else:  # pyusb counts in ms; pyserial would wait its full timeout for 16 bytes, the reply is 1
        attr = "default_timeout" if hasattr(device, "default_timeout") else "timeout"
        short = int(STATUS_TIMEOUT * 1000) if attr == "default_timeout" else STATUS_TIMEOUT
        saved = getattr(device, attr)
        setattr(device, attr, short)
    try:
        yield
    finally:
        if attr is None:
            device.settimeout(saved)
        else:
            setattr(device, attr, saved)


def _need(module: str, package: str, extra: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise PrinterError(f"{package} is not installed; install python-escpos[{extra}]")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
