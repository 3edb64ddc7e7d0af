"""The sync cursor: /sync's next_batch plus what a fresh connector must not forget.

A connector is made anew each cycle, and /sync only repeats things when they change, so the
cursor (stored with each page, in the same transaction) also carries: the history gaps still
to read (a limited timeline skipped events between two polls), which rooms are direct chats,
the names of the rooms followed whole, and the last mentions we took from other rooms (so
their later redaction can be applied).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from connectors.matrix import ids

VERSION = 1
MAX_MENTIONS = 200


@dataclass(slots=True)
class Gap:
    """Events of `room_id` not yet read: from `start` back to `end` (the earlier poll)."""

    room_id: str
    start: str
    end: str


@dataclass(slots=True)
class Cursor:
    since: str | None = None
    gaps: list[Gap] = field(default_factory=list)
    direct: set[str] = field(default_factory=set)  # from m.direct
    pairs: set[str] = field(default_factory=set)  # rooms of two members: direct chats too
    names: dict[str, str] = field(default_factory=dict)  # of rooms followed whole
    mentions: list[str] = field(default_factory=list)  # platform ids, newest last

    def dump(self) -> str:
        return json.dumps({
            "v": VERSION, "since": self.since,
            "gaps": [[g.room_id, g.start, g.end] for g in self.gaps],
            "direct": sorted(self.direct), "pairs": sorted(self.pairs), "names": self.names,
            "mentions": self.mentions[-MAX_MENTIONS:]}, separators=(",", ":"))

    @classmethod
    def load(cls, raw: str | None) -> Cursor:
        """The stored cursor; ValueError when it is not one this version wrote."""
        if not raw:
            return cls()
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("v") != VERSION:
            raise ValueError("not a Matrix sync cursor")
        since = data.get("since")
        return cls(since=since if isinstance(since, str) and since else None,
                   gaps=[Gap(*g) for g in _list(data, "gaps") if _is_gap(g)],
                   direct={r for r in _list(data, "direct") if ids.is_room(r)},
                   pairs={r for r in _list(data, "pairs") if ids.is_room(r)},
                   names=_names(data.get("names")),
                   mentions=[m for m in _list(data, "mentions") if isinstance(m, str)])

    def remember_mention(self, platform_id: str) -> None:
        if platform_id not in self.mentions:
            self.mentions.append(platform_id)
            del self.mentions[:-MAX_MENTIONS]

    def note_members(self, room_id: str, count: int | None) -> None:
        if count is None:
            return
        if count == 2:
            self.pairs.add(room_id)
        else:
            self.pairs.discard(room_id)


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return value if isinstance(value, list) else []


def _names(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {r: n for r, n in value.items() if ids.is_room(r) and isinstance(n, str)}


def _is_gap(value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 3 and ids.is_room(value[0])
            and all(isinstance(v, str) and v for v in value[1:]))
