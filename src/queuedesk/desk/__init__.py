"""The counter desk (`queuedesk desk`): the teller's calling terminal.

session.py talks to the engine (off the GUI thread, fed by the event log); rules.py
says which actions apply; the widgets only show the session's state and ask it to act.
"""
