"""The demo's lived-in look: the triage a team would already have done on its history.

Applied once, to conversations a seeding has just created, through the real Triage service
so every change is also in the event log.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import timedelta

from sqlalchemy import func, select, update

from app.models import CONVERSATIONS, EVENTS, Priority, Status
from app.store import Store
from app.timeutil import as_utc, utcnow
from app.triage import Triage
from connectors.demo import DemoConversation

TEAM = ("Sari", "Dimas", "Maya")
DEMO_AGENT = "Sari"


def apply_suggested_triage(store: Store, accounts: Mapping[str, int],
                           conversations: Sequence[DemoConversation],
                           created_after: int) -> None:
    """Triage the demo conversations whose ids are above `created_after` (the new ones)."""
    ids = _conversation_ids(store, accounts, created_after)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    escalations: list[tuple[int, str, DemoConversation]] = []
    for conv in conversations:
        cid = ids.get((accounts[conv.flavour], conv.thread_id))
        if cid is None:
            continue
        groups[("status", conv.suggested_status)].append(cid)
        groups[("priority", conv.suggested_priority)].append(cid)
        for tag in conv.suggested_tags:
            groups[("tag", tag)].append(cid)
        if conv.suggested_status in ("open", "pending") and not conv.spam:
            groups[("assign", TEAM[zlib.crc32(conv.thread_id.encode()) % len(TEAM)])].append(cid)
        if conv.escalate_to:
            escalations.append((cid, conv.escalate_to, conv))
    triage = Triage(store, DEMO_AGENT)
    for (kind, value), members in sorted(groups.items()):
        _apply(triage, kind, value, members)
    for cid, to, conv in escalations:
        triage.escalate([cid], to=to, reason=f"{conv.topic}: needs {to}")
    _resolved_in_time(store, groups[("status", Status.DONE.value)])


def _resolved_in_time(store: Store, done: list[int]) -> None:
    """A team closes a conversation some minutes to hours after its last message, not all at
    the moment the demo was seeded: give each done conversation (and its event) such a time,
    so the dashboard's resolution times tell the demo's true story."""
    c, e = CONVERSATIONS.c, EVENTS.c
    now = utcnow()
    with store.write() as conn:
        rows = conn.execute(select(c.id, c.last_message_at).where(c.id.in_(done))).all()
        for cid, last in rows:
            minutes = 20 + zlib.crc32(f"done-{cid}".encode()) % 600
            closed = min(now, as_utc(last) + timedelta(minutes=minutes))
            conn.execute(update(CONVERSATIONS).where(c.id == cid)
                         .values(status_changed_at=closed))
            event = conn.execute(select(func.max(e.id)).where(
                e.conversation_id == cid, e.action == "status")).scalar()
            if event is not None:
                conn.execute(update(EVENTS).where(e.id == event).values(at=closed))


def _apply(triage: Triage, kind: str, value: str, ids: list[int]) -> None:
    if kind == "status" and value in (Status.OPEN, Status.PENDING, Status.DONE):
        triage.set_status(ids, Status(value))
    elif kind == "priority" and value in Priority.__members__.values() and value != "none":
        triage.set_priority(ids, Priority(value))
    elif kind == "tag":
        triage.tag(ids, value)
    elif kind == "assign":
        triage.assign(ids, value)


def _conversation_ids(store: Store, accounts: Mapping[str, int],
                      created_after: int) -> dict[tuple[int, str], int]:
    c = CONVERSATIONS.c
    stmt = select(c.id, c.account_id, c.thread_key).where(
        c.account_id.in_(list(accounts.values())), c.id > created_after)
    with store.read() as conn:
        return {(row.account_id, row.thread_key): row.id for row in conn.execute(stmt)}
