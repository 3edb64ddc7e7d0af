"""A small stateful fake platform for engine tests: pages of items, counted replies, faults."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx

from app.items import InboundItem, MemberRef
from app.secrets import Secrets
from connectors import errors
from connectors.base import AccountConfig, Page, SentReply

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def item(pid: str, minutes: int = 0, text: str = "", author: str = "u1",
         parent: str | None = None, **kw: object) -> InboundItem:
    return InboundItem(pid, T0 + timedelta(minutes=minutes), text or f"message {pid}",
                       MemberRef(author, f"@{author}", author.title()), parent_id=parent,
                       **kw)  # type: ignore[arg-type]


@dataclass
class FakePlatform:
    """What the platform holds; shared by every connector instance made for it."""

    items: list[InboundItem] = field(default_factory=list)
    page_size: int = 2
    posted: dict[str, SentReply] = field(default_factory=dict)
    post_count: int = 0
    faults: list[Exception] = field(default_factory=list)
    send_faults: list[Exception] = field(default_factory=list)
    lose_after_post: bool = False
    hidden: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    # (action, message, member, reason) for the room and site moderation of RoomConnector
    moderated: list[tuple[str, str, str, str]] = field(default_factory=list)


class FakeConnector:
    streams: Sequence[str] = ("notifications",)
    max_reply_length = 500

    def __init__(self, platform: FakePlatform, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.platform = platform
        self.config = config

    async def fetch(self, stream: str, cursor: str | None) -> Page:
        if self.platform.faults:
            raise self.platform.faults.pop(0)
        start = int(cursor or 0)
        chunk = self.platform.items[start:start + self.platform.page_size]
        end = start + len(chunk)
        return Page(items=chunk, cursor=str(end), more=end < len(self.platform.items))

    async def reply(self, target_platform_id: str, text: str, idempotency_key: str) -> SentReply:
        if self.platform.send_faults:
            raise self.platform.send_faults.pop(0)
        sent = self.platform.posted.get(idempotency_key)
        if sent is None:
            self.platform.post_count += 1
            sent = SentReply(f"r{self.platform.post_count}", f"https://fake/r{self.platform.post_count}")
            self.platform.posted[idempotency_key] = sent
        if self.platform.lose_after_post:
            raise errors.SendOutcomeUnknown("the connection dropped after sending")
        return sent

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str = "") -> SentReply | None:
        return self.platform.posted.get(idempotency_key)

    async def hide(self, platform_id: str) -> None:
        self.platform.hidden.append(platform_id)

    async def block(self, member_remote_id: str) -> None:
        self.platform.blocked.append(member_remote_id)


class RoomConnector(FakeConnector):
    """A platform with rooms and topics (like Matrix or Discourse): kick, ban, lock, silence."""

    async def kick(self, platform_id: str, member_remote_id: str, reason: str) -> None:
        self.platform.moderated.append(("kick", platform_id, member_remote_id, reason))

    async def ban(self, platform_id: str, member_remote_id: str, reason: str) -> None:
        self.platform.moderated.append(("ban", platform_id, member_remote_id, reason))

    async def lock(self, platform_id: str) -> None:
        self.platform.moderated.append(("lock", platform_id, "", ""))

    async def silence(self, member_remote_id: str, reason: str) -> None:
        self.platform.moderated.append(("silence", "", member_remote_id, reason))


def factory_for(platform: FakePlatform):  # type: ignore[no-untyped-def]
    def make(config: AccountConfig, secrets: Secrets, client: httpx.AsyncClient) -> FakeConnector:
        return FakeConnector(platform, config, secrets, client)

    return lambda name: make
