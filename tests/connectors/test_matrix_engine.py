"""End to end through Serambi's own engine and outbox, against a real Synapse: an account is
added, a poll fills the inbox, a queued reply is sent exactly once, a crash mid-send is
reconciled without a second message, and a kick goes out through the outbox."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import select, text, update

from app.accounts import add_account
from app.models import OUTBOX, OutboxAction
from app.outbox import Outbox
from app.secrets import Secrets
from app.store import Store
from app.sync import SyncEngine
from app.timeutil import utcnow
from connectors.base import AccountConfig
from connectors.matrix import MatrixConnector
from tests.connectors.matrix_actors import World, world_fixture
from tests.connectors.synapse_server import synapse_fixture

# pytest finds the imported fixtures by name in this module; this keeps them imported.
FIXTURES = (synapse_fixture, world_fixture)


def engine(store: Store, secrets: Secrets) -> SyncEngine:
    return SyncEngine(store, secrets, client_factory=lambda: httpx.AsyncClient(timeout=30))


def brand_posts(world: World, room: str) -> list[str]:
    return [e["content"]["body"] for e in world.alice.messages(room)
            if e["sender"] == world.brand.user_id and e["type"] == "m.room.message"]


def conversations(store: Store) -> list[tuple[int, str, str]]:
    with store.read() as conn:
        return [tuple(r) for r in conn.execute(text(  # type: ignore[misc]
            "select id, thread_key, subject from conversations order by id"))]


async def test_sync_then_reply_through_the_outbox_exactly_once(
        world: World, store: Store, secrets: Secrets) -> None:
    room = world.alice.create_room(name="Pelanggan", power={world.brand.user_id: 50})
    world.brand.join(room)
    world.bob.join(room)
    world.alice.send(room, "Pesanan saya belum sampai")
    spam = world.bob.send(room, "cheap followers here")
    account = add_account(store, secrets, "matrix", world.brand.user_id,
                          server_url=world.server.base_url, settings={"rooms": [room]},
                          secret=world.brand.password)

    [report] = await engine(store, secrets).run_once()
    assert report.ok and report.inserted == 2, report
    [(conversation, key, subject)] = conversations(store)
    assert (key, subject) == (room, "Pelanggan")

    outbox = Outbox(store, "Sari")
    queued = outbox.queue_reply(conversation, "Maaf, kami cek sekarang")
    [report] = await engine(store, secrets).run_once()
    assert report.ok and report.sent == 1, report
    [report] = await engine(store, secrets).run_once()
    assert report.sent == 0
    assert brand_posts(world, room) == ["Maaf, kami cek sekarang"]
    with store.read() as conn:
        sent_id = conn.execute(select(OUTBOX.c.platform_id)
                               .where(OUTBOX.c.id == queued.id)).scalar()
        thread = conn.execute(text("select count(*) from messages where platform_id = :p"),
                              {"p": sent_id}).scalar()
    assert sent_id and thread == 1  # the reply shows in the thread once, synced or not

    # A crash after the request left: the item is still "sending"; nothing is sent again.
    crashed = outbox.queue_reply(conversation, "Sudah dikirim kemarin")
    config = AccountConfig(account.id, "matrix", world.brand.user_id, world.server.base_url,
                           secret_ref=_ref(store, account.id))
    async with httpx.AsyncClient(timeout=30) as client:
        await MatrixConnector(config, secrets, client).reply(
            str(crashed.target_platform_id), crashed.text, crashed.idempotency_key)
    with store.write() as conn:
        conn.execute(update(OUTBOX).where(OUTBOX.c.id == crashed.id).values(
            state="sending", updated_at=utcnow() - timedelta(minutes=10)))
    [report] = await engine(store, secrets).run_once()
    with store.read() as conn:
        state = conn.execute(select(OUTBOX.c.state).where(OUTBOX.c.id == crashed.id)).scalar()
    assert state == "sent"
    assert brand_posts(world, room) == ["Maaf, kami cek sekarang", "Sudah dikirim kemarin"]

    outbox.queue_action(conversation, OutboxAction.KICK, f"{room}|{spam}", "spam")
    [report] = await engine(store, secrets).run_once()
    assert report.ok and report.failed == 0, report
    assert world.alice.membership(room, world.bob.user_id) == "leave"


def _ref(store: Store, account_id: int) -> str:
    with store.read() as conn:
        return str(conn.execute(text("select secret_ref from accounts where id = :i"),
                                {"i": account_id}).scalar())
