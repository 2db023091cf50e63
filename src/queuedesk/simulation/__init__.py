"""Business days without people: customers arrive, tellers serve, by the hall's own rules.

`day.py` runs one day on a virtual clock, in either of two halls: the real engine on a
database of its own (`engine.py`), or its double in memory (`memory.py`: the domain's
rules, a few hundred times faster, the same answers on the same seed). `study.py` runs
several days (replications) and `report.py` / `output.py` say what a manager asks of
them; `profile.py` says when customers come and how long they take (a flat rate, an
hourly profile, a sample's own day, the hall's history); `plans.py` makes ready-made
days, the textbook M/M/c queue among them, which `theory.py` (Erlang C) checks.
`live.py` runs customers and tellers in (scaled) real time beside the demo's windows.
"""
