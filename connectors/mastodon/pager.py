"""Walking a Mastodon list (notifications, conversations) without skipping or doubling.

The first sync takes the newest page, then walks back (`max_id`, the Link header's
rel="next") until the history window is covered; after that each sync walks forward from
the newest id seen (`min_id`, rel="prev"), as docs.joinmastodon.org/api/guidelines#pagination
describes. Only the ids are taken from Link URLs: the URLs themselves are never followed,
so a hostile header cannot send our token to another host.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from connectors.mastodon.cursor import Cursor

_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]*)*)")
_REL = re.compile(r"""rel\s*=\s*"?([^";,]*)"?""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Links:
    """The page ids a Link header names; `present` is False when there was no header."""

    older: str | None = None  # rel="next": max_id for the page before this one
    newer: str | None = None  # rel="prev": min_id for the page after this one
    present: bool = False


def parse_links(header: str | None) -> Links:
    if not header:
        return Links()
    older = newer = None
    for url, params in _LINK.findall(header):
        rel = _REL.search(params)
        rels = rel.group(1).lower().split() if rel else []
        query = parse_qs(urlsplit(url).query)
        if "next" in rels:
            older = _first(query, "max_id")
        if "prev" in rels:
            newer = _first(query, "min_id") or _first(query, "since_id")
    return Links(older, newer, True)


def _first(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values and values[0] else None


Loader = Callable[[dict[str, str]], Awaitable[tuple[list[Any], Links]]]


@dataclass(frozen=True, slots=True)
class Step:
    raws: list[Any]
    cursor: Cursor
    more: bool


@dataclass(frozen=True, slots=True)
class Pager:
    load: Loader
    page_id: Callable[[Any], str | None]  # the id a raw item is paged by
    created: Callable[[Any], datetime | None]
    cutoff: datetime  # the first sync walks back no further than this

    async def step(self, cursor: Cursor) -> Step:
        if cursor.older:
            return await self._backfill(cursor, cursor.older)
        if cursor.newest is None:
            return await self._head(cursor)
        return await self._forward(cursor, cursor.newest)

    async def _head(self, cursor: Cursor) -> Step:
        raws, links = await self.load({})
        if not raws:
            return Step([], cursor, False)
        newest = links.newer or self._edge(raws, first=True)
        older = self._older(raws, links)
        return Step(raws, replace(cursor, newest=newest, older=older), older is not None)

    async def _backfill(self, cursor: Cursor, before: str) -> Step:
        raws, links = await self.load({"max_id": before})
        older = self._older(raws, links) if raws else None
        if older == before:
            older = None  # the server ignored max_id: stop rather than loop
        # Walking back is done when `older` is None; then one forward step catches up.
        return Step(raws, replace(cursor, older=older), True)

    async def _forward(self, cursor: Cursor, after: str) -> Step:
        raws, links = await self.load({"min_id": after})
        if not raws:
            return Step([], cursor, False)
        newest = links.newer or self._edge(raws, first=True) or after
        # A server that ignores min_id sends the same newest page again: stop there.
        return Step(raws, replace(cursor, newest=newest), newest != after)

    def _older(self, raws: list[Any], links: Links) -> str | None:
        oldest = self.created(raws[-1])
        if oldest is not None and oldest < self.cutoff:
            return None
        return links.older if links.present else self._edge(raws, first=False)

    def _edge(self, raws: list[Any], *, first: bool) -> str | None:
        for raw in (raws if first else reversed(raws)):
            ident = self.page_id(raw)
            if ident:
                return ident
        return None
