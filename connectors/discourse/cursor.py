"""A stream's cursor: where its walk through the newest-first lists stands, and the recent
posts it keeps an eye on for edits and deletions.

Discourse lists newest first, so each poll walks down from the top to the highest id it had
finished (`floor`); a walk cut short resumes where it stopped (`next`, and `below`, the lowest
id it already handed over) and only then raises the floor to the walk's top. Nothing below
the floor is handed over twice; nothing above it is passed without being handed over.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

VERSION = 1
WATCH_MAX = 100  # posts kept an eye on, newest first
WATCH_SECONDS = 3 * 86_400.0


@dataclass(slots=True)
class Watched:
    """A post handed over recently: enough to notice an edit or deletion and to say so."""

    post_id: int
    topic_id: int
    post_number: int
    version: int
    created: float  # epoch seconds, for the deletion notice
    checked: float  # when it was last looked at


@dataclass(slots=True)
class StreamState:
    floor: int = 0
    top: int | None = None  # the walk in progress: the highest id seen when it started
    next: int | None = None  # its next offset (notifications) or `before` (posts)
    below: int | None = None  # the lowest id it handed over or passed
    since: float = 0.0  # nothing older than this is fetched (the first sync's horizon)
    checked: float = 0.0  # the last look at the watched posts
    watch: list[Watched] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # topic id -> title, for edits
    categories: dict[str, list[int]] = field(default_factory=dict)  # wanted -> category ids

    @property
    def walking(self) -> bool:
        return self.top is not None

    def start_walk(self, top: int) -> None:
        self.top, self.below = max(top, self.floor), max(top, self.floor) + 1

    def finish_walk(self) -> None:
        if self.top is not None:
            self.floor = max(self.floor, self.top)
        self.top = self.next = self.below = None

    def remember(self, watched: Watched, title: str) -> None:
        self.watch = [w for w in self.watch if w.post_id != watched.post_id] + [watched]
        if title:
            self.titles[str(watched.topic_id)] = title

    def prune(self, now: float) -> None:
        fresh = [w for w in self.watch if now - w.created < WATCH_SECONDS]
        self.watch = sorted(fresh, key=lambda w: w.post_id)[-WATCH_MAX:]
        topics = {str(w.topic_id) for w in self.watch}
        self.titles = {k: v for k, v in self.titles.items() if k in topics}

    def encode(self) -> str:
        return json.dumps({"v": VERSION, **asdict(self)}, separators=(",", ":"),
                          ensure_ascii=False)


def decode(cursor: str | None, now: float, backfill: float) -> StreamState:
    """The stored state; a fresh one (looking back `backfill` seconds) when there is none or
    it cannot be read (a cursor from another version starts over rather than fail)."""
    try:
        data = json.loads(cursor) if cursor else None
        if isinstance(data, dict) and data.get("v") == VERSION:
            return _state(data)
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    return StreamState(since=now - backfill, checked=now)


def _state(data: dict[str, Any]) -> StreamState:
    def opt(key: str) -> int | None:
        value = data.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    watch = [Watched(int(w["post_id"]), int(w["topic_id"]), int(w["post_number"]),
                     int(w["version"]), float(w["created"]), float(w["checked"]))
             for w in data.get("watch", [])]
    titles = {str(k): str(v) for k, v in dict(data.get("titles", {})).items()}
    categories = {str(k): [int(i) for i in v]
                  for k, v in dict(data.get("categories", {})).items()}
    return StreamState(floor=opt("floor") or 0, top=opt("top"), next=opt("next"),
                       below=opt("below"), since=float(data.get("since", 0.0)),
                       checked=float(data.get("checked", 0.0)), watch=watch, titles=titles,
                       categories=categories)
