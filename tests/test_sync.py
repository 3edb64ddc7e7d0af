"""The sync engine: pages with their cursors, per-account failures, backoff."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from app.secrets import Secrets
from app.store import Store
from app.sync import SyncEngine, backoff_seconds
from connectors import errors
from tests.conftest import make_account
from tests.fakes import FakePlatform, factory_for, item


def _count(store: Store, table: str) -> int:
    with store.read() as conn:
        return int(conn.execute(text(f"select count(*) from {table}")).scalar_one())


def test_drains_all_pages_and_resumes_from_cursor(any_store: Store, secrets: Secrets) -> None:
    account = make_account(any_store, "fake")
    platform = FakePlatform(items=[item(f"m{i}", i, author=f"u{i % 3}") for i in range(5)])
    engine = SyncEngine(any_store, secrets, factory_for=factory_for(platform))
    [report] = asyncio.run(engine.run_once())
    assert (report.ok, report.inserted, report.account_id) == (True, 5, account)
    platform.items.append(item("m5", 10))
    [report] = asyncio.run(engine.run_once())
    assert report.inserted == 1 and report.fetched == 1  # resumed after the cursor
    assert _count(any_store, "messages") == 6


def test_one_failing_account_does_not_stop_the_others(store: Store, secrets: Secrets) -> None:
    make_account(store, "fake", "@a")
    make_account(store, "broken", "@b")
    good = FakePlatform(items=[item("m1")])
    bad = FakePlatform(items=[item("x1")], faults=[errors.RateLimited("429", retry_after=300)])

    def pick(name: str):  # type: ignore[no-untyped-def]
        return factory_for(good if name == "fake" else bad)(name)

    engine = SyncEngine(store, secrets, factory_for=pick)
    reports = {r.handle: r for r in asyncio.run(engine.run_once())}
    assert reports["@a"].ok and reports["@a"].inserted == 1
    assert not reports["@b"].ok and "429" in (reports["@b"].error or "")
    with store.read() as conn:
        state = conn.execute(text("select failures, last_error, next_poll_at, cursor "
                                  "from sync_state join accounts on accounts.id = account_id "
                                  "where handle='@b'")).one()
    assert state.failures == 1 and state.cursor is None and state.next_poll_at is not None


def test_a_connector_bug_fails_only_its_own_account(store: Store, secrets: Secrets) -> None:
    make_account(store, "fake", "@a")
    make_account(store, "buggy", "@b")
    good = FakePlatform(items=[item("m1")])
    buggy = FakePlatform(items=[item("x1")], faults=[TypeError("'NoneType' is not iterable")])

    def pick(name: str):  # type: ignore[no-untyped-def]
        return factory_for(good if name == "fake" else buggy)(name)

    reports = {r.handle: r for r in asyncio.run(SyncEngine(store, secrets, factory_for=pick)
                                                .run_once())}
    assert reports["@a"].ok and reports["@a"].inserted == 1
    assert "TypeError" in (reports["@b"].error or "")
    with store.read() as conn:
        failures = conn.execute(text("select failures from sync_state join accounts "
                                     "on accounts.id = account_id where handle='@b'")).scalar()
    assert failures == 1  # so the next poll backs off instead of hammering


def test_invalid_items_are_reported_and_the_rest_goes_in(store: Store, secrets: Secrets) -> None:
    make_account(store, "fake")
    platform = FakePlatform(items=[item("ok1"), item("bad\x00", text="x" * 1_000_001)],
                            page_size=10)
    [report] = asyncio.run(SyncEngine(store, secrets, factory_for=factory_for(platform))
                           .run_once())
    assert report.inserted == 1 and len(report.rejected) == 1
    assert "longer than" in report.rejected[0]


def test_backoff_grows_and_honours_retry_after() -> None:
    assert backoff_seconds(1) < backoff_seconds(5)
    assert backoff_seconds(1, retry_after=900) >= 900
    assert backoff_seconds(50) <= 3600 * 1.2


def test_an_account_without_a_connector_says_so_plainly(store: Store, secrets: Secrets) -> None:
    make_account(store, "friendica", "@brand")
    [report] = asyncio.run(SyncEngine(store, secrets).run_once())
    assert not report.ok
    assert report.error is not None and "no connector for 'friendica'" in report.error
