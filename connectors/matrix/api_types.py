"""Typed views of what a homeserver sends (client-server API: /sync, /messages, events).

Everything is checked here: one malformed event raises BadPayload for that event alone,
one malformed room is reported and the others go on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from connectors.errors import BadPayload
from connectors.matrix import ids

MESSAGE = "m.room.message"
REDACTION = "m.room.redaction"
ENCRYPTED = "m.room.encrypted"
MEMBER = "m.room.member"
NAME = "m.room.name"


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    type: str
    sender: str
    sent_at: datetime
    content: dict[str, Any]
    unsigned: dict[str, Any]
    state_key: str | None = None
    redacts: str | None = None

    @property
    def redacted(self) -> bool:
        return "redacted_because" in self.unsigned

    @property
    def relation(self) -> dict[str, Any]:
        found = self.content.get("m.relates_to")
        return found if isinstance(found, dict) else {}

    @property
    def rel_type(self) -> str:
        kind = self.relation.get("rel_type")
        return kind if isinstance(kind, str) else ""

    @property
    def related_event(self) -> str | None:
        target = self.relation.get("event_id")
        return target if ids.is_event(target) else None

    @property
    def reply_to(self) -> str | None:
        """The event this one answers (a thread's fallback reply is not a real one)."""
        if self.relation.get("is_falling_back") is True:
            return None
        quoted = self.relation.get("m.in_reply_to")
        target = quoted.get("event_id") if isinstance(quoted, dict) else None
        return target if ids.is_event(target) else None


def parse_event(raw: Any) -> Event:
    if not isinstance(raw, dict):
        raise BadPayload(f"an event must be an object, not {type(raw).__name__}")
    event_id, kind, sender = raw.get("event_id"), raw.get("type"), raw.get("sender")
    if not ids.is_event(event_id):
        raise BadPayload("the event has no valid event_id")
    if not isinstance(kind, str) or not kind:
        raise BadPayload("the event has no type")
    if not ids.is_user(sender):
        raise BadPayload("the event has no valid sender")
    content, unsigned = raw.get("content", {}), raw.get("unsigned", {})
    if not isinstance(content, dict) or not isinstance(unsigned, dict):
        raise BadPayload("the event's content or unsigned part is not an object")
    state_key = raw.get("state_key")
    # Room versions up to 10 carry the redacted event at the top, 11 and later in content.
    redacts = raw.get("redacts") if ids.is_event(raw.get("redacts")) else content.get("redacts")
    return Event(event_id=str(event_id), type=kind, sender=str(sender),
                 sent_at=timestamp(raw.get("origin_server_ts")), content=content,
                 unsigned=unsigned, state_key=state_key if isinstance(state_key, str) else None,
                 redacts=redacts if ids.is_event(redacts) else None)


def timestamp(value: Any) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadPayload("the event has no origin_server_ts")
    try:
        return datetime.fromtimestamp(value / 1000, UTC)
    except (OverflowError, OSError, ValueError):
        raise BadPayload(f"origin_server_ts {value} is not a time") from None


@dataclass(slots=True)
class RoomUpdate:
    """One joined room's part of a /sync answer (or a /messages page)."""

    room_id: str
    timeline: list[Any]
    state: list[Any]
    limited: bool = False
    prev_batch: str | None = None
    members: int | None = None  # joined + invited, when the server said


@dataclass(slots=True)
class SyncBatch:
    next_batch: str
    rooms: list[RoomUpdate] = field(default_factory=list)
    direct: set[str] | None = None  # rooms in m.direct, when it came in this batch
    bad_rooms: list[tuple[str, str]] = field(default_factory=list)


def parse_sync(raw: dict[str, Any]) -> SyncBatch:
    next_batch = raw.get("next_batch")
    if not isinstance(next_batch, str) or not next_batch:
        raise BadPayload("the /sync answer has no next_batch token")
    batch = SyncBatch(next_batch)
    batch.direct = _direct_rooms(raw.get("account_data"))
    rooms = raw.get("rooms", {})
    joined = rooms.get("join", {}) if isinstance(rooms, dict) else None
    if not isinstance(joined, dict):
        raise BadPayload("the /sync answer's rooms.join is not an object")
    for room_id, room in joined.items():
        try:
            batch.rooms.append(_room(room_id, room))
        except BadPayload as exc:
            batch.bad_rooms.append((str(room_id)[:200], str(exc)))
    return batch


def _room(room_id: Any, raw: Any) -> RoomUpdate:
    if not ids.is_room(room_id) or not isinstance(raw, dict):
        raise BadPayload("a joined room has a bad id or is not an object")
    timeline, state = raw.get("timeline", {}), raw.get("state", {})
    if not isinstance(timeline, dict) or not isinstance(state, dict):
        raise BadPayload("the room's timeline or state is not an object")
    events, state_events = timeline.get("events", []), state.get("events", [])
    if not isinstance(events, list) or not isinstance(state_events, list):
        raise BadPayload("the room's events are not a list")
    prev = timeline.get("prev_batch")
    return RoomUpdate(str(room_id), events, state_events, timeline.get("limited") is True,
                      prev if isinstance(prev, str) and prev else None,
                      _members(raw.get("summary")))


def _members(summary: Any) -> int | None:
    if not isinstance(summary, dict):
        return None
    joined, invited = summary.get("m.joined_member_count"), summary.get("m.invited_member_count")
    if not isinstance(joined, int) or isinstance(joined, bool):
        return None
    return joined + (invited if isinstance(invited, int) and not isinstance(invited, bool)
                     else 0)


def _direct_rooms(account_data: Any) -> set[str] | None:
    """m.direct maps each user to the rooms that are direct chats with them."""
    events = account_data.get("events") if isinstance(account_data, dict) else None
    found: set[str] | None = None
    for event in events if isinstance(events, list) else []:
        if not isinstance(event, dict) or event.get("type") != "m.direct":
            continue
        content = event.get("content")
        found = set()
        for rooms in content.values() if isinstance(content, dict) else []:
            if isinstance(rooms, list):
                found.update(r for r in rooms if ids.is_room(r))
    return found


@dataclass(slots=True)
class MessagesPage:
    """A /rooms/{id}/messages answer: events newest first when paging backwards."""

    events: list[Any]
    state: list[Any]
    end: str | None


def parse_messages(raw: dict[str, Any]) -> MessagesPage:
    chunk, state, end = raw.get("chunk", []), raw.get("state", []), raw.get("end")
    if not isinstance(chunk, list) or not isinstance(state, list):
        raise BadPayload("the /messages answer's chunk or state is not a list")
    return MessagesPage(chunk, state, end if isinstance(end, str) and end else None)
