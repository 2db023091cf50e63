"""SQLite writers take turns, first come first served: the write transactions of every
queuedesk process on a database queue on a lock file beside it before asking SQLite for
its write lock.

SQLite's own wait for its write lock is a sleep that grows to 100 ms between tries, so
with many writers the lock often sits free while they all sleep, and a process can lose
it many times in a row: 16 counters calling at once saw a p99 of seconds. Blocked on one
advisory lock instead (flock), a waiter is woken the moment it is free — but all of
them are, and the writer that just let go, still running, often takes it again (16
writers: a p99 of 50 ms on a quiet machine, 420 ms on a loaded one). So the turns are a
queue (a ticket lock): a writer takes the next number from the file and waits only for
the writer before it, each on a byte of its own (Linux's open-file-description locks),
so the kernel wakes exactly the next one in line. A
process that dies lets go of its byte with its file; the one behind it goes on. One that
hangs (stopped, frozen in a debugger) in line or in its turn would hold up everybody
behind it, so the one right behind waits at most `patience` (SQLite's busy timeout), then
asks SQLite straight away — which still keeps the writes apart and waits its own busy
timeout — and says so in the log; the line goes on behind it.

Advisory only: a program that does not take it (the sqlite3 shell, an older queuedesk)
still has SQLite's own locking, just no turn. Where there are no such locks (macOS: a
plain flock; Windows) or the lock file cannot be made (a read-only folder), writers go
straight to SQLite's lock or a whole-file one.
"""
from __future__ import annotations

