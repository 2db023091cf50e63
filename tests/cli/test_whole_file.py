"""commandline.whole_file: every file a command writes is there whole or not at all."""
import os

import pytest

from queuedesk.commandline import whole_file, write_whole


def test_a_file_is_replaced_only_once_it_is_whole(tmp_path):
    target = tmp_path / "day.csv"
    target.write_bytes(b"yesterday")
    with pytest.raises(OSError):
        with whole_file(target) as temp:
            temp.write_bytes(b"half of to")
            raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"yesterday" and os.listdir(tmp_path) == ["day.csv"]
    write_whole(target, b"today")
    assert target.read_bytes() == b"today" and os.listdir(tmp_path) == ["day.csv"]


def test_a_link_stays_a_link_and_a_file_keeps_its_permissions(tmp_path):
    real = tmp_path / "reports" / "day.csv"
    real.parent.mkdir()
    real.write_bytes(b"yesterday")
    real.chmod(0o640)
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    write_whole(link, b"today")
    assert link.is_symlink() and real.read_bytes() == b"today"
    assert real.stat().st_mode & 0o777 == 0o640


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
def test_a_device_is_written_in_place(tmp_path):
    write_whole("/dev/null", b"nothing to keep")
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_a_read_only_file_is_not_replaced(tmp_path):
    target = tmp_path / "kept.csv"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    with pytest.raises(PermissionError):
        write_whole(target, b"other")
    assert target.read_bytes() == b"kept" and os.listdir(tmp_path) == ["kept.csv"]
