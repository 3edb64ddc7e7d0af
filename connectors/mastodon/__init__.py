"""Mastodon (and servers with its API): mentions and direct messages in, replies and
moderation out.

Capabilities: fetch, reply (with find_sent), delete (our own posts only), block, mute,
report, verify. Mastodon has no way for one account to hide another's reply, so there is
no `hide`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import httpx

from app.secrets import Secrets
from connectors.base import AccountConfig, Page, SentReply
from connectors.errors import BadPayload, NotSupported
from connectors.mastodon import replies, streams
from connectors.mastodon.api import Api
from connectors.mastodon.api_types import Account, Status, parse_status
from connectors.mastodon.cursor import Cursor
from connectors.mastodon.mapping import full_acct, plain_text
from connectors.mastodon.session import Session, StatusGone
from connectors.mastodon.verify import describe

__all__ = ["MastodonConnector"]

HISTORY_DAYS = 14  # how far back the first sync reads; setting "history_days"
REPORT_COMMENT_MAX = 1000  # Mastodon's default limit on a report's comment


class MastodonConnector:
    streams: Sequence[str] = ("mentions", "direct")
    # Mastodon's default; a server may allow more, but the UI needs one number per platform.
    max_reply_length = 500

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.config = config
        self.session = Session(config, secrets, client)
        self.api = Api(self.session)
        self.host = self.session.host
        self._me: Account | None = None

    async def me(self) -> Account:
        """Our own account (asked once per connector, which lives for one sync)."""
        if self._me is None:
            self._me = await self.api.me()
        return self._me

    def _cutoff(self) -> datetime:
        days = _whole_number(self.config.settings.get("history_days"), HISTORY_DAYS)
        return datetime.now(UTC) - timedelta(days=days)

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        state = Cursor.load(cursor)
        if stream == "mentions":
            return await streams.mentions(self.api, self.host, state, self._cutoff())
        if stream == "direct":
            me = await self.me()
            return await streams.direct(self.api, self.host, state, self._cutoff(), me.id)
        raise NotSupported(f"Mastodon has no stream called {stream!r}")

    async def _target(self, status_id: str, doing: str) -> Status:
        try:
            return await self.api.status(status_id)
        except StatusGone:
            raise NotSupported(f"{doing}: that post is no longer on Mastodon (deleted, or "
                               "hidden from this account)") from None

    async def reply(self, target_platform_id: str, text: str, idempotency_key: str) -> SentReply:
        parent = await self._target(target_platform_id, "replying")
        me = await self.me()
        body = replies.addressed(text, parent, me.id, self.host)
        replies.remember(idempotency_key, target_platform_id, body)
        # Idempotency-Key: the server keeps it for an hour, so a retried POST with the same
        # key returns the first status instead of posting twice.
        status = await self.api.post_status(replies.form(body, parent), idempotency_key)
        return SentReply(status.id, status.url)

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str | None = None) -> SentReply | None:
        """Our reply to the target with the text we sent, if it is on the server.

        The text comes from the caller or from this run's memory of what was posted; with
        neither we cannot tell our replies apart, and answer None (the user checks)."""
        expected = text or replies.remembered(idempotency_key, target_platform_id)
        if not expected:
            return None
        me = await self.me()
        try:
            candidates = await self.api.replies_to(target_platform_id)
        except StatusGone:  # the target is gone; our reply may still be among our posts
            candidates = await self.api.recent_of(me.id)
        wanted = replies.comparable(expected)
        for raw in candidates:
            try:
                status = parse_status(raw)
            except BadPayload:
                continue  # one unreadable status never hides the others
            if (status.account.id == me.id and status.in_reply_to_id == target_platform_id
                    and replies.comparable(plain_text(status, self.host)) == wanted):
                return SentReply(status.id, status.url)
        return None

    async def delete(self, platform_id: str) -> None:
        """Delete one of our own posts (Mastodon lets an account delete only its own)."""
        try:
            status = await self.api.status(platform_id)
        except StatusGone:
            return  # already gone: the wish is fulfilled
        if status.account.id != (await self.me()).id:
            raise NotSupported("Mastodon lets us delete only our own posts; block, mute or "
                               "report this one instead")
        try:
            await self.api.delete_status(platform_id)
        except StatusGone:
            return

    async def block(self, member_remote_id: str) -> None:
        await self.api.block(member_remote_id)

    async def mute(self, member_remote_id: str) -> None:
        await self.api.mute(member_remote_id)

    async def report(self, platform_id: str, reason: str) -> None:
        """Report the post and its author to our server's moderators."""
        status = await self._target(platform_id, "reporting")
        await self.api.report(status.account.id, platform_id,
                              reason.strip()[:REPORT_COMMENT_MAX])

    async def verify(self) -> str:
        me = await self.me()
        scopes = await self.api.app_scopes()
        return (f"Signed in as {full_acct(me.acct, self.host)} on {self.host}; "
                f"{describe(scopes)}")


def _whole_number(value: object, default: int) -> int:
    """A setting given as a number or as text (`--setting history_days=30`)."""
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    return value if isinstance(value, int) and 0 < value <= 3650 else default