import errno
import gc
import logging
import os
import queue
import stat
import struct
import threading
from collections.abc import Callable, Iterator
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
    0); without `wait`, OSError if another open file holds it."""
    fcntl.fcntl(fd, fcntl.F_OFD_SETLKW if wait else fcntl.F_OFD_SETLK,
                struct.pack("hhqqi4x", kind, os.SEEK_SET, byte, 1, 0))


def _busy(exc: OSError) -> bool:
    return exc.errno in (errno.EAGAIN, errno.EACCES)


def _finished(fd: int, byte: int, patience: float, waiter: Callable[[], _Waiter]) -> bool:
    """Whoever holds `byte` let go of it within `patience` seconds (`waiter`: this
    process's, which waits when there is a wait)."""
    try:
        _lock(fd, fcntl.F_WRLCK, byte, wait=False)
        _lock(fd, fcntl.F_UNLCK, byte)
        return True
    except OSError as exc:
        if not _busy(exc):
            raise
    try:
        mine = waiter()
    except OSError:
        return True             # the file is gone: there is nobody to wait for
    return mine.wait(byte, patience)


class _Waiter:
    """The thread of a process that waits for other writers' bytes. A lock wait cannot
    time out, so a thread does it, on an open file of its own (it takes the byte and lets
    go at once, whenever that is, and never touches the writer's). One thread for all the
    waits of a process: a thread started and the file opened for each wait cost a writer
    75 µs of CPU more every time, which, with four writers on two cores, the one whose
    turn it is goes short of."""

    def __init__(self, path: Path):
        self._fd = os.open(path, os.O_RDWR)
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.stuck = False
        threading.Thread(target=self._run, name="writer-turn", daemon=True).start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            byte, done = job
            try:
                _lock(self._fd, fcntl.F_WRLCK, byte)
                _lock(self._fd, fcntl.F_UNLCK, byte)
            except OSError:
                pass                # nothing to wait for on this file any more
            finally:
                done.set()
        os.close(self._fd)

    def wait(self, byte: int, patience: float) -> bool:
        done = threading.Event()
        self._jobs.put((byte, done))
        if done.wait(patience):
            return True
        # Still waiting for a writer that hangs: this thread is of no use until it lets
        # go; it ends then, and the next wait gets a thread of its own.
        self.stuck = True
        self.stop()
        return False

    def stop(self) -> None:
        """The thread ends (and lets go of its file)."""
        self._jobs.put(None)

    def forget(self) -> None:
        """In a forked child, which has the file but not the thread: let go of the file."""
        os.close(self._fd)


class _CollectorWaits:
    """No collection of cyclic garbage while a writer of this process waits for or holds
    its turn: a full one takes tens of milliseconds, which every writer behind would wait
    too — and processes that do the same work collect at the same moment, one after the
    other in their turns (16 counters started together: a p99 of 150–290 ms for call next
    against 45–50 ms). It runs at the first allocation after the last turn of the
    process's threads. A program that switched the collector off keeps it off."""

    def __init__(self):
        self._lock = threading.Lock()
        self._writers = 0
        self._was_on = False

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._writers == 0:
                self._was_on = gc.isenabled()
                gc.disable()
            self._writers += 1
        try:
            yield
        finally:
            with self._lock:
                self._writers -= 1
                if self._writers == 0 and self._was_on:
                    gc.enable()


_collector_waits = _CollectorWaits()


def lock_file(database: Path) -> Path:
    """The file beside the database on which its writers take turns."""
    return Path(f"{database}-writers")


class WriterTurns:
    def __init__(self, database: Path, patience: float = 15.0):
        """`patience`: seconds a writer waits for its turn before it goes straight to SQLite."""
        self._database = Path(database)
        self._path = lock_file(database)
        self._patience = patience
        self._fd: int | None = None
        self._tried = False
        self._pid = os.getpid()
        self._waiter: _Waiter | None = None
        # The locks belong to an open file, which this process's threads share: they take
        # turns among themselves first.
        self._threads = threading.Lock()

    def _file(self) -> int | None:
        if self._pid != os.getpid():
            # A forked child shares the parent's open file, and with it the parent's
            # locks: it lets go of its copy (the parent's locks stay the parent's) and
            # opens its own.
            if self._fd is not None:
                os.close(self._fd)
            if self._waiter is not None:
                self._waiter.forget()
            self._pid, self._fd, self._tried, self._waiter = os.getpid(), None, False, None
        if not self._tried:
            self._tried = True
            try:
                self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                self._fd = None
            else:
                self._share_as_the_database()
        return self._fd

    def _share_as_the_database(self) -> None:
        """The lock file takes the database's group and read/write bits, as SQLite's own
        -wal and -shm files do: where several OS users share the hall (database.group),
        their writers take turns together. Only the file's owner may change it."""
        try:
            database, mine = os.stat(self._database), os.fstat(self._fd)
            if mine.st_uid != os.geteuid():
                return
            if mine.st_gid != database.st_gid:
                os.fchown(self._fd, -1, database.st_gid)
            want = stat.S_IMODE(database.st_mode) & 0o660
            if stat.S_IMODE(mine.st_mode) != want:
                os.fchmod(self._fd, want)
        except OSError:
            pass     # the turns work as they are; only another user's writers go without

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold this process's turn to write while the block runs; Python's garbage
        collector waits until it is over (`_collector_waits`)."""
        with _collector_waits(), self._taken():
            yield

    @contextmanager
    def _taken(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        with self._threads:
            fd = self._file()
            if fd is None:
                yield
            elif _OFD:
                try:
                    mine = self._queue(fd)
                except OSError as exc:      # a file system without such locks (a network share)
                    log.warning("writers cannot take turns on %s (%s): straight to SQLite", self._path, exc)
                    mine = None
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
        None: no byte of its own (this writer goes without a turn)."""
        _lock(fd, fcntl.F_WRLCK, _COUNTER)     # held for a read and a write of the number
        try:
            number = int.from_bytes(os.pread(fd, 8, 0).ljust(8, b"\0"), "little")
            os.pwrite(fd, (number + 1).to_bytes(8, "little"), 0)
            mine = 8 + (number + 1) % _RING
            try:
                _lock(fd, fcntl.F_WRLCK, mine, wait=False)
            except OSError as exc:
                if not _busy(exc):
                    raise
                log.warning("a writer hung a whole round of turns ago still holds its place in %s: "
                            "straight to SQLite", self._path)
                return None
        finally:
            _lock(fd, fcntl.F_UNLCK, _COUNTER)
        try:
            finished = _finished(fd, 8 + number % _RING, self._patience, self._waiting)
        except OSError:
            _lock(fd, fcntl.F_UNLCK, mine)      # no turn after all: nobody waits on this one
            raise
        if not finished:
            log.warning("the writer before has not finished in %.0f s (%s): straight to SQLite",
                        self._patience, self._path)
        return mine

    def _waiting(self) -> _Waiter:
        """This process's waiter (under `_threads`): a new one if there is none yet, or if
        the last is still stuck behind a writer that hung."""
        if self._waiter is None or self._waiter.stuck:
            self._waiter = _Waiter(self._path)
        return self._waiter

    def close(self) -> None:
        with self._threads:          # never under another thread's turn
            if self._fd is not None:
                os.close(self._fd)
            if self._waiter is not None and not self._waiter.stuck:
                self._waiter.stop()
            self._fd, self._tried, self._waiter = None, False, None
