"""A business day without people: customers arrive, tellers serve, through the real engine.

`day.py` runs a whole day on a virtual clock as fast as the database allows and reports
what a manager would ask; `live.py` runs the same customers and tellers in (scaled) real
time beside the windows of the demo.
"""
