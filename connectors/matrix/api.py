"""The client-server API endpoints Serambi uses, one small function each."""

from __future__ import annotations

import json
from typing import Any

from connectors.errors import BadPayload
from connectors.matrix import ids
from connectors.matrix.api_types import MESSAGE, REDACTION, Event, parse_event
from connectors.matrix.session import MatrixSession, path

TIMELINE_LIMIT = 50
# Only what the inbox shows, so a poll stays small: messages, redactions, encrypted events
# (to say we cannot read them), and of the state only names and the senders' memberships.
TIMELINE_TYPES = [MESSAGE, REDACTION, "m.room.encrypted"]
# Each poll is a new connector: members sent before are not remembered here.
_MEMBERS = {"lazy_load_members": True, "include_redundant_members": True}
_STATE = {"types": ["m.room.member", "m.room.name"], **_MEMBERS}


def sync_filter(limit: int) -> str:
    return json.dumps({
        "account_data": {"types": ["m.direct"]},
        "presence": {"types": []},
        "room": {"timeline": {"limit": limit, "types": TIMELINE_TYPES},
                 "state": _STATE, "ephemeral": {"types": []},
                 "account_data": {"types": []}, "include_leave": False},
    }, separators=(",", ":"))


def room_filter(**extra: Any) -> str:
    return json.dumps({"types": TIMELINE_TYPES, **_MEMBERS, **extra}, separators=(",", ":"))


async def sync(s: MatrixSession, since: str | None) -> Any:
    # timeout=0: a poll answers at once; offline: polling never shows the brand as online.
    params = {"filter": sync_filter(TIMELINE_LIMIT), "timeout": "0", "set_presence": "offline"}
    if since:
        params["since"] = since
    return await s.get(path("sync"), "syncing Matrix rooms", params)


async def messages(s: MatrixSession, room_id: str, start: str | None, end: str | None,
                   limit: int, event_filter: str) -> Any:
    """A page of a room's history, newest first, from `start` back to `end`."""
    params = {"dir": "b", "limit": str(limit), "filter": event_filter}
    if start:
        params["from"] = start
    if end:
        params["to"] = end
    return await s.get(path("rooms", room_id, "messages"), "reading a room's history", params)


async def event(s: MatrixSession, room_id: str, event_id: str) -> Event | None:
    """The event, or None when the homeserver has none we may see."""
    raw = await s.get(path("rooms", room_id, "event", event_id), "reading a Matrix event",
                      missing_ok=True)
    if not raw:
        return None
    found = parse_event(raw)
    if found.event_id != event_id:
        raise BadPayload("the homeserver answered with a different event")
    return found


async def send_message(s: MatrixSession, room_id: str, txn_id: str,
                       content: dict[str, Any]) -> str:
    answer = await s.call("PUT", path("rooms", room_id, "send", MESSAGE, txn_id),
                          "sending a Matrix reply", body=content)
    return _event_id(answer)


async def redact(s: MatrixSession, room_id: str, event_id: str, txn_id: str) -> str:
    answer = await s.call("PUT", path("rooms", room_id, "redact", event_id, txn_id),
                          "redacting a Matrix message", body={})
    return _event_id(answer)


async def membership(s: MatrixSession, action: str, room_id: str, user_id: str,
                     reason: str) -> None:
    """Kick or ban (the homeserver checks the room's power levels)."""
    body = {"user_id": user_id, **({"reason": reason} if reason else {})}
    what = f"{'banning' if action == 'ban' else 'kicking'} {user_id}"
    await s.call("POST", path("rooms", room_id, action), what, body=body)


async def report(s: MatrixSession, room_id: str, event_id: str, reason: str) -> None:
    await s.call("POST", path("rooms", room_id, "report", event_id),
                 "reporting a Matrix message", body={"reason": reason})


async def read_receipt(s: MatrixSession, room_id: str, event_id: str) -> None:
    await s.call("POST", path("rooms", room_id, "receipt", "m.read", event_id),
                 "marking a Matrix message read", body={})


async def whoami(s: MatrixSession) -> dict[str, Any]:
    return await s.get(path("account", "whoami"), "checking the sign-in")


async def joined_rooms(s: MatrixSession) -> list[str]:
    answer = await s.get(path("joined_rooms"), "listing joined rooms")
    rooms = answer.get("joined_rooms")
    if not isinstance(rooms, list):
        raise BadPayload("the joined rooms answer has no list")
    return [r for r in rooms if ids.is_room(r)]


async def resolve_alias(s: MatrixSession, alias: str) -> str | None:
    """The room an alias points at, or None when the alias does not exist."""
    answer = await s.get(path("directory", "room", alias), f"looking up {alias}",
                         missing_ok=True)
    room_id = answer.get("room_id")
    return str(room_id) if ids.is_room(room_id) else None


async def display_name(s: MatrixSession, user_id: str) -> str:
    answer = await s.get(path("profile", user_id), "reading our Matrix profile")
    name = answer.get("displayname")
    return name if isinstance(name, str) else ""


async def push_rules(s: MatrixSession) -> dict[str, Any]:
    return await s.get(path("pushrules") + "/", "reading push rules")


async def state(s: MatrixSession, room_id: str, event_type: str, *,
                whole_event: bool = False) -> dict[str, Any]:
    """One state event's content, or the whole event ({} when the room has none)."""
    params = {"format": "event"} if whole_event else None
    return await s.get(path("rooms", room_id, "state", event_type),
                       "reading a room's settings", params, missing_ok=True)


async def account_data(s: MatrixSession, user_id: str, kind: str) -> dict[str, Any]:
    return await s.get(path("user", user_id, "account_data", kind), f"reading {kind}",
                       missing_ok=True)


async def put_account_data(s: MatrixSession, user_id: str, kind: str,
                           content: dict[str, Any]) -> None:
    await s.call("PUT", path("user", user_id, "account_data", kind), f"saving {kind}",
                 body=content)


def _event_id(answer: dict[str, Any]) -> str:
    event_id = answer.get("event_id")
    if not ids.is_event(event_id):
        raise BadPayload("the homeserver did not say which event it created")
    return str(event_id)
