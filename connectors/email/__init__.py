"""Email: a mailbox read over IMAP and answered over SMTP, with the account's own servers.

One stream ("mail") walks the watched folders with a {folder: [UIDVALIDITY, last UID]}
cursor; every mail becomes one item keyed by its Message-ID. Replies thread in the
customer's mail program and are found again after a crash by their Message-ID. The only
moderation email has is marking a mail read. imaplib and smtplib block, so each operation
runs whole in a worker thread with socket timeouts.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import httpx

from app.secrets import Secrets
from connectors.base import AccountConfig, Page, SentReply
from connectors.email import check, inbox, replies
from connectors.email import cursor as cursors
from connectors.email.session import MailAccount, mail_account
from connectors.errors import NotSupported

__all__ = ["EmailConnector"]


class EmailConnector:
    streams: Sequence[str] = ("mail",)
    # Mail has no length limit of its own; this is the outbox's.
    max_reply_length = 100_000

    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        # The HTTP client is part of the connector contract; mail does not speak HTTP.
        self.config = config
        self._secrets = secrets

    def _account(self) -> MailAccount:
        # Read on each call, in the worker thread: the keyring may block.
        return mail_account(self.config, self._secrets)

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        if stream not in self.streams:
            raise NotSupported(f"email has no stream {stream!r}")
        marks = cursors.load(cursor)
        return await asyncio.to_thread(lambda: inbox.read_page(self._account(), marks))

    async def reply(self, target_platform_id: str, text: str, idempotency_key: str) -> SentReply:
        return await asyncio.to_thread(lambda: replies.send_reply(
            self._account(), target_platform_id, text, idempotency_key))

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str = "") -> SentReply | None:
        return await asyncio.to_thread(lambda: replies.find_sent(self._account(),
                                                                 idempotency_key))

    async def mark_read(self, platform_id: str) -> None:
        await asyncio.to_thread(lambda: replies.mark_read(self._account(), platform_id))

    async def verify(self) -> str:
        return await asyncio.to_thread(lambda: check.verify(self._account()))
