"""SQLite writers take turns on a lock file beside the database (store.turns)."""
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
