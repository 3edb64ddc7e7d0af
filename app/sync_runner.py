"""The sync engine on a thread of its own with its own event loop, for front ends that have
no asyncio (the desktop app): start, stop, "sync now" and "send now" are plain calls, and
everything the engine has to say comes back through callbacks on the runner's thread."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from app.secrets import Secrets
from app.sending import SendReport
from app.store import Store
from app.sync import AccountReport, SyncEngine

log = logging.getLogger(__name__)

BUSY, IDLE, STOPPED = "busy", "idle", "stopped"


class _ReportingEngine(SyncEngine):
    """Says when a cycle starts and ends, so a front end can show progress."""

    def __init__(self, on_cycle: Callable[[bool], None], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.on_cycle = on_cycle

    async def run_once(self, account_ids: Sequence[int] | None = None) -> list[AccountReport]:
        self.on_cycle(True)
        try:
            return await super().run_once(account_ids)
        finally:
            self.on_cycle(False)


def _ignore(_: Any) -> None:
    return None


class SyncRunner:
    """`on_report(AccountReport)`, `on_state("busy" | "idle" | "stopped")`, `on_sent(list of
    SendReport)` and `on_error(text)` are called from the runner's thread, never the caller's:
    a UI must hand them over to its own thread before touching anything it shows."""

    def __init__(self, store: Store, secrets: Secrets,
                 on_report: Callable[[AccountReport], None],
                 on_state: Callable[[str], None], *,
                 on_sent: Callable[[list[SendReport]], None] = _ignore,
                 on_error: Callable[[str], None] = _ignore, **engine_args: Any) -> None:
        self.on_report, self.on_state = on_report, on_state
        self.on_sent, self.on_error = on_sent, on_error
        self.engine: SyncEngine = _ReportingEngine(
            lambda busy: on_state(BUSY if busy else IDLE), store, secrets, **engine_args)
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._stopping = threading.Event()  # asked to stop, perhaps before the loop was up
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def running(self) -> bool:
        """True once the loop is up (pokes are accepted) and until it ends."""
        return self._ready.is_set() and self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="serambi-sync", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = 5.0) -> bool:
        return self._ready.wait(timeout)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except asyncio.CancelledError:
            pass  # stopped while a cycle was still waiting on the network
        except Exception as exc:  # the front end says sync stopped; triage keeps working
            log.exception("the sync runner stopped")
            self.on_error(str(exc) or type(exc).__name__)
        finally:
            self.on_state(STOPPED)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        if self._stopping.is_set():
            self._stop.set()
        self._ready.set()
        await self.engine.run_forever(self._stop, self.on_report)

    def _submit(self, make: Callable[[], Coroutine[Any, Any, Any]]) -> bool:
        loop = self._loop
        if loop is None or loop.is_closed():
            return False

        def begin() -> None:
            task = loop.create_task(make())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        try:
            loop.call_soon_threadsafe(begin)
        except RuntimeError:  # the loop closed meanwhile: sync has stopped
            return False
        return True

    def send_now(self) -> bool:
        """Send the outbox right away (after the user queued something)."""
        async def send() -> None:
            try:
                reports = await self.engine.send_outbox()
            except Exception as exc:
                log.exception("sending the outbox failed")
                self.on_error(str(exc) or type(exc).__name__)
                return
            self.on_sent(reports)

        return self._submit(send)

    def sync_now(self) -> bool:
        async def cycle() -> None:
            for report in await self.engine.run_once():
                self.on_report(report)

        return self._submit(cycle)

    def stop(self, timeout: float = 5.0) -> bool:
        """Ask the loop to finish; cancel what still runs after `timeout`. True if it ended."""
        self._stopping.set()  # first: a loop coming up from now on sees it
        thread, loop, stop = self._thread, self._loop, self._stop
        if thread is None:
            return True
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        thread.join(timeout)
        if thread.is_alive() and loop is not None and not loop.is_closed():
            def cancel_all() -> None:
                for task in asyncio.all_tasks(loop):
                    task.cancel()

            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(cancel_all)
            thread.join(timeout)
        return not thread.is_alive()
