"""What every stream does with posts: load them a topic at a time, find the post a reply
answers (reply_to_post_number is a number in the topic, Serambi wants its id), and gather a
page's items and rejects while remembering what was handed over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.items import InboundItem
from app.models import MessageKind
from connectors.discourse import api
from connectors.discourse.api_types import Post, parse_post, raw_id
from connectors.discourse.cursor import StreamState, Watched
from connectors.discourse.mapping import Forum, to_item
from connectors.discourse.session import Session
from connectors.errors import BadPayload, NotSupported

PARENT_LOOKUPS = 3  # per page: each costs a request, and user API keys get 20 a minute


def parse_each(values: list[Any], what: str) -> tuple[list[Post], list[tuple[str, str]]]:
    """The posts that parse, and (id, reason) for the ones that do not."""
    good, bad = [], []
    for value in values:
        try:
            good.append(parse_post(value))
        except BadPayload as exc:
            bad.append((str(raw_id(value) or "?"), f"{what}: {exc}"))
    return good, bad


async def load_topic(s: Session, topic_id: int,
                     post_ids: list[int]) -> tuple[dict[int, Post], list[tuple[str, str]]]:
    """Those posts of one topic by id; a topic gone or closed to us gives none."""
    try:
        values = await api.topic_posts(s, topic_id, post_ids)
    except NotSupported:
        values = None  # moved to a category this account cannot see
    posts, bad = parse_each(values or [], f"topic {topic_id}")
    return {p.id: p for p in posts if p.topic_id == topic_id}, bad


@dataclass(slots=True)
class Batch:
    """One page in the making: items by post id (one per post), rejects, and the state."""

    session: Session
    forum: Forum
    state: StreamState
    now: float
    items: dict[str, InboundItem] = field(default_factory=dict)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    lookups: int = PARENT_LOOKUPS
    numbers: dict[tuple[int, int], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for w in self.state.watch:
            self.numbers[(w.topic_id, w.post_number)] = w.post_id

    def learn(self, posts: list[Post]) -> None:
        for p in posts:
            self.numbers[(p.topic_id, p.post_number)] = p.id

    async def add(self, post: Post, *, title: str, kind: MessageKind | None = None,
                  direct: bool = False, extra: dict[str, str] | None = None) -> None:
        """Map the post (and the post it answers, fetched when unknown) into the page."""
        parent_id = await self._parent(post, title, direct)
        item = to_item(post, self.forum, title=title, parent_id=parent_id, kind=kind,
                       direct=direct, extra=extra)
        if str(post.id) not in self.items:  # a post both mentions and replies: first wins
            self.items[str(post.id)] = item
        if not post.deleted:  # kept an eye on for its edits and deletion
            self.state.remember(Watched(post.id, post.topic_id, post.post_number,
                                        post.version, post.created_at.timestamp(), self.now),
                                title)

    async def _parent(self, post: Post, title: str, direct: bool) -> str | None:
        number = post.reply_to_post_number
        if not number or number >= post.post_number:
            return None
        known = self.numbers.get((post.topic_id, number))
        if known is not None or self.lookups <= 0:
            return str(known) if known is not None else None
        self.lookups -= 1
        found = await api.post_by_number(self.session, post.topic_id, number)
        if found is None:
            return None  # the post it answered is gone; the topic still holds the thread
        try:
            parent = parse_post(found)
        except BadPayload as exc:
            self.rejected.append((str(raw_id(found) or "?"), f"parent post: {exc}"))
            return None
        self.numbers[(parent.topic_id, parent.post_number)] = parent.id
        # Handed over too, as context: a reply to us shows what it answers.
        await self.add(parent, title=title, direct=direct)
        return str(parent.id)
