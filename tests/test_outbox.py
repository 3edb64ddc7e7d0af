"""The outbox: queued before sent, never sent twice, nothing silently lost."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select, text, update

from app.ingest import ingest
from app.models import OUTBOX, OutboxAction, OutboxItem, OutboxState
from app.outbox import Outbox
from app.sending import Sender
from app.store import Store
from app.timeutil import utcnow
from connectors import errors
from connectors.base import capabilities
from tests.conftest import make_account
from tests.fakes import FakeConnector, FakePlatform, RoomConnector, item


def _setup(store: Store) -> tuple[int, int, FakePlatform, Sender]:
    account = make_account(store, "fake", "@brand")
    ingest(store, account, "fake", [item("m1", 0, "where is my order?")])
    with store.read() as conn:
        cid = conn.execute(text("select id from conversations")).scalar_one()
    platform = FakePlatform()
    connector = FakeConnector(platform, None, None, None)  # type: ignore[arg-type]
    return account, cid, platform, Sender(store, connector, account, "fake", "@brand")


def _state(store: Store, item_id: int) -> str:
    with store.read() as conn:
        return str(conn.execute(select(OUTBOX.c.state).where(OUTBOX.c.id == item_id)).scalar())


def test_reply_is_queued_then_sent_once_and_shown_in_thread(any_store: Store) -> None:
    _, cid, platform, sender = _setup(any_store)
    queued = Outbox(any_store, "Sari").queue_reply(cid, "It ships tomorrow!")
    assert queued.target_platform_id == "m1"
    assert _state(any_store, queued.id) == "queued"  # type: ignore[arg-type]
    asyncio.run(sender.send_pending())
    asyncio.run(sender.send_pending())
    assert platform.post_count == 1
    with any_store.read() as conn:
        row = conn.execute(text("select waiting_since, first_response_at, message_count "
                                "from conversations")).one()
    assert row.waiting_since is None and row.first_response_at is not None
    assert row.message_count == 2


def test_crash_while_sending_is_reconciled_not_resent(store: Store) -> None:
    _, cid, platform, sender = _setup(store)
    queued = Outbox(store, "Sari").queue_reply(cid, "On its way")
    platform.lose_after_post = True  # posted, but we never heard back
    asyncio.run(sender.send_pending())
    assert _state(store, queued.id) == "unknown"  # type: ignore[arg-type]
    platform.lose_after_post = False
    asyncio.run(sender.send_pending())  # reconciliation finds the post by its key
    assert _state(store, queued.id) == "sent"  # type: ignore[arg-type]
    assert platform.post_count == 1


def test_stale_sending_claim_after_a_kill(store: Store) -> None:
    _, cid, platform, sender = _setup(store)
    queued = Outbox(store, "Sari").queue_reply(cid, "On its way")
    # Simulate a sender killed between the claim and the request.
    with store.write() as conn:
        conn.execute(update(OUTBOX).values(state="sending",
                                           updated_at=utcnow() - timedelta(minutes=10)))
    asyncio.run(sender.send_pending())
    assert _state(store, queued.id) == "unknown"  # not found on the platform: ask the user
    assert platform.post_count == 0
    Outbox(store, "Sari").confirm_unknown(queued.id, landed=False)  # type: ignore[arg-type]
    asyncio.run(sender.send_pending())
    assert platform.post_count == 1 and _state(store, queued.id) == "sent"  # type: ignore[arg-type]


def test_rate_limit_requeues_with_wait_and_auth_failure_fails(store: Store) -> None:
    _, cid, platform, sender = _setup(store)
    box = Outbox(store, "Sari")
    first = box.queue_reply(cid, "one")
    platform.send_faults = [errors.RateLimited("slow down", retry_after=120)]
    [report] = asyncio.run(sender.send_pending())
    assert report.state == "queued"
    assert asyncio.run(sender.send_pending()) == []  # not due yet
    platform.send_faults = [errors.AuthExpired("sign in again")]
    second = box.queue_reply(cid, "two")
    [report] = asyncio.run(sender.send_pending())
    assert (report.item_id, report.state) == (second.id, "failed")
    assert "sign in again" in (report.error or "")
    box.retry(second.id)  # type: ignore[arg-type]
    asyncio.run(sender.send_pending())
    assert _state(store, second.id) == "sent" and _state(store, first.id) == "queued"  # type: ignore[arg-type]


def test_moderation_goes_through_outbox_and_unsupported_fails_clearly(store: Store) -> None:
    _, cid, platform, sender = _setup(store)
    box = Outbox(store, "Sari")
    box.queue_action(cid, OutboxAction.HIDE)
    box.queue_action(cid, OutboxAction.BLOCK)
    box.queue_action(cid, OutboxAction.REPORT, reason="spam")
    reports = asyncio.run(sender.send_pending())
    assert platform.hidden == ["m1"] and platform.blocked == ["u1"]
    assert [r.state for r in reports] == ["sent", "sent", "failed"]
    assert "cannot report" in (reports[2].error or "")
    assert [i.state for i in box.items(cid, [OutboxState.FAILED])] == ["failed"]
    assert isinstance(box.items(cid)[0], OutboxItem)


def test_room_moderation_reaches_the_member_behind_the_message(store: Store) -> None:
    account, cid, platform, _ = _setup(store)
    sender = Sender(store, RoomConnector(platform, None, None, None),  # type: ignore[arg-type]
                    account, "fake", "@brand")
    box = Outbox(store, "Sari")
    for action, reason in ((OutboxAction.KICK, "flooding"), (OutboxAction.BAN, "scam links"),
                           (OutboxAction.LOCK, ""), (OutboxAction.SILENCE, "abuse")):
        box.queue_action(cid, action, reason=reason)
    assert [r.state for r in asyncio.run(sender.send_pending())] == ["sent"] * 4
    assert platform.moderated == [("kick", "m1", "u1", "flooding"),
                                  ("ban", "m1", "u1", "scam links"), ("lock", "m1", "", ""),
                                  ("silence", "", "u1", "abuse")]
    assert {"kick", "ban", "lock", "silence"} <= capabilities(RoomConnector)
    assert not {"kick", "ban", "lock", "silence"} & capabilities(FakeConnector)
