"""Saved searches as sidebar views: each one's live count (how many conversations match)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.saved_searches import SavedSearch, list_saved
from app.search import SearchSyntaxError, SearchUnavailable, search_conversations
from app.store import Store

COUNT_CAP = 1000  # beyond this the sidebar says "1000+": counting further costs seconds


def saved_counts(store: Store, searches: Sequence[SavedSearch]) -> dict[str, int | None]:
    """Conversations matching each saved search (at most COUNT_CAP); None if it cannot run
    here (a text search in a shared PostgreSQL inbox, or a query that no longer parses)."""
    counts: dict[str, int | None] = {}
    for saved in searches:
        try:
            counts[saved.name] = len(search_conversations(store, saved.query, limit=COUNT_CAP))
        except (SearchSyntaxError, SearchUnavailable):
            counts[saved.name] = None
    return counts


@dataclass(frozen=True, slots=True)
class SavedView:
    name: str
    query: str
    count: int | None  # None: it cannot run here; COUNT_CAP means "at least that many"


def saved_views(store: Store) -> list[SavedView]:
    searches = list_saved(store)
    counts = saved_counts(store, searches)
    return [SavedView(s.name, s.query, counts[s.name]) for s in searches]
