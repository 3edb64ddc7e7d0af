"""Replies and moderation against a real Synapse: what the room's members then see."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from app.secrets import Secrets, session_ref
from connectors.errors import NotSupported, RateLimited
from connectors.matrix import MatrixConnector
from tests.connectors.matrix_actors import Actor, World, client_fixture, world_fixture
from tests.connectors.synapse_server import synapse_fixture

# pytest finds the imported fixtures by name in this module; this keeps them imported.
FIXTURES = (synapse_fixture, world_fixture, client_fixture)


def group_room(world: World, *, brand_power: int = 0) -> str:
    power = {world.brand.user_id: brand_power} if brand_power else None
    room = world.alice.create_room(name="Support", power=power)
    world.brand.join(room)
    world.bob.join(room)
    return room


def from_brand(world: World, room: str) -> list[dict[str, object]]:
    return [e for e in world.alice.messages(room)
            if e["sender"] == world.brand.user_id and e["type"] == "m.room.message"]


async def test_a_reply_is_a_rich_reply_sent_once_per_idempotency_key(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world)
    question = world.alice.send(room, "Kapan buka?")
    target = f"{room}|{question}"
    connector = world.connector(secrets, client)

    sent = await connector.reply(target, "Buka jam 8 pagi ☕", "key-1")
    again = await connector.reply(target, "Buka jam 8 pagi ☕", "key-1")  # a retry
    assert again == sent and sent.platform_id.startswith(room + "|$")
    [event] = from_brand(world, room)
    content = event["content"]
    assert isinstance(content, dict)
    assert content["body"] == "Buka jam 8 pagi ☕"
    assert content["m.relates_to"] == {"m.in_reply_to": {"event_id": question}}
    assert content["m.mentions"] == {"user_ids": [world.alice.user_id]}

    assert await connector.find_sent(target, "key-1") == sent
    assert await connector.find_sent(target, "key-never-sent") is None
    # After a crash and a new sign-in (a new device) the reply is still found.
    secrets.delete(session_ref("account:matrix"))
    assert await world.connector(secrets, client).find_sent(target, "key-1") == sent


async def test_a_reply_in_a_thread_stays_in_the_thread(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world)
    root = world.alice.send(room, "Thread about shipping")
    inside = world.bob.send(room, "Mine is late too", **{"m.relates_to": {
        "rel_type": "m.thread", "event_id": root, "is_falling_back": True,
        "m.in_reply_to": {"event_id": root}}})
    await world.connector(secrets, client).reply(f"{room}|{inside}", "Checking now", "k")
    [event] = from_brand(world, room)
    assert event["content"]["m.relates_to"] == {  # type: ignore[index]
        "rel_type": "m.thread", "event_id": root, "is_falling_back": False,
        "m.in_reply_to": {"event_id": inside}}


async def test_redact_kick_and_ban_where_the_brand_moderates(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world, brand_power=50)
    spam = world.bob.send(room, "BUY CHEAP FOLLOWERS")
    connector = world.connector(secrets, client)
    await connector.delete(f"{room}|{spam}")
    await connector.delete(f"{room}|{spam}")  # again: harmless
    [event] = [e for e in world.alice.messages(room) if e["event_id"] == spam]
    assert event["content"] == {} and "redacted_because" in event["unsigned"]

    await connector.kick(f"{room}|{spam}", world.bob.user_id, "spam")
    assert world.alice.membership(room, world.bob.user_id) == "leave"
    world.bob.join(room)
    await connector.ban(f"{room}|{spam}", world.bob.user_id, "spam again")
    assert world.alice.membership(room, world.bob.user_id) == "ban"


async def test_moderation_without_power_is_not_supported(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world)
    post = world.bob.send(room, "mine")
    connector = world.connector(secrets, client)
    with pytest.raises(NotSupported):
        await connector.kick(f"{room}|{post}", world.bob.user_id, "no power")
    with pytest.raises(NotSupported):
        await connector.delete(f"{room}|{post}")
    assert world.alice.membership(room, world.bob.user_id) == "join"


async def test_report_ignore_and_read_receipt(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    admin = Actor(world.server, f"admin{world.brand.user_id[6:].split(':')[0]}", admin=True)
    room = group_room(world)
    nasty = world.bob.send(room, "nasty words")
    connector = world.connector(secrets, client)
    await connector.report(f"{room}|{nasty}", "harassment")
    reports = admin.call("GET", "/_synapse/admin/v1/event_reports", limit="100")["event_reports"]
    assert [(r["event_id"], r["reason"], r["user_id"]) for r in reports
            if r["event_id"] == nasty] == [(nasty, "harassment", world.brand.user_id)]

    await connector.mark_read(f"{room}|{nasty}")
    synced = world.brand.call("GET", "/_matrix/client/v3/sync", timeout="0")
    ephemeral = synced["rooms"]["join"][room]["ephemeral"]["events"]
    read = [e["content"] for e in ephemeral if e["type"] == "m.receipt"]
    assert any(world.brand.user_id in c.get(nasty, {}).get("m.read", {}) for c in read)

    await connector.block(world.bob.user_id)
    await connector.block(world.bob.user_id)
    ignored = world.brand.account_data("m.ignored_user_list")["ignored_users"]
    assert list(ignored) == [world.bob.user_id]
    admin.http.close()


async def test_a_rate_limited_reply_says_how_long_to_wait(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world)
    admin = Actor(world.server, f"admin{world.brand.user_id[6:].split(':')[0]}", admin=True)
    admin.call("POST", f"/_synapse/admin/v1/users/{world.brand.user_id}/override_ratelimit",
               {"messages_per_second": 1, "burst_count": 1})
    admin.http.close()
    await asyncio.sleep(1.1)  # let the joins just made drain from the brand's bucket
    connector = world.connector(secrets, client)
    await connector.reply(room, "first", "a")
    with pytest.raises(RateLimited) as caught:
        await connector.reply(room, "second", "b")
    assert 0 < caught.value.retry_after <= 2
    assert [e["content"]["body"] for e in from_brand(world, room)] == ["first"]  # type: ignore[index]


async def test_verify_says_who_and_what_the_account_may_do(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    moderated = group_room(world, brand_power=100)
    plain = group_room(world)
    secrets.set("account:matrix", world.brand.password)
    config = world.config([moderated, plain, "#nowhere:localhost"])
    sentence = await MatrixConnector(config, secrets, client).verify()
    assert sentence.startswith(f"Signed in to {world.server.base_url} as {world.brand.user_id} "
                               "(device ")
    assert "member of 2 rooms" in sentence
    assert "every message of 2 chosen rooms" in sentence
    assert "can kick, ban and redact others in 1 of the chosen rooms" in sentence
    assert sentence.endswith("cannot follow #nowhere:localhost (no such room, or not a member).")
