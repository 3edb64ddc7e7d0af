"""Discourse: notifications and chosen categories into the inbox, replies, flags, and the
moderation a staff account may do (hide, delete, close a topic, silence a member).

The topic is the conversation; a post's platform id is its Discourse post id, which stays
the same when a post is moved, so every action first asks the forum where the post is now.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

import httpx

from app.secrets import Secrets
from connectors.base import AccountConfig, Page, SentReply
from connectors.discourse import categories, moderation, notifications, replies
from connectors.discourse.cursor import decode
from connectors.discourse.mapping import Forum
from connectors.discourse.posts import Batch
from connectors.discourse.recheck import recheck
from connectors.discourse.session import USER_API_KEY, Session
from connectors.errors import NotSupported

BACKFILL = 7 * 86_400.0  # the first sync looks this far back
MAX_POST_LENGTH = 32_000  # Discourse's default max_post_length


class DiscourseConnector:
    streams: Sequence[str] = ("notifications", "categories")
    max_reply_length = MAX_POST_LENGTH
    clock: Callable[[], float] = staticmethod(time.time)  # tests move time on

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.config = config
        self.session = Session(config, secrets, client)
        self.forum = Forum(self.session.base, self.session.handle, config.handle)

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        now = self.clock()
        state = decode(cursor, now, BACKFILL)
        batch = Batch(self.session, self.forum, state, now)
        if stream == "notifications":
            more = await notifications.page(batch)
        elif stream == "categories":
            chosen = categories.wanted(self.config.settings.get("categories"))
            if not chosen:
                return Page(items=[], cursor=cursor)  # none chosen: nothing to ask
            more = await categories.page(batch, chosen)
        else:
            raise NotSupported(f"Discourse has no stream {stream!r}")
        if not more:
            await recheck(batch)
        state.prune(now)
        return Page(items=list(batch.items.values()), cursor=state.encode(), more=more,
                    rejected=batch.rejected)

    async def reply(self, target_platform_id: str, text: str, idempotency_key: str) -> SentReply:
        return await replies.reply(self.session, self.forum, target_platform_id, text,
                                   idempotency_key)

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str | None = None) -> SentReply | None:
        """The outbox passes the reply's text, so a reply is found after a restart too."""
        return await replies.find_sent(self.session, self.forum, target_platform_id,
                                       idempotency_key, text)

    async def report(self, platform_id: str, reason: str) -> None:
        await moderation.report(self.session, platform_id, reason)

    async def hide(self, platform_id: str) -> None:
        await moderation.hide(self.session, platform_id)

    async def delete(self, platform_id: str) -> None:
        await moderation.delete(self.session, platform_id)

    async def lock(self, platform_id: str) -> None:
        await moderation.lock(self.session, platform_id)

    async def silence(self, member_remote_id: str, reason: str) -> None:
        days = self.config.settings.get("silence_days", moderation.SILENCE_DAYS)
        valid = isinstance(days, int) and not isinstance(days, bool) and 1 <= days <= 3650
        await moderation.silence(self.session, member_remote_id, reason,
                                 days if valid else moderation.SILENCE_DAYS)

    async def mark_read(self, platform_id: str) -> None:
        await moderation.mark_read(self.session, platform_id)

    async def verify(self) -> str:
        me = await self.session.me()
        role = ("an admin" if me.admin else "a moderator" if me.moderator
                else f"a member at trust level {me.trust_level}")
        key = "a user API key" if self.session.auth == USER_API_KEY else "an API key"
        can = ("can read notifications and categories, reply, flag, hide and delete posts, "
               "close topics and silence members" if me.staff else
               "can read notifications and categories, reply and flag posts; hiding, "
               "deleting others' posts, closing topics and silencing need a staff account")
        host = urlsplit(self.session.base).netloc
        return f"Signed in to {host} as @{me.username} ({role}, with {key}); {can}."


__all__ = ["DiscourseConnector"]
