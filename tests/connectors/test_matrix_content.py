"""What a message becomes, from a real Synapse: edits, redactions, HTML with custom emoji and
pills, non-Latin text, rich-reply fallbacks, encrypted events, keyword push rules."""

from __future__ import annotations

import httpx

from app.items import InboundItem
from app.secrets import Secrets
from tests.connectors.matrix_actors import World, client_fixture, drain, world_fixture
from tests.connectors.synapse_server import synapse_fixture

# pytest finds the imported fixtures by name in this module; this keeps them imported.
FIXTURES = (synapse_fixture, world_fixture, client_fixture)


def only(items: list[InboundItem], event_suffix: str) -> list[InboundItem]:
    return [i for i in items if i.platform_id.endswith("|" + event_suffix)]


def group_room(world: World, name: str = "Support") -> str:
    room = world.alice.create_room(name=name)
    world.brand.join(room)
    world.bob.join(room)
    return room


async def test_edits_keep_the_id_and_redactions_delete(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world)
    lounge = group_room(world, "Lounge")  # followed for mentions only
    connector = world.connector(secrets, client, rooms=[room])
    typo = world.alice.send(room, "My oder is late")
    gone = world.alice.send(room, "something I regret")
    mention = world.alice.send(lounge, "hey Kopi Nusantara, rude words")
    early = world.alice.send(room, "Helo")
    world.alice.edit(room, early, "Hello")  # before the first poll
    first, _, cursor, _ = await drain(connector)
    assert {i.text for i in first} >= {"My oder is late", "something I regret",
                                       "hey Kopi Nusantara, rude words"}
    newest = max(only(first, early), key=lambda i: i.content_key)  # what ingest keeps
    assert newest.text == "Hello" and newest.edited_at is not None

    world.alice.edit(room, typo, "My order is late")
    forged = world.bob.edit(room, typo, "bob rewrites alice")  # only authors may edit
    world.alice.redact(room, gone)
    world.alice.redact(lounge, mention)
    items, rejected, _, _ = await drain(connector, cursor)

    [edited] = only(items, typo)
    assert edited.text == "My order is late" and edited.edited_at is not None
    assert edited.created_at == next(i for i in first if i.text == "My oder is late").created_at
    assert any(item.deleted and item.text == "" for item in only(items, gone))
    assert not any(i.text == "bob rewrites alice" for i in items)
    assert rejected == [(f"{room}|{forged}", f"{world.bob.user_id} tried to edit a message "
                                             f"of {world.alice.user_id}")]
    [removed] = only(items, mention)  # remembered as a mention we took, so deleted too
    assert removed.deleted


async def test_html_emoji_pills_non_latin_text_and_reply_fallbacks(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world)
    pill = f'<a href="https://matrix.to/#/{world.brand.user_id}">Kopi Nusantara</a>'
    emoji = '<img data-mx-emoticon src="mxc://localhost/blob" alt=":kopi:" height="32">'
    original = world.alice.send(
        room, "Kopi Nusantara :kopi: ꦏꦺꦴꦥꦶ enak 🇮🇩 مرحبا",
        format="org.matrix.custom.html",
        formatted_body=f"{pill} {emoji} <b>ꦏꦺꦴꦥꦶ</b> enak 🇮🇩 مرحبا")
    world.bob.send(
        room, f"> <{world.alice.user_id}> Kopi Nusantara :kopi:\n> second line\n\nSetuju!",
        format="org.matrix.custom.html",
        formatted_body="<mx-reply><blockquote>quoted</blockquote></mx-reply><i>Setuju!</i>",
        **{"m.relates_to": {"m.in_reply_to": {"event_id": original}}})
    world.alice.send(room, "waves", msgtype="m.emote")
    world.alice.send(room, "receipt.png", msgtype="m.image", url="mxc://localhost/abc")
    items, rejected, _, _ = await drain(world.connector(secrets, client, rooms=[room]))

    texts = {i.text: i for i in items}
    assert rejected == []
    first = texts["Kopi Nusantara :kopi: ꦏꦺꦴꦥꦶ enak 🇮🇩 مرحبا"]
    assert first.html is not None and "data-mx-emoticon" in first.html and pill in first.html
    reply = texts["Setuju!"]
    assert reply.html == "<i>Setuju!</i>"
    assert reply.parent_id == f"{room}|{original}"
    assert "* Alice Wibowo waves" in texts
    assert "[image] receipt.png" in texts


async def test_encrypted_events_are_reported_and_the_rest_syncs(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    room = group_room(world)
    world.alice.send(room, "plain before")
    secret = world.alice.send_event(room, "m.room.encrypted", {
        "algorithm": "m.megolm.v1.aes-sha2", "ciphertext": "AwgAEnAC...", "sender_key": "x",
        "device_id": "ALICEDEV", "session_id": "s"})
    world.alice.send(room, "plain after")
    items, rejected, _, _ = await drain(world.connector(secrets, client, rooms=[room]))
    assert sorted(i.text for i in items) == ["plain after", "plain before"]
    assert rejected == [(f"{room}|{secret}",
                         "end-to-end encrypted: Serambi cannot read encrypted rooms")]


async def test_keyword_push_rules_bring_in_messages_from_other_rooms(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    lounge = group_room(world, "Lounge")
    world.brand.call("PUT", "/_matrix/client/v3/pushrules/global/content/kopi-keyword", {
        "pattern": "arabika*", "actions": ["notify", {"set_tweak": "highlight"}]})
    world.brand.call("PUT", "/_matrix/client/v3/pushrules/global/content/quiet-word", {
        "pattern": "robusta", "actions": ["notify"]})  # notifies, does not highlight
    world.alice.send(lounge, "Anyone tried the ArabikaGayo beans?")
    world.alice.send(lounge, "robusta is fine too")
    world.alice.send(lounge, "nothing to see")
    items, _, _, _ = await drain(world.connector(secrets, client))
    assert [i.text for i in items] == ["Anyone tried the ArabikaGayo beans?"]


async def test_a_mention_inside_a_matrix_thread_keeps_to_that_thread(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    lounge = group_room(world, "Lounge")
    root = world.alice.send(lounge, "Shipping to Bali?")
    world.bob.send(lounge, "Kopi Nusantara should know", **{"m.relates_to": {
        "rel_type": "m.thread", "event_id": root, "is_falling_back": True,
        "m.in_reply_to": {"event_id": root}}})
    [item], _, _, _ = await drain(world.connector(secrets, client))
    assert item.thread_id == f"{lounge}|{root}" and item.parent_id is None
    assert item.extra["thread_root"] == root
