"""The reports window's conversation with the engine: one report read at a time, read
again when the period or grouping changes, and — while the period includes today —
when the hall's event log moves on (coalesced by the engine link's Refresh). Exports run
`queuedesk report` in a separate process, so a PDF never freezes the window.
"""
from __future__ import annotations

import os
import sys
from functools import partial

from PySide6.QtCore import QObject, QProcess, Signal, Slot

from queuedesk.domain.periods import Period
from queuedesk.operations import reports
from queuedesk.operations.hall import Hall
from queuedesk.ui.engine_link import EngineLink, Refresh


class ReportsSession(QObject):
    loaded = Signal(object)              # a Report
    failed = Signal(str)                 # one line
    onlineChanged = Signal(bool)
    exported = Signal(str, str)          # kind, file
    exportFailed = Signal(str, str)      # kind, one line

    def __init__(self, hall: Hall, span: Period, by: tuple[str, ...], parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.span, self.by = span, by
        self.link = EngineLink(hall, self)
        self.link.events.connect(self._on_events)
        self.link.rewound.connect(lambda: self.refresh.ask())
        self.link.onlineChanged.connect(self.onlineChanged)
        self.refresh = Refresh(self.link, self._reader)
        self.refresh.loaded.connect(lambda report, _parts: self.loaded.emit(report))
        self.refresh.failed.connect(lambda error: self.failed.emit(str(error)))
        self._exports: dict[QProcess, tuple[str, str]] = {}

    def _reader(self, _parts):
        return partial(reports.build, self.hall, self.span, self.by, True)

    def start(self) -> None:
        self.link.start()
        self.refresh.ask()

    def shutdown(self) -> None:
        for process in list(self._exports):
            process.waitForFinished(30_000)
        self.link.shutdown()

    def show(self, span: Period, by: tuple[str, ...]) -> None:
        """Read the report of `span`, grouped by `by` (what is shown until then stays)."""
        self.span, self.by = span, by
        self.refresh.invalidate()
        self.refresh.ask()

    @Slot(list)
    def _on_events(self, _events: list) -> None:
        if self.span.first <= self.hall.today() <= self.span.last:
            self.refresh.ask()

    # -- exports ------------------------------------------------------------------------------

    def export(self, kind: str, path: str, lang: str) -> None:
        """Write the report shown as `kind` (pdf, xlsx, csv) to `path`, in another process."""
        args = ["-m", "queuedesk", "--db", self.hall.db.url]
        if self.hall.config.path:
            args += ["--config", str(self.hall.config.path)]
        args.append("report")
        if self.span.kind == "range":
            args += ["--from", self.span.first.isoformat(), "--to", self.span.last.isoformat()]
        else:
            args += ["--period", self.span.kind, "--date", self.span.first.isoformat()]
        for grouping in self.by:
            args += ["--by", grouping]
        args += [f"--{kind}", path, "--lang", lang]
        process = QProcess(self)
        environment = process.processEnvironment()
        environment.insert("PYTHONPATH", os.pathsep.join(p for p in sys.path if p))
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.finished.connect(partial(self._on_export_finished, process))
        self._exports[process] = (kind, path)
        process.start(sys.executable, args)

    @property
    def exporting(self) -> bool:
        return bool(self._exports)

    def _on_export_finished(self, process: QProcess, code: int, _status) -> None:
        kind, path = self._exports.pop(process)
        if code == 0:
            self.exported.emit(kind, path)
        else:
            lines = bytes(process.readAllStandardError().data()).decode(errors="replace").strip().splitlines()
            self.exportFailed.emit(kind, lines[-1] if lines else f"exit {code}")
        process.deleteLater()
