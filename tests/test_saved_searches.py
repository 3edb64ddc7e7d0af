"""Saved searches: kept in the workspace settings, checked by the search parser, counted."""

from __future__ import annotations

import pytest

from app import saved_searches as saved
from app import views
from app.search import SearchSyntaxError
from tests.test_ui_seed import Seeded


def test_add_rename_remove_and_count(seeded: Seeded) -> None:
    store = seeded.store
    saved.add(store, "  Refunds  ", "refund")
    saved.add(store, "Orders", "order OR garden")
    assert saved.list_saved(store) == [saved.SavedSearch("Refunds", "refund"),
                                       saved.SavedSearch("Orders", "order OR garden")]
    counted = {v.name: v.count for v in views.saved_views(store)}
    assert counted == {"Refunds": 1, "Orders": 2}
    saved.rename(store, "refunds", "Refund questions")
    assert [s.name for s in saved.list_saved(store)] == ["Refund questions", "Orders"]
    saved.remove(store, "Orders")
    assert [s.name for s in saved.list_saved(store)] == ["Refund questions"]


def test_bad_queries_and_names_are_refused_with_a_reason(seeded: Seeded) -> None:
    store = seeded.store
    with pytest.raises(SearchSyntaxError, match="quote"):
        saved.add(store, "Broken", '"unclosed')
    saved.add(store, "Refunds", "refund")
    with pytest.raises(saved.SavedSearchError, match="already"):
        saved.add(store, "REFUNDS", "garden")
    with pytest.raises(saved.SavedSearchError):
        saved.add(store, "   ", "garden")
    with pytest.raises(saved.SavedSearchError, match="no saved search"):
        saved.remove(store, "Nothing")
    assert [s.name for s in saved.list_saved(store)] == ["Refunds"]


def test_reply_limit_follows_the_platform_a_demo_account_imitates() -> None:
    assert views.reply_limit("demo", "bluesky", 500) == 300
    assert views.reply_limit("demo", "mastodon") == 500
    assert views.reply_limit("demo", "discourse") == 32_000
    assert views.reply_limit("demo", "matrix") == 65_536
    assert views.reply_limit("demo", "email") == 100_000
    assert views.reply_limit("demo", "discourse", 500) == 500  # never above the connector's
    assert views.reply_limit("somewhere", "", None) is None
