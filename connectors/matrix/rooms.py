"""One room's events (a /sync timeline or a /messages page) into items.

Edits and redactions may point at messages outside this batch; those are read from the
homeserver (GET /rooms/{roomId}/event/{eventId}) when needed: to check an edit's sender
against the original's, and to keep a deletion at the message's own time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.items import InboundItem
from connectors.errors import BadPayload, NotSupported
from connectors.matrix import api, ids
from connectors.matrix.api_types import (
    ENCRYPTED,
    MEMBER,
    MESSAGE,
    NAME,
    REDACTION,
    Event,
    parse_event,
)
from connectors.matrix.cursor import Cursor
from connectors.matrix.mapping import (
    RoomView,
    bundled_edit,
    deleted_item,
    edited_item,
    message_item,
    wanted,
)
from connectors.matrix.mentions import Me, mentions_me
from connectors.matrix.session import MatrixSession


@dataclass(slots=True)
class Batch:
    items: list[InboundItem] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def learn_state(view: RoomView, events: list[Any]) -> None:
    """Display names and the room name from state (and member) events; bad ones are
    skipped, they only label things."""
    for raw in events:
        if not isinstance(raw, dict) or not isinstance(raw.get("content"), dict):
            continue
        content, key = raw["content"], raw.get("state_key")
        if raw.get("type") == MEMBER and ids.is_user(key):
            name = content.get("displayname")
            if isinstance(name, str) and name.strip():
                view.display_names[str(key)] = name.strip()[:200]
        elif raw.get("type") == NAME and key == "" and isinstance(content.get("name"), str):
            view.name = content["name"].strip()[:200]


class RoomReader:
    def __init__(self, session: MatrixSession, me: Me, cursor: Cursor) -> None:
        self.session = session
        self.me = me
        self.cursor = cursor

    async def read(self, view: RoomView, timeline: list[Any]) -> Batch:
        """Map events given oldest first; a bad event is rejected alone."""
        batch = Batch()
        parsed: list[Event] = []
        for raw in timeline:
            try:
                parsed.append(parse_event(raw))
            except BadPayload as exc:
                batch.rejected.append((_raw_id(view.room_id, raw), str(exc)))
        by_id = {event.event_id: event for event in parsed}
        for event in parsed:
            try:
                item = await self._one(event, view, by_id)
            except BadPayload as exc:
                batch.rejected.append((ids.message_id(view.room_id, event.event_id), str(exc)))
                continue
            if item is not None:
                batch.items.append(item)
        return batch

    async def _one(self, event: Event, view: RoomView,
                   by_id: dict[str, Event]) -> InboundItem | None:
        if event.type == MESSAGE:
            if event.rel_type == "m.replace":
                return await self._edit(event, view, by_id)
            return self._message(event, view)
        if event.type == REDACTION:
            return await self._redaction(event, view, by_id)
        if event.type == ENCRYPTED and view.whole:
            raise BadPayload("end-to-end encrypted: Serambi cannot read encrypted rooms")
        return None

    def _message(self, event: Event, view: RoomView) -> InboundItem | None:
        pid = ids.message_id(view.room_id, event.event_id)
        if event.redacted:
            return deleted_item(event, view) if self._followed(view, pid) else None
        if event.sender == self.me.user_id and not self._followed(view, pid):
            return None  # our own words in a room we only watch for mentions
        item, contents = message_item(event, view, self.me), [event.content]
        edit = bundled_edit(event)
        if edit is not None:  # an original served with its latest edit bundled (unsigned)
            try:
                item = edited_item(edit, event, view, self.me)
                contents.append(edit.content["m.new_content"])
            except BadPayload:
                pass  # an invalid edit is ignored, as clients must; the original stands
        if not any(wanted(c, view, self.me) for c in contents) \
                and not self._followed(view, pid):
            return None
        self._remember(view, pid)
        return item

    async def _edit(self, edit: Event, view: RoomView,
                    by_id: dict[str, Event]) -> InboundItem | None:
        target = edit.related_event
        if target is None:
            raise BadPayload("an edit that names no message")
        pid = ids.message_id(view.room_id, target)
        new = edit.content.get("m.new_content")
        if not view.whole and pid not in self.cursor.mentions \
                and not (isinstance(new, dict) and mentions_me(new, self.me)):
            return None  # an edit of a message we never took, and still not for us
        original = by_id.get(target) or await self._lookup(view.room_id, target)
        if original is None or original.redacted:
            return None
        item = edited_item(edit, original, view, self.me)
        self._remember(view, pid)
        return item

    async def _redaction(self, redaction: Event, view: RoomView,
                         by_id: dict[str, Event]) -> InboundItem | None:
        target = redaction.redacts
        if target is None or not self._followed(view, ids.message_id(view.room_id, target)):
            return None
        original = by_id.get(target) or await self._lookup(view.room_id, target)
        if original is None or original.type != MESSAGE or original.rel_type == "m.replace":
            return None  # reactions, edits and the like are not messages of the inbox
        return deleted_item(original, view)

    async def _lookup(self, room_id: str, event_id: str) -> Event | None:
        try:
            return await api.event(self.session, room_id, event_id)
        except NotSupported:
            return None  # from before we joined, or hidden from us: nothing to update

    def _followed(self, view: RoomView, pid: str) -> bool:
        return view.whole or pid in self.cursor.mentions

    def _remember(self, view: RoomView, pid: str) -> None:
        if not view.whole:
            self.cursor.remember_mention(pid)


def _raw_id(room_id: str, raw: Any) -> str:
    event_id = raw.get("event_id") if isinstance(raw, dict) else None
    return ids.message_id(room_id, str(event_id)) if ids.is_event(event_id) else "?"
