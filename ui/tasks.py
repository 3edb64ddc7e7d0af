"""The one background helper: run work off the UI thread, get the result back on it.

`Op(parent, work).success(cb).failure(cb).run_in_background(name="detail")`. Reads run on
a small pool; writes run one at a time, in order, on their own thread (one writer). A named
task that starts again makes the previous run's result be dropped, so a slow old answer
never overwrites a newer one. Callbacks always run on the UI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")

_readers = QThreadPool()
_readers.setMaxThreadCount(4)
_writer = QThreadPool()
_writer.setMaxThreadCount(1)  # FIFO: writes land in the order the user asked for them
_generations: dict[str, int] = {}
_pending: dict[int, Op[Any]] = {}
_tokens = itertools.count(1)


class _Relay(QObject):
    """One for the whole app, living on the UI thread: workers emit, the UI thread receives."""

    done = Signal(int, object, object)  # token, result, exception

    def deliver(self, token: int, result: object, error: object) -> None:
        op = _pending.pop(token, None)
        if op is not None:
            op._finish(result, error if isinstance(error, Exception) else None)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.done.connect(_relay.deliver)
    return _relay


class _Runner(QRunnable):
    def __init__(self, work: Callable[[], Any], token: int) -> None:
        super().__init__()
        self.work = work
        self.token = token

    def run(self) -> None:
        relay = _the_relay()
        try:
            result = self.work()
        except Exception as exc:  # delivered to .failure on the UI thread
            relay.done.emit(self.token, None, exc)
        else:
            relay.done.emit(self.token, result, None)


class Op(Generic[T]):
    def __init__(self, parent: QObject | None, work: Callable[[], T], *,
                 write: bool = False) -> None:
        self._work = work
        self._write = write
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._parent = parent
        self._name: str | None = None
        self._generation = 0
        self.cancelled = threading.Event()

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def run_in_background(self, name: str | None = None) -> Op[T]:
        if name is not None:
            self._name = name
            self._generation = _generations.get(name, 0) + 1
            _generations[name] = self._generation
        _the_relay()  # made here, on the UI thread, before any worker needs it
        token = next(_tokens)
        _pending[token] = self
        (_writer if self._write else _readers).start(_Runner(self._work, token))
        return self

    def _stale(self) -> bool:
        return self._name is not None and _generations.get(self._name) != self._generation

    def _finish(self, result: T, error: Exception | None) -> None:
        gone = self._parent is not None and not shiboken6.isValid(self._parent)
        if gone or self._stale() or self.cancelled.is_set():
            return
        if error is None:
            if self._on_success is not None:
                self._on_success(result)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            log.error("background task failed", exc_info=error)


def cancel(name: str) -> None:
    """Drop whatever the named task would still deliver."""
    _generations[name] = _generations.get(name, 0) + 1


def wait_all(msecs: int = 10_000) -> bool:
    """Let running work finish (on quit, and between tests)."""
    return _readers.waitForDone(msecs) and _writer.waitForDone(msecs)
