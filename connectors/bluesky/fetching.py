"""One page of the `notifications` stream: mentions, replies and quotes from
app.bsky.notification.listNotifications, then (once a walk is done) a look at recently
synced posts for edits and deletions, which no notification announces."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from app.items import InboundItem
from connectors import errors
from connectors.base import Page
from connectors.bluesky import api, mapping
from connectors.bluesky.api_types import AtUri, PostView, notification, parse_time
from connectors.bluesky.session import Session
from connectors.bluesky.sync_state import SyncState, Watched

log = logging.getLogger(__name__)

REASONS = ("mention", "reply", "quote")
PAGE_SIZE = 100  # the lexicon's maximum: the overlap is re-read each cycle
MAX_CONFIRM = 5  # getRecord look-ups per cycle for posts that vanished from the AppView


@dataclass(frozen=True, slots=True)
class Options:
    backfill: timedelta = timedelta(days=14)
    recheck_every: timedelta = timedelta(minutes=5)

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Options:
        return cls(backfill=timedelta(days=_bounded(settings.get("backfill_days"), 14, 365)),
                   recheck_every=timedelta(
                       minutes=_bounded(settings.get("recheck_minutes"), 5, 1440)))


def _bounded(value: Any, default: int, most: int) -> int:
    try:
        return max(0, min(most, int(value)))
    except (TypeError, ValueError):
        return default


async def fetch(session: Session, cursor: str | None, options: Options) -> Page:
    me = (await session.me()).did
    now = datetime.now(UTC)
    state = SyncState.load(cursor)
    raw, next_cursor = await api.list_notifications(session, state.walk_cursor, PAGE_SIZE,
                                                    REASONS)
    items, rejected, reached_floor = _take(raw, state, me, now, options.backfill)
    # A server that hands back the cursor it was given would walk us in a circle.
    done = reached_floor or next_cursor is None or next_cursor == state.walk_cursor
    state.advance(next_cursor, done)
    if done and (state.checked is None or now - state.checked >= options.recheck_every):
        fresh = {i.platform_id for i in items}
        try:
            items += await _recheck(session, state, me, now, fresh)
        except errors.ConnectorError as exc:  # the new items still go in; look again later
            log.warning("could not look for edited or deleted Bluesky posts: %s", exc)
    return Page(items=items, cursor=state.dump(), more=not done, rejected=rejected)


def _take(raw: list[Any], state: SyncState, me: str, now: datetime, backfill: timedelta,
          ) -> tuple[list[InboundItem], list[tuple[str, str]], bool]:
    """The page's new posts, the items we could not read, and whether the walk met what an
    earlier walk already saw."""
    floor = state.floor(now, backfill)
    items: list[InboundItem] = []
    rejected: list[tuple[str, str]] = []
    for entry in raw:
        fields = entry if isinstance(entry, dict) else {}
        when = parse_time(fields.get("indexedAt"))
        # A time in the future would lift the high-water mark past everything to come.
        when = min(when, now) if when is not None else None
        found = fields.get("uri")
        uri = found if isinstance(found, str) and found else "?"
        if when is not None and when < floor:
            return items, rejected, True
        if state.seen(uri):
            continue
        try:
            post = notification(entry, frozenset(REASONS))
        except errors.BadPayload as exc:
            rejected.append((uri[:500], str(exc)))
            if uri != "?":
                state.recent[uri] = when or now  # report it once, not on every walk
            continue
        if post is None:
            continue  # a like or follow: not something the inbox keeps
        state.remember(uri, min(post.indexed_at, now))
        item = mapping.item(post, me)
        items.append(item)
        state.watch_post(Watched(uri, post.cid, item.created_at, post.reason), now)
    return items, rejected, False


async def _recheck(session: Session, state: SyncState, me: str, now: datetime,
                   fresh: set[str]) -> list[InboundItem]:
    """Edits (a new CID for the same post) and deletions of the posts we watch.

    getPosts leaves out deleted posts but also those of an author who blocked us, so a
    missing post is only called deleted when its repository no longer has it either.
    """
    state.prune_watch(now)
    watched = [w for w in state.watch if w.uri not in fresh]
    views: dict[str, PostView] = {}
    for raw in await api.get_posts(session, [w.uri for w in watched]):
        try:
            view = PostView.parse(raw)
        except errors.BadPayload:
            continue
        views[str(view.uri)] = view
    items: list[InboundItem] = []
    gone: list[Watched] = []
    for entry in watched:
        seen = views.get(entry.uri)
        if seen is None:
            gone.append(entry)
        elif seen.cid != entry.cid:
            items.append(mapping.item(replace(seen, reason=entry.reason), me, edited_at=now))
            entry.cid = seen.cid
    for entry in gone[:MAX_CONFIRM]:
        uri = AtUri.parse(entry.uri)
        if await api.get_record(session, uri) is None:
            items.append(mapping.deleted(uri, entry.created, entry.reason))
        # Deleted, or hidden from us by a block: either way nothing more to watch.
        state.watch = [w for w in state.watch if w.uri != entry.uri]
    state.checked = now
    return items
