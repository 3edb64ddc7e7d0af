"""The seeded demo looks worked-on: statuses, owners, tags and escalations, all in the log."""

from __future__ import annotations

from sqlalchemy import text

from app.demo import seed_demo
from app.store import Store


def test_seeded_demo_has_a_lived_in_queue(store: Store) -> None:
    seed_demo(store)
    with store.read() as conn:
        statuses = dict(conn.execute(text(
            "select status, count(*) from conversations group by status")).all())
        owners = conn.execute(text(
            "select count(distinct assignee) from conversations where assignee is not null"))
        escalated = conn.execute(text("select count(*) from conversations where escalated"))
        escalation_events = conn.execute(text(
            "select count(*) from events where action = 'escalated'"))
        spam_tagged = conn.execute(text(
            "select count(*) from conversation_tags ct join tags t on t.id = ct.tag_id "
            "where t.name = 'spam'"))
        assert owners.scalar() == 3
        assert escalated.scalar() == escalation_events.scalar() > 0
        assert spam_tagged.scalar() > 0
    assert {"new", "open", "pending", "done"} <= set(statuses)
    assert statuses["new"] > 0 and statuses["done"] > 0
    seed_demo(store)  # a second seeding changes nothing already triaged
    with store.read() as conn:
        again = dict(conn.execute(text(
            "select status, count(*) from conversations group by status")).all())
    assert again == statuses
