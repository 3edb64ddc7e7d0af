"""Ingest is idempotent and order-independent: any arrival order gives the same inbox.

Hypothesis draws a small forest of threads (roots, replies naming only their parent or also
the thread root, both directions, edits as later versions, deletion notices), splits the
versions into batches and ingests them in different orders into a fresh database each time.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import Direction
from app.store import Store
from tests.conftest import make_account

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
WORDS = ("halo", "café", "terima", "kasih", "refund", "bug", "日本語", "selamat")
NAMES = ("Ani", "Budi", "Citra", "Dewi")
BRAND = MemberRef("brand", "@brand", "Brand")

Forest = tuple[list[InboundItem], dict[str, str]]


@st.composite
def forests(draw: st.DrawFn) -> Forest:
    """Every version of every message, and each message's true thread root."""
    versions: list[InboundItem] = []
    root_of: dict[str, str] = {}
    words = st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join)
    for i in range(draw(st.integers(1, 12))):
        pid = f"m{i}"
        # Mostly replies, so that threads grow long enough to arrive in several batches.
        replies = root_of and draw(st.integers(0, 4)) > 0
        parent = draw(st.sampled_from(sorted(root_of))) if replies else None
        root_of[pid] = root_of[parent] if parent else pid
        inbound = draw(st.integers(0, 2)) > 0
        author = MemberRef(draw(st.sampled_from(("u1", "u2"))), "@h",
                           draw(st.sampled_from(NAMES))) if inbound else BRAND
        # Mostly later than the previous message (the usual case), sometimes a back-fill.
        created = T0 + timedelta(minutes=3 * i + draw(st.integers(-4, 2)))
        base = InboundItem(
            pid, created, draw(words), author,
            direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
            thread_id=root_of[pid] if parent and draw(st.booleans()) else None,
            parent_id=parent, is_direct=root_of[pid] == "m0")
        versions.append(base)
        if draw(st.booleans()):  # an edit, possibly renaming its author
            renamed = replace(author, name=draw(st.sampled_from(NAMES))) if inbound else author
            versions.append(replace(base, text=draw(words), author=renamed,
                                    edited_at=T0 + timedelta(minutes=draw(st.integers(0, 30)))))
        if draw(st.integers(0, 3)) == 0:  # a bare deletion notice
            versions.append(replace(base, text="", deleted=True))
    return versions, root_of


@st.composite
def batchings(draw: st.DrawFn) -> tuple[Forest, list[list[InboundItem]]]:
    forest = draw(forests())
    shuffled = draw(st.permutations(forest[0]) | st.just(forest[0]))
    cuts = sorted(draw(st.sets(st.integers(1, max(1, len(shuffled) - 1)), max_size=6)))
    bounds = [0, *cuts, len(shuffled)]
    batches = [shuffled[a:b] for a, b in itertools.pairwise(bounds) if a < b]
    return forest, batches


def reset(store: Store) -> None:
    """Empty the inbox between examples, keeping the schema and the account."""
    tables = ("events", "messages", "conversations", "members", "counters")
    with store.write() as conn:
        if store.is_sqlite:
            conn.exec_driver_sql("INSERT INTO message_search(message_search) VALUES ('delete-all')")
            for table in tables:
                conn.exec_driver_sql(f"DELETE FROM {table}")
        else:
            conn.exec_driver_sql(f"TRUNCATE {', '.join(tables)} CASCADE")


def dump(store: Store) -> dict[str, Any]:
    """What a user can see, keyed by platform ids rather than surrogate ids."""
    with store.read() as conn:
        convs = conn.execute(text(
            "SELECT c.thread_key, c.subject, c.is_direct, c.status, c.unread, c.created_at,"
            " c.last_message_at, c.last_inbound_at, c.last_outbound_at, c.waiting_since,"
            " c.first_response_at, c.message_count, mb.remote_id FROM conversations c"
            " LEFT JOIN members mb ON mb.id = c.member_id ORDER BY c.thread_key")).all()
        messages = conn.execute(text(
            "SELECT m.platform_id, m.text, m.subject, m.deleted, m.edited_at, m.created_at,"
            " m.direction, m.parent_platform_id, c.thread_key, mb.remote_id"
            " FROM messages m JOIN conversations c ON c.id = m.conversation_id"
            " LEFT JOIN members mb ON mb.id = m.author_id ORDER BY m.platform_id")).all()
        members = conn.execute(text(
            "SELECT remote_id, handle, name, profile_seen_at FROM members ORDER BY remote_id"
        )).all()
        found = {word: search(conn, word) for word in (*WORDS, *NAMES)} if store.is_sqlite else {}
    return {"conversations": [tuple(r) for r in convs], "messages": [tuple(r) for r in messages],
            "members": [tuple(r) for r in members], "search": found}


def search(conn: Any, word: str) -> list[str]:
    rows = conn.execute(text(
        "SELECT m.platform_id FROM message_search s JOIN messages m ON m.id = s.rowid"
        " WHERE message_search MATCH :q ORDER BY m.platform_id"), {"q": f'"{word}"'})
    return [row[0] for row in rows]


def account_of(store: Store) -> int:
    with store.read() as conn:
        found = conn.exec_driver_sql("SELECT min(id) FROM accounts").scalar()
    return int(found) if found is not None else make_account(store)


def run(store: Store, account: int, batches: list[list[InboundItem]]) -> dict[str, Any]:
    reset(store)
    for batch in batches:
        ingest(store, account, "demo", batch)
    return dump(store)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=batchings())
def test_any_arrival_order_gives_the_same_inbox(
    backend: str, request: pytest.FixtureRequest, case: tuple[Forest, list[list[InboundItem]]]
) -> None:
    store: Store = request.getfixturevalue("store" if backend == "sqlite" else "pg_store")
    account = account_of(store)
    (_versions, root_of), batches = case
    for batch in batches:
        note("batch " + repr([(i.platform_id, i.parent_id, i.thread_id, i.direction.value,
                               i.created_at.strftime("%H:%M"), i.edited_at, i.deleted, i.text)
                              for i in batch]))
    forward = run(store, account, batches)
    backward = run(store, account, [batches[0], *reversed(batches), batches[-1]])
    for table in forward:  # one table at a time, so a failure names what differs
        note(f"{table}:\n forward  {forward[table]}\n backward {backward[table]}")
        assert backward[table] == forward[table], table
    # Every message sits in the conversation of its true thread root, whatever the order.
    assert {row[0]: row[8] for row in forward["messages"]} == root_of
    assert len(forward["conversations"]) == len(set(root_of.values()))
    if store.is_sqlite:
        with store.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            conn.exec_driver_sql(
                "INSERT INTO message_search(message_search, rank) VALUES ('integrity-check', 1)")
