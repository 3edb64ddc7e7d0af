"""One fetch: an incremental /sync from the cursor, or one page of a history gap a limited
timeline left, so nothing between two polls is skipped."""

from __future__ import annotations

from typing import Any

from connectors.base import Page
from connectors.errors import BadPayload, NotSupported
from connectors.matrix import api, ids
from connectors.matrix.api_types import parse_messages, parse_sync
from connectors.matrix.cursor import Cursor, Gap
from connectors.matrix.mapping import RoomView
from connectors.matrix.mentions import Me, load_me
from connectors.matrix.rooms import Batch, RoomReader, learn_state
from connectors.matrix.session import MatrixSession

GAP_PAGE = 100
CURSOR_RESET = ("the saved sync position could not be read, so syncing started again from "
                "the latest messages")


async def chosen_rooms(session: MatrixSession, setting: Any,
                       rejected: list[tuple[str, str]]) -> set[str]:
    """The "rooms" setting as room ids: ids as given, aliases looked up (#room:server)."""
    entries = setting.split(",") if isinstance(setting, str) else setting
    found: set[str] = set()
    for entry in entries if isinstance(entries, list) else []:
        entry = entry.strip() if isinstance(entry, str) else ""
        if ids.is_room(entry):
            found.add(entry)
        elif ids.is_alias(entry):
            room_id = await api.resolve_alias(session, entry)
            if room_id is None:
                rejected.append((entry, "this room alias does not exist on the homeserver"))
            else:
                found.add(room_id)
        elif entry:
            rejected.append((entry[:200], "not a room id (!id:server) or alias (#name:server)"))
    return found


def view_for(room_id: str, chosen: set[str], cursor: Cursor) -> RoomView:
    is_chosen = room_id in chosen
    direct = not is_chosen and (room_id in cursor.direct or room_id in cursor.pairs)
    return RoomView(room_id, whole=is_chosen or direct, direct=direct,
                    name=cursor.names.get(room_id, ""))


class Fetch:
    """The pages of one cycle; who we are and which rooms are chosen are asked once."""

    def __init__(self, session: MatrixSession, rooms_setting: Any) -> None:
        self.session = session
        self.rooms_setting = rooms_setting
        self._chosen: set[str] | None = None
        self._me: Me | None = None

    async def page(self, raw_cursor: str | None) -> Page:
        rejected: list[tuple[str, str]] = []
        try:
            cursor = Cursor.load(raw_cursor)
        except ValueError:
            cursor = Cursor()
            rejected.append(("cursor", CURSOR_RESET))
        if self._chosen is None:  # unknown aliases are told once a cycle
            self._chosen = await chosen_rooms(self.session, self.rooms_setting, rejected)
        batch = await (self._gap(cursor, self._chosen) if cursor.gaps
                       else self._sync(cursor, self._chosen))
        whole = self._chosen | cursor.direct | cursor.pairs
        cursor.names = {r: n for r, n in cursor.names.items() if r in whole}
        return Page(batch.items, cursor.dump(), more=bool(cursor.gaps),
                    rejected=rejected + batch.rejected)

    async def _reader(self, cursor: Cursor) -> RoomReader:
        if self._me is None:
            self._me = await load_me(self.session)
        return RoomReader(self.session, self._me, cursor)

    async def _sync(self, cursor: Cursor, chosen: set[str]) -> Batch:
        since = cursor.since
        data = parse_sync(await api.sync(self.session, since))
        if data.direct is not None:
            cursor.direct = data.direct
        for room in data.rooms:
            cursor.note_members(room.room_id, room.members)
        out = Batch(rejected=list(data.bad_rooms))
        for room in data.rooms:
            view = self._view(room.room_id, chosen, cursor, room.state + room.timeline)
            if room.timeline:
                part = await (await self._reader(cursor)).read(view, room.timeline)
                out.items += part.items
                out.rejected += part.rejected
            # A limited timeline skipped events since the last poll: read them next.
            if room.limited and since and room.prev_batch:
                cursor.gaps.append(Gap(room.room_id, room.prev_batch, since))
        cursor.since = data.next_batch
        return out

    async def _gap(self, cursor: Cursor, chosen: set[str]) -> Batch:
        gap = cursor.gaps[0]
        try:
            raw = await api.messages(self.session, gap.room_id, gap.start, gap.end, GAP_PAGE,
                                     api.room_filter())
        except (NotSupported, BadPayload) as exc:
            # We left the room or lost the right to read it: say so, and go on.
            cursor.gaps.pop(0)
            return Batch(rejected=[(gap.room_id, f"could not read the missed messages: {exc}")])
        page = parse_messages(raw)
        view = self._view(gap.room_id, chosen, cursor, page.state)
        batch = await (await self._reader(cursor)).read(view, list(reversed(page.events)))
        if page.end and page.events:
            gap.start = page.end
        else:
            cursor.gaps.pop(0)
        return batch

    @staticmethod
    def _view(room_id: str, chosen: set[str], cursor: Cursor, state: list[Any]) -> RoomView:
        view = view_for(room_id, chosen, cursor)
        learn_state(view, state)
        if view.whole and view.name:
            cursor.names[room_id] = view.name
        return view
