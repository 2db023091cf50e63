"""SQLite writers take turns, first come first served: the write transactions of every
queuedesk process on a database queue on a lock file beside it before asking SQLite for
its write lock.

SQLite's own wait for its write lock is a sleep that grows to 100 ms between tries, so
with many writers the lock often sits free while they all sleep, and a process can lose
it many times in a row: 16 counters calling at once saw a p99 of seconds. Blocked on one
advisory lock instead (flock), a waiter is woken the moment it is free — but all of
them are, and the writer that just let go, still running, often takes it again: a p99
of 420 ms. So the turns are a queue (a ticket lock): a writer takes the next number from
the file and waits only for the writer before it, each on a byte of its own (Linux's
open-file-description locks), so the kernel wakes exactly the next one in line. A
process that dies lets go of its byte with its file; the one behind it goes on. One that
hangs (stopped, frozen in a debugger) would hold up everybody behind it, so nobody waits
for a turn longer than SQLite would wait for its lock (`patience`): then it goes straight
to SQLite, which still keeps the writes apart, and says so in the log.

Advisory only: a program that does not take it (the sqlite3 shell, an older queuedesk)
still has SQLite's own locking, just no turn. Where there are no such locks (macOS: a
plain flock; Windows) or the lock file cannot be made (a read-only folder), writers go
straight to SQLite's lock or a whole-file one.
"""
from __future__ import annotations

import errno
import logging
import os
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:          # Windows
    fcntl = None

_OFD = fcntl is not None and hasattr(fcntl, "F_OFD_SETLKW")
#: Byte 0 guards the ticket counter kept in bytes 0–7; waiters' bytes follow, round a ring
#: far larger than any hall's number of writing processes.
_COUNTER, _RING = 0, 1 << 20

log = logging.getLogger(__name__)


def _lock(fd: int, kind: int, byte: int, wait: bool = True) -> None:
    """Lock or unlock one byte of the file, for this open file (a struct flock with l_pid
    0); without `wait`, OSError if another holds it."""
    fcntl.fcntl(fd, fcntl.F_OFD_SETLKW if wait else fcntl.F_OFD_SETLK,
                struct.pack("hhqqi4x", kind, os.SEEK_SET, byte, 1, 0))


def _take(fd: int, byte: int, patience: float) -> bool:
    """Lock `byte`, waiting at most `patience` seconds; False if it did not come. (A lock
    wait cannot time out, so a thread waits; given up on, it lets go as soon as it has it.)"""
    try:
        _lock(fd, fcntl.F_WRLCK, byte, wait=False)
        return True
    except OSError as exc:
        if exc.errno not in (errno.EAGAIN, errno.EACCES):
            raise
    taken, settled = threading.Event(), threading.Lock()
    abandoned = False
    own = os.dup(fd)      # the same open file (and locks), still open if `fd` is closed meanwhile

    def wait() -> None:
        try:
            _lock(own, fcntl.F_WRLCK, byte)
            with settled:
                if abandoned:
                    _lock(own, fcntl.F_UNLCK, byte)
                else:
                    taken.set()
        finally:
            os.close(own)

    threading.Thread(target=wait, name="writer-turn", daemon=True).start()
    if taken.wait(patience):
        return True
    with settled:
        abandoned = not taken.is_set()
    return not abandoned


class WriterTurns:
    def __init__(self, database: Path, patience: float = 15.0):
        """`patience`: seconds a writer waits for its turn before it goes straight to SQLite."""
        self._path = Path(f"{database}-writers")
        self._patience = patience
        self._fd: int | None = None
        self._tried = False
        self._pid = os.getpid()
        # The locks belong to an open file, which this process's threads share: they take
        # turns among themselves first.
        self._threads = threading.Lock()

    def _file(self) -> int | None:
        if self._pid != os.getpid():
            # A forked child shares the parent's open file, and with it the parent's
            # turn: it opens its own.
            self._pid, self._fd, self._tried = os.getpid(), None, False
        if not self._tried:
            self._tried = True
            try:
                self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                self._fd = None
        return self._fd

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold this process's turn to write while the block runs."""
        if fcntl is None:
            yield
            return
        with self._threads:
            fd = self._file()
            if fd is None:
                yield
            elif _OFD:
                mine = self._queue(fd)
                try:
                    yield
                finally:
                    if mine is not None:
                        _lock(fd, fcntl.F_UNLCK, mine)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX)
                try:
                    yield
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)

    def _queue(self, fd: int) -> int | None:
        """Take the next number and wait for the writer before it to finish; the byte
        returned is this writer's, held until its turn is over (the next one waits on it).
        None: no number could be taken in time (this writer goes without a turn)."""
        if not _take(fd, _COUNTER, self._patience):
            log.warning("no turn to write in %.0f s (%s held): going straight to SQLite", self._patience, self._path)
            return None
        try:
            number = int.from_bytes(os.pread(fd, 8, 0).ljust(8, b"\0"), "little")
            os.pwrite(fd, (number + 1).to_bytes(8, "little"), 0)
            mine = 8 + (number + 1) % _RING
            _lock(fd, fcntl.F_WRLCK, mine)
        finally:
            _lock(fd, fcntl.F_UNLCK, _COUNTER)
        before = 8 + number % _RING
        if _take(fd, before, self._patience):     # free once the writer before has finished
            _lock(fd, fcntl.F_UNLCK, before)
        else:
            log.warning("the writer before has not finished in %.0f s (%s): going straight to SQLite",
                        self._patience, self._path)
        return mine

    def close(self) -> None:
        with self._threads:          # never under another thread's turn
            if self._fd is not None:
                os.close(self._fd)
            self._fd, self._tried = None, False
