"""End to end through the real engine: add the account, sync, conversations appear, a
queued reply and a block are sent exactly once, and our reply is not stored twice."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from app.accounts import add_account, check_account
from app.models import OutboxAction
from app.outbox import Outbox
from app.secrets import Secrets
from app.store import Store
from app.sync import SyncEngine
from tests.connectors.mastodon_fake import BASE, HOST, FakeMastodon


def _conversation_of(store: Store, platform_id: str) -> int:
    with store.read() as conn:
        return int(conn.execute(text("select conversation_id from messages where "
                                     "platform_id = :p"), {"p": platform_id}).scalar_one())


def _count(store: Store, sql: str, **params: object) -> int:
    with store.read() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def test_sync_reply_and_moderate_through_the_engine(store: Store, secrets: Secrets) -> None:
    fake = FakeMastodon()
    alice, bob = fake.person("alice", name="Alice"), fake.person("bob", "remote.example")
    asked = fake.post(alice, "@brand where is my order #4411?")
    private = fake.post(bob, f"@brand@{HOST} can I pay by bank transfer?", visibility="direct")
    account = add_account(store, secrets, "mastodon", f"@brand@{HOST}", server_url=BASE,
                          secret=fake.token)
    engine = SyncEngine(store, secrets, client_factory=fake.client)

    [report] = asyncio.run(engine.run_once())
    assert report.ok, report.error
    assert report.inserted == 2 and report.rejected == []
    assert _count(store, "select count(*) from conversations") == 2
    assert _count(store, "select count(*) from conversations where is_direct") == 1
    public_cid = _conversation_of(store, str(asked.id))
    direct_cid = _conversation_of(store, str(private.id))

    box = Outbox(store, "Sari")
    box.queue_reply(public_cid, "It ships tomorrow!")
    box.queue_reply(direct_cid, "Yes, details sent privately.")
    box.queue_action(public_cid, OutboxAction.BLOCK)
    [report] = asyncio.run(engine.run_once())
    assert report.ok, report.error
    assert report.sent == 3 and report.failed == 0
    [asyncio.run(engine.run_once()) for _ in range(2)]  # nothing is sent again

    ours = sorted((p for p in fake.posts.values() if p.author is fake.me), key=lambda p: p.id)
    assert fake.created_posts == 2 and len(ours) == 2
    assert (ours[0].text, ours[0].visibility, ours[0].in_reply_to) == (
        "@alice It ships tomorrow!", "public", asked.id)
    assert (ours[1].text, ours[1].visibility, ours[1].in_reply_to) == (
        "@bob@remote.example Yes, details sent privately.", "direct", private.id)
    assert fake.blocked == [alice.id]
    # Our direct reply also comes back through the conversations stream: one message.
    assert _count(store, "select count(*) from messages where conversation_id = :c",
                  c=direct_cid) == 2
    assert _count(store, "select count(*) from messages where platform_id = :p",
                  p=str(ours[1].id)) == 1

    checked = asyncio.run(check_account(store, secrets, account.id,
                                        client_factory=fake.client))
    assert checked.ok and checked.message.startswith(f"Signed in as @brand@{HOST}")
