"""End to end through the real engine: add the account, sync, answer from the outbox, and
the forum holds exactly one reply; moderation from the outbox reaches the forum too."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from app.accounts import add_account
from app.models import OutboxAction
from app.outbox import Outbox
from app.secrets import Secrets
from app.store import Store
from app.sync import SyncEngine
from connectors.discourse import DiscourseConnector
from tests.connectors.discourse_fake import BASE, community


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


async def test_sync_reply_and_moderate_through_the_engine(store: Store,
                                                          secrets: Secrets) -> None:
    fake, p = community()
    grinder = fake.add_topic("Grinder broke", p["budi"], "Hi @brand, my grinder broke :cry:", 5)
    fake.add_post(grinder.topic_id, p["sari"], "Mine too, after two weeks", 1)
    spam = fake.add_topic("Cheap watches", p["andrei"], "Buy cheap watches here now!!!", 5)
    add_account(store, secrets, "discourse", "brand", server_url=BASE,
                settings={"categories": ["support"]}, secret="key-brand")
    engine = SyncEngine(store, secrets, client_factory=fake.client)

    [report] = await engine.run_once()
    assert report.ok, report.error
    assert (report.inserted, report.rejected) == (3, [])
    assert sorted(rows(store, "select subject, message_count from conversations")) == \
        [("Cheap watches", 1), ("Grinder broke", 2)]
    cid = rows(store, "select id from conversations where subject = 'Grinder broke'")[0][0]

    Outbox(store, "Sari").queue_reply(int(str(cid)), "So sorry! A new grinder ships today.")
    [report] = await engine.run_once()
    assert (report.ok, report.sent, report.failed) == (True, 1, 0), report.error
    [reply] = fake.created_by("brand")
    assert (reply.topic_id, reply.reply_to_post_number) == (grinder.topic_id, 2)

    [report] = await engine.run_once()  # our reply comes back in the category: same message
    assert report.ok and report.sent == 0 and len(fake.created_by("brand")) == 1
    assert rows(store, "select direction, count(*) from messages where conversation_id = "
                       f"{cid} group by direction order by direction") == \
        [("inbound", 2), ("outbound", 1)]
    assert rows(store, "select remote_id from members where handle = 'brand'") == [("brand",)]

    spam_cid = rows(store, "select id from conversations where subject = 'Cheap watches'")
    box = Outbox(store, "Sari")
    box.queue_action(int(str(spam_cid[0][0])), OutboxAction.HIDE)
    box.queue_action(int(str(spam_cid[0][0])), OutboxAction.SILENCE, reason="spam links")
    box.queue_action(int(str(cid)), OutboxAction.LOCK)
    [report] = await engine.run_once()
    assert (report.ok, report.sent, report.failed) == (True, 3, 0), report.error
    assert rows(store, "select action, state from outbox order by id") == [
        ("reply", "sent"), ("hide", "sent"), ("silence", "sent"), ("lock", "sent")]
    assert spam.hidden and p["andrei"].silenced_till is not None
    assert fake.topics[grinder.topic_id].closed


async def test_edits_and_deletions_land_in_the_stored_thread(
        store: Store, secrets: Secrets, monkeypatch: pytest.MonkeyPatch) -> None:
    fake, p = community()
    first = fake.add_topic("Beans", p["budi"], "Which beans for espresso, @brand?", 5)
    gone = fake.add_post(first.topic_id, p["sari"], "Try the Gayo beans, they are great")
    add_account(store, secrets, "discourse", "brand", server_url=BASE,
                settings={"categories": ["support"]}, secret="key-brand")
    engine = SyncEngine(store, secrets, client_factory=fake.client)
    now = time.time()
    monkeypatch.setattr(DiscourseConnector, "clock", staticmethod(lambda: now))
    [report] = await engine.run_once()
    assert report.ok and report.inserted == 2
    fake.edit(first, "Which beans for a moka pot, @brand? (edited)")
    gone.deleted_at = fake.tick()
    monkeypatch.setattr(DiscourseConnector, "clock", staticmethod(lambda: now + 900))
    [report] = await engine.run_once()
    assert report.ok and report.updated == 2, report
    assert sorted(rows(store, "select text, deleted, edited_at is not null from messages")) == [
        ("Try the Gayo beans, they are great", 1, 0),  # deleted, its text kept for the record
        ("Which beans for a moka pot, @brand? (edited)", 0, 1)]
