"""Moderation "where the user may": flag (any member), hide, delete, close and silence (staff,
or the author for their own post). Each action checks first whether it is already done, so
doing it again after a crash is harmless; a 403 becomes NotSupported saying why.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from connectors.discourse import api
from connectors.discourse import api_types as t
from connectors.discourse.api_types import parse_notification
from connectors.discourse.replies import post_id, target
from connectors.discourse.session import Session
from connectors.errors import BadPayload, NotSupported

SILENCE_DAYS = 7
FLAG_WORDS = {"spam": t.SPAM, "off_topic": t.OFF_TOPIC, "off-topic": t.OFF_TOPIC,
              "off topic": t.OFF_TOPIC, "inappropriate": t.INAPPROPRIATE}


def flag_for(reason: str) -> tuple[int, str]:
    """A report's reason as a Discourse flag: "spam", "off_topic" or "inappropriate" (with an
    optional ": note"), or any other text as a message to the moderators."""
    text = reason.strip()
    head, _, rest = text.partition(":")
    kind = FLAG_WORDS.get(head.strip().lower())
    if kind is not None:
        return kind, rest.strip()
    return (t.NOTIFY_MODERATORS, text) if text else (t.INAPPROPRIATE, "")


async def report(s: Session, platform_id: str, reason: str) -> None:
    kind, message = flag_for(reason)
    post = await target(s, platform_id)
    if kind in post.acted:
        return  # flagged so already (a retry after a crash)
    try:
        await api.flag(s, post.id, kind, message if kind == t.NOTIFY_MODERATORS else "")
    except NotSupported:
        raise NotSupported(f"Discourse does not let @{s.handle} flag post {post.id} (flagged "
                           "already, the trust level is too low, or flags are off)") from None


async def hide(s: Session, platform_id: str) -> None:
    """Staff flag "for review": Discourse hides the post at once and queues it for review."""
    if not (await s.me()).staff:
        raise NotSupported("hiding a post needs a moderator or admin account on Discourse; "
                           "flag it instead")
    post = await target(s, platform_id)
    if post.hidden:
        return
    try:
        answer = await api.flag(s, post.id, t.INAPPROPRIATE, queue_for_review=True)
    except NotSupported:
        raise NotSupported(f"Discourse does not let @{s.handle} hide post {post.id}") \
            from None
    if answer.get("hidden") is not True:
        raise NotSupported("Discourse recorded the flag but did not hide the post (this "
                           "forum's version may not hide on a staff flag)")


async def delete(s: Session, platform_id: str) -> None:
    found = await api.post(s, post_id(platform_id))
    if found is None or t.parse_post(found).deleted:
        return  # gone already
    try:
        await api.delete_post(s, post_id(platform_id))
    except NotSupported:
        raise NotSupported(f"Discourse does not let @{s.handle} delete post {platform_id} "
                           "(staff may delete any post, members only their own)") from None


async def lock(s: Session, platform_id: str) -> None:
    post = await target(s, platform_id)
    try:
        await api.close_topic(s, post.topic_id)
    except NotSupported:
        raise NotSupported(f"Discourse does not let @{s.handle} close topic {post.topic_id} "
                           "(closing needs a moderator, admin or category moderator)") \
            from None


async def silence(s: Session, member_remote_id: str, reason: str, days: int) -> None:
    if not (await s.me()).staff:  # the admin routes do not even exist for members (404)
        raise NotSupported("silencing members needs a moderator or admin account on "
                           "Discourse")
    value = member_remote_id.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 15:
        raise NotSupported(f"{member_remote_id!r} is not a Discourse user id, so this member "
                           "cannot be silenced from Serambi")
    until = datetime.now(UTC) + timedelta(days=days)
    try:
        await api.silence_user(s, int(value), until, reason.strip() or "Silenced by staff")
    except NotSupported:
        raise NotSupported("silencing members needs a moderator or admin account on "
                           "Discourse") from None


async def mark_read(s: Session, platform_id: str) -> None:
    """Mark read the account's notifications about that post (among the latest page)."""
    post = await target(s, platform_id)
    values, _ = await api.notifications(s, 0)
    for value in values:
        try:
            n = parse_notification(value)
        except BadPayload:
            continue
        if not n.read and (n.topic_id, n.post_number) == (post.topic_id, post.post_number):
            await api.mark_notification_read(s, n.id)
