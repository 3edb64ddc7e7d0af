"""New demo activity while syncing: fresh threads and follow-ups in existing ones.

Everything is drawn from a Random seeded by (account, cursor, now), so the same fetch
always yields the same messages with the same ids.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

from app.items import InboundItem, MemberRef
from connectors.demo import flavours
from connectors.demo.content import CastMember, Template, load_content
from connectors.demo.generator import Slots, plans
from connectors.demo.history import make_item, shape_of, slugify
from connectors.demo.state import DemoState

MINUTES_PER_ITEM = 4.0
MAX_PER_FETCH = 5
FOLLOW_UP_SHARE = 0.45
SPAM_SHARE = 0.1


@dataclass(frozen=True, slots=True)
class ThreadRef:
    """Enough about a thread to add a message to it."""

    member: str
    lang: str
    root: str | None  # None when unknown: the inbox then follows the parent it has stored
    subject: str
    slug: str
    direct: bool


def how_many(rng: random.Random, since: datetime, now: datetime) -> int:
    """About one item per few minutes that passed, never more than a handful per fetch."""
    minutes = (now - since).total_seconds() / 60
    if minutes <= 0:
        return 0
    expected = minutes / MINUTES_PER_ITEM
    return min(MAX_PER_FETCH, int(expected) + (rng.random() < expected % 1))


def new_activity(flavour: str, account_id: int, since: datetime, now: datetime,
                 state: DemoState) -> list[InboundItem]:
    rng = random.Random(f"{account_id}|{flavour}|{since.isoformat()}|{now.isoformat()}")
    count = how_many(rng, since, now)
    times = sorted(since + (now - since) * (1 - rng.random()) for _ in range(count))
    items = []
    for n, at in enumerate(times):
        token = f"live|{account_id}|{since.isoformat()}|{now.isoformat()}|{n}"
        if rng.random() < FOLLOW_UP_SHARE:
            item = _follow_up(rng, flavour, token, at, state)
        else:
            item = _new_thread(rng, flavour, token, at, state)
        if item is not None:
            items.append(item)
    return items


def _follow_up(rng: random.Random, flavour: str, token: str, at: datetime,
               state: DemoState) -> InboundItem | None:
    """A member comes back to a thread from the history: a nudge, thanks, or more detail."""
    content = load_content()
    quiet, removed = state.silenced(), state.removed()
    shapes = [shape_of(p) for p in plans() if p.flavour == flavour and not p.spam]
    shapes = [s for s in shapes if s.root not in removed
              and s.authors[0].remote_id not in quiet]
    if not shapes:
        return None
    shape = rng.choice(shapes)
    plan = shape.plan
    author = flavours.member_ref(flavour, content.cast[plan.member])
    # Still waiting for us: they nudge. We answered last: thanks, or one more question.
    waiting = plan.turns[-1].who != "us"
    text = rng.choice((content.nudges if waiting else content.answer_backs)[plan.lang])
    pid = flavours.post_id(flavour, token, author, shape.topic)
    ref = ThreadRef(plan.member, plan.lang, shape.root, plan.subject, shape.slug, plan.direct)
    state.live[pid] = (plan.member, plan.lang, shape.root)
    return reply_item(flavour, pid, ref, author, at, text, parent=shape.ids[-1])


def _new_thread(rng: random.Random, flavour: str, token: str, at: datetime,
                state: DemoState) -> InboundItem | None:
    content = load_content()
    spam = rng.random() < SPAM_SHARE
    templates = [t for t in content.templates if flavour in t.flavours and t.spam == spam]
    if not templates:
        return None
    template = rng.choice(templates)
    quiet = state.silenced()
    speakers = [m for m in _speakers(template) if
                flavours.member_ref(flavour, m).remote_id not in quiet]
    if not speakers:
        return None
    member = rng.choice(speakers)
    fill = Slots(rng, content.slots)
    subject = fill(rng.choice(template.subjects)) if template.subjects else ""
    author = flavours.member_ref(flavour, member)
    pid = flavours.post_id(flavour, token, author, flavours.topic_number(token))
    state.live[pid] = (member.key, template.lang, pid)
    return make_item(flavour, pid=pid, author=author, outbound=False, at=at,
                     text=flavours.mention_us(flavour, fill(rng.choice(template.openers))),
                     lang=template.lang, root=None, parent=None, subject=subject,
                     slug=slugify(subject), direct=False)


def _speakers(template: Template) -> list[CastMember]:
    return [m for m in load_content().cast.values()
            if m.speaks(template.lang) and m.is_spammer == template.spam]


def reply_item(flavour: str, pid: str, ref: ThreadRef, author: MemberRef,
               at: datetime, text: str, parent: str, outbound: bool = False) -> InboundItem:
    """A message added to an existing thread (a follow-up, our reply, an answer-back)."""
    return make_item(flavour, pid=pid, author=author, outbound=outbound, at=at, text=text,
                     lang=ref.lang, root=ref.root, parent=parent, subject=ref.subject,
                     slug=ref.slug, direct=ref.direct)
