"""A tiny community whose health figures were worked out by hand, shared by the other
tests/test_health_*.py; its own test checks the events it relies on are what the app writes.

The clock is ours: messages carry their own times, and triage, notes and reopenings are
written at the moment the test says (app.triage and app.ingest read the time through
`utcnow`, which the fixture moves).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import Direction, MessageKind
from app.store import Store
from app.triage import Triage
from tests.conftest import make_account

BRAND = MemberRef(remote_id="brand", handle="@brand", name="Brand")
HOURS = {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"], "wed": ["09:00-17:00"],
         "thu": ["09:00-17:00"], "fri": ["09:00-17:00"], "sat": [], "sun": []}
POLICY = {"name": "Standard", "first_response_minutes": 60, "next_reply_minutes": 120,
          "resolution_minutes": 900, "business_hours": True}


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026 (the 2nd is a Monday), UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


class Clock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = at(1, 0)
        for module in ("app.triage", "app.ingest.aggregates"):
            monkeypatch.setattr(f"{module}.utcnow", lambda: self.now)

    def set(self, moment: datetime) -> None:
        self.now = moment


@dataclass
class World:
    store: Store
    clock: Clock
    account: int
    triage: Triage
    seq: int = 0

    def start(self, thread: str, when: datetime, author: str = "ani",
              direct: bool = False) -> int:
        self.seq += 1
        self.clock.set(when)
        ingest(self.store, self.account, "demo", [InboundItem(
            platform_id=thread, created_at=when, text="help please",
            author=MemberRef(remote_id=author, handle=f"@{author}", name=author.title()),
            is_direct=direct)])
        return self.conversation(thread)

    def reply(self, thread: str, when: datetime, inbound: bool = False,
              author: str = "ani") -> None:
        self.seq += 1
        self.clock.set(when)
        ingest(self.store, self.account, "demo", [InboundItem(
            platform_id=f"{thread}-{self.seq}", created_at=when, text=f"message {self.seq}",
            author=MemberRef(remote_id=author, handle=f"@{author}", name=author.title())
            if inbound else BRAND,
            direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
            kind=MessageKind.REPLY, thread_id=thread, parent_id=thread)])

    def done(self, cid: int, when: datetime) -> None:
        self.clock.set(when)
        self.triage.mark_done([cid])

    def note(self, cid: int, when: datetime) -> None:
        self.clock.set(when)
        self.triage.add_note(cid, "internal: checking with the billing team")

    def conversation(self, thread: str) -> int:
        from sqlalchemy import select

        from app.models import CONVERSATIONS

        with self.store.read() as conn:
            return int(conn.execute(select(CONVERSATIONS.c.id).where(
                CONVERSATIONS.c.thread_key == thread)).scalar_one())


def make_world(store: Store, monkeypatch: pytest.MonkeyPatch,
               platform: str = "demo") -> World:
    account = make_account(store, platform)
    return World(store, Clock(monkeypatch), account, Triage(store, "Sari"))


@dataclass
class Community:
    """The hand-computed week (Mon 2 .. Sun 8 November 2026, business hours 09-17 UTC)."""

    world: World
    a: int  # answered before hours, a follow-up overnight, done next morning
    b: int  # answered, done, reopened by the member, answered after hours, done
    c: int  # asked and answered on a Saturday
    d: int  # asked on Monday the 9th, still waiting at `now`


def community(world: World) -> Community:
    w = world
    a = w.start("a", at(2, 8))  # before hours
    w.note(a, at(2, 8, 30))  # a note is never a reply
    w.reply("a", at(2, 10))  # FRT 2h raw, 1h in business hours
    w.reply("a", at(2, 16, 30), inbound=True)  # waiting since 16:30
    w.reply("a", at(2, 16, 45), inbound=True)  # does not move waiting_since
    w.reply("a", at(3, 9, 30))  # reply time 17h raw, 1h business
    w.done(a, at(3, 10))  # resolution 26h raw, 9h business

    b = w.start("b", at(4, 9), author="budi")
    w.reply("b", at(4, 9, 20))  # FRT 20 min
    w.done(b, at(4, 10))
    w.reply("b", at(5, 14), inbound=True, author="budi")  # reopens: the clock starts at 14:00
    w.reply("b", at(5, 18))  # FRT of the second opening: 4h raw, 3h business
    w.done(b, at(6, 9))  # resolution from the original creation: 48h raw, 16h business

    c = w.start("c", at(7, 10), author="citra")  # Saturday
    w.reply("c", at(7, 11))  # FRT 1h raw, nothing in business hours

    d = w.start("d", at(9, 9, 30), author="dewi")
    return Community(w, a, b, c, d)


def test_the_world_is_written_as_the_app_writes_it(store: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The metrics read these events: a done per mark_done, and the ingest's reopening
    when the member writes again, at the moment it happened."""
    from sqlalchemy import select

    from app.models import EVENTS

    week = community(make_world(store, monkeypatch))
    with store.read() as conn:
        rows = conn.execute(select(EVENTS.c.action, EVENTS.c.at, EVENTS.c.data).where(
            EVENTS.c.conversation_id == week.b).order_by(EVENTS.c.id)).all()
    assert [(r.action, r.at, r.data.get("status")) for r in rows] == [
        ("status", at(4, 10), "done"), ("reopened", at(5, 14), None),
        ("status", at(6, 9), "done")]
