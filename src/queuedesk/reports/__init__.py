"""Reports a branch manager reads: `queuedesk report` (terminal, JSON, CSV, Excel, PDF)
and the `queuedesk reports` window with charts.

Every figure comes from operations.reports (domain.figures' definitions, added up in
SQL); this package only words, lays out and draws them. `table.py` is the one table
model every output shares; `pdf.py`, `charts.py` and the window need Qt, the rest not.
"""
