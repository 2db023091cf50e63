"""The lobby display (`queuedesk display`): the calls in large type, recent calls, waiting
counts, a notice line and the voice, fed by the engine's event log.

    state.py     what the screen shows, as plain data fed by events (no Qt)
    snapshot.py  what it needs at start-up; session.py the snapshot, then the live feed
    window.py    the parts put together: header, hero (the newest call), calls_board,
                 recent, waiting, ticker; layout.py places them, style.py colours and sizes
"""
