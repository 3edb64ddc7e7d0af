"""What a community manager can do about a Matrix message or member: redact, kick, ban,
report to the homeserver admins, ignore (Matrix's block), and mark read.

The homeserver checks the room's power levels; a refusal arrives as NotSupported.
"""

from __future__ import annotations

from connectors.errors import BadPayload
from connectors.matrix import api, ids
from connectors.matrix.session import MatrixSession

IGNORED = "m.ignored_user_list"


async def redact(session: MatrixSession, platform_id: str) -> None:
    room_id, event_id = ids.split_message_id(platform_id)
    # The same message always gets the same transaction id: redacting again is a no-op.
    await api.redact(session, room_id, event_id, ids.txn_id("redact", platform_id))


async def remove_member(session: MatrixSession, action: str, platform_id: str, user_id: str,
                        reason: str) -> None:
    """Kick or ban the member from the room where that message was posted."""
    room_id = _room_of(platform_id)
    if not ids.is_user(user_id):
        raise BadPayload(f"{user_id!r} is not a Matrix user id (@name:server)")
    await api.membership(session, action, room_id, user_id, reason)


async def report(session: MatrixSession, platform_id: str, reason: str) -> None:
    room_id, event_id = ids.split_message_id(platform_id)
    await api.report(session, room_id, event_id, reason)


async def mark_read(session: MatrixSession, platform_id: str) -> None:
    room_id, event_id = ids.split_message_id(platform_id)
    await api.read_receipt(session, room_id, event_id)


async def ignore(session: MatrixSession, user_id: str) -> None:
    """Add the member to our ignore list: the homeserver stops sending us their messages
    and invites. The list is read and written whole, keeping whoever is on it already."""
    if not ids.is_user(user_id):
        raise BadPayload(f"{user_id!r} is not a Matrix user id (@name:server)")
    me = await session.user_id()
    if user_id == me:
        raise BadPayload("an account cannot ignore itself")
    current = await api.account_data(session, me, IGNORED)
    ignored = current.get("ignored_users")
    ignored = dict(ignored) if isinstance(ignored, dict) else {}
    if user_id in ignored:
        return
    ignored[user_id] = {}
    await api.put_account_data(session, me, IGNORED, {**current, "ignored_users": ignored})


def _room_of(platform_id: str) -> str:
    if ids.is_room(platform_id):
        return platform_id
    return ids.split_message_id(platform_id)[0]
