"""Serambi's ids for Matrix things: an event is only addressable inside its room, so a
message's platform id carries both, "!room:server|$event"."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from connectors.errors import BadPayload

SEP = "|"
# A sigil and an opaque part (room ids of version 12 no longer name a server): loose on
# purpose, but never empty and never holding our separator or whitespace.
_ROOM = re.compile(r"^![^\s|]+$")
_EVENT = re.compile(r"^\$[^\s|]+$")
_USER = re.compile(r"^@[^\s|:]+:[^\s|]+$")
_ALIAS = re.compile(r"^#[^\s|:]+:[^\s|]+$")
TXN_PREFIX = "serambi-"


def message_id(room_id: str, event_id: str) -> str:
    return f"{room_id}{SEP}{event_id}"


def split_message_id(platform_id: str) -> tuple[str, str]:
    """(room id, event id) from a platform id; BadPayload when it is not one of ours."""
    room, sep, event = platform_id.partition(SEP)
    if not sep or not is_room(room) or not is_event(event):
        raise BadPayload(f"{platform_id!r} is not a Matrix message id (room|event)")
    return room, event


def is_room(value: object) -> bool:
    return isinstance(value, str) and bool(_ROOM.match(value))


def is_event(value: object) -> bool:
    return isinstance(value, str) and bool(_EVENT.match(value))


def is_user(value: object) -> bool:
    return isinstance(value, str) and bool(_USER.match(value))


def is_alias(value: object) -> bool:
    return isinstance(value, str) and bool(_ALIAS.match(value))


def txn_id(kind: str, key: str) -> str:
    """A transaction id from an idempotency key: the homeserver sends the same transaction
    only once per device, which is what makes a retried reply safe."""
    return TXN_PREFIX + kind + "-" + hashlib.sha256(key.encode()).hexdigest()[:32]


def link(*ids: str) -> str:
    """A matrix.to link (opens in whatever Matrix client the user has)."""
    return "https://matrix.to/#/" + "/".join(quote(i, safe="@:!$#") for i in ids)
