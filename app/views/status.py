"""What the window needs to know about accounts and platforms: sync status per account,
what a connector can do, and how long a reply may be. Qt-free."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.models import SyncState
from app.store import Store
from app.views.lists import A, _platforms
from connectors import registry
from connectors.base import capabilities


@dataclass(frozen=True, slots=True)
class AccountSync:
    account_id: int
    platform: str
    handle: str
    enabled: bool
    last_success_at: datetime | None
    next_poll_at: datetime | None
    last_error: str
    failures: int


def sync_status(store: Store) -> list[AccountSync]:
    """Per account: last success, next poll and the latest error of its streams."""
    ss = SyncState.__table__.c  # type: ignore[attr-defined]
    platforms = _platforms(store)
    with store.read() as conn:
        accounts = conn.execute(select(A.id, A.handle, A.enabled).order_by(A.id)).all()
        states = conn.execute(select(ss.account_id, ss.last_success_at, ss.next_poll_at,
                                     ss.last_error, ss.last_error_at, ss.failures)).all()
    by_account: dict[int, list[Any]] = defaultdict(list)
    for s in states:
        by_account[s.account_id].append(s)
    result = []
    for a in accounts:
        mine = by_account.get(a.id, [])
        ok = [s.last_success_at for s in mine if s.last_success_at]
        nxt = [s.next_poll_at for s in mine if s.next_poll_at]
        failing = [s for s in mine if s.failures]
        result.append(AccountSync(
            a.id, platforms.get(a.id, ""), a.handle, bool(a.enabled), max(ok, default=None),
            min(nxt, default=None), failing[0].last_error if failing else "",
            max((s.failures for s in mine), default=0)))
    return result


@dataclass(frozen=True, slots=True)
class Abilities:
    """What a platform's connector can do, asked of its class: the UI offers only that."""

    actions: frozenset[str]
    max_reply_length: int | None


def abilities(platform: str,
              factory_for: Callable[[str], Any] = registry.factory_for) -> Abilities:
    try:
        factory = factory_for(platform)
    except (KeyError, ImportError):
        return Abilities(frozenset(), None)
    can = frozenset(capabilities(factory))
    limit = getattr(factory, "max_reply_length", None) if "reply" in can else None
    return Abilities(can, limit if isinstance(limit, int) else None)


# What each platform takes in one reply (characters). A demo account imitates a platform
# and is held to that platform's limit, so the counter reads as it will in real use.
REPLY_LIMITS = {"mastodon": 500, "bluesky": 300, "discourse": 32_000, "matrix": 65_536,
                "email": 100_000}


def reply_limit(platform: str, flavour: str = "",
                connector_limit: int | None = None) -> int | None:
    """The longest reply the composer allows: the platform's (or the imitated one's) limit,
    never above what the connector itself accepts. None when nothing limits it."""
    known = REPLY_LIMITS.get(flavour or platform) or REPLY_LIMITS.get(platform)
    limits = [n for n in (known, connector_limit) if n]
    return min(limits) if limits else None
