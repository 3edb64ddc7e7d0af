"""The notifications cursor Serambi stores with each page (JSON).

listNotifications pages from the newest backwards, so a cycle walks down from the top until
it meets what the last walk already saw: the high-water mark, less an overlap for posts
indexed late. A walk interrupted between pages resumes at its platform cursor; posts seen
inside the overlap are remembered so they are not handed over twice. Recent posts are also
watched for edits and deletions, which notifications never announce.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from connectors.bluesky.api_types import parse_time

OVERLAP = timedelta(minutes=10)
RECENT_MAX = 300
WATCH_MAX = 25  # one getPosts call
WATCH_AGE = timedelta(days=3)


@dataclass(slots=True)
class Watched:
    uri: str
    cid: str
    created: datetime
    reason: str


@dataclass(slots=True)
class SyncState:
    high_water: datetime | None = None
    walk_cursor: str | None = None
    walk_top: datetime | None = None
    recent: dict[str, datetime] = field(default_factory=dict)
    watch: list[Watched] = field(default_factory=list)
    checked: datetime | None = None

    @classmethod
    def load(cls, raw: str | None) -> SyncState:
        """Our own JSON; anything unreadable starts afresh (bounded by the backfill)."""
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        walk = data.get("walk")
        return cls(high_water=_time(data.get("hw")),
                   walk_cursor=walk if isinstance(walk, str) and walk else None,
                   walk_top=_time(data.get("top")), recent=_recent(data.get("recent")),
                   watch=_watch(data.get("watch")), checked=_time(data.get("checked")))

    def dump(self) -> str:
        return json.dumps({
            "v": 1, "hw": _iso(self.high_water), "walk": self.walk_cursor,
            "top": _iso(self.walk_top), "checked": _iso(self.checked),
            "recent": {uri: t.isoformat() for uri, t in self.recent.items()},
            "watch": [[w.uri, w.cid, w.created.isoformat(), w.reason] for w in self.watch]},
            separators=(",", ":"))

    def floor(self, now: datetime, backfill: timedelta) -> datetime:
        """Posts older than this were handed over by an earlier walk (or are too old)."""
        return self.high_water - OVERLAP if self.high_water else now - backfill

    def seen(self, uri: str) -> bool:
        return uri in self.recent

    def remember(self, uri: str, when: datetime) -> None:
        self.recent[uri] = when
        self.walk_top = max(self.walk_top or when, when)

    def watch_post(self, entry: Watched, now: datetime) -> None:
        self.watch = [w for w in self.watch if w.uri != entry.uri] + [entry]
        self.prune_watch(now)

    def prune_watch(self, now: datetime) -> None:
        fresh = [w for w in self.watch if w.created >= now - WATCH_AGE]
        self.watch = sorted(fresh, key=lambda w: w.created)[-WATCH_MAX:]

    def advance(self, next_cursor: str | None, done: bool) -> None:
        """After a page: go on down the walk, or finish it and raise the high-water mark."""
        if not done:
            self.walk_cursor = next_cursor
            return
        if self.walk_top is not None:
            self.high_water = max(self.high_water or self.walk_top, self.walk_top)
        if self.high_water is not None:
            keep_from = self.high_water - OVERLAP
            self.recent = {u: t for u, t in self.recent.items() if t >= keep_from}
        newest = sorted(self.recent.items(), key=lambda pair: pair[1])[-RECENT_MAX:]
        self.recent = dict(newest)
        self.walk_cursor = None
        self.walk_top = None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _time(value: Any) -> datetime | None:
    return parse_time(value)


def _recent(value: Any) -> dict[str, datetime]:
    if not isinstance(value, dict):
        return {}
    pairs = ((uri, parse_time(when)) for uri, when in value.items() if isinstance(uri, str))
    return {uri: when for uri, when in pairs if when is not None}


def _watch(value: Any) -> list[Watched]:
    if not isinstance(value, list):
        return []
    found = []
    for entry in value:
        if isinstance(entry, list) and len(entry) == 4 and all(isinstance(v, str) for v in entry):
            created = parse_time(entry[2])
            if created is not None:
                found.append(Watched(entry[0], entry[1], created, entry[3]))
    return found
