"""Matrix: mentions, direct chats and chosen rooms through /sync, replies as rich replies,
and room moderation (redact, kick, ban, report), against any client-server API homeserver.

The connector is a thin front over its parts: `session` (sign-in, tokens, errors), `api`
(endpoints), `fetching`/`rooms`/`mapping` (sync to items), `replies`, `moderation`, `verify`.
"""

from __future__ import annotations

import httpx

from app.secrets import Secrets
from connectors.base import AccountConfig, Page, SentReply
from connectors.errors import NotSupported
from connectors.matrix import moderation, replies
from connectors.matrix.fetching import Fetch
from connectors.matrix.session import MatrixSession
from connectors.matrix.verify import verify

STREAM = "sync"


class MatrixConnector:
    streams = (STREAM,)
    # An event may be 64 KiB in all; this leaves room for the envelope and 4-byte characters.
    max_reply_length = 15_000

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.config = config
        self.session = MatrixSession(config, secrets, client)
        self._fetch = Fetch(self.session, config.settings.get("rooms"))

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        if stream != STREAM:
            raise NotSupported(f"Matrix has no stream {stream!r}")
        return await self._fetch.page(cursor)

    async def reply(self, target_platform_id: str, text: str,
                    idempotency_key: str) -> SentReply:
        return await replies.send_reply(self.session, target_platform_id, text,
                                        idempotency_key)

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str = "") -> SentReply | None:
        return await replies.find_sent(self.session, target_platform_id, idempotency_key)

    async def delete(self, platform_id: str) -> None:
        await moderation.redact(self.session, platform_id)

    async def kick(self, platform_id: str, member_remote_id: str, reason: str) -> None:
        await moderation.remove_member(self.session, "kick", platform_id, member_remote_id,
                                       reason)

    async def ban(self, platform_id: str, member_remote_id: str, reason: str) -> None:
        await moderation.remove_member(self.session, "ban", platform_id, member_remote_id,
                                       reason)

    async def report(self, platform_id: str, reason: str) -> None:
        await moderation.report(self.session, platform_id, reason)

    async def block(self, member_remote_id: str) -> None:
        await moderation.ignore(self.session, member_remote_id)

    async def mark_read(self, platform_id: str) -> None:
        await moderation.mark_read(self.session, platform_id)

    async def verify(self) -> str:
        return await verify(self.session, self.config.settings.get("rooms"))


__all__ = ["MatrixConnector"]
