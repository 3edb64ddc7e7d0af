"""Filters turned into SQL conditions with bound values, resolved against the few accounts
and tags first, so the per-message work is an indexed look-up and nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.sql.elements import BindParameter

from app.models import ACCOUNTS, TAGS
from app.search.parser import Filters
from app.store import ids


def account_platform(platform: str, settings: dict[str, Any] | None) -> str:
    """The platform a manager sees: the demo community says which one it imitates."""
    flavour = (settings or {}).get("flavour") if platform == "demo" else None
    return flavour if isinstance(flavour, str) and flavour else platform


@dataclass(slots=True)
class Scope:
    """SQL conditions (fixed text) and their bound parameters; `empty` means no match at all."""

    conditions: list[str] = field(default_factory=list)
    params: list[BindParameter[Any]] = field(default_factory=list)
    platforms: dict[int, str] = field(default_factory=dict)  # account id -> shown platform
    empty: bool = False

    def add(self, condition: str, name: str, value: Any, expanding: bool = False) -> None:
        self.conditions.append(condition)
        self.params.append(bindparam(name, value, expanding=expanding))


def resolve(conn: Connection, filters: Filters, id_column: str) -> Scope:
    """Conditions on messages `m` and conversations `c`; `id_column` carries the time order."""
    scope = Scope()
    accounts = conn.execute(
        select(ACCOUNTS.c.id, ACCOUNTS.c.platform, ACCOUNTS.c.settings)).all()
    scope.platforms = {row.id: account_platform(row.platform, row.settings) for row in accounts}
    if filters.platforms:
        # platform:demo finds the demo community whatever platform it imitates.
        wanted = set(filters.platforms)
        chosen = [row.id for row in accounts
                  if {row.platform.lower(), scope.platforms[row.id].lower()} & wanted]
        scope.empty |= not chosen
        # The unary + keeps SQLite off the (account_id, platform_id) index: reading a
        # quarter of the archive and sorting it is far slower than walking ids backwards.
        scope.add("+m.account_id IN :accounts", "accounts", chosen, expanding=True)
    if filters.tags:
        tag_ids = _tag_ids(conn, filters.tags)
        scope.empty |= not tag_ids
        scope.add("EXISTS (SELECT 1 FROM conversation_tags ct WHERE ct.conversation_id = "
                  "m.conversation_id AND ct.tag_id IN :tags)", "tags", tag_ids, expanding=True)
    if filters.statuses:
        scope.add("c.status IN :statuses", "statuses", list(filters.statuses), expanding=True)
    if filters.unread is not None:
        scope.add("c.unread = :unread", "unread", filters.unread)
    if filters.after is not None:
        scope.add(f"{id_column} >= :after", "after", ids.id_floor(filters.after))
    if filters.before is not None:
        scope.add(f"{id_column} < :before", "before", ids.id_floor(filters.before))
    return scope


def _tag_ids(conn: Connection, names: tuple[str, ...]) -> list[int]:
    wanted = {name.casefold() for name in names}
    rows = conn.execute(select(TAGS.c.id, TAGS.c.name))
    return [row.id for row in rows if str(row.name).casefold() in wanted]
