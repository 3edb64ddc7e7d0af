"""`serambi accounts test` for Matrix: who we are signed in as, in how many rooms, and what
the account may do in the rooms it follows (from each room's power levels)."""

from __future__ import annotations

from typing import Any

from connectors.errors import BadPayload
from connectors.matrix import api
from connectors.matrix.fetching import chosen_rooms
from connectors.matrix.session import MatrixSession

_DEFAULT_MODERATION_LEVEL = 50
# Room versions in which the room's creators outrank every power level.
_CREATOR_VERSIONS = {"org.matrix.hydra.11"}


async def verify(session: MatrixSession, rooms_setting: Any) -> str:
    who = await api.whoami(session)
    user_id, device = who.get("user_id"), who.get("device_id")
    if not isinstance(user_id, str):
        raise BadPayload("the homeserver did not say who we are signed in as")
    joined = set(await api.joined_rooms(session))
    rejected: list[tuple[str, str]] = []
    chosen = await chosen_rooms(session, rooms_setting, rejected)
    followed = sorted(chosen & joined)
    moderated = [r for r in followed if await _may_moderate(session, r, user_id)]
    parts = [f"Signed in to {session.base} as {user_id}"
             + (f" (device {device})" if isinstance(device, str) else ""),
             f"member of {len(joined)} room{'s' if len(joined) != 1 else ''}",
             "syncs mentions and direct chats"
             + (f" and every message of {len(followed)} chosen room"
                f"{'s' if len(followed) != 1 else ''}" if followed else ""),
             "can reply, redact its own messages, report messages and ignore members"]
    if followed:
        parts.append(f"can kick, ban and redact others in {len(moderated)} of the chosen "
                     "rooms")
    missing = sorted(chosen - joined) + [entry for entry, _ in rejected]
    if missing:
        parts.append("cannot follow " + ", ".join(missing) + " (no such room, or not a member)")
    return "; ".join(parts) + "."


async def _may_moderate(session: MatrixSession, room_id: str, user_id: str) -> bool:
    create = await api.state(session, room_id, "m.room.create", whole_event=True)
    if user_id in _creators(create):
        return True
    levels = await api.state(session, room_id, "m.room.power_levels")
    users = levels.get("users")
    mine = users.get(user_id) if isinstance(users, dict) else None
    mine = mine if _is_int(mine) else levels.get("users_default", 0)
    needed = [levels.get(k, _DEFAULT_MODERATION_LEVEL) for k in ("kick", "ban", "redact")]
    return _is_int(mine) and all(_is_int(n) and mine >= n for n in needed)


def _creators(create: dict[str, Any]) -> set[str]:
    """Creators of rooms of version 12 on (which outrank power levels), else nobody."""
    content = create.get("content")
    if not isinstance(content, dict):
        return set()
    version = content.get("room_version")
    if not isinstance(version, str) or not (version in _CREATOR_VERSIONS or
                                            (version.isdigit() and int(version) >= 12)):
        return set()
    extra = content.get("additional_creators")
    sender = create.get("sender")
    return {u for u in [sender, *(extra if isinstance(extra, list) else [])]
            if isinstance(u, str)}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
