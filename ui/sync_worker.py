"""The sync engine on its own thread with its own event loop; the window hears from it only
through signals (queued onto the UI thread), and pokes it only thread-safely."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from app.sending import SendReport
from app.sync import AccountReport, SyncEngine

log = logging.getLogger(__name__)


class _ReportingEngine(SyncEngine):
    """Tells the worker when a cycle starts and ends, so the window can show progress."""

    def __init__(self, on_cycle: Callable[[bool], None], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_cycle = on_cycle

    async def run_once(self, account_ids: Sequence[int] | None = None) -> list[AccountReport]:
        self.on_cycle(True)
        try:
            return await super().run_once(account_ids)
        finally:
            self.on_cycle(False)


class SyncWorker(QThread):
    busy = Signal(bool)
    account_report = Signal(object)  # AccountReport
    sent = Signal(object)  # list[SendReport]
    failed = Signal(str)

    def __init__(self, store: Any, secrets: Any, parent: QObject | None = None,
                 **engine_args: Any) -> None:
        super().__init__(parent)
        self.setObjectName("serambi-sync")
        self.engine: SyncEngine = _ReportingEngine(self.busy.emit, store, secrets, **engine_args)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    def run(self) -> None:
        try:
            asyncio.run(self._main())
        except asyncio.CancelledError:
            pass  # stopped while a cycle was still waiting on the network
        except Exception as exc:  # the window says sync stopped; triage keeps working
            log.exception("the sync worker stopped")
            self.failed.emit(str(exc) or type(exc).__name__)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        await self.engine.run_forever(self._stop, self.account_report.emit)

    def _submit(self, make: Callable[[], Coroutine[Any, Any, Any]]) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return

        def start() -> None:
            task = loop.create_task(make())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: sync has stopped
            loop.call_soon_threadsafe(start)

    def send_now(self) -> None:
        """Send the outbox right away (after the user queued something)."""
        async def send() -> None:
            try:
                reports: list[SendReport] = await self.engine.send_outbox()
            except Exception as exc:
                log.exception("sending the outbox failed")
                self.failed.emit(str(exc))
                return
            self.sent.emit(reports)

        self._submit(send)

    def sync_now(self) -> None:
        async def cycle() -> None:
            for report in await self.engine.run_once():
                self.account_report.emit(report)

        self._submit(cycle)

    def stop(self, msecs: int = 5000) -> None:
        loop, stop = self._loop, self._stop
        if loop is None or stop is None or loop.is_closed():
            self.wait(msecs)
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(stop.set)
        if not self.wait(msecs) and not loop.is_closed():
            def cancel_all() -> None:
                for task in asyncio.all_tasks(loop):
                    task.cancel()

            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(cancel_all)
            self.wait(msecs)
