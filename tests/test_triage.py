"""Triage services: every action changes what the manager sees and leaves an event."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app.ingest import ingest
from app.models import Event, Priority, Status
from app.store import Store
from app.timeutil import utcnow
from app.triage import ConversationNotFound, StaleConversation, Triage, TriageError
from tests.conftest import make_account
from tests.fakes import item


def _conversations(store: Store, n: int = 2) -> list[int]:
    account = make_account(store)
    ingest(store, account, "demo", [item(f"root{i}", i, author=f"u{i}") for i in range(n)])
    with store.read() as conn:
        return list(conn.execute(text("select id from conversations order by id")).scalars())


def _row(store: Store, cid: int) -> dict[str, object]:
    with store.read() as conn:
        return dict(conn.execute(text("select * from conversations where id=:i"), {"i": cid})
                    .one()._mapping)


def _actions(store: Store) -> list[str]:
    with store.read() as conn:
        return list(conn.execute(select(Event.action).order_by(Event.id)).scalars())  # type: ignore[arg-type]


def test_bulk_done_assign_priority_and_events(any_store: Store) -> None:
    ids = _conversations(any_store)
    triage = Triage(any_store, "Sari")
    triage.mark_done(ids)
    triage.assign(ids, "Budi")
    triage.set_priority(ids, Priority.HIGH)
    for cid in ids:
        row = _row(any_store, cid)
        assert (row["status"], row["assignee"], row["priority"]) == ("done", "Budi", "high")
    assert _actions(any_store) == ["status"] * 2 + ["assigned"] * 2 + ["priority"] * 2


def test_snooze_wakes_when_due(store: Store) -> None:
    [cid] = _conversations(store, 1)
    triage = Triage(store, "Sari")
    triage.snooze([cid], utcnow() + timedelta(hours=2))
    assert triage.wake_snoozed() == []
    assert _row(store, cid)["status"] == "snoozed"
    assert triage.wake_snoozed(utcnow() + timedelta(hours=3)) == [cid]
    assert _row(store, cid)["status"] == "open"
    with pytest.raises(TriageError):
        triage.snooze([cid], utcnow() - timedelta(minutes=1))


def test_tags_are_normalised_and_idempotent(any_store: Store) -> None:
    ids = _conversations(any_store)
    triage = Triage(any_store, "Sari")
    triage.tag(ids, "#Billing")
    triage.tag(ids, "billing")
    with any_store.read() as conn:
        assert conn.execute(text("select count(*) from conversation_tags")).scalar() == 2
    triage.untag(ids[:1], "billing")
    with any_store.read() as conn:
        assert conn.execute(text("select count(*) from conversation_tags")).scalar() == 1
    with pytest.raises(TriageError):
        triage.tag(ids, "two words")


def test_escalation_queue_and_resolution(store: Store) -> None:
    ids = _conversations(store)
    triage = Triage(store, "Sari")
    [esc] = triage.escalate(ids[:1], to="Legal", reason="threat of lawsuit", note="see thread")
    assert _row(store, ids[0])["escalated"] in (1, True)
    triage.resolve_escalation(esc, "legal replied")
    assert _row(store, ids[0])["escalated"] in (0, False)
    assert "escalation_resolved" in _actions(store)


def test_note_is_in_thread_but_never_a_reply(store: Store) -> None:
    [cid] = _conversations(store, 1)
    waiting_before = _row(store, cid)["waiting_since"]
    Triage(store, "Sari").add_note(cid, "Member is a long-time customer, be gentle")
    row = _row(store, cid)
    assert row["message_count"] == 2
    assert row["waiting_since"] == waiting_before
    assert row["first_response_at"] is None
    with store.read() as conn:
        direction = conn.execute(text("select direction from messages where text like 'Member%'"))
        assert direction.scalar() == "note"


def test_unknown_conversation_and_stale_version(store: Store) -> None:
    [cid] = _conversations(store, 1)
    triage = Triage(store, "Sari")
    with pytest.raises(ConversationNotFound):
        triage.set_status([cid, 999], Status.OPEN)
    assert _row(store, cid)["status"] == "new"  # nothing half-done
    version = int(_row(store, cid)["version"])  # type: ignore[call-overload]
    triage.assign([cid], "Budi")
    with pytest.raises(StaleConversation):
        triage.mark_done([cid], expected_version=version)
