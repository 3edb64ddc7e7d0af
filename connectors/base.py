"""The connector contract: small protocols, one per capability a platform really has.

The UI and the outbox ask `capabilities(connector)` and offer only those actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import httpx

from app.items import InboundItem
from app.secrets import Secrets


@dataclass(frozen=True, slots=True)
class AccountConfig:
    """What a connector is given about its account (never the secret itself)."""

    account_id: int
    platform: str
    handle: str
    server_url: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    secret_ref: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """One fetched page: the items and the cursor to store once they are committed."""

    items: Sequence[InboundItem]
    cursor: str | None
    more: bool = False
    # Items the connector could not map: (platform id or "?", reason). Reported, not fatal.
    rejected: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True, slots=True)
class SentReply:
    platform_id: str
    url: str = ""


@runtime_checkable
class Fetcher(Protocol):
    streams: Sequence[str]

    async def fetch(self, stream: str, cursor: str | None) -> Page: ...


@runtime_checkable
class Replier(Protocol):
    max_reply_length: int

    async def reply(self, target_platform_id: str, text: str, idempotency_key: str) -> SentReply:
        ...

    async def find_sent(self, target_platform_id: str, idempotency_key: str,
                        text: str = "") -> SentReply | None:
        """Look for a reply we may have sent before a crash (None when it is not there).

        `text` is the reply's text, for platforms that keep no idempotency key and can only
        recognise a reply by what it says; the others look it up by the key.
        """
        ...


@runtime_checkable
class Hider(Protocol):
    async def hide(self, platform_id: str) -> None: ...


@runtime_checkable
class Deleter(Protocol):
    async def delete(self, platform_id: str) -> None: ...


@runtime_checkable
class Blocker(Protocol):
    async def block(self, member_remote_id: str) -> None: ...


@runtime_checkable
class Muter(Protocol):
    async def mute(self, member_remote_id: str) -> None: ...


@runtime_checkable
class Reporter(Protocol):
    async def report(self, platform_id: str, reason: str) -> None: ...


@runtime_checkable
class ReadMarker(Protocol):
    async def mark_read(self, platform_id: str) -> None: ...


@runtime_checkable
class Locker(Protocol):
    """Close the topic or thread that message belongs to (no more replies)."""

    async def lock(self, platform_id: str) -> None: ...


@runtime_checkable
class Kicker(Protocol):
    """Remove the member from the room or group where that message was posted."""

    async def kick(self, platform_id: str, member_remote_id: str, reason: str) -> None: ...


@runtime_checkable
class Banner(Protocol):
    """Ban the member from the room or group where that message was posted."""

    async def ban(self, platform_id: str, member_remote_id: str, reason: str) -> None: ...


@runtime_checkable
class Silencer(Protocol):
    """Silence the member on the whole site (they can read, not post)."""

    async def silence(self, member_remote_id: str, reason: str) -> None: ...


@runtime_checkable
class Verifier(Protocol):
    """`accounts test`: sign in, check what the account may do, and say it in plain words.

    Returns one sentence such as "Signed in as @brand@example.social; can read
    notifications and post replies". Raises the typed errors of `connectors.errors`.
    """

    async def verify(self) -> str: ...


CAPABILITIES: dict[str, type] = {
    "fetch": Fetcher, "reply": Replier, "hide": Hider, "delete": Deleter, "block": Blocker,
    "mute": Muter, "report": Reporter, "mark_read": ReadMarker, "lock": Locker,
    "kick": Kicker, "ban": Banner, "silence": Silencer,
}


def capabilities(connector: object) -> set[str]:
    """The actions this connector really supports."""
    return {name for name, proto in CAPABILITIES.items() if isinstance(connector, proto)}


class ConnectorFactory(Protocol):
    def __call__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> object: ...
