"""The cursor a Mastodon stream hands the sync engine: where paging stands, and the
recent statuses we still look at again for edits and deletions.

The engine stores it with the page in one transaction, so the watch list can never lose a
status that was stored, nor watch one that was not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

VERSION = 1
WATCH_SIZE = 100  # statuses looked at again, newest kept
WATCH_DAYS = 14  # edits and deletions older than this are not looked for


@dataclass(frozen=True, slots=True)
class Watched:
    status_id: str
    created_at: datetime
    edited_at: str  # as the server wrote it; "" when never edited


@dataclass(frozen=True, slots=True)
class Cursor:
    newest: str | None = None
    older: str | None = None
    watch: tuple[Watched, ...] = field(default_factory=tuple)
    turn: int = 0  # where the next look-again round starts in `watch`

    def dump(self) -> str:
        return json.dumps({
            "v": VERSION, "newest": self.newest, "older": self.older, "turn": self.turn,
            "watch": [[w.status_id, w.created_at.isoformat(), w.edited_at]
                      for w in self.watch]}, separators=(",", ":"))

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        """Our own earlier cursor; anything unreadable starts afresh (never a crash)."""
        if not text:
            return cls()
        try:
            raw = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(raw, dict) or raw.get("v") != VERSION:
            return cls()
        return cls(_text(raw.get("newest")), _text(raw.get("older")),
                   tuple(w for w in map(_watched, _list(raw.get("watch"))) if w),
                   raw["turn"] if isinstance(raw.get("turn"), int) else 0)

    def watching(self, seen: list[tuple[str, datetime, str]],
                 now: datetime | None = None) -> Cursor:
        """Add the statuses just stored; keep the newest, drop the too old."""
        known = {w.status_id: w for w in self.watch}
        for status_id, created, edited in seen:
            known[status_id] = Watched(status_id, created, edited)
        horizon = (now or datetime.now(UTC)) - timedelta(days=WATCH_DAYS)
        kept = sorted((w for w in known.values() if w.created_at >= horizon),
                      key=lambda w: w.created_at)[-WATCH_SIZE:]
        return replace(self, watch=tuple(kept))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _watched(value: object) -> Watched | None:
    if not (isinstance(value, list) and len(value) == 3 and all(isinstance(v, str)
                                                                for v in value)):
        return None
    try:
        created = datetime.fromisoformat(value[1])
    except ValueError:
        return None
    return Watched(value[0], created if created.tzinfo else created.replace(tzinfo=UTC),
                   value[2])
