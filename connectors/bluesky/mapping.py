"""Bluesky posts into Serambi's InboundItem: plain text from text + facets, the thread from
reply.root, our own posts as outbound, deletions as bare deletion notices."""

from __future__ import annotations

from datetime import UTC, datetime

from app.items import InboundItem, MemberRef
from app.models import Direction, MessageKind
from connectors.bluesky.api_types import INVALID_HANDLE, AtUri, PostView, Profile
from connectors.bluesky.richtext import plain_text

WEB = "https://bsky.app"
_KINDS = {"mention": MessageKind.MENTION, "reply": MessageKind.REPLY,
          "quote": MessageKind.MENTION}


def post_url(uri: AtUri, handle: str = "") -> str:
    """The post in the Bluesky web app (by handle when it is known and valid, else DID)."""
    if handle == INVALID_HANDLE:
        handle = ""
    return f"{WEB}/profile/{handle or uri.did}/post/{uri.rkey}"


def member(author: Profile) -> MemberRef:
    # The DID is the stable id: a handle can change hands, a DID cannot.
    return MemberRef(remote_id=author.did, handle=author.handle and f"@{author.handle}",
                     name=author.display_name,
                     profile_url=f"{WEB}/profile/{author.handle or author.did}",
                     avatar_url=author.avatar)


def item(post: PostView, own_did: str, edited_at: datetime | None = None) -> InboundItem:
    record = post.record
    # createdAt is whatever the author's client claims; like the AppView, never believe a
    # time later than when the post was indexed (nor than now: the server may be wrong too).
    created = min(record.created_at or post.indexed_at, post.indexed_at, datetime.now(UTC))
    extra = {"cid": post.cid, "reason": post.reason}
    if record.quoted:
        extra["quoted"] = record.quoted
    if record.embed:
        extra["embed"] = record.embed
    if post.labels:
        extra["labels"] = ",".join(post.labels)
    ours = post.author.did == own_did
    return InboundItem(
        platform_id=str(post.uri), created_at=created,
        text=plain_text(record.text, record.facets), author=member(post.author),
        direction=Direction.OUTBOUND if ours else Direction.INBOUND,
        kind=MessageKind.REPLY if ours else _KINDS.get(post.reason, MessageKind.MENTION),
        thread_id=record.root.uri if record.root else None,
        parent_id=record.parent.uri if record.parent else None,
        url=post_url(post.uri, post.author.handle),
        language=record.langs[0] if record.langs else "", edited_at=edited_at, extra=extra)


def deleted(uri: AtUri, created: datetime, reason: str) -> InboundItem:
    """A deletion notice: no text, so the stored text is kept and only marked deleted."""
    return InboundItem(platform_id=str(uri), created_at=created, text="", author=None,
                       kind=_KINDS.get(reason, MessageKind.MENTION), url=post_url(uri),
                       deleted=True)
