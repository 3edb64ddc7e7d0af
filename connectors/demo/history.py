"""The demo history as items: plans placed in time before `now`, shaped per flavour.

Ids come from the plan, never from the clock, so seeding at another `now` finds the same
messages already stored instead of doubling them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache

from app.items import InboundItem, MemberRef
from app.models import Direction
from app.timeutil import as_utc
from connectors.demo import flavours
from connectors.demo.content import load_content
from connectors.demo.generator import Plan, plans

JAKARTA = timezone(timedelta(hours=7), "WIB")
_SIGNATURE = {"id": "\n\nSalam,\nTim Dukungan Teduh", "en": "\n\nBest,\nThe Teduh team"}


@dataclass(frozen=True, slots=True)
class DemoConversation:
    """One generated conversation, with the triage the lead may apply to it later."""

    flavour: str
    thread_id: str
    items: tuple[InboundItem, ...]
    topic: str
    subject: str
    language: str
    member_key: str
    suggested_tags: list[str]
    suggested_status: str
    suggested_priority: str
    escalate_to: str | None
    vip: bool
    spam: bool


@dataclass(frozen=True, slots=True)
class ThreadShape:
    """What a thread looks like on its platform, independent of time."""

    plan: Plan
    ids: tuple[str, ...]
    authors: tuple[MemberRef, ...]
    topic: int
    slug: str

    @property
    def root(self) -> str:
        return self.ids[0]


def slugify(title: str) -> str:
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "topik"


@cache
def shape_of(plan: Plan) -> ThreadShape:
    cast = load_content().cast
    authors = tuple(flavours.brand_ref(plan.flavour) if t.who == "us"
                    else flavours.member_ref(plan.flavour, cast[t.who]) for t in plan.turns)
    topic = 1000 + plan.index
    ids = tuple(flavours.post_id(plan.flavour, f"history|{plan.index}|{n}", author, topic)
                for n, author in enumerate(authors))
    return ThreadShape(plan, ids, authors, topic, slugify(plan.subject))


@cache
def thread_index(flavour: str) -> dict[str, ThreadShape]:
    """Every history message id of one flavour -> the shape of its thread."""
    return {pid: shape for plan in plans() if plan.flavour == flavour
            for shape in [shape_of(plan)] for pid in shape.ids}


def make_item(flavour: str, *, pid: str, author: MemberRef, outbound: bool, at: datetime,
              text: str, lang: str, root: str | None, parent: str | None, subject: str,
              slug: str, direct: bool) -> InboundItem:
    """One message as the platform would hand it over."""
    first_kind, reply_kind = flavours.kinds(flavour, direct)
    shown_subject = {"email": subject if parent is None else f"Re: {subject}",
                     "discourse": subject if parent is None else ""}.get(flavour, "")
    return InboundItem(
        platform_id=pid, created_at=at, text=text, author=author,
        direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
        kind=first_kind if parent is None else reply_kind,
        thread_id=root if parent is not None and flavours.names_root(flavour) else None,
        parent_id=parent, subject=shown_subject,
        url=flavours.post_url(flavour, pid, author, slug, is_root=parent is None),
        language=lang, is_direct=direct or flavour == "email",
    )


def place(plan: Plan, now: datetime) -> list[datetime]:
    """Turn times: the plan's Jakarta day and minute, moved a day back until all are past."""
    local = as_utc(now).astimezone(JAKARTA)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    start = midnight - timedelta(days=plan.day_back) + timedelta(minutes=plan.start_minute)
    offsets, total = [], 0
    for turn in plan.turns:
        total += turn.gap_minutes
        offsets.append(total)
    while start + timedelta(minutes=offsets[-1]) > now - timedelta(minutes=2):
        start -= timedelta(days=1)
    return [as_utc(start + timedelta(minutes=m, seconds=(plan.index * 7 + n) % 50))
            for n, m in enumerate(offsets)]


def _text(plan: Plan, shape: ThreadShape, n: int) -> str:
    text = plan.turns[n].text
    if n == 0 and not plan.direct:
        return flavours.mention_us(plan.flavour, text)
    if plan.turns[n].who != "us":
        return text
    if plan.flavour == "mastodon":  # Mastodon replies carry the mention of who they answer
        return f"{shape.authors[0].handle} {text}"
    if plan.flavour == "email" and "\n" not in text:
        return text + _SIGNATURE.get(plan.lang, _SIGNATURE["en"])
    return text


def conversation(plan: Plan, now: datetime) -> DemoConversation:
    shape = shape_of(plan)
    times = place(plan, now)
    items = tuple(
        make_item(plan.flavour, pid=pid, author=author, outbound=plan.turns[n].who == "us",
                  at=times[n], text=_text(plan, shape, n), lang=plan.lang, root=shape.root,
                  parent=None if n == 0 else shape.ids[n - 1], subject=plan.subject,
                  slug=shape.slug, direct=plan.direct)
        for n, (pid, author) in enumerate(zip(shape.ids, shape.authors, strict=True)))
    member = load_content().cast[plan.member]
    return DemoConversation(
        flavour=plan.flavour, thread_id=shape.root, items=items, topic=plan.topic,
        subject=plan.subject, language=plan.lang, member_key=plan.member,
        suggested_tags=list(plan.tags), suggested_status=plan.status,
        suggested_priority=plan.priority, escalate_to=plan.escalate, vip=member.vip,
        spam=plan.spam)


def generated_conversations(now: datetime) -> list[DemoConversation]:
    """The whole demo history, placed in the weeks before `now` (same `now`, same items)."""
    return [conversation(plan, now) for plan in plans()]


def vip_members(flavour: str) -> Sequence[tuple[MemberRef, str]]:
    """The VIP cast as this flavour knows them, with the note a manager would keep."""
    return [(flavours.member_ref(flavour, m), m.note)
            for m in load_content().cast.values() if m.vip]
