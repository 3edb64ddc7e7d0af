"""Mastodon statuses as Serambi's inbound items."""

from __future__ import annotations

from datetime import datetime

from app.items import InboundItem, MemberRef
from app.models import Direction, MessageKind
from connectors.mastodon.api_types import Account, Status
from connectors.mastodon.text import html_to_text

_MEDIA_WORDS = {"image": "image", "gifv": "animation", "video": "video", "audio": "audio"}


def _cap(value: str, limit: int) -> str:
    """Trim what only labels a message (a name, a content warning) rather than lose the
    message to the store's length checks; a link too long to keep is dropped instead."""
    return value if len(value) <= limit else value[:limit - 1] + "…"


def _link(value: str) -> str:
    return value if len(value) <= 2000 else ""


def full_acct(acct: str, host: str) -> str:
    """"@user@domain" for everyone: a local account's acct has no domain of its own."""
    acct = acct.lstrip("@")
    return f"@{acct}" if "@" in acct else f"@{acct}@{host}"


def member(account: Account, host: str) -> MemberRef:
    return MemberRef(remote_id=account.id, handle=_cap(full_acct(account.acct, host), 500),
                     name=_cap(account.display_name or account.username, 500),
                     profile_url=_link(account.url), avatar_url=_link(account.avatar))


def plain_text(status: Status, host: str) -> str:
    """The words a reader saw, then one line per attachment (its description, if any)."""
    mentions = {m.url: full_acct(m.acct, host) for m in status.mentions if m.url}
    text = html_to_text(status.content, mentions, host)
    for media in status.media:
        word = _MEDIA_WORDS.get(media.type, "attachment")
        line = f"[{word}: {media.description.strip()}]" if media.description.strip() \
            else f"[{word}]"
        text = f"{text}\n{line}" if text else line
    return text


def kind_of(status: Status) -> MessageKind:
    if status.visibility == "direct":
        return MessageKind.DIRECT
    return MessageKind.REPLY if status.in_reply_to_id else MessageKind.MENTION


def status_item(status: Status, host: str, me: str | None = None) -> InboundItem:
    """One status; ours (`me` is our account id) is shown as our own message."""
    ours = me is not None and status.account.id == me
    return InboundItem(
        platform_id=status.id, created_at=status.created_at, text=plain_text(status, host),
        author=member(status.account, host),
        direction=Direction.OUTBOUND if ours else Direction.INBOUND, kind=kind_of(status),
        parent_id=status.in_reply_to_id, subject=_cap(status.spoiler_text, 2000),
        html=status.content, url=_link(status.url), language=status.language,
        edited_at=status.edited_at,
        is_direct=status.visibility == "direct",
        extra={"visibility": status.visibility})


def gone_item(status_id: str, created_at: datetime) -> InboundItem:
    """A status that is no longer there for us: the stored message is marked deleted."""
    return InboundItem(platform_id=status_id, created_at=created_at, text="", author=None,
                       deleted=True)
