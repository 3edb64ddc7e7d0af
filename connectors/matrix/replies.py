"""Replies as rich replies (m.relates_to.m.in_reply_to), sent with a transaction id made
from the outbox's idempotency key, and found again after a crash."""

from __future__ import annotations

from typing import Any

from connectors.base import SentReply
from connectors.errors import BadPayload
from connectors.matrix import api, ids
from connectors.matrix.api_types import MESSAGE, Event, parse_messages
from connectors.matrix.session import MatrixSession

# The transaction id also travels in the content: the homeserver shows it back
# (unsigned.transaction_id) only to the device that sent it, and a sign-in may change that.
TXN_FIELD = "app.serambi.txn_id"
FIND_PAGES = 3
FIND_PAGE_SIZE = 100


def target_of(platform_id: str) -> tuple[str, str | None]:
    """(room, event) to answer; a bare room id answers the room itself."""
    if ids.is_room(platform_id):
        return platform_id, None
    return ids.split_message_id(platform_id)


def relation_to(original: Event) -> dict[str, Any]:
    """Answer in the original's thread when it is in one, as a reply to it either way."""
    reply = {"m.in_reply_to": {"event_id": original.event_id}}
    if original.rel_type == "m.thread" and original.related_event:
        return {"rel_type": "m.thread", "event_id": original.related_event,
                "is_falling_back": False, **reply}
    return reply


async def send_reply(session: MatrixSession, target: str, text: str, key: str) -> SentReply:
    room_id, event_id = target_of(target)
    txn = ids.txn_id("reply", key)
    content: dict[str, Any] = {"msgtype": "m.text", "body": text, TXN_FIELD: txn,
                               "m.mentions": {}}
    if event_id is not None:
        original = await api.event(session, room_id, event_id)
        if original is None:
            raise BadPayload("the message to answer is no longer on the homeserver")
        content["m.relates_to"] = relation_to(original)
        if original.sender != await session.user_id():
            content["m.mentions"] = {"user_ids": [original.sender]}
    sent = await api.send_message(session, room_id, txn, content)
    return SentReply(ids.message_id(room_id, sent), ids.link(room_id, sent))


async def find_sent(session: MatrixSession, target: str, key: str) -> SentReply | None:
    """Our reply with that transaction id among the room's recent messages, if any."""
    room_id, _ = target_of(target)
    txn = ids.txn_id("reply", key)
    only_ours = api.room_filter(types=[MESSAGE], senders=[await session.user_id()])
    start: str | None = None
    for _ in range(FIND_PAGES):
        page = parse_messages(await api.messages(session, room_id, start, None,
                                                 FIND_PAGE_SIZE, only_ours))
        for raw in page.events:
            if _carries(raw, txn):
                return SentReply(ids.message_id(room_id, raw["event_id"]),
                                 ids.link(room_id, raw["event_id"]))
        if not page.end or not page.events:
            return None
        start = page.end
    return None


def _carries(raw: Any, txn: str) -> bool:
    if not isinstance(raw, dict) or not ids.is_event(raw.get("event_id")):
        return False
    unsigned, content = raw.get("unsigned"), raw.get("content")
    return ((isinstance(unsigned, dict) and unsigned.get("transaction_id") == txn)
            or (isinstance(content, dict) and content.get(TXN_FIELD) == txn))
