"""The two things Serambi follows on Mastodon: mentions (from notifications, direct ones
included) and direct conversations; plus a look again at recent statuses, because
Mastodon does not notify the people a post mentions when it is edited or deleted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from app.items import InboundItem
from connectors.base import Page
from connectors.errors import (
    AuthExpired,
    BadPayload,
    ConnectorError,
    PlatformUnavailable,
    RateLimited,
)
from connectors.mastodon.api import BATCH, Api
from connectors.mastodon.api_types import (
    Status,
    id_field,
    parse_conversation,
    parse_notification,
    parse_status,
    time_field,
)
from connectors.mastodon.cursor import Cursor, Watched
from connectors.mastodon.mapping import gone_item, status_item
from connectors.mastodon.pager import Pager
from connectors.mastodon.session import StatusGone

CONFIRM_PER_ROUND = 5  # single look-ups of statuses missing from a batch, per sync


def _inner(raw: Any, inner: str | None) -> dict[str, Any]:
    obj = raw.get(inner) if inner and isinstance(raw, dict) else raw
    return obj if isinstance(obj, dict) else {}


def _safe_id(raw: Any, key: str, inner: str | None = None) -> str | None:
    """The id a raw page item is paged by, or None when it has no usable one."""
    try:
        return id_field(_inner(raw, inner), key, "page item")
    except ConnectorError:
        return None


def _safe_time(raw: Any, inner: str | None = None) -> datetime | None:
    try:
        return time_field(_inner(raw, inner), "created_at", "page item")
    except ConnectorError:
        return None


def _seen(status: Status) -> tuple[str, datetime, str]:
    return status.id, status.created_at, _edited(status)


def _edited(status: Status) -> str:
    return status.edited_at.isoformat() if status.edited_at else ""


async def mentions(api: Api, host: str, cursor: Cursor, cutoff: datetime) -> Page:
    pager = Pager(api.notifications, lambda r: _safe_id(r, "id"), _safe_time, cutoff)
    step = await pager.step(cursor)
    items: list[InboundItem] = []
    rejected: list[tuple[str, str]] = []
    seen: list[tuple[str, datetime, str]] = []
    for raw in step.raws:
        try:
            note = parse_notification(raw)
            if note.type != "mention":
                continue  # a server that ignores types[]: other kinds are not messages
            if note.status is None:
                rejected.append((note.id, "a mention without its post"))
                continue
            items.append(status_item(note.status, host))
            seen.append(_seen(note.status))
        except ConnectorError as exc:
            rejected.append((_safe_id(raw, "id") or "?", str(exc)))
    after = step.cursor.watching(seen)
    if not step.more:  # caught up: spend the spare requests on edits and deletions
        again, after = await look_again(api, host, after)
        items += again
    return Page(items, after.dump(), step.more, rejected)


async def direct(api: Api, host: str, cursor: Cursor, cutoff: datetime, me: str) -> Page:
    pager = Pager(api.conversations, lambda r: _safe_id(r, "id", "last_status"),
                  lambda r: _safe_time(r, "last_status"), cutoff)
    step = await pager.step(cursor)
    items: list[InboundItem] = []
    rejected: list[tuple[str, str]] = []
    for raw in step.raws:
        try:
            conversation = parse_conversation(raw)
        except ConnectorError as exc:
            rejected.append((_safe_id(raw, "id", "last_status") or "?", str(exc)))
            continue
        if conversation.last_status is not None:  # an emptied conversation has no post
            items.append(status_item(conversation.last_status, host, me))
    return Page(items, step.cursor.dump(), step.more, rejected)


async def look_again(api: Api, host: str, cursor: Cursor) -> tuple[list[InboundItem], Cursor]:
    """A rotating batch of watched statuses: edited ones come back with their new text,
    ones that are gone (404) come back deleted. Best effort: a failure waits a round."""
    watch = list(cursor.watch)
    if not watch:
        return [], cursor
    start = cursor.turn % len(watch)
    batch = (watch[start:] + watch[:start])[:BATCH]
    try:
        current = await _current(api, [w.status_id for w in batch])
    except AuthExpired:
        raise
    except ConnectorError:
        return [], cursor
    items: list[InboundItem] = []
    kept = {w.status_id: w for w in watch}
    for w in batch:
        status = current.get(w.status_id)
        if status is False:
            items.append(gone_item(w.status_id, w.created_at))
            del kept[w.status_id]
        elif isinstance(status, Status) and _edited(status) != w.edited_at:
            items.append(status_item(status, host))
            kept[w.status_id] = Watched(w.status_id, w.created_at, _edited(status))
    order = [kept[w.status_id] for w in watch if w.status_id in kept]
    # Move on past what was settled (all of it, unless look-ups had to stop early), minus
    # what left the list, so no watched status is passed over.
    settled = next((i for i, w in enumerate(batch) if w.status_id not in current), len(batch))
    gone = sum(1 for w in batch[:settled] if w.status_id not in kept)
    return items, replace(cursor, watch=tuple(order), turn=start + settled - gone)


async def _current(api: Api, ids: list[str]) -> dict[str, Status | bool]:
    """id -> the status now, False when it is gone; ids not settled this round are absent."""
    found: dict[str, Status | bool] = {}
    try:
        for raw in await api.statuses(ids):
            try:
                status = parse_status(raw)
            except ConnectorError:
                continue
            found[status.id] = status
    except StatusGone:
        pass  # before Mastodon 4.3 there is no batch look-up: one at a time below
    for status_id in [i for i in ids if i not in found][:CONFIRM_PER_ROUND]:
        try:
            found[status_id] = await api.status(status_id)
        except StatusGone:
            found[status_id] = False
        except BadPayload:
            continue  # a status we cannot read now is not a deleted one
        except (RateLimited, PlatformUnavailable):
            break  # the rest wait for the next round
    return found
