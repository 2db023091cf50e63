"""Every output: files, ESC/POS bytes, and one-line errors when the printer is not there."""
import re
import socket
import threading
import time

import pytest
from escpos.printer import Dummy
from PIL import Image

from queuedesk.printing import print_ticket
from queuedesk.printing.errors import PrinterError

RASTER = b"\x1dv0"    # GS v 0: raster bit image
CUT = b"\x1dV"        # GS V: cut
PAPER_STATUS = b"\x10\x04\x04"  # DLE EOT 4: paper sensor status


@pytest.mark.parametrize("paper_mm, dots", [(58, 384), (80, 576)])
def test_pdf_and_png_files(gui, view, tmp_path, paper_mm, dots):
    pdf, png = tmp_path / f"t{paper_mm}.pdf", tmp_path / f"t{paper_mm}.png"
    print_ticket(view, f"pdf:{pdf}", paper_mm)
    print_ticket(view, f"png:{png}", paper_mm)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    width_pt, height_pt = map(float, re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data).groups())
    assert width_pt / 72 * 25.4 == pytest.approx(paper_mm, abs=0.5)  # the page is the paper roll
    assert 60 < height_pt / 72 * 25.4 < 200
    image = Image.open(png)
    assert image.width == dots
    assert image.convert("L").getextrema() == (0, 255)  # black ink on white


@pytest.mark.parametrize("paper_mm, dots", [(58, 384), (80, 576)])
def test_escpos_sends_a_raster_and_cuts(gui, view, paper_mm, dots):
    printer = Dummy()
    print_ticket(view, printer, paper_mm)
    out = printer.output
    width_bytes = (dots // 8).to_bytes(2, "little")
    assert RASTER + b"\x00" + width_bytes in out
    assert out.rindex(CUT) > out.rindex(RASTER)  # cut after the whole ticket


def one_line_error(excinfo) -> str:
    message = str(excinfo.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_network_printer_refusing_connection(gui, view):
    started = time.monotonic()
    with pytest.raises(PrinterError) as err:
        print_ticket(view, f"escpos:net:127.0.0.1:{closed_port()}", 80, timeout=1.0)
    assert "not reachable" in one_line_error(err)
    assert time.monotonic() - started < 3


def test_pdf_into_missing_directory(gui, view, tmp_path):
    target = tmp_path / "no" / "such" / "dir" / "t.pdf"
    with pytest.raises(PrinterError) as err:
        print_ticket(view, f"pdf:{target}", 80)
    assert str(target) in one_line_error(err)


def test_png_onto_a_directory(gui, view, tmp_path):
    with pytest.raises(PrinterError) as err:
        print_ticket(view, f"png:{tmp_path}", 58)
    one_line_error(err)


def test_unknown_system_printer(gui, view):
    with pytest.raises(PrinterError) as err:
        print_ticket(view, "printer:No Such Printer 42", 80)
    assert "no printer named 'No Such Printer 42'" in one_line_error(err)


@pytest.mark.parametrize("spec", ["escpos:usb:0416:5011", "escpos:serial:/dev/queuedesk-no-such-tty"])
def test_missing_local_devices(gui, view, spec):
    with pytest.raises(PrinterError) as err:
        print_ticket(view, spec, 80, timeout=1.0)
    one_line_error(err)


def test_bad_spec_and_bad_paper(gui, view):
    with pytest.raises(PrinterError) as err:
        print_ticket(view, "lpt1", 80)
    assert "pdf:FILE" in one_line_error(err)
    with pytest.raises(PrinterError) as err:
        print_ticket(view, Dummy(), 76)
    assert "58 or 80" in one_line_error(err)


class FakeNetworkPrinter:
    """A raw-port receipt printer on localhost: records bytes, answers the paper query."""

    def __init__(self, paper_reply: bytes | None):
        self.paper_reply = paper_reply
        self.received = b""
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.server.settimeout(5)
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                try:
                    chunk = conn.recv(65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.received += chunk
                if PAPER_STATUS in chunk and self.paper_reply is not None:
                    conn.sendall(self.paper_reply)

    def close(self):
        self.thread.join(6)
        self.server.close()


def test_network_printer_out_of_paper(gui, view):
    fake = FakeNetworkPrinter(paper_reply=bytes([0x72]))  # paper-end sensors set
    try:
        with pytest.raises(PrinterError) as err:
            print_ticket(view, f"escpos:net:127.0.0.1:{fake.port}", 80, timeout=2.0)
    finally:
        fake.close()
    assert "out of paper" in one_line_error(err)
    assert RASTER not in fake.received  # refused before wasting the job


@pytest.mark.parametrize("reply", [bytes([0x12]), None], ids=["paper ok", "no status support"])
def test_network_printer_prints(gui, view, reply):
    fake = FakeNetworkPrinter(paper_reply=reply)
    try:
        print_ticket(view, f"escpos:net:127.0.0.1:{fake.port}", 58, timeout=2.0)
    finally:
        fake.close()
    assert RASTER in fake.received and CUT in fake.received


def test_80mm_ticket_on_a_58mm_printer_profile(gui, view):
    with pytest.raises(PrinterError) as err:
        print_ticket(view, Dummy(profile="POS-5890"), 80)  # a 384-dot printer
    assert "printer.paper_mm" in one_line_error(err)
    printer = Dummy(profile="POS-5890")
    print_ticket(view, printer, 58)
    assert RASTER in printer.output
