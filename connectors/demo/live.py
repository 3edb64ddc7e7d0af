"""The demo connector: a pretend platform that lives in memory and never touches the network.

It answers the same small contract as the real connectors, so everything downstream (sync,
outbox, moderation) is exercised for real. The clock is injectable: tests set `clock`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

import httpx

from app.items import InboundItem
from app.secrets import Secrets
from app.timeutil import parse_timestamp, utcnow
from connectors.base import AccountConfig, Page, SentReply
from connectors.demo import flavours
from connectors.demo.activity import ThreadRef, new_activity, reply_item
from connectors.demo.content import DEMO_FLAVOURS, load_content
from connectors.demo.flavours import REPLY_LIMITS
from connectors.demo.history import thread_index
from connectors.demo.state import AnswerBack, DemoState, PostedReply, state_for
from connectors.errors import BadPayload, NotSupported


class DemoConnector:
    """One demo account of one flavour (Mastodon, Bluesky, Discourse, Matrix or email)."""

    streams: Sequence[str] = ("activity",)
    # The most any flavour accepts; each instance narrows it to its imitated platform's limit.
    max_reply_length = max(REPLY_LIMITS.values())

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        flavour = str(config.settings.get("flavour", "mastodon"))
        if flavour not in DEMO_FLAVOURS:
            raise ValueError(f"unknown demo flavour {flavour!r}; use one of {DEMO_FLAVOURS}")
        self.flavour = flavour
        self.max_reply_length = REPLY_LIMITS[flavour]
        self.account_id = config.account_id
        self.clock: Callable[[], datetime] = utcnow
        self.answer_back_chance = 0.6
        self._state: DemoState = state_for(config.account_id)

    @property
    def posted(self) -> list[PostedReply]:
        """Every reply that really went out (one per idempotency key)."""
        return list(self._state.posted)

    @property
    def actions(self) -> list[tuple[str, str]]:
        """Moderation done so far, as (action, id) in the order it happened."""
        return list(self._state.actions)

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        """Our own posts, due answer-backs, and, if time passed, new member activity.

        The cursor is the ISO time of the previous fetch. Without one (or with one we cannot
        read) there is nothing new yet: the history arrives through `app.demo.seed_demo`.
        """
        if stream not in self.streams:
            raise NotSupported(f"the demo account has no stream called {stream!r}")
        now = self.clock()
        since = _read_cursor(cursor)
        items = self._take_echoes() + self._take_answer_backs(now)
        if since is not None:
            items += new_activity(self.flavour, self.account_id, since, now, self._state)
        return Page(items=items, cursor=now.isoformat())

    def _take_echoes(self) -> list[InboundItem]:
        echoes, self._state.echoes = self._state.echoes, []
        return echoes

    def _take_answer_backs(self, now: datetime) -> list[InboundItem]:
        due = [a for a in self._state.answer_backs if a.due <= now]
        self._state.answer_backs = [a for a in self._state.answer_backs if a.due > now]
        return [a.item for a in due]

    async def reply(self, target_platform_id: str, text: str, idempotency_key: str) -> SentReply:
        if not idempotency_key:
            raise BadPayload("a reply needs an idempotency key so it is never sent twice")
        known = self._state.sent.get(idempotency_key)
        if known is not None:
            return known.sent
        self._check_reply(target_platform_id, text)
        now = self.clock()
        ref = self._thread_of(target_platform_id)
        brand = flavours.brand_ref(self.flavour)
        pid = flavours.post_id(self.flavour, f"reply|{idempotency_key}", brand,
                               _topic_of(target_platform_id))
        sent = SentReply(pid, flavours.post_url(self.flavour, pid, brand, ref.slug))
        posted = PostedReply(target_platform_id, text, sent, now)
        self._state.sent[idempotency_key] = posted
        self._state.posted.append(posted)
        self._state.echoes.append(reply_item(self.flavour, pid, ref, brand, now, text,
                                             parent=target_platform_id, outbound=True))
        self._plan_answer_back(ref, pid, now, idempotency_key)
        return sent

    def _check_reply(self, target: str, text: str) -> None:
        if not text.strip():
            raise BadPayload("the reply is empty; write something before sending")
        if len(text) > self.max_reply_length:
            raise BadPayload(f"the reply is {len(text)} characters long; this account takes "
                             f"at most {self.max_reply_length}")
        if not flavours.looks_like_post(self.flavour, target):
            raise BadPayload(f"{target!r} is not a {self.flavour} message id")
        if target in self._state.removed():
            raise BadPayload("that message was hidden or deleted, so it cannot be answered")

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str = "") -> SentReply | None:
        known = self._state.sent.get(idempotency_key)
        if known is None or known.target_platform_id != target_platform_id:
            return None
        return known.sent

    def _thread_of(self, target: str) -> ThreadRef:
        """Who wrote the message we answer and in which thread, as far as we know."""
        shape = thread_index(self.flavour).get(target)
        if shape is not None:
            plan = shape.plan
            turn = plan.turns[shape.ids.index(target)]
            member = plan.member if turn.who == "us" else turn.who
            return ThreadRef(member, plan.lang, shape.root, plan.subject, shape.slug,
                             plan.direct)
        live = self._state.live.get(target)
        if live is not None:
            return ThreadRef(live[0], live[1], live[2], "", "", False)
        # A message from an earlier session: someone plausible answers, in Indonesian.
        cast = [m for m in load_content().cast.values() if not m.is_spammer]
        someone = cast[flavours.digest(target) % len(cast)]
        return ThreadRef(someone.key, "id" if someone.speaks("id") else "en", None, "", "",
                         False)

    def _plan_answer_back(self, ref: ThreadRef, our_pid: str, now: datetime, key: str) -> None:
        rng = random.Random(f"answer|{self.account_id}|{key}")
        member = load_content().cast[ref.member]
        author = flavours.member_ref(self.flavour, member)
        if member.is_spammer or author.remote_id in self._state.silenced():
            return
        if rng.random() >= self.answer_back_chance:
            return
        text = rng.choice(load_content().answer_backs[ref.lang])
        due = now + timedelta(minutes=rng.randint(2, 20))
        pid = flavours.post_id(self.flavour, f"answer|{key}", author, _topic_of(our_pid))
        self._state.live[pid] = (ref.member, ref.lang, ref.root)
        item = reply_item(self.flavour, pid, ref, author, due, text, parent=our_pid)
        self._state.answer_backs.append(AnswerBack(due, item))

    async def hide(self, platform_id: str) -> None:
        self._record("hide", self._post(platform_id))

    async def delete(self, platform_id: str) -> None:
        self._record("delete", self._post(platform_id))

    async def block(self, member_remote_id: str) -> None:
        self._record("block", _member(member_remote_id))

    async def mute(self, member_remote_id: str) -> None:
        self._record("mute", _member(member_remote_id))

    async def report(self, platform_id: str, reason: str) -> None:
        self._state.actions.append(("report", self._post(platform_id)))

    async def mark_read(self, platform_id: str) -> None:
        self._record("mark_read", self._post(platform_id))

    def _post(self, platform_id: str) -> str:
        if not flavours.looks_like_post(self.flavour, platform_id):
            raise BadPayload(f"{platform_id!r} is not a {self.flavour} message id")
        return platform_id

    def _record(self, action: str, target: str) -> None:
        # Doing the same thing twice is a no-op on a real platform too.
        if not self._state.done(action, target):
            self._state.actions.append((action, target))


def _member(remote_id: str) -> str:
    if not remote_id.strip():
        raise BadPayload("the member id is empty")
    return remote_id


def _topic_of(platform_id: str) -> int:
    head = platform_id.split("/", 1)[0]
    return int(head) if head.isdigit() else 0


def _read_cursor(cursor: str | None) -> datetime | None:
    if not cursor:
        return None
    try:
        return parse_timestamp(cursor)
    except ValueError:
        return None  # a damaged cursor restarts the clock instead of failing every sync
