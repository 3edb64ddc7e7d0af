"""The window's side of app.sync_runner: the runner calls back from its own thread, and these
signals carry each call over to the UI thread (queued), so no widget is touched off it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.sync_runner import BUSY, STOPPED, SyncRunner


class SyncWorker(QObject):
    busy = Signal(bool)
    account_report = Signal(object)  # AccountReport
    sent = Signal(object)  # list[SendReport]
    failed = Signal(str)

    def __init__(self, store: Any, secrets: Any, parent: QObject | None = None,
                 **engine_args: Any) -> None:
        super().__init__(parent)
        self.setObjectName("serambi-sync")
        # Emitting a signal from another thread queues it to this object's (the UI) thread.
        self.runner = SyncRunner(store, secrets, self.account_report.emit, self._state,
                                 on_sent=self.sent.emit, on_error=self.failed.emit,
                                 **engine_args)

    def _state(self, state: str) -> None:
        if state != STOPPED:
            self.busy.emit(state == BUSY)

    def start(self) -> None:
        self.runner.start()

    def isRunning(self) -> bool:  # noqa: N802 (the QThread name callers already use)
        return self.runner.running

    def send_now(self) -> None:
        self.runner.send_now()

    def sync_now(self) -> None:
        self.runner.sync_now()

    def stop(self, msecs: int = 5000) -> None:
        self.runner.stop(msecs / 1000)
