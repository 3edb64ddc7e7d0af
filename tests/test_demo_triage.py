"""The seeded demo looks worked-on: statuses, owners, tags and escalations, all in the log."""

from __future__ import annotations

from sqlalchemy import func, select, text

from app.demo import seed_demo
from app.models import CONVERSATIONS, EVENTS
from app.store import Store
from app.timeutil import as_utc


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


def test_demo_conversations_were_closed_after_their_last_message_not_at_seed_time(
        store: Store) -> None:
    from app.health import settings as health_settings

    seed_demo(store)
    c, e = CONVERSATIONS.c, EVENTS.c
    closing = (select(func.max(e.at)).where(e.conversation_id == c.id, e.action == "status")
               .scalar_subquery())
    with store.read() as conn:
        rows = conn.execute(select(c.last_message_at, c.status_changed_at, closing)
                            .where(c.status == "done")).all()
    assert len(rows) >= 50
    gaps = sorted((as_utc(closed) - as_utc(last)).total_seconds() / 60
                  for last, closed, _ in rows)
    assert gaps[0] >= 20 and gaps[-1] <= 620 and gaps[len(gaps) // 2] < 400
    assert all(as_utc(closed) == as_utc(event) for _, closed, event in rows)
    assert health_settings.load(store).calendar.zone == "Asia/Jakarta"
