import pytest

from queuedesk.printing.errors import PrinterError
from queuedesk.printing.targets import Target, parse_target


@pytest.mark.parametrize("spec, expected", [
    ("pdf:/tmp/t.pdf", Target("pdf", path="/tmp/t.pdf")),
    ("png:ticket.png", Target("png", path="ticket.png")),
    ("pdf:C:\\tickets\\a.pdf", Target("pdf", path="C:\\tickets\\a.pdf")),
    ("printer:Receipt 80", Target("printer", path="Receipt 80")),
    ("escpos:usb:0416:5011", Target("usb", vendor_id=0x0416, product_id=0x5011)),
    ("escpos:usb:0x04b8:0x0202", Target("usb", vendor_id=0x04B8, product_id=0x0202)),
    ("escpos:net:192.0.2.7", Target("net", host="192.0.2.7", port=9100)),
    ("escpos:net:printer.lan:9101", Target("net", host="printer.lan", port=9101)),
    ("escpos:net:[::1]:9200", Target("net", host="::1", port=9200)),
    ("escpos:serial:/dev/ttyUSB0", Target("serial", path="/dev/ttyUSB0")),
    ("escpos:serial:COM3", Target("serial", path="COM3")),
])
def test_good_specs(spec, expected):
    assert parse_target(spec) == expected


@pytest.mark.parametrize("spec", [
    "", "pdf:", "lp:/dev/usb/lp0", "escpos", "escpos:usb:0416", "escpos:usb:xyz:5011",
    "escpos:usb:10000:1", "escpos:net:", "escpos:net:host:port", "escpos:net:host:70000",
    "escpos:serial:", "escpos:bluetooth:aa",
])
def test_bad_specs_say_what_is_accepted(spec):
    with pytest.raises(PrinterError) as err:
        parse_target(spec)
    message = str(err.value)
    assert "\n" not in message
    assert "escpos:net:HOST[:PORT]" in message and "pdf:FILE" in message


def test_target_prints_back_as_a_spec():
    for spec in ("escpos:usb:0416:5011", "escpos:net:10.1.2.3:9100", "pdf:a.pdf"):
        assert str(parse_target(spec)) == spec
