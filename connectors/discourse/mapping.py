"""A Discourse post as Serambi's InboundItem: the topic is the thread, the post it answers
(reply_to_post_number, as a post id) the parent, our own posts outbound.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, urljoin, urlsplit

from app.items import InboundItem, MemberRef
from app.models import Direction, MessageKind
from connectors.discourse.api_types import Post
from connectors.discourse.cooked import to_text

AVATAR_SIZE = "96"


@dataclass(frozen=True, slots=True)
class Forum:
    """What a mapping needs to know about the account: the forum and who we are there."""

    base: str
    username: str
    # How the outbox names us when it records a reply it sent (the account's handle), so
    # our posts fetched later belong to the same member.
    account_handle: str = ""

    def is_ours(self, post: Post) -> bool:
        return post.yours or (bool(self.username) and
                              post.username.lower() == self.username.lower())

    def post_url(self, post: Post) -> str:
        slug = quote(post.topic_slug, safe="-_") or "-"
        return f"{self.base}/t/{slug}/{post.topic_id}/{post.post_number}"


def thread_key(topic_id: int) -> str:
    return f"topic:{topic_id}"


def author_id(post: Post, forum: Forum) -> str:
    """Members are known by user id, which survives a change of username."""
    if forum.account_handle and forum.is_ours(post):
        return forum.account_handle
    if post.user_id is not None:
        return str(post.user_id)
    return f"@{post.username.lower() or 'unknown'}"


def _avatar(forum: Forum, template: str) -> str:
    if not template:
        return ""
    url = urljoin(forum.base + "/", template.replace("{size}", AVATAR_SIZE))
    return url if urlsplit(url).scheme in ("https", "http") else ""


def _kind(post: Post, direct: bool) -> MessageKind:
    if direct:
        return MessageKind.DIRECT
    if post.post_number == 1:
        return MessageKind.POST
    return MessageKind.REPLY if post.reply_to_post_number else MessageKind.COMMENT


def to_item(post: Post, forum: Forum, *, title: str, parent_id: str | None = None,
            kind: MessageKind | None = None, direct: bool = False,
            extra: dict[str, str] | None = None) -> InboundItem:
    author = MemberRef(
        remote_id=author_id(post, forum), handle=post.username, name=post.name,
        profile_url=f"{forum.base}/u/{quote(post.username, safe='')}" if post.username else "",
        avatar_url=_avatar(forum, post.avatar_template))
    more = {"topic_id": str(post.topic_id), "post_number": str(post.post_number),
            **(extra or {})}
    if post.category_id is not None:
        more["category_id"] = str(post.category_id)
    if post.hidden:
        more["hidden"] = "true"  # hidden after flags: staff still see it, members do not
    if post.raw is not None:
        more["raw"] = post.raw
    return InboundItem(
        platform_id=str(post.id), created_at=post.created_at,
        text=to_text(post.cooked, forum.base), author=author,
        direction=Direction.OUTBOUND if forum.is_ours(post) else Direction.INBOUND,
        kind=kind or _kind(post, direct), thread_id=thread_key(post.topic_id),
        parent_id=parent_id, subject=title or post.topic_title, html=post.cooked or None,
        url=forum.post_url(post),
        edited_at=post.updated_at if post.version > 1 else None,
        deleted=post.deleted, is_direct=direct, extra=more)


def deletion(post_id: int, topic_id: int, created: float) -> InboundItem:
    """A bare deletion notice: ingest marks the stored message deleted and keeps its text."""
    return InboundItem(platform_id=str(post_id),
                       created_at=datetime.fromtimestamp(created, UTC), text="", author=None,
                       thread_id=thread_key(topic_id), deleted=True)
