"""Saved searches: a named query that the sidebar shows as a view with a live count.

They live in the workspace's `settings` table under `saved_searches`, so everyone sharing an
inbox sees the same ones. A query is checked with the search parser before it is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select, update

from app.models import Setting
from app.search import parse
from app.store import Store

SETTINGS: Table = Setting.__table__  # type: ignore[attr-defined]
KEY = "saved_searches"
MAX_NAME = 80
MAX_QUERY = 1000


class SavedSearchError(ValueError):
    """A saved search that cannot be kept as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class SavedSearch:
    name: str
    query: str


def _read(conn: Connection) -> list[SavedSearch]:
    value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == KEY)).scalar()
    items = value.get("items", []) if isinstance(value, dict) else []
    return [SavedSearch(str(i["name"]), str(i["query"])) for i in items
            if isinstance(i, dict) and i.get("name") and "query" in i]


def _write(conn: Connection, searches: list[SavedSearch]) -> None:
    value: dict[str, Any] = {"items": [{"name": s.name, "query": s.query} for s in searches]}
    if conn.execute(update(SETTINGS).where(SETTINGS.c.key == KEY)
                    .values(value=value)).rowcount == 0:
        conn.execute(SETTINGS.insert().values(key=KEY, value=value))


def list_saved(store: Store) -> list[SavedSearch]:
    with store.read() as conn:
        return _read(conn)


def _name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_NAME:
        raise SavedSearchError(f"a saved search needs a name of 1 to {MAX_NAME} characters")
    return cleaned


def _query(query: str) -> str:
    cleaned = query.strip()
    if not cleaned or len(cleaned) > MAX_QUERY:
        raise SavedSearchError(f"a saved search needs a query of 1 to {MAX_QUERY} characters")
    parse(cleaned)  # raises SearchSyntaxError, which says what to fix
    return cleaned


def _index(searches: list[SavedSearch], name: str) -> int:
    wanted = name.casefold()
    return next((i for i, s in enumerate(searches) if s.name.casefold() == wanted), -1)


def add(store: Store, name: str, query: str) -> SavedSearch:
    """Keep a new saved search; a name already used (in any case) is refused."""
    saved = SavedSearch(_name(name), _query(query))
    with store.write() as conn:
        searches = _read(conn)
        if _index(searches, saved.name) >= 0:
            raise SavedSearchError(f"there is already a saved search called {saved.name!r}")
        _write(conn, [*searches, saved])
    return saved


def rename(store: Store, old: str, new: str) -> SavedSearch:
    new = _name(new)
    with store.write() as conn:
        searches = _read(conn)
        at = _index(searches, old)
        if at < 0:
            raise SavedSearchError(f"there is no saved search called {old!r}")
        clash = _index(searches, new)
        if clash >= 0 and clash != at:
            raise SavedSearchError(f"there is already a saved search called {new!r}")
        searches[at] = SavedSearch(new, searches[at].query)
        _write(conn, searches)
    return searches[at]


def remove(store: Store, name: str) -> None:
    with store.write() as conn:
        searches = _read(conn)
        at = _index(searches, name)
        if at < 0:
            raise SavedSearchError(f"there is no saved search called {name!r}")
        del searches[at]
        _write(conn, searches)
