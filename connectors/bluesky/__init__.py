"""Bluesky (AT Protocol): mentions, replies and quotes from notifications into the inbox;
replies as posts; hiding replies, blocking, muting, reporting and deleting our own posts.

The package: `session.py` (sign-in, refresh, rate limits), `api.py` (XRPC endpoints),
`api_types.py` (validated payloads), `fetching.py` + `sync_state.py` (the notifications
stream and its cursor), `mapping.py` (posts into InboundItem), `posts.py` + `richtext.py` +
`graphemes.py` (writing replies), `moderation.py`, `account.py` (SETUP).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import httpx

from app.secrets import Secrets
from connectors import errors
from connectors.base import AccountConfig, Page, SentReply
from connectors.bluesky import api, fetching, moderation, posts
from connectors.bluesky.api_types import POST, AtUri, PostRecord, is_language
from connectors.bluesky.mapping import post_url
from connectors.bluesky.session import Session

__all__ = ["BlueskyConnector"]


class BlueskyConnector:
    streams: Sequence[str] = ("notifications",)
    max_reply_length = posts.MAX_GRAPHEMES

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.config = config
        self.session = Session(config, secrets, client)

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        if stream != "notifications":
            raise errors.NotSupported(f"Bluesky has no stream {stream!r}")
        options = fetching.Options.from_settings(self.config.settings)
        return await fetching.fetch(self.session, cursor, options)

    async def reply(self, target_platform_id: str, text: str,
                    idempotency_key: str) -> SentReply:
        target = _target(target_platform_id)
        posts.check_length(text)
        rkey = posts.reply_rkey(idempotency_key)
        sent = await self._sent(rkey)
        if sent is not None:
            return sent  # a retry of a reply that already landed
        parent, parent_record = await posts.lookup(self.session, target)
        record = posts.reply_record(text, parent, parent_record,
                                    self._languages(parent_record),
                                    await posts.facets_for(self.session, text),
                                    datetime.now(UTC))
        try:
            ref = await api.create_record(self.session, POST, record, rkey)
        except (errors.PlatformUnavailable, errors.SendOutcomeUnknown):
            # The reference PDS answers 500 when the record key is taken, i.e. when an
            # earlier attempt landed after all: look before calling it a failure.
            sent = await self._sent(rkey)
            if sent is None:
                raise
            return sent
        return SentReply(ref.uri, await self._url(AtUri.parse(ref.uri)))

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str = "") -> SentReply | None:
        return await self._sent(posts.reply_rkey(idempotency_key))

    async def hide(self, platform_id: str) -> None:
        await moderation.hide(self.session, _target(platform_id))

    async def delete(self, platform_id: str) -> None:
        await moderation.delete(self.session, _target(platform_id))

    async def block(self, member_remote_id: str) -> None:
        await moderation.block(self.session, member_remote_id)

    async def mute(self, member_remote_id: str) -> None:
        await moderation.mute(self.session, member_remote_id)

    async def report(self, platform_id: str, reason: str) -> None:
        await moderation.report(self.session, _target(platform_id), reason)

    async def verify(self) -> str:
        me = await self.session.me()
        info = await api.get_session(self.session)
        handle = info.get("handle") if isinstance(info.get("handle"), str) else me.handle
        who = f"Signed in to Bluesky at {self.session.service} as @{handle} ({me.did})"
        if info.get("active") is False:
            status = info.get("status")
            said = status[:40] if isinstance(status, str) else "inactive"
            return f"{who}, but the account is {said}: Bluesky will refuse its posts"
        return (f"{who}; can read mentions, replies and quotes, post replies, hide replies "
                "in its own threads, block, mute and report")

    async def _sent(self, rkey: str) -> SentReply | None:
        me = await self.session.me()
        found = await api.get_record(self.session, AtUri(me.did, POST, rkey))
        if found is None:
            return None
        return SentReply(found[0].uri, await self._url(AtUri.parse(found[0].uri)))

    async def _url(self, uri: AtUri) -> str:
        return post_url(uri, (await self.session.me()).handle)

    def _languages(self, parent: PostRecord) -> tuple[str, ...]:
        """The account's `language` setting, else the language of the post we answer."""
        setting = self.config.settings.get("language")
        chosen = setting if isinstance(setting, list) else str(setting or "").split(",")
        langs = tuple(str(s).strip() for s in chosen if is_language(str(s).strip()))
        return langs[:3] or parent.langs[:1]


def _target(platform_id: str) -> AtUri:
    try:
        return AtUri.parse(platform_id)
    except errors.BadPayload:
        raise errors.NotSupported(f"{platform_id[:200]!r} is not a Bluesky post") from None
