"""The built-in demo workspace: Teduh's community on five pretend platforms, no network.

`seed_demo` creates one demo account per flavour and stores weeks of history through the
real ingest path; seeding again only adds what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select, update

from app.demo_triage import apply_suggested_triage
from app.health import settings as health_settings
from app.ingest import ingest
from app.items import InboundItem, InvalidItem, validate
from app.models import (
    ACCOUNTS,
    CONVERSATIONS,
    MEMBERS,
    MESSAGES,
    SETTINGS,
    Account,
)
from app.store import Store
from app.timeutil import utcnow
from app.understand import analyse_backlog
from connectors.demo import DEMO_FLAVOURS, DemoConversation, generated_conversations
from connectors.demo.flavours import ACCOUNTS as LOOKS
from connectors.demo.history import vip_members

__all__ = ["DEMO_FLAVOURS", "DemoConversation", "DemoSeedReport", "ensure_demo_workspace",
           "generated_conversations", "seed_demo"]



@dataclass(frozen=True, slots=True)
class DemoSeedReport:
    """What one seeding added (all zero when the demo was already there)."""

    accounts: int
    conversations: int
    messages: int
    rejected: tuple[str, ...] = ()


def seed_demo(store: Store, now: datetime | None = None) -> DemoSeedReport:
    """Create the demo accounts if missing and store the history placed before `now`."""
    now = now or utcnow()
    accounts, created = _demo_accounts(store)
    conversations = generated_conversations(now)
    with store.read() as conn:
        last_conversation = conn.execute(select(func.max(CONVERSATIONS.c.id))).scalar() or 0
    added_convs = added_messages = 0
    rejected: list[str] = []
    for flavour in DEMO_FLAVOURS:
        account_id = accounts[flavour]
        items = _clean([c for c in conversations if c.flavour == flavour], rejected)
        with store.read() as conn:
            stored = _stored_ids(conn, account_id)
            known_members = _member_ids(conn, account_id)
        fresh = [item for item in items if item.platform_id not in stored]
        if not fresh:
            continue
        result = ingest(store, account_id, "demo", fresh)
        added_convs += result.conversations_created
        added_messages += result.inserted
        _mark_vips(store, account_id, flavour, known_members)
    if added_convs:
        apply_suggested_triage(store, accounts, conversations, last_conversation)
    while analyse_backlog(store):  # the demo's tone and intent, ready at first start
        pass
    _working_hours(store)
    return DemoSeedReport(created, added_convs, added_messages, tuple(rejected))


# Teduh's team works from Jakarta, evenings included, and a short Saturday shift.
DEMO_HOURS = {"time_zone": "Asia/Jakarta",
              "hours": {day: ["08:00-20:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
              | {"sat": ["09:00-15:00"]}}


def _working_hours(store: Store) -> None:
    """The demo team's calendar, unless the workspace already has one of its own."""
    with store.read() as conn:
        known = conn.execute(select(SETTINGS.c.key).where(
            SETTINGS.c.key == health_settings.KEY)).scalar()
    if known is None:
        health_settings.save(store, DEMO_HOURS)


def ensure_demo_workspace(store: Store, now: datetime | None = None) -> bool:
    """Seed the demo only in an empty workspace; True when it did."""
    with store.read() as conn:
        if conn.execute(select(func.count()).select_from(ACCOUNTS)).scalar_one():
            return False
    seed_demo(store, now)
    return True


def _demo_accounts(store: Store) -> tuple[dict[str, int], int]:
    """flavour -> account id, creating the missing demo accounts; and how many were made."""
    with store.write_session() as session:
        rows = session.connection().execute(
            select(ACCOUNTS.c.id, ACCOUNTS.c.settings)
            .where(ACCOUNTS.c.platform == "demo").order_by(ACCOUNTS.c.id))
        found: dict[str, int] = {}
        for row in rows:
            flavour = (row.settings or {}).get("flavour")
            if flavour in DEMO_FLAVOURS and flavour not in found:
                found[flavour] = row.id
        missing = [f for f in DEMO_FLAVOURS if f not in found]
        for flavour in missing:
            look = LOOKS[flavour]
            account = Account(platform="demo", handle=look.handle, server_url=look.server_url,
                              display_name=look.display_name, settings={"flavour": flavour})
            session.add(account)
            session.flush()
            assert account.id is not None
            found[flavour] = account.id
    return found, len(missing)


def _clean(conversations: Sequence[DemoConversation], rejected: list[str]) -> list[InboundItem]:
    items = []
    for conversation in conversations:
        for item in conversation.items:
            try:
                items.append(validate(item))
            except InvalidItem as exc:
                rejected.append(f"{item.platform_id}: {exc}")
    return items


def _stored_ids(conn: Connection, account_id: int) -> set[str]:
    rows = conn.execute(select(MESSAGES.c.platform_id).where(
        MESSAGES.c.account_id == account_id))
    return set(rows.scalars())


def _member_ids(conn: Connection, account_id: int) -> set[str]:
    rows = conn.execute(select(MEMBERS.c.remote_id).where(MEMBERS.c.account_id == account_id))
    return set(rows.scalars())


def _mark_vips(store: Store, account_id: int, flavour: str, known: set[str]) -> None:
    """VIP flag and a note for VIP members seen for the first time (never overwrite edits)."""
    changes = [(ref.remote_id, note) for ref, note in vip_members(flavour)
               if ref.remote_id not in known]
    with store.write() as conn:
        for remote_id, note in changes:
            conn.execute(update(MEMBERS).where(
                MEMBERS.c.account_id == account_id, MEMBERS.c.remote_id == remote_id,
            ).values(vip=True, notes=note))
