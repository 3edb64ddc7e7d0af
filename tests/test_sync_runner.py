"""The sync engine's thread with its own event loop, driven as a front end would, no Qt."""

from __future__ import annotations

import threading
import time

from app.outbox import Outbox
from app.secrets import Secrets
from app.store import Store
from app.sync import AccountReport
from app.sync_runner import BUSY, IDLE, STOPPED, SyncRunner
from tests.fakes import FakePlatform, factory_for, item


def wait_for(condition, timeout: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return False


def test_runner_syncs_reports_from_its_own_thread_and_stops(store: Store,
                                                            account_id: int) -> None:
    platform = FakePlatform(items=[item("p1"), item("p2", 1), item("p3", 2)])
    reports: list[AccountReport] = []
    states: list[str] = []
    threads: set[str] = set()

    def on_report(report: AccountReport) -> None:
        threads.add(threading.current_thread().name)
        reports.append(report)

    runner = SyncRunner(store, Secrets(), on_report, states.append,
                        factory_for=factory_for(platform))
    runner.start()
    try:
        assert runner.wait_ready()
        assert wait_for(lambda: sum(r.inserted for r in reports) == 3)
    finally:
        assert runner.stop(5.0)
    assert threads == {"serambi-sync"}  # never the caller's thread
    assert states[:2] == [BUSY, IDLE] and states[-1] == STOPPED
    assert not runner.running


def test_sync_now_and_send_now_are_plain_calls(store: Store, account_id: int) -> None:
    platform = FakePlatform(items=[item("p1")])
    reports: list[AccountReport] = []
    sent: list[object] = []
    runner = SyncRunner(store, Secrets(), reports.append, lambda _: None,
                        on_sent=sent.append, factory_for=factory_for(platform))
    assert not runner.sync_now()  # not started: nothing to poke
    runner.start()
    try:
        assert runner.wait_ready()
        assert wait_for(lambda: len(reports) >= 1)
        platform.items.append(item("p2", 5))
        assert runner.sync_now()
        assert wait_for(lambda: sum(r.inserted for r in reports) == 2)
        cid = _conversation(store)
        Outbox(store, "rina").queue_reply(cid, "Thanks, on it!")
        assert runner.send_now()
        assert wait_for(lambda: platform.post_count == 1)
        assert wait_for(lambda: bool(sent))
    finally:
        runner.stop(5.0)
    assert not runner.send_now()  # stopped: a poke is refused, never raised


def test_stop_right_after_start_does_not_hang(store: Store, account_id: int) -> None:
    runner = SyncRunner(store, Secrets(), lambda _: None, lambda _: None,
                        factory_for=factory_for(FakePlatform()))
    runner.start()
    assert runner.stop(5.0)


def _conversation(store: Store) -> int:
    from app import views

    with store.read() as conn:
        return int(conn.execute(views.select(views.C.id).limit(1)).scalar_one())


def test_no_asyncio_in_the_desktop_ui() -> None:
    from pathlib import Path

    ui = Path(__file__).resolve().parent.parent / "ui"
    offenders = [p.name for p in ui.glob("*.py") if "asyncio" in p.read_text(encoding="utf-8")]
    assert offenders == []
