"""Syncing from a real Synapse: mentions from everywhere, every message of chosen rooms,
direct chats, resuming from the cursor, and gaps a limited timeline leaves."""

from __future__ import annotations

import httpx
import pytest

from app.items import InboundItem
from app.models import Direction, MessageKind
from app.secrets import Secrets
from connectors.matrix import api, fetching
from tests.connectors.matrix_actors import World, client_fixture, drain, world_fixture
from tests.connectors.synapse_server import synapse_fixture

# pytest finds the imported fixtures by name in this module; this keeps them imported.
FIXTURES = (synapse_fixture, world_fixture, client_fixture)



def by_text(items: list[InboundItem]) -> dict[str, InboundItem]:
    return {i.text: i for i in items}


async def test_mentions_direct_chats_and_every_message_of_chosen_rooms(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    brand, alice = world.brand, world.alice
    alias = f"#support{brand.user_id[6:].split(':')[0]}:localhost"
    support = alice.create_room(name="Dukungan", alias=alias[1:].split(":")[0])
    lounge = alice.create_room(name="Lounge")
    for room in (support, lounge):
        brand.join(room)
        world.bob.join(room)  # three members: a group, not a direct chat
    dm = alice.create_room(invite=(brand.user_id,), direct=True)
    brand.join(dm)
    brand.set_account_data("m.direct", {alice.user_id: [dm]})
    pair = alice.create_room(invite=(brand.user_id,))  # two members, not in m.direct
    brand.join(pair)

    alice.send(support, "Where is my order?")
    alice.send(lounge, "Just chatting, nothing for the brand")
    alice.send(lounge, "Hey, ping", **{"m.mentions": {"user_ids": [brand.user_id]}})
    alice.send(lounge, "I love kopi nusantara coffee")  # display name, no m.mentions
    alice.send(lounge, f"cc {brand.user_id} about the beans", **{"m.mentions": {}})
    alice.send(dm, "Halo, saya mau tanya")
    alice.send(pair, "Private question in a two-person room")
    brand.send(support, "We are looking into it")

    items, rejected, _, _ = await drain(world.connector(secrets, client, rooms=[alias]))
    found = by_text(items)
    assert rejected == []
    assert "Just chatting, nothing for the brand" not in found
    assert set(found) == {"Where is my order?", "Hey, ping", "I love kopi nusantara coffee",
                          f"cc {brand.user_id} about the beans", "Halo, saya mau tanya",
                          "Private question in a two-person room", "We are looking into it"}
    order = found["Where is my order?"]
    assert (order.kind, order.thread_id, order.subject, order.is_direct) == (
        MessageKind.POST, support, "Dukungan", False)
    assert order.author is not None and order.author.name == "Alice Wibowo"
    assert order.platform_id.startswith(support + "|$")
    assert found["We are looking into it"].direction == Direction.OUTBOUND
    assert found["Hey, ping"].kind == MessageKind.MENTION
    assert found["Hey, ping"].thread_id is None  # a mention elsewhere is its own thread
    for text in ("Halo, saya mau tanya", "Private question in a two-person room"):
        assert found[text].is_direct and found[text].kind == MessageKind.DIRECT


async def test_cursor_resumes_without_skips_or_doubles(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = world.alice.create_room(name="Support")
    world.brand.join(room)
    world.alice.send(room, "before the first poll")
    connector = world.connector(secrets, client, rooms=[room])
    first, _, cursor, _ = await drain(connector)
    assert [i.text for i in first] == ["before the first poll"]

    empty, rejected, same, _ = await drain(connector, cursor)
    assert empty == [] and rejected == [] and same is not None

    world.alice.send(room, "one")
    world.alice.send(room, "two")
    second, _, cursor, _ = await drain(connector, same)
    assert [i.text for i in second] == ["one", "two"]
    assert {i.subject for i in second} == {"Support"}  # the name, remembered across polls
    again, _, _, _ = await drain(connector, cursor)
    assert again == []


async def test_a_limited_timeline_is_filled_from_history_page_by_page(
        world: World, secrets: Secrets, client: httpx.AsyncClient,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(api, "TIMELINE_LIMIT", 3)
    monkeypatch.setattr(fetching, "GAP_PAGE", 2)
    room = world.alice.create_room(name="Busy")
    world.brand.join(room)
    world.alice.send(room, "already seen")
    connector = world.connector(secrets, client, rooms=[room])
    seen, _, cursor, _ = await drain(connector)
    assert [i.text for i in seen] == ["already seen"]

    sent = [f"burst {n}" for n in range(9)]
    for text in sent:
        world.alice.send(room, text)
    items, rejected, cursor, pages = await drain(connector, cursor)
    texts = [i.text for i in items]
    assert rejected == []
    assert sorted(texts) == sorted(sent)  # all nine, none twice, though /sync sent three
    assert pages >= 4  # the sync, then the gap two at a time
    tail, _, _, _ = await drain(connector, cursor)
    assert tail == []
