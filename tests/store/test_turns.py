"""SQLite writers take turns on a lock file beside the database (store.turns)."""
import gc
import threading
import time

from queuedesk.store.turns import WriterTurns


def test_a_second_writer_waits_for_the_first_to_finish(tmp_path):
    database = tmp_path / "hall.sqlite3"
    first, second = WriterTurns(database), WriterTurns(database)   # as two processes would
    order = []

    def later_writer():
        with second.turn():
            order.append("second")

    with first.turn():
        other = threading.Thread(target=later_writer)
        other.start()
        time.sleep(0.2)
        order.append("first done")
    other.join(5)
    assert order == ["first done", "second"]
    assert (tmp_path / "hall.sqlite3-writers").exists()
    first.close(), second.close()


def test_without_a_lock_file_writers_go_straight_to_sqlite(tmp_path):
    turns = WriterTurns(tmp_path / "missing-folder" / "hall.sqlite3")
    with turns.turn():
        pass
    turns.close()


def test_writers_have_their_turns_in_the_order_they_asked(tmp_path):
    """First come, first served: the writer that lets go and at once asks again (a
    counter calling next straight after a call) goes behind those already waiting."""
    database = tmp_path / "hall.sqlite3"
    holder = WriterTurns(database)
    waiters = [WriterTurns(database) for _ in range(5)]
    order = []

    def write(i):
        with waiters[i].turn():
            order.append(i)

    with holder.turn():
        threads = []
        for i in range(5):
            threads.append(threading.Thread(target=write, args=(i,)))
            threads[-1].start()
            time.sleep(0.1)              # each asks after the one before is in line
    with holder.turn():
        order.append("again")
    for t in threads:
        t.join(5)
    assert order == [0, 1, 2, 3, 4, "again"]
    for turns in (holder, *waiters):
        turns.close()


def test_a_writer_stuck_ahead_holds_up_the_others_only_as_long_as_sqlite_would(tmp_path, caplog):
    """One holding its turn and one waiting behind it both hang (stopped, say): the next
    writer waits its patience out, then goes straight to SQLite; the line still works
    once they move again."""
    database = tmp_path / "hall.sqlite3"
    stuck, frozen, next_one = WriterTurns(database), WriterTurns(database), WriterTurns(database, patience=0.5)
    order = []

    def frozen_writer():
        with frozen.turn():
            order.append("frozen")

    with stuck.turn():
        behind = threading.Thread(target=frozen_writer)
        behind.start()
        time.sleep(0.2)                       # in line behind the stuck one
        started = time.monotonic()
        with next_one.turn():
            order.append("next")
        waited = time.monotonic() - started
    behind.join(5)
    assert 0.4 < waited < 3 and order == ["next", "frozen"]
    assert "straight to SQLite" in caplog.text
    with next_one.turn():                     # a turn as usual again, no wait
        order.append("again")
    assert order[-1] == "again"
    # The wait given up on has left nothing behind: turns still exclude each other.
    inside, overlaps = [], []

    def writer(turns):
        for _ in range(50):
            with turns.turn():
                inside.append(1)
                overlaps.append(len(inside))
                time.sleep(0.001)
                inside.pop()

    threads = [threading.Thread(target=writer, args=(t,)) for t in (stuck, frozen, next_one)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert len(overlaps) == 150 and max(overlaps) == 1
    for turns in (stuck, frozen, next_one):
        turns.close()


def test_the_lock_file_is_shared_as_the_database_is(tmp_path):
    """Where several OS users share the hall (database.group: the file 0660 and its group),
    the writers' lock file is theirs too, or another user's writers would go without turns."""
    import grp
    import os
    import stat

    from queuedesk.store import migrate
    from queuedesk.store.database import Database

    group = grp.getgrgid(os.getgid()).gr_name
    url = f"sqlite:///{tmp_path / 'hall.sqlite3'}"
    migrate.upgrade(Database(url), group)
    db = Database(url)
    with db.connect(write=True):
        pass
    writers = tmp_path / "hall.sqlite3-writers"
    assert stat.S_IMODE(writers.stat().st_mode) == 0o660 and writers.stat().st_gid == os.getgid()
    db.dispose()
    writers.chmod(0o600)                        # as an earlier queuedesk made it
    migrate.upgrade(Database(url), group)       # `queuedesk init` shares it again
    assert stat.S_IMODE(writers.stat().st_mode) == 0o660


def test_no_garbage_collection_runs_in_a_turn_and_it_runs_again_after(tmp_path):
    # A full collection takes tens of milliseconds; every writer behind would wait for it.
    turns = WriterTurns(tmp_path / "hall.sqlite3")
    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        with turns.turn():
            for _ in range(50_000):
                cycle = []
                cycle.append(cycle)       # garbage only the collector can free
            in_turn = list(collections)
        for _ in range(1_000):
            cycle = []
            cycle.append(cycle)
        assert in_turn == [] and collections and gc.isenabled()
        gc.disable()                      # a program that switched it off keeps it off
        with turns.turn():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.callbacks.remove(seen)
        turns.close()


def test_a_process_waits_for_its_turns_with_one_thread(tmp_path, monkeypatch):
    """Waiting needs a thread (a lock wait cannot time out); starting one for every wait
    cost a writer 75 µs of CPU each time, which four writers on two cores take from the
    one whose turn it is. A process's waits share one."""
    database = tmp_path / "hall.sqlite3"
    holder, waiter = WriterTurns(database), WriterTurns(database)
    started = []
    real_start = threading.Thread.start
    monkeypatch.setattr(threading.Thread, "start", lambda self: (started.append(self.name), real_start(self))[1])
    for _ in range(5):
        done = threading.Event()
        with holder.turn():
            def write():
                with waiter.turn():
                    done.set()
            other = threading.Thread(target=write, name="writer under test")
            other.start()
            time.sleep(0.05)                 # it waits behind the holder
            assert not done.is_set()
        assert done.wait(5)
        other.join(5)
    assert started.count("writer-turn") == 1, started
    holder.close(), waiter.close()
